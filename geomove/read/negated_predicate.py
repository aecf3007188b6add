"""The negation of a movement noun's predicate, when it is the movement's: "The transfer of the
brigade to X was not carried out", "The withdrawal of police from Y was not completed".

Not a negation that sets what the move was against what it was not, which tells the move happened
(a state's word for its own move: GUIDELINES, the move is reported, not denied):

- a contrast after the predicate: "The deployment of two battalions to X was a routine rotation,
  not a threat", "... was routine, not an escalation", "... was a drill and not a provocation"
  (CONTRASTED: a copula with a predicate, then ", not a/an ...");
- "not ... but": "The deployment of the brigade to X was not a threat but a scheduled exercise"
  (NOT_BUT);
- a negated aim: "The transfer of artillery to X was not aimed at Armenia", "not directed against
  anyone" (NOT_AIMED): the move is what is talked of, only its aim is denied.

why: "The Serbian army said the deployment of two battalions to Raska was a routine rotation, not a
threat" was read negated (probe of my own, read84)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _NEGATION, _NEGATION_GATE

_PATTERNS = CompiledPatterns("read-negated-predicate")

_COPULA = r"\b(?:was|is|were|are|has\s+been|had\s+been|have\s+been|would\s+be|will\s+be)\s+"
# a copula with its predicate, then the contrasted words: "was a routine rotation, not a threat"
CONTRASTED = _PATTERNS.compile(_COPULA + r"(?!not\b|never\b|no\b)[^;.]*?(?:,\s*|\s+and\s+|\s+but\s+)"
                               r"(?P<neg>not|never)\s+(?:a|an|any|one|part\s+of|aimed|directed|intended|meant)\b", re.I)
# "was not a threat but a scheduled exercise"
NOT_BUT = _PATTERNS.compile(_COPULA + r"(?P<neg>not)\s+(?:a|an|any)\s+[^,;.]{1,60}?,?\s+but\s+(?:rather\s+)?(?:a|an|part\s+of)\b", re.I)
# "was not aimed at X", "was not directed at its neighbours", "was not intended as a signal"
NOT_AIMED = _PATTERNS.compile(_COPULA + r"(?P<neg>not|never)\s+(?:aimed|directed|targeted|intended|meant)\s+"
                              r"(?:at|against|as|to\s+(?:threaten|provoke|intimidate|signal))\b", re.I)


# an adverbial clause after the predicate tells something else ("The transfer of X to Y has been
# postponed until February because its barracks are not ready": the barracks are not ready)
ADVERBIAL = _PATTERNS.compile(r"\b(?:because|although|though|since|while|whereas|unless|if|as\s+(?:its|their|the)\b)", re.I)


def negation_of_the_move(after: str) -> re.Match | None:
    """The first negation in ``after`` (the words after a movement noun), before an adverbial
    clause (ADVERBIAL), that is not a contrast, a "not ... but" or a negated aim (the module's
    doc); None when there is none."""
    cut = ADVERBIAL.search(after)
    after = after[:cut.start()] if cut else after
    kept = {m.start("neg") for p in (CONTRASTED, NOT_BUT, NOT_AIMED) for m in p.finditer(after)}
    for m in _NEGATION_GATE.finditer(after):
        if m.start() not in kept:
            return m
    return None


_PATTERNS.save()
