"""A craft named as the object of a preposition, then a relative clause of its own journey:
"the fighters were refuelled over the sea by a tanker, which flew from Brize Norton to the
Baltic" tells two journeys, the fighters' and the tanker's.

The twin of cuts._OBJECT_WHO ("handed the base to local forces, who arrived from X"), which
reads people told by a force noun and "who"; an aircraft or ship takes "which". Without the
cut the tanker's base was read as the fighters' origin and its flight was lost.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .gates import Gate
from .lexicon import _TRIGGER_RE

_PATTERNS = CompiledPatterns("read-craft-relative")
_DATA = read_data("craft_relative.json")["craft_relative"]
_CRAFT_WHICH = _PATTERNS.compile(_DATA["pattern"].replace("CRAFT", _DATA["craft"]), re.I)
# every match holds ", which" or ", that": a clause with neither (seven in ten) is not searched,
# where the pattern was tried at every character of it (read.gates)
_CRAFT_WHICH_GATE = Gate(_CRAFT_WHICH, ("which", "that"))


def craft_relative_start(text: str, cut: int, e: int, verbs_in) -> int | None:
    """Where the clause of a craft's own journey starts (at the craft's name, its subject), when
    a craft named after a preposition is followed by ", which" and a verb of movement, and the
    clause before it has a movement verb of its own; None otherwise.

    why: "took off from Coningsby ... refuelled by a Voyager tanker, which flew from Brize
    Norton to the Baltic" read Brize Norton as the fighters' origin."""
    for m in _CRAFT_WHICH_GATE.finditer(text, cut, e):
        rel = _TRIGGER_RE.match(text, m.start("verb"))
        if rel and rel.group("verb") and m.start("np") > cut and verbs_in(cut, m.start("np")):
            return m.start("np")
    return None


_PATTERNS.save()
