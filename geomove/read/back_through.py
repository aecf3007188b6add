"""A return told only by the place it went through: "Two frigates sailed from A into B on
Monday. On Wednesday the frigates sailed back through the C Strait", "The convoy drove back
via D the next day".

A strait, a pass or a crossing named after "through"/"via" is a place passed (GUIDELINES: a
route's waypoints are ``via``), and a verb of going back ("sailed back", "returned") has its
end in where the mover's movement told before began; it starts from where that movement got
to. So the clause is a leg of its own, B -> [C] -> A, once the text told the group's earlier
leg (with no told origin, B -> [C] -> ?). The same when the clause names no place at all, its
end the earlier leg's told origin ("On Friday the frigates sailed back", "they returned through
the same strait": B -> A, by the earlier leg's via when "the same" way is told), or only the
border or river crossed on the way back ("Burundian soldiers crossed into Congo on Monday. They
slipped back across the border on Wednesday": Congo -> Burundi, s49 read137).

why: the clause had only a place passed, so it was read as a place on the way of the earlier
leg (A -> [C] -> B), and the return was lost though its day was another."""

from __future__ import annotations

import re
from dataclasses import replace

from .kept import recompile as _recompile

from .places import same_place
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
# (and the border or river crossed on the way back, with no place named: "slipped back across
# the border", "withdrew back over the river on Thursday": the crossing tells the way back, not
# an end; the end is where the movement before began, s49 read137)
_BACK_ACROSS = _recompile(r"\s+back\s+(?:across|over)\s+the\s+(?:border|frontier|boundary|river)\b"
                          r"(?=\s*(?:[.,;:]|$)|\s+(?:on|later|again|after|at\s+(?:dawn|night)|overnight|"
                          r"the\s+(?:same|next|following)|in\s+the\s+(?:morning|evening|afternoon))\b)", re.I)
# "through the same strait", "by the same route": the way back is the way out
_SAME_WAY = _recompile(r"\s+(?:back\s+)?(?:through|via|by)\s+the\s+same\b", re.I)


def placeless_return(text: str, main: re.Match) -> bool:
    """Is the trigger ``main`` (with a "verb" group) a verb of going back followed by no place and
    no object ("sailed back.", "returned on Friday", "returned through the same strait")? Such a
    clause is read on (status, subject, day) though it names no end: the end may be where the
    mover's earlier leg began (back_through_only)."""
    return bool(main.group("verb")) and goes_back(text, main) \
        and (_PLACELESS_TAIL.match(text, main.end()) is not None or _BACK_ACROSS.match(text, main.end()) is not None)


def _home_of(last: _Draft) -> dict | None:
    """The home of ``last``'s national force, as its clauses read it ("Rwandan troops entered
    X": Rwanda), when one is known and placed."""
    return next((f.actor_home for f in last.frags if f.actor_home is not None and f.actor_home.get("lat") is not None), None)


def _no_place_back(text: str, frag: Fragment, last: _Draft) -> bool:
    """A reported clause with no place at all whose verb of going back ends where ``last``
    began, told ("On Friday the destroyers sailed back", "they returned through the same
    strait"), or whose way back crosses the border to the home of ``last``'s national force
    ("Rwandan troops entered X. They slipped back across the border")."""
    if frag.origin or frag.destination or frag.via or frag.status != "reported":
        return False
    after = frag.trigger_start + len(frag.trigger or "")
    if last.origin is None:
        return _home_of(last) is not None and _BACK_ACROSS.match(text, after) is not None \
            and "river" not in _BACK_ACROSS.match(text, after).group(0).lower()
    return _PLACELESS_TAIL.match(text, after) is not None or _BACK_ACROSS.match(text, after) is not None


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
    # (where it began; else, back across the border, the home of its national force: read.back_across)
    home = _home_of(last) if last.origin is None and placeless else None
    destination = [({**last.origin, "inferred": True}, at)] if last.origin is not None else \
        [({**home, "precision": "country", "inferred": True}, at)] if home is not None else []
    via = frag.via
    if placeless and _SAME_WAY.match(text, frag.trigger_start + len(frag.trigger or "")):
        via = [(place, at) for place in last.via]  # ("returned through the same strait")
    return replace(frag, origin=origin, via=via, destination=destination,
                   roles_why=frag.roles_why + [f"going back by {'no place' if placeless else 'a place passed only'}: "
                                               "the return of the movement before"])


def home_across_after(text: str, last: _Draft, draft: _Draft) -> bool:
    """Is ``draft`` the way back home of ``last``'s national force that back_through_only read
    ("Rwandan troops entered X. They slipped back across the border": X -> Rwanda)? A leg of its
    own, not ``last`` carried on (it had no origin told, so nothing made the two one route)."""
    if last.origin is not None or last.destination is None or draft.origin is None or draft.destination is None:
        return False
    home = _home_of(last)
    frag = draft.frags[-1]
    return home is not None and same_place(draft.origin, last.destination) and same_place(draft.destination, home) \
        and _BACK_ACROSS.match(text, frag.trigger_start + len(frag.trigger or "")) is not None
