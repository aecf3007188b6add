""""Go" as "become": "Its AIS went dark for about 30 hours west of the Paracels", "The convoy's
radios went silent near X", "Two soldiers went missing near Y". A word of a state right after
the form of "go" makes it a copula; nobody is told to have gone anywhere, and a place after it
("west of the Paracels") is where the state began, no end of a movement.

Without this, a ship-tracking thread's "Its AIS went dark ... west of the Paracels" was a move to
the Paracels (read62). A verb of going with a direction after the state ("went dark and sailed
to X") keeps its own verb, which this does not touch.

Words in read/go_as_become.json."""

from __future__ import annotations

import json
import re

from .data_files import read_data
from .kept import recompile as _recompile

_DATA = read_data("go_as_become.json")
_GO_FORMS = frozenset(("go", "goes", "going", "went", "gone"))
_STATE_AFTER = _recompile(r"\s+(?:" + "|".join(re.escape(w) for w in _DATA["states"]) + r")\b", re.I)


def goes_as_become(text: str, trigger: re.Match) -> bool:
    """Is the trigger a form of "go" followed by a word of a state ("went dark", "went
    missing")? Then it tells a change of state, not a movement."""
    return trigger.group(0).lower() in _GO_FORMS and _STATE_AFTER.match(text, trigger.end()) is not None
