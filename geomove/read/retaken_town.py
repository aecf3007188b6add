"""A withdrawal told beside the capture of a town, naming no place it left: "The army retook Wad
Madani on Saturday. RSF fighters withdrew north towards Khartoum", "Government forces captured
Sake on Sunday after M23 rebels pulled back towards Goma", "After the army retook Bentiu,
SPLA-IO fighters retreated to Leer". The town just taken is the place the withdrawing force left
(GUIDELINES: one end is enough; the origin is the finest place the report offers for where
the movement began): whoever took it, the force that withdrew there and then withdrew from it --
the defenders driven out, or the captors themselves pulling out again ("captured X and then
withdrew towards Y").

Only for a reported withdrawal (withdraw, retreat, pull back / out, fall back) with a
destination and no origin, and a capture verb with a place right after it ("retook X",
"recaptured the town of X", "took control of X") in the same sentence or the one right before;
the capture told after the withdrawal in its own sentence first ("withdrew towards Y after the
army retook X"), else the nearest one before it. A country taken is no town left.

why: the withdrawal had a destination only (? -> Khartoum), though the report had just said
which city the fighters lost (Sudan probes of my own, s31)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .handed_town import is_withdrawal
from .lexicon import _DATA, _TRIGGER_RE
from .places import _place_of

_PATTERNS = CompiledPatterns("read-retaken-town")

# a verb of capture and the words between it and the town's name ("retook the strategic town of")
_CAPTURE = _PATTERNS.compile(r"\b(?:" + _DATA["retaken_town"]["verbs"] + r")\s+(?:" + _DATA["retaken_town"]["before_name"] + r")?", re.I)
# the kinds of place that are no town a force withdrew from
_NOT_A_TOWN = frozenset(("country", "sea", "ocean", "continent"))


def _captured_places(reader, a: int, b: int) -> list[tuple[int, dict]]:
    """The places named right after a verb of capture in [a, b), with where their verb stands."""
    found = []
    for m in _CAPTURE.finditer(reader.text, a, b):
        place = next((p for p in reader._within(reader.places, m.end(), m.end() + 1)), None)
        if place is not None and place.get("kind") not in _NOT_A_TOWN:
            found.append((m.start(), place))
    return found


def origin_where_retaken(a) -> None:
    """An assembly pass (assemble.PASSES): a withdrawal with a destination and no origin leaves
    from the town whose capture the sentence, or the one before, tells."""
    reader = a.reader
    starts = reader._sentence_starts
    for d in a.drafts:
        if d.status != "reported" or d.origin is not None or d.destination is None:
            continue
        frag = next((f for f in d.frags if f.trigger and f.in_sentence is not None
                     and is_withdrawal(reader.text, _TRIGGER_RE.match(reader.text, f.trigger_start) or _NO_MATCH)), None)
        if frag is None:
            continue
        k = frag.in_sentence
        own_end = starts[k + 1] if k + 1 < len(starts) else len(reader.text)
        after = _captured_places(reader, frag.trigger_start, own_end)
        before = _captured_places(reader, starts[max(0, k - 1)], frag.trigger_start)
        found = after[0] if after else before[-1] if before else None
        if found is None:
            continue
        place = _place_of(found[1])
        if place.get("gazetteer_id") and place.get("gazetteer_id") == d.destination.get("gazetteer_id"):
            continue
        d.origin = {**place, "inferred": True}
        a.why.append(f"sentence {frag.sentence}: the withdrawal left {place.get('name')}, the town whose capture is told beside it")


# (a stand-in for a trigger not found again at its start: no withdrawal)
_NO_MATCH = _PATTERNS.compile(r"(?P<verb>)").match("")

_PATTERNS.save()
