"""A return told only by the place it went through: "Two frigates sailed from A into B on
Monday. On Wednesday the frigates sailed back through the C Strait", "The convoy drove back
via D the next day".

A strait, a pass or a crossing named after "through"/"via" is a place passed (GUIDELINES: a
route's waypoints are ``via``), and a verb of going back ("sailed back", "returned") has its
end in where the mover's movement told before began; it starts from where that movement got
to. So the clause is a leg of its own, B -> [C] -> A, once the text told the group's earlier
leg (with no told origin, B -> [C] -> ?).

why: the clause had only a place passed, so it was read as a place on the way of the earlier
leg (A -> [C] -> B), and the return was lost though its day was another."""

from __future__ import annotations

from dataclasses import replace

from .state import Fragment, _Draft
from .way_back import _names_the_last, _told_going_back
from .weights import NEXT_LEG_SENTENCES


def _only_passed(frag: Fragment) -> bool:
    """A reported clause whose only places are places passed."""
    return bool(frag.via) and not frag.origin and not frag.destination and frag.status == "reported"


def back_through_only(text: str, frag: Fragment | None, last: _Draft | None, i: int) -> Fragment | None:
    """``frag`` with the ends of a return when it tells ``last``'s mover going back by a place
    passed only ("the destroyers sailed back through the strait"): from where ``last`` got to,
    to where it began (when told); else None."""
    if frag is None or last is None or not _only_passed(frag) or last.destination is None \
            or last.status != "reported" or not i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < i:
        return None
    if not _told_going_back(text, frag) or not (frag.anaphoric or _names_the_last(frag.what, last)):
        return None
    at = frag.trigger_start
    origin = [({**last.destination, "inferred": True}, at)]
    destination = [({**last.origin, "inferred": True}, at)] if last.origin is not None else []
    return replace(frag, origin=origin, destination=destination,
                   roles_why=frag.roles_why + ["going back by a place passed only: the return of the movement before"])
