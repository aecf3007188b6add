"""A relative clause of the subject that tells where the force got to, then a main verb that
moves it on: "Soldiers who arrived in Baidoa on Monday moved to Dolo Ado on Tuesday", "Ethiopian
troops that had crossed into Gedo last week pulled back to Dolo Ado on Tuesday". The relative
clause is the leg that brought them there; the main verb is the next leg, from there, on its own
day (GUIDELINES: a route is split where the force got somewhere and afterwards set off again), as "who
arrived in X left for Y" was already read (cuts._clauses).

Only a relative clause right after its noun ("who", "that"), whose verb is one of arriving or
entering (or crossing into a place), and a main verb of movement after it that is finite (not a
participle: "soldiers who arrived in X carrying arms" is one clause).

why: only a main verb of departure was a next leg; "... moved to Dolo Ado on Tuesday" was read
as a second end of the relative clause's movement, from no origin (or from the force's country)
and on the relative clause's day (probe of my own).

read80: any verb of movement told with its route to a named end ("The column that drove from Gao
to Tessalit last month returned to Gao", "who were evacuated to Chad ... have since returned to
Port Sudan") tells where the force got to as an arrival does; and the end may be followed by the
main verb's auxiliary ("that moved to X has now pushed into Y"). Before, the main verb's
movement was lost, or read from the relative clause's origin on its day."""

from __future__ import annotations

import re

from .lexicon import GOT_THERE, _stem
from ..dates import MONTH_NAMES
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-arrived-then-moved")

# verbs of getting somewhere (cuts._ARRIVED's) and of crossing, which gets somewhere only "into" it
_ARRIVED = GOT_THERE
_CROSSED_INTO = _PATTERNS.compile(r"\s+(?:back\s+|over\s+)?into\b", re.I)
# where an arrival got, told by its name (capitalised words, a possessive's name, a kind of
# place), after the verb ("reached Baidoa", "entered Somalia's Gedo region") or after a preposition
# ("arrived in Baidoa", "landed at Goma"), with no common noun after it: "entered the Syrian buffer
# zone through the Quneitra crossing" names no place it got to (read50's hand count: one route)
_NAME = r"(?-i:[A-Z])[\w'’.-]*"
_NAMED_PLACE = (r"(?:the\s+)?(?!" + MONTH_NAMES + r"\b)" + _NAME + r"(?:\s+" + _NAME + r"){0,3}(?:['’]s\s+" + _NAME
                + r"(?:\s+" + _NAME + r"){0,2})?(?:\s+(?:region|province|district|state|county|oblast|governorate|area|"
                r"city|town|village|base|airport|airbase|port|camp))?"
                r"(?=\s*[,.;]|\s*$|\s+(?:on|in|at|from|to|towards?|via|through|by|last|this|early|late|earlier|"
                r"overnight|and|after|before|since|during|with)\b)")
# (the end may be followed by the main verb's auxiliary: "that moved to X has now pushed into Y",
# "who were sent to Gao have returned to Bamako", read80)
_NAMED_END = _NAMED_PLACE.replace(r"overnight|and|", r"overnight|and|has|have|had|is|are|was|were|")
_GOT_TO_OBJECT = _PATTERNS.compile(r"\s+(?:back\s+|over\s+)?(?:into\s+)?" + _NAMED_END, re.I)
_ARRIVED_AT = _PATTERNS.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:in|at|into|to)\s+" + _NAMED_END, re.I)
# a verb of sending or deploying told with where it went: "who were deployed to Uvira last year",
# "that had been sent to Gao" (a relative clause of an earlier movement, read68)
_SENT_TO = _PATTERNS.compile(r"\s+(?:back\s+)?(?:to|into)\s+" + _NAMED_END, re.I)
_SENT = frozenset({"deploy", "redeploy", "send", "dispatch", "transfer", "fly", "airlift", "move"})
# any verb of movement told with its route to a named end, "from" a named place first or a way
# of going: "that drove from Bamako to Kidal last month", "that moved from X region to Y",
# "who were evacuated to Chad": the relative clause tells where the force got to (read80)
_ROUTE_TO = _PATTERNS.compile(r"\s+(?:(?:back|(?:\w+ly)|by\s+(?:road|air|sea|rail|land)|from\s+" + _NAMED_PLACE + r")\s+){0,3}"
                              r"(?:to|into)\s+" + _NAMED_END, re.I)
# ... not a verb whose object is what moved ("that sent troops to X") nor one of leaving ("that left
# A for B": read.left_then_returned reads a departure)
_NOT_ROUTE_VERBS = frozenset({"leave", "depart", "abandon", "vacate", "withdraw", "exit", "set off", "set out",
                              "take off", "weigh anchor", "set sail", "get under way", "put to sea"})
# ... but a departure told with where it was bound: "The column that left Gao for Tessalit last month
# returned to Gao on Sunday" (the main verb is the next leg from there, read80)
_LEFT_FOR = _PATTERNS.compile(r"\s+(?:from\s+)?" + _NAMED_PLACE.replace(r"overnight|and|", r"overnight|and|for|bound|") + r"\s+(?:(?:on|last|this|early|late|earlier)\s+[\w-]+\s+)?(?:for|bound\s+for)\s+"
                              + _NAMED_END, re.I)
_LEAVING = frozenset({"leave", "depart"})
# verbs whose object is where they got ("reached X", "entered X")
_OBJECT_VERBS = frozenset({"reach", "enter", "cross"})


def relative_arrival(text: str, rel: re.Match | None) -> bool:
    """Does the relative clause's verb trigger ``rel`` tell an arrival ("who arrived in X",
    "that had entered X", "that crossed into X", "who were deployed to X last year")?"""
    if rel is None or not rel.group("verb") or rel.group("verb").lower().endswith("ing"):
        return False
    stem = _stem(rel.group("verb"))
    return stem in _ARRIVED or (stem == "cross" and _CROSSED_INTO.match(text, rel.end()) is not None) \
        or (stem in _SENT and _SENT_TO.match(text, rel.end()) is not None) \
        or (stem not in _NOT_ROUTE_VERBS and _ROUTE_TO.match(text, rel.end()) is not None) \
        or (stem in _LEAVING and _LEFT_FOR.match(text, rel.end()) is not None)


def main_verb_after_arrival(text: str, rel: re.Match, verbs_after: list, departures: set) -> re.Match | None:
    """The main clause's verb of movement among the triggers after the relative clause's verb
    ``rel`` (none a participle): the first departure when one is told ("who arrived in X left
    for Y", as before), else the first verb of movement of any kind ("moved to Y", "pulled back
    to Y", "were flown to Y"), when the relative clause names where it got to. "Soldiers who
    arrived from Kismayo on Monday moved to Dolo Ado", "troops who entered the buffer zone through
    C moved on to Y" name no place between: one route."""
    finite = [t for t in verbs_after if not t.group("verb").lower().endswith("ing")]
    departure = next((t for t in finite if _stem(t.group("verb")) in departures), None)
    if departure is not None or not finite:
        return departure
    told = _GOT_TO_OBJECT if _stem(rel.group("verb")) in _OBJECT_VERBS else \
        _LEFT_FOR if _stem(rel.group("verb")) in _LEAVING else _ARRIVED_AT
    return finite[0] if told.match(text, rel.end(), finite[0].start()) else None


_PATTERNS.save()
