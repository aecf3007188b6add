"""A passive perfect infinitive after a word of report on the subject: "Troops believed to have
been sent from A arrived in B", "Gunmen, thought to have been flown in from C, ..." -- the sending
is told as done, with a hedge, not as an aim. "to have been <verb>ed" right before the verb of
moving was read as an infinitive of intent (status: planned), so nothing was read, while "Troops
sent from A arrived in B" and "Troops believed to have crossed from A ..." (no "been") are read.

Only the perfect ("to have been"): "Troops expected to be sent to X" and "due to have been
withdrawn by March" stay plans (no word of report; "expected", "due" are none).

why: read141 left "Troops (,) believed to have been sent from A(,) arrived in B" reading nothing,
with or without the commas (read142, sentences of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .report_words import REPORT_WORDS_RE

_PATTERNS = CompiledPatterns("read-hedged-perfect")

# the word of report, then "to have been", right before the verb of moving
_HEDGED_PERFECT = _PATTERNS.compile(
    r"\b(?:" + REPORT_WORDS_RE + r")"
    r"\s+to\s+have\s+been\s+$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def hedged_perfect_passive(text: str, floor: int, verb_at: int) -> bool:
    """Is the verb at ``verb_at`` a passive perfect infinitive after a word of report ("believed
    to have been | sent"), a move told as done with a hedge, not an aim? ``floor``: where to
    look back from (the clause's start, or a few words before the verb)."""
    return _HEDGED_PERFECT.search(text, max(floor, verb_at - 40), verb_at) is not None
