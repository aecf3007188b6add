"""A move told as someone's claim by an attribution after it, then denied in the same sentence:
"Azerbaijan moved troops to X last week, Armenian officials said, a claim Baku rejected as
false", "..., according to Armenian officials, which Baku denied", "..., officials said, but Baku
denied it". The attribution (", X
said,", ", according to X,") makes it a claim; the words after it (a claim / which + who + a
verb of denial) deny that claim (GUIDELINES: a denied move is kept with status denied, never as
reported).

The claim told before the verb ("Kyiv claimed that units left X, which Moscow denied") is read by
lexicon.json claim_called_false, and a verdict in a clause of its own after ", but" by
read.denied_clause; here the attribution comes after the verb and the verdict right after it.

why: the three sentences read reported (probes of my own, s27r)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-attributed-denied")  # (kept compiled code, as read/lexicon.py's)

_WHO = r"(?:[\w'’.-]+\s+){1,5}?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
_DENY = r"(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\b"
# after the verb: the attribution set off by commas, then the verdict on it
_ATTRIBUTED_THEN_DENIED = _PATTERNS.compile(
    r",\s*(?:according\s+to\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+|(?:[\w'’.-]+\s+){1,6}?(?:said|say|says|claimed|claim|claims|alleged|reported))"
    r"\s*,\s*(?:(?:(?:a|an)\s+(?:claim|report|allegation|assertion|account)\s+(?:that\s+)?|(?:(?:something|a\s+claim|a\s+report)\s+)?which\s+)"
    + _WHO + _DENY +
    # (or a verdict of its own on it, by a pronoun or the claim's noun: "but Baku denied it")
    r"|but\s+" + _WHO + _DENY + r"\s+(?:it|this|(?:the|this|that|these|those|such)\s+(?:claims?|reports?|allegations?|accounts?))\s*(?:[,.;]|$))", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def attributed_then_denied(after: str) -> re.Match | None:
    """The attribution and the verdict in ``after`` (the clause's words after its verb), when
    the verdict denies the claim the attribution made; else None."""
    if "," not in after:
        return None  # (the cheap check first: the attribution is set off by commas)
    return _ATTRIBUTED_THEN_DENIED.search(after)
