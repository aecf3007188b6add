"""The verb of a clause whose subject holds a participle describing a noun: "Buses transporting
40 soldiers and trucks carrying ammunition departed from A" moves by "departed"; "transporting"
and "carrying" only tell what the buses and trucks held (a reduced relative clause: "buses that
were transporting ...").

why: the clause's first movement verb was taken as its verb, so what moved was read as the
object of "transporting" and ran on to the real verb ("40 soldiers and several trucks carrying
ammunition departed"), and the buses were lost."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .lexicon import _stem

# the verbs whose object is what a vehicle or group holds: their participle after a noun tells
# its load ("trucks carrying ammunition"); a participle of going ("a column heading from A to B",
# "vehicles coming from C") tells the route, and the clause's ends, so it stays the verb read
_VERBS_OF_LOAD = frozenset(("carry", "transport", "ferry", "bring"))

# a noun right before the participle: a plural ("buses", "vehicles") or a noun of a group or a
# vehicle in the singular ("a convoy transporting", "the column carrying"), not a verb's helper
_NOUN_BEFORE = _recompile(r"\b(?!(?:was|has|is|as|its|his|this|thus|plus|us|has|does|yes|perhaps|whereas|always|unless|"
                          r"besides|towards|afterwards|less)\s)(?:[a-z][a-z-]*[a-z]s|convoy|column|fleet|train|ship|plane|"
                          r"aircraft|vessel|ferry|truck|lorry|bus|helicopter|unit|battalion|brigade|force|contingent)\s+$")
# an auxiliary right before a form in -ing makes it finite ("were transporting")
_AUXILIARY_BEFORE = _recompile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)


def describes_a_noun(text: str, s: int, verb: re.Match) -> bool:
    """Is ``verb`` a form in -ing of a verb of load right after a noun, with no auxiliary: a
    participle that tells what that noun holds ("vehicles transporting troops"), not the
    clause's verb?"""
    word = verb.group("verb") or ""
    if not word.lower().endswith("ing") or _stem(word) not in _VERBS_OF_LOAD:
        return False
    before = text[max(s, verb.start() - 40):verb.start()]
    return _NOUN_BEFORE.search(before) is not None and _AUXILIARY_BEFORE.search(before) is None


def verb_after_reduced_relatives(text: str, s: int, verbs: list[re.Match]) -> re.Match | None:
    """The clause's verb when each movement verb before it is a participle describing a noun
    (:func:`describes_a_noun`): the first that is not; None when the first verb is the verb, or
    when every verb is such a participle ("trucks carrying troops toward X": no other)."""
    for k, verb in enumerate(verbs):
        if not describes_a_noun(text, s, verb):
            return verb if k > 0 else None
    return None
