"""A force that left a place another force then took, told in a clause of time after the other's
entry: "RSF fighters have entered Um Kadada after army units withdrew towards El Fasher", "Rebels
took Walikale when the army pulled back to Kisangani". The clause of time names only where the
leaving force went; it left the place the main clause's force entered (GUIDELINES: the origin is
the finest place the report offers for where the movement began).

Only a verb of leaving with no origin of its own, in a clause opened by "after", "when" or "once"
right after the clause of the other force, whose movement has an end; and only when that end is
not where the leaving force went.

why: the army's withdrawal was read with no origin."""

from __future__ import annotations

import re

from .lexicon import _DEPARTURE, _stem
from .places import same_place
from .kept import recompile as _recompile  # (built from the kept code: speed58)

# the word of time that opens the clause of the force that left, right before it
_TIME_WORD_BEFORE = _recompile(r"\b(?:after|when|once)\s+$", re.I)
_LEAVING = _DEPARTURE | {"retreat", "fall back", "pull back", "pull out", "pulled back", "pulled out", "flee"}


def origin_left_to_another(a) -> None:
    """The pass: each such departure starts where the other force went."""
    text, spans = a.reader.text, a.reader.spans
    for draft in a.drafts:
        if draft.origin is not None or draft.destination is None or len(draft.frags) != 1:
            continue
        frag = draft.frags[0]
        if not frag.trigger or _stem(frag.trigger) not in _LEAVING or frag.sentence < 1:
            continue
        s = spans[frag.sentence][0]
        if not _TIME_WORD_BEFORE.search(text, max(0, s - 10), s):
            continue
        other = next((d for d in a.drafts if d is not draft and d.destination is not None
                      and any(f.sentence == frag.sentence - 1 for f in d.frags)), None)
        if other is None or same_place(other.destination, draft.destination):
            continue
        draft.origin = {**other.destination, "inferred": True}
        a.why.append(f"sentence {frag.sentence}: left {other.destination.get('name')}, where the force of "
                     f"the clause before went, before it went to {draft.destination.get('name')}")
