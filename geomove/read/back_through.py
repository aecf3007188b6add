"""A return told only by the place it went through: "Two frigates sailed from A into B on
Monday. On Wednesday the frigates sailed back through the C Strait", "The convoy drove back
via D the next day".

A strait, a pass or a crossing named after "through"/"via" is a place passed (GUIDELINES: a
route's waypoints are ``via``), and a verb of going back ("sailed back", "returned") has its
end in where the mover's movement told before began; it starts from where that movement got
to. So the clause is a leg of its own, B -> [C] -> A, once the text told the group's earlier
leg (with no told origin, B -> [C] -> ?). The same when the clause names no place at all, its
end the earlier leg's told origin ("On Friday the frigates sailed back", "they returned through
the same strait": B -> A, by the earlier leg's via when "the same" way is told).

why: the clause had only a place passed, so it was read as a place on the way of the earlier
leg (A -> [C] -> B), and the return was lost though its day was another."""

from __future__ import annotations

import re
from dataclasses import replace

from .kept import recompile as _recompile

from .state import Fragment, _Draft
from .way_back import _names_the_last, _told_going_back, goes_back
from .weights import NEXT_LEG_SENTENCES


def _only_passed(frag: Fragment) -> bool:
    """A reported clause whose only places are places passed."""
    return bool(frag.via) and not frag.origin and not frag.destination and frag.status == "reported"


# what may follow a verb of going back that names no place, so that the clause tells only the
# return ("On Friday they sailed back.", "they returned through the same strait", "returned
# home on Sunday"): the clause's end, a time, the way back, "home" -- not an object ("returned
# fire") nor an end of its own the text did not name ("returned to base")
_PLACELESS_TAIL = _recompile(r"(?:\s+back)?(?:\s*(?:[.,;:]|$)|\s+(?:on|through|via|by|later|home|again|after|at\s+(?:dawn|night)|"
                             r"the\s+(?:same|next|following)|in\s+the\s+(?:morning|evening|afternoon))\b)", re.I)
# "through the same strait", "by the same route": the way back is the way out
_SAME_WAY = _recompile(r"\s+(?:back\s+)?(?:through|via|by)\s+the\s+same\b", re.I)


def placeless_return(text: str, main: re.Match) -> bool:
    """Is the trigger ``main`` (with a "verb" group) a verb of going back followed by no place and
    no object ("sailed back.", "returned on Friday", "returned through the same strait")? Such a
    clause is read on (status, subject, day) though it names no end: the end may be where the
    mover's earlier leg began (back_through_only)."""
    return bool(main.group("verb")) and goes_back(text, main) \
        and _PLACELESS_TAIL.match(text, main.end()) is not None


def _no_place_back(text: str, frag: Fragment, last: _Draft) -> bool:
    """A reported clause with no place at all whose verb of going back ends where ``last``
    began, told ("On Friday the destroyers sailed back", "they returned through the same
    strait")."""
    if frag.origin or frag.destination or frag.via or frag.status != "reported" or last.origin is None:
        return False
    return _PLACELESS_TAIL.match(text, frag.trigger_start + len(frag.trigger or "")) is not None


def back_through_only(text: str, frag: Fragment | None, last: _Draft | None, i: int) -> Fragment | None:
    """``frag`` with the ends of a return when it tells ``last``'s mover going back by a place
    passed only ("the destroyers sailed back through the strait"): from where ``last`` got to,
    to where it began (when told); else None."""
    if frag is None or last is None or last.destination is None or last.status != "reported" \
            or not i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < i:
        return None
    placeless = _no_place_back(text, frag, last)
    if not (placeless or _only_passed(frag)):
        return None
    if not _told_going_back(text, frag) or not (frag.anaphoric or _names_the_last(frag.what, last)):
        return None
    at = frag.trigger_start
    origin = [({**last.destination, "inferred": True}, at)]
    destination = [({**last.origin, "inferred": True}, at)] if last.origin is not None else []
    via = frag.via
    if placeless and _SAME_WAY.match(text, frag.trigger_start + len(frag.trigger or "")):
        via = [(place, at) for place in last.via]  # ("returned through the same strait")
    return replace(frag, origin=origin, via=via, destination=destination,
                   roles_why=frag.roles_why + [f"going back by {'no place' if placeless else 'a place passed only'}: "
                                               "the return of the movement before"])
