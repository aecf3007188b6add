"""A movement told only as a claim the report calls unproven: "Separatist accounts claimed,
without evidence, that Georgian police had left Zugdidi", "Unverified footage showed a column
leaving Sittwe", "..., a claim that could not be independently confirmed".

GUIDELINES keeps statuses for what the report says happened (`reported`), was denied, or is
planned; a claim nobody has checked is still told as having happened, so it stays `reported` (an
analyst may filter it), and the movement's confidence is lower (weights.UNVERIFIED_CLAIM): the
report itself says it does not vouch for it. Only when every clause that tells the movement is
such a claim: a move told unverified and then confirmed elsewhere in the report keeps its
confidence.

The words are looked for in the movement's quoted sentences only (never the whole text), after
a cheap test for the few letters every cue holds.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-unverified")

# the cues: "without (providing) evidence / proof", "unverified", "unconfirmed", "could not (be)
# (independently) verified / confirmed", "has not been verified", "no independent confirmation"
_UNVERIFIED = _PATTERNS.compile(
    r"\bwithout\s+(?:providing\s+|offering\s+|giving\s+|citing\s+|presenting\s+|showing\s+)?(?:any\s+)?(?:evidence|proof)\b"
    r"|\bun(?:verified|confirmed|substantiated)\b"
    r"|\b(?:could|can|did)(?:\s+not|not|n['’]t)\s+(?:be\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?)\b"
    r"|\b(?:has|have|had)\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)\b"
    r"|\bno\s+independent\s+(?:confirmation|verification)\b", re.I)
# every cue holds one of these (lower case): the pattern is searched only where one is
_CUE_LETTERS = ("evidence", "proof", "verif", "confirm", "substantiat")


def unverified_words(quote: str | None) -> str | None:
    """The words by which ``quote`` (a movement's sentence) calls what it tells unproven, else None."""
    if not quote:
        return None
    low = quote.lower()
    if not any(c in low for c in _CUE_LETTERS):
        return None
    m = _UNVERIFIED.search(quote)
    return m.group(0) if m else None


def told_unverified(frags) -> str | None:
    """The words of the first clause when every clause that tells the movement calls it unproven
    (a movement's ``frags``); None otherwise."""
    words = [unverified_words(f.quote) for f in frags]
    return words[0] if words and all(words) else None


def unverified_why(drafts) -> list[str]:
    """The why's lines for the movements whose confidence is lowered (read.unverified)."""
    out = []
    for d in drafts:
        words = told_unverified(d.frags)
        if words is not None:
            out.append(f"sentence {d.frags[0].sentence}: told as a claim not verified ('{words}'): "
                       f"reported, confidence lowered (read.unverified)")
    return out


_PATTERNS.save()
