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
Y" (no "had") is read as before. Without "had" the departure is still an earlier move of its own
when the relative clause tells its own time ("The gendarmes who fled Kongoussi last month have
returned to the town", "the soldiers who left Djibo in March came back to the town on Friday",
read130): the time sets it apart from the main verb's, as the pluperfect does. A flight ("who
fled X") is a departure here: a force that fled a place and came back tells two moves.
"""

from __future__ import annotations

import re

from .lexicon import _stem
from .kept import recompile as _recompile  # (built from the kept code: speed58)

_HAD = _recompile(r"\b(?:who|that)\s+had\s+", re.I)
# a time of the relative clause's own, told after its departure and before the main verb ("who
# fled X last month", "who left X in March", "who withdrew from X two weeks ago")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_OWN_TIME = _recompile(
    r"\b(?:last\s+(?:week|month|year|night|spring|summer|autumn|winter|" + _DAYS + "|" + _MONTHS + r")"
    r"|earlier\s+(?:this|that)\s+(?:week|month|year)|(?:in|on|since)\s+(?-i:" + _MONTHS + "|" + _DAYS + r")"
    r"|in\s+(?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|several|a\s+few)\s+(?:days|weeks|months|years|day|week|month|year)\s+ago)\b",
    re.I)
# the verbs of departure read here besides the lexicon's: a flight from a place ("who fled X")
_FLED = frozenset({"flee"})
# the relative departure at the end of the clause cut before the main verb, with no "had" but a
# time of its own at its end ("The gendarmes | who fled X last month |"): the words before it are
# the main clause's subject, as with RELATIVE_DEPARTURE_AT_END
RELATIVE_DATED_DEPARTURE_AT_END = _recompile(
    r"\s(?:who|that)\s+[a-z]+\s+[^,;.]*?(?:last\s+\w+|ago|(?:in|on)\s+(?-i:[A-Z])\w+|in\s+\d{4})\s+(?:(?:have|has|had|were|was)\s+(?:been\s+)?)?$", re.I)
# the relative clause at the end of the clause cut before the main verb: the words before it are
# the main clause's subject (clauses._aside_antecedent)
RELATIVE_DEPARTURE_AT_END = _recompile(r"\s(?:who|that)\s+had\s+[^,;.]*$", re.I)


def main_verb_after_earlier_departure(text: str, who: re.Match, rel: re.Match | None, verbs_after: list,
                                      departures: set) -> re.Match | None:
    """The main verb of movement after the relative clause ``who`` ("who had left X") whose verb
    trigger ``rel`` is a departure in the pluperfect; None otherwise."""
    if rel is None or not rel.group("verb") or (_stem(rel.group("verb")) not in departures
                                                 and _stem(rel.group("verb")) not in _FLED):
        return None
    # (the month "March" after the departure is its time, no verb: "who left X in March came back")
    main = next((t for t in verbs_after if t.group("verb") and not t.group("verb").lower().endswith("ing")
                 and t.group("verb") != "March"), None)
    if main is None or _HAD.match(text, who.start()) is not None:
        return main
    # (no "had": only when the relative clause tells a time of its own before the main verb)
    return main if _OWN_TIME.search(text, rel.end(), main.start()) is not None else None
