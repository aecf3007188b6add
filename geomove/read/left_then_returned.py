"""A relative clause of an earlier departure inside the subject, then the main verb's own
movement: "Wagner fighters who had left Kidal in February returned there on Sunday from Gao",
"Soldiers who had withdrawn from Sake last year moved back to the town on Monday".

The pluperfect departure ("who had left X") tells a move made before, in its own time; the main
verb tells the one the sentence reports. They are two movements (GUIDELINES: a different date makes
a new movement), so the sentence is cut at the main verb as it is after a relative arrival
(read.arrived_then_moved), but as no leg of one route: the force did not go on from where the
departure took it. Without the cut the first verb was the clause's, and the main verb's places
(from Gao, back to Kidal) were read as ends of the departure in February.

Only "who/that had <verb of departure>" and a later finite verb of movement; "who left X moved to
Y" (no "had") is read as before.
"""

from __future__ import annotations

import re

from .lexicon import _stem
from .kept import recompile as _recompile  # (built from the kept code: speed58)

_HAD = _recompile(r"\b(?:who|that)\s+had\s+", re.I)
# the relative clause at the end of the clause cut before the main verb: the words before it are
# the main clause's subject (clauses._aside_antecedent)
RELATIVE_DEPARTURE_AT_END = _recompile(r"\s(?:who|that)\s+had\s+[^,;.]*$", re.I)


def main_verb_after_earlier_departure(text: str, who: re.Match, rel: re.Match | None, verbs_after: list,
                                      departures: set) -> re.Match | None:
    """The main verb of movement after the relative clause ``who`` ("who had left X") whose verb
    trigger ``rel`` is a departure in the pluperfect; None otherwise."""
    if rel is None or not rel.group("verb") or _stem(rel.group("verb")) not in departures:
        return None
    if _HAD.match(text, who.start()) is None:
        return None
    return next((t for t in verbs_after if t.group("verb") and not t.group("verb").lower().endswith("ing")), None)
