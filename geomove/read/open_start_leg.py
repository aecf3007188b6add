"""A start told in one clause and the arrival in the next, with no subject of its own:
"Reinforcements flown from Bamako | have reached Ménaka", "Soldiers sent from Gao on Sunday |
have arrived in Kidal" (a participle describing the subject, cut from the main verb by
read.reduced_relative). The clause before tells where the force left and no end; the next one,
a next leg of the same subject, tells only where it arrived: one trip, from the one to the other.

GUIDELINES: a route is cut into legs only where the report tells of an arrival and a later
departure; here no arrival stands between the start and the end.

why: the next leg leaves from where the leg before arrived, and that leg told no arrival; the
two halves, with no actor shared (the main clause has no subject), stayed two movements, one
with no end and one with no start and nothing said of what moved (probes of my own). A main
verb that sends the force on ("Troops withdrawn from Kidal have been redeployed to Gao") is not
an arrival: where the withdrawal ended is not told, and two movements stay two; its main clause
is still moved by the participle's subject (assemble: _leg_keeps_its_subject)."""

from __future__ import annotations

from .lexicon import GOT_THERE, _stem

# the verbs of the next leg that tell where the trip ended (not a new dispatch)
_ARRIVAL = GOT_THERE


def arrival_of_open_start(frag, routes: list, last, i: int) -> bool:
    """Is ``frag`` (clause ``i``, a next leg with ``routes``) the arrival of the movement
    ``last`` told in the clause just before, whose start only is told?"""
    if not frag.next_leg or last is None or last.destination is not None or last.origin is None:
        return False
    if last.frags[-1].sentence != i - 1 or len(routes) != 1:
        return False
    route = routes[0]
    if route.origin is not None or route.destination is None or route.status != last.status:
        return False
    return bool(frag.trigger) and _stem(frag.trigger) in _ARRIVAL
