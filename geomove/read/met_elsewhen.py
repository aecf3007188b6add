"""A meeting told beside a route but dated to another time: "The convoy, which had been attacked
near Gao in October, drove from Bourem to Kidal on Monday"; "drove to Timbuktu through the delta,
where jihadists attacked a boat at Niafunke last week". The place met is where something
happened, not on this route's day: no place passed.

assemble.via_where_met takes a place where a moving group was met ("a convoy heading from A to
B was ambushed near X") as passed when it lies between the route's ends. The task of read57:
where something happened on the way that is not on the route is no via; a meeting at another
time is the plainest case (a meeting on the day stays a via, as before).

Words in read/met_elsewhen.json."""

from __future__ import annotations

import json
import re

from .data_files import read_data
from .kept import recompile as _recompile

_DATA = read_data("met_elsewhen.json")
_MONTH = "(?:" + "|".join(_DATA["months"]) + ")"
_ELSEWHEN = _recompile("|".join(p.replace("MONTH", _MONTH) for p in _DATA["patterns"]), re.I)
# the end of the meeting's own words: a comma, a semicolon or the sentence's end
_CLAUSE_END = _recompile(r"[,;.]\s|[,;.]$")


def met_another_time(text: str, verb_at: int, place_end: int, e: int) -> bool:
    """Do the words of the meeting, from its verb at ``verb_at`` to the end of the clause that
    holds the place met (ending at ``place_end``), date it to another time ("in October", "last
    week", "two years ago")?

    why: a place where the group (or another) was met months before was read as a place passed
    on this day's route."""
    end = _CLAUSE_END.search(text, place_end, e)
    return _ELSEWHEN.search(text, verb_at, end.start() if end else e) is not None
