"""An absolute clause with "with": a noun phrase and its own participle of moving after the
main clause: "Ethiopian troops completed their withdrawal from Gedo, with the last convoy
crossing into Ethiopia through the Dolow bridge", "French troops completed their
withdrawal from Niger, with the last contingent leaving Niamey for N'Djamena". The noun phrase
after "with" is the participle's subject: what moved is "the last convoy", not the main
clause's words.

why: what moved was the main clause up to the comma ("Ethiopian troops completed their
withdrawal from Gedo", probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-with-absolute")

# ", with" and a noun phrase opened by a determiner or a count, right before the participle
_WITH_NP_BEFORE = _PATTERNS.compile(
    r",\s+with\s+(?P<np>(?:the|a|an|its|their|some|about|around|nearly|more\s+than|[\d,]+|two|three|four|five|"
    r"several|dozens\s+of|hundreds\s+of)\b[^,;:.()]{0,60}?)\s+(?:(?:also|then|reportedly)\s+)?$", re.I)


def subject_after_with(text: str, s: int, main: re.Match) -> str | None:
    """The noun phrase after ", with" right before the participle ``main`` (a form in -ing) in
    the clause from ``s``, or None."""
    verb = main.group("verb")
    if not verb or not verb.lower().endswith("ing"):
        return None
    m = _WITH_NP_BEFORE.search(text, max(s, main.start() - 90), main.start())
    return m.group("np").strip() if m else None


_PATTERNS.save()
