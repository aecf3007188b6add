"""A trip told in progress and cut short by the loss of the craft in the same sentence: "The ferry
that was carrying 200 soldiers to B sank off A", "A ferry carrying 150 police officers from A to B
capsized", "The ferry was carrying 300 soldiers from A to B when it sank", "A military helicopter
carrying 20 soldiers to B crashed near A".

GUIDELINES count a movement told as having happened, and take its end as the place where it
ended; a place the text says a force was only meant to reach is none ("sent troops to retake X",
and the reader's "turned back before reaching X", read.turned_back, read.thwarted). A progressive
tells the trip under way when the craft went down: B was where it was heading, never reached. So
B is no end; where it left from, if told, still is ("from A": it left A, a movement told as having
happened, one end being enough).

Twins read as before: the simple past tells the trip done ("The ferry that carried 200 soldiers
to B sank on its way back": ? -> B, read.craft_carries.craft_before), and a hit or an attack on the
way is damage, no end of the trip ("A convoy carrying troops to B was ambushed near A" keeps B,
lexicon.json met_on_the_way). A loss told of something else ("... rescued the crew of a fishing
boat that sank near A") has words between the place and the loss that trip_cut_short.json between
does not allow.

Read in clauses._Reader where a clause's places get their roles, beside read.turned_back.
why: session 60 (read162) left "The ferry that was carrying 200 soldiers to B sank" read as a
movement to B; session 61 (read163), golden s61-read163-trip-*, sentences of my own."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from ..textutil import word_set
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-trip-cut-short")
_DATA = read_data("trip_cut_short.json")

_PROGRESSIVE = frozenset(_DATA["progressive"])
# (the first word of each phrase of loss: a text holding none of them is not looked at)
_LOST_FIRST = frozenset(p.split()[0] for p in _DATA["lost"])
_PROGRESSIVE_BEFORE = _PATTERNS.compile(r"\b(?:" + "|".join(sorted(_PROGRESSIVE)) + r")\b", re.I)
_CUE = _PATTERNS.compile(_DATA["cue"], re.I)
# (longest first: one pattern whatever the order of the data)
_LOST_AFTER = _PATTERNS.compile(
    _DATA["between"] + r"(?P<lost>" + "|".join(p.replace(" ", r"\s+") for p in sorted(_DATA["lost"], key=lambda p: (-len(p), p)))
    + r")\b", re.I)
# where the sentence before the place begins, and where it ends after it
_SENTENCE_MARK = _PATTERNS.compile(r"[.;!?](?:\s|$)")


def trip_cut_short(text: str, start: int, end: int, s: int) -> str | None:
    """The verb of loss ("sank") when the place at ``start``:``end`` (in the clause that starts at
    ``s``; ``start`` the start of its phrase) is where a trip told in progress was going and the
    craft was lost after it in the sentence; else None."""
    words = word_set(text)
    if _LOST_FIRST.isdisjoint(words) or _PROGRESSIVE.isdisjoint(words):
        return None  # (the cheap test: most reports tell no loss of a craft)
    if _CUE.search(text, max(s, start - 12), start) is None:
        return None  # (only where it was going: "from A" is where it left)
    sentence_start = max([s] + [m.end() for m in _SENTENCE_MARK.finditer(text, max(0, start - 200), start)])
    if _PROGRESSIVE_BEFORE.search(text, sentence_start, start) is None:
        return None
    lost = _LOST_AFTER.match(text, end)
    return " ".join(lost.group("lost").split()) if lost else None


_PATTERNS.save()
