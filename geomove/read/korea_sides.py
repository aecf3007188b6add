"""The two Koreas as Korean wire copy names them: "The North moved multiple rocket launchers to
the front line", "the South's Marine Corps deployed ..." (Yonhap writes "the North" and "the
South" once the country has been named: "N. Korea moves ... : JCS"). As the whole subject of a
movement's verb, "the North" is North Korea's forces (read55: the launchers' move had no actor).
Only when the report names North Korea ("North Korea", "N. Korea", "North Korean") -- "the
North" of another country (Sudan's, Yemen's) stays no actor -- and likewise for the South.

Read in clauses._Reader._actor, as a subject of last resort."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from .lexicon import _BARE_SUBJECT_GAP
from .gates import Gate

_PATTERNS = CompiledPatterns("read-korea-sides")

# the whole subject before the verb: at the clause start, after a comma, "that" or a dateline's
# dash ("SEOUL, Dec. 1 (Yonhap) -- The North moved")
_SIDE_SUBJECT = _PATTERNS.compile(r"(?:^|[,;]|\bthat|\s[-–—]{1,2})\s*(?:[Tt]he\s+)(?P<side>(?-i:North|South))"
                                  + _BARE_SUBJECT_GAP.pattern + r"$")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_SIDE_SUBJECT_GATE = Gate(_SIDE_SUBJECT, ("north", "south"))
_NAMED = {
    "North": _PATTERNS.compile(r"\b(?:North\s+Korea|N\.\s*Korea|North\s+Korean|DPRK)\b"),
    "South": _PATTERNS.compile(r"\b(?:South\s+Korea|S\.\s*Korea|South\s+Korean|ROK)\b"),
}
_COUNTRY = {"North": "North Korea", "South": "South Korea"}


def korea_side_subject(text: str, s: int, verb_at: int) -> str | None:
    """"North Korea" when ``text[s:verb_at]`` is "The North" (with what may stand before a verb)
    in a report that names North Korea; "South Korea" likewise; else None."""
    m = _SIDE_SUBJECT_GATE.search(text[s:verb_at])  # (a slice: '^' is the subject's start)
    if m is None:
        return None
    side = m.group("side")
    return _COUNTRY[side] if _NAMED[side].search(text) else None


_PATTERNS.save()
