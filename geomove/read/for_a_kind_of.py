"""Where a force left for, told by "for" and a place introduced by its kind with words that
describe it: "Fighters left Bangui for the mining town of Bambari", "The soldiers left Kandi for
the border town of Malanville", "left N'Djamena for the eastern Chadian town of Abeche".

"for" names a destination only when it governs the place (roles: at most FOR_GOVERNS_WORDS
words between them): "for the town of X" does, but one word describing the town ("mining",
"border", "garrison") put the name a word too far, and the departure was read with no end,
where "to the mining town of X" had one. The kind phrase is one unit of the noun phrase "for"
governs, as "the Sambisa forest" is for read.for_a_feature.

Only a settlement's or a site's kind noun with "of" right before the place, and at most three
words describing it, none of them a preposition or a conjunction (so "for talks in the town of
X", "for a patrol and the city of X" stay as they were); the gate that "for" follows a verb of
setting out is roles' own.

why: the lead's probes of session 44 (sentences of my own: Central African Republic, Benin,
Mali, DR Congo)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-for-a-kind-of")

# the kind nouns that introduce a place's name with "of"
KIND_NOUNS = ("towns?", "city", "cities", "villages?", "ports?", "capital", "district", "province", "region",
              "settlements?", "hamlets?", "locality", "enclave", "outpost", "garrison", "bases?", "camps?",
              "oasis", "island")
# a word describing the kind: not a preposition, conjunction or article (no other phrase between)
_DESCRIBING = r"(?!(?:in|at|on|of|near|and|or|but|to|from|with|for|by|since|the|a|an)\s)[\w'’-]+\s+"
_FOR_A_KIND_OF = _PATTERNS.compile(
    r"for\s+the\s+(?:" + _DESCRIBING + r"){1,3}?(?:" + "|".join(KIND_NOUNS) + r")\s+of\s+(?:the\s+)?", re.I)
_PATTERNS.save()


def for_a_kind_of(text: str, at: int, start: int) -> bool:
    """Is the text from the cue "for" at ``at`` to the place at ``start`` "for the <words>
    <kind> of (the)"? Then "for" governs the place as it governs "for the town of X"."""
    return _FOR_A_KIND_OF.fullmatch(text, at, start) is not None
