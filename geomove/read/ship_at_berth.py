"""Ships told where they lie: "The coast guard monitored 14 militia vessels anchored at Sabina
Shoal", "Satellite images show 20 ships moored at Whitsun Reef", "Twelve boats were anchored at
the reef on Monday". The verbs of a ship at its berth ("anchor", "moor", "berth", "dock") tell an
arrival when the ship is their subject ("two vessels sailed from A and anchored at B", "the
frigate anchored off C"), but as a participle after the object of a verb of watching, or after
"be", they describe where the ships are: no movement (GUIDELINES: presence is not movement).

read.status's "a deployment told as lasting presence" check took only the present ("is
anchored") and "remain"; in the South China Sea reports of read62 the watched militia ships
"anchored at" a shoal were read as an arrival.

Words in read/ship_at_berth.json."""

from __future__ import annotations

import json
import re

from .data_files import read_data
from .kept import recompile as _recompile

_DATA = read_data("ship_at_berth.json")
_BERTH_STEMS = frozenset({"moor", "berth", "anchor", "dock"})
_WORDS = lambda key: "|".join(w.replace(" ", r"\s+") for w in _DATA[key])
# a verb of watching, then its object (up to eight words, no verb of saying or clause break
# between), right before the participle: "monitored 14 Chinese maritime militia vessels ▮"
_SEEN_OBJECT = _recompile(r"\b(?:" + _WORDS("seen_verbs") + r")\s+(?:(?!and\b|that\b|which\b|who\b)[\w'\u2019-]+\s+){1,8}$", re.I)
# "be" right before the participle, an adverb allowed: "were (still) anchored ▮"
_BE_BEFORE = _recompile(r"\b(?:" + _WORDS("be_forms") + r")\s+(?:\w+ly\s+|still\s+)?$", re.I)
# how far back the words are looked for (within the clause)
_REACH = 90


def ships_at_berth(text: str, s: int, stem: str, verb_at: int) -> re.Match | None:
    """Does the berth verb (``stem``, at ``verb_at``; its clause from ``s``) describe where ships
    lie rather than tell them arrive: a participle after the object of a verb of watching, or
    after "be"? The match is the words that make it so (for the status's why).

    why: "The PCG also monitored 14 Chinese maritime militia vessels anchored at Escoda Shoal"
    was read as 14 vessels arriving at the shoal."""
    if stem not in _BERTH_STEMS:
        return None
    before = text[max(s, verb_at - _REACH):verb_at]
    return _BE_BEFORE.search(before) or _SEEN_OBJECT.search(before)
