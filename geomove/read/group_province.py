"""A place inside the name of an armed group that names itself by a land: "the Islamic State Sahel
Province", "Islamic State's Mozambique Province", "Islamic State in the Greater Sahara",
"al-Qaeda in the Islamic Maghreb". The land is the group's claimed province, no place of the
movement (GUIDELINES: a place told only through an organisation's name is no place of the move).

why: "Jihadists from the Islamic State Sahel Province crossed from Niger into Mali's Menaka
region" read Sahel (a region of Burkina Faso) after "from" as the origin, over Niger (Sahel
probe of my own, s31). The group heads and the words around the land are data
(lexicon.json group_province)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA
from .gates import Gate

_PATTERNS = CompiledPatterns("read-group-province")
_WORDS = _DATA["group_province"]
# right before the land: the group's head, its possessive, "in (the)" ("Islamic State in the")
# (case-sensitive: "IS" is no "is": "Gao, which is in the Sahel")
_HEAD_BEFORE = _PATTERNS.compile(r"\b(?:" + _WORDS["heads"] + r")(?:['’]s)?\s+(?P<in>in\s+(?:the\s+)?)?$")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_HEAD_BEFORE_GATE = Gate(_HEAD_BEFORE, ("is", "l-qaida", "qaeda"))
# right after the land: the word of a province ("Sahel Province", "West Africa Wilayat")
_PROVINCE_AFTER = _PATTERNS.compile(r"\s+(?:" + _WORDS["province"] + r")\b")
_WINDOW = 40  # characters before the land read for the group's head


def in_group_province(text: str, mention: dict) -> bool:
    """Is ``mention`` the land in a group's name: after its head and before "Province", or after
    its head and "in (the)"?"""
    start = mention["start"]
    head = _HEAD_BEFORE_GATE.search(text, max(0, start - _WINDOW), start)
    if head is None:
        return False
    return head.group("in") is not None or _PROVINCE_AFTER.match(text, mention["end"]) is not None


_PATTERNS.save()
