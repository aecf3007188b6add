"""A port of call on the way: "sailed from A, called at B and reached C", "arrived in C after
leaving A and making a port call in B", "put in at B for fuel and docked in C".

A ship's call at a port is an arrival, and read alone it is where the ship got to ("made a port
call in Jeddah on Sunday"). Told in a clause that also names where the ship went, it is a stop
on the way: GUIDELINES puts places gone through en route in ``via`` and splits a route into legs
only where the force got somewhere and afterwards set off again, which a port call told as part of the
voyage does not say. Before, the port was read as a second destination of the clause, and the
voyage became two movements (A -> B and A -> C).

The port's place is given the role ``via_stop``, which the clause reader (clauses, the
"via_stop" slots) turns into a via when the clause has a destination, else a destination.
The verbs are data (lexicon.json "port_call")."""

from __future__ import annotations

import re

from .lexicon import _DATA, _stem

_PORT_CALL_VERBS = frozenset(_DATA["port_call"]["verbs"])
# what may stand between the verb of the call and the place's cue: nothing but spaces
_NEXT_TO = 3


def port_of_call(trigger: re.Match | None, at: int) -> bool:
    """Is the role found at ``at`` governed by ``trigger``, a verb of calling at a port ("called
    at B": the object at the verb's start; "making a port call in B": the cue right after)?"""
    if trigger is None or not trigger.group("verb"):
        return False
    if _stem(trigger.group("verb")) not in _PORT_CALL_VERBS:
        return False
    return trigger.start() <= at <= trigger.end() + _NEXT_TO
