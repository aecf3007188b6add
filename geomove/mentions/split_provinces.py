"""Provinces split in two or more since older maps: a report may still write a town of a new
province with the province it lay in before the split ("Mulia, Papua": Mulia now lies in Central
Papua, Papua Tengah, since 2022). The province written then holds the town, as its own province
would (hints.Hints._fits); else the reading that keeps the old province's name (an airfield's
row, whose province its source has not updated) beats the town itself (gaz78, s45).

The table is data (split_provinces.json, with its sources): the index's admin1 names of the
province a text may write and of those carved from it."""

from __future__ import annotations

import json
from pathlib import Path

from ..names import plain

_DATA = json.loads(Path(__file__).with_name("split_provinces.json").read_text(encoding="utf-8"))
# (country, plain name of a new province) -> plain names of the provinces it was carved from
_CARVED_FROM: dict[tuple[str, str], frozenset[str]] = {}
for _cc, _olds in _DATA["carved"].items():
    for _old, _news in _olds.items():
        for _new in _news:
            _CARVED_FROM[(_cc, plain(_new))] = _CARVED_FROM.get((_cc, plain(_new)), frozenset()) | {plain(_old)}


def carved_from(cc: str, own: str, written: str) -> bool:
    """Is the province ``own`` (plain admin1 name) of country ``cc`` one carved out of the
    province ``written`` (plain name) the text writes?"""
    return written in _CARVED_FROM.get((cc, own), ())
