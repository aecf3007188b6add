"""The unit a force relieves, told moving in a relative clause on it: "The battalion replaced a
unit that had been sent back to N'Djamena for rest", "the company relieved the peacekeepers who
were withdrawn to Bunia". The place is where the relieved unit went: another force than the
subject of the verb of relief, so the clause carries on no movement the subject made before
("redeployed a battalion from Abeche to Adre. The battalion replaced a unit that had been sent
back to N'Djamena" is two movements, not a route Abeche -> Adre -> N'Djamena).

why: "The battalion" read as the force told before (an anaphoric subject), and the place of the
relative clause as its next end. The relief verbs and the relieved object are lexicon.json's
relief_in_place; the relative clause and the words of relief before it are told_after.json
relieved_moved."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .lexicon import _DATA as _LEXICON, _stem
from .gates import Gate

_DATA = read_data("told_after.json")["relieved_moved"]
_PATTERNS = CompiledPatterns("read-relieved-moved")
_RELIEF_VERBS = frozenset(_LEXICON["relief_in_place"]["verbs"])
_RELIEVED_THEN_MOVED = _PATTERNS.compile("(?P<unit>" + _LEXICON["relief_in_place"]["object"] + ")" + _DATA["relative"], re.I)
_RELIEF_THEN_RELATIVE = _PATTERNS.compile(_DATA["relief_forms"] + "(?P<unit>" + _LEXICON["relief_in_place"]["object"] + ")"
                                          + _DATA["relative"], re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_RELIEF_THEN_RELATIVE_GATE = Gate(_RELIEF_THEN_RELATIVE, ("relieved", "relieves", "relieving", "replaced", "replaces", "replacing", "taken", "takes",
                                                         "taking", "took"))


def relieved_unit_moved(text: str, main: re.Match, e: int) -> str | None:
    """The words of the unit relieved ("a unit") when the clause's verb ``main`` is one of
    relief and its object is told moving in a relative clause on it (before the clause's end
    ``e``); else None."""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb:
        return None
    if _stem(verb) in _RELIEF_VERBS:
        m = _RELIEVED_THEN_MOVED.match(text, main.end(), e)  # (endpos: as text[:e], without the copy)
    else:  # the verb of the relative clause itself: "relieved the company, which was withdrawn to Y"
        m = _RELIEF_THEN_RELATIVE_GATE.search(text, max(0, main.start() - 160), main.end())
        m = m if m is not None and m.end() == main.end() else None
    return re.sub(r"\s+", " ", m.group("unit")).strip() if m else None


def origin_where_relieved(a) -> None:
    """An assembly pass (assemble.PASSES): the unit relieved leaves from where the force that
    relieved it had got to. "The army redeployed a battalion from Abeche to Adre. The battalion
    replaced a unit that had been sent back to N'Djamena": the unit was at Adre, so its move is
    Adre -> N'Djamena (the origin inferred, as a next leg's is).

    Only for a movement read from a relieved unit (its clause marked "relieved"), with no origin
    of its own, told at most two sentences after a reported movement with a destination."""
    for d in a.drafts:
        frag = next((f for f in d.frags if "relieved" in f.distinct), None)
        if frag is None or d.origin is not None or d.destination is None:
            continue
        before = [b for b in a.drafts if b is not d and b.status == "reported" and b.destination is not None
                  and any(frag.sentence - 2 <= f.sentence < frag.sentence for f in b.frags)]
        if not before:
            continue
        last = max(before, key=lambda b: max(f.sentence for f in b.frags if f.sentence < frag.sentence))
        if last.destination.get("gazetteer_id") and last.destination.get("gazetteer_id") == d.destination.get("gazetteer_id"):
            continue
        d.origin = {**last.destination, "inferred": True}
        a.why.append(f"sentence {frag.sentence}: the unit relieved left from {last.destination.get('name')}, "
                     f"where the force that relieved it got to")


_PATTERNS.save()
