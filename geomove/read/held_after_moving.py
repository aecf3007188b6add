"""A participle of moving after "after", its end told by the main clause: "Ecuadorian troops
took control of the Litoral prison in Guayaquil after being flown in from Quito", "Russian troops
captured Kupiansk after moving up from Svatove", "Malian soldiers secured the airport in Kidal
after driving from Gao". The main clause's verb puts its subject at the place it names (took,
captured, secured, patrolled, ...; held_after_moving.json); the trip told after "after" came
before, so it ended there.

Not a verb of striking from afar: "Israeli troops shelled Khan Younis after moving from Rafah"
tells no arrival in Khan Younis. Not "before": "secured X before being flown to Y" left X.

GUIDELINES: taking a town is no movement unless the report says forces moved; here it
says so (the participle), and where they moved to is the place they took.

why: the participle's clause told only its start ("from Quito"): the movement had no end,
though the report says where the troops were once they had come (the known gap
'Ecuadorian troops took control of the Litoral prison in Guayaquil after being flown in from
Quito', and probes of my own). And a cue before such a verb governs no place after it: "Fighters
from the Fano militia seized Lalibela" did not leave Lalibela (roles._cue_for)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .participle_after import time_word_before_participle

_DATA = read_data("held_after_moving.json")
_PATTERNS = CompiledPatterns("read-held-after-moving")

# "after", "after being", "after having been", right before the participle
_AFTER_BEFORE = _PATTERNS.compile(r"\bafter\s+(?:(?:being|having\s+been|having)\s+)?$", re.I)
_HELD = _PATTERNS.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                                              sorted(_DATA["held"], key=len, reverse=True)) + r")\b", re.I)
_NOT_BEFORE = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["not_before_place"]) + r")\s+(?:the\s+)?$", re.I)


def place_held_before_after(text: str, s: int, main: re.Match, mentions: list[dict]) -> dict | None:
    """The place the main clause's verb of taking or holding names, before "after" and the
    participle of moving ``main`` (clause from ``s``); None when the clause is no such one."""
    after = time_word_before_participle(text, s, main, _AFTER_BEFORE)
    if after is None:
        return None
    held = _HELD.search(text, s, after.start())
    if held is None:
        return None
    for m in sorted(mentions, key=lambda m: m["start"]):
        if held.end() <= m["start"] and m["end"] <= after.start() and m.get("role") == "place" \
                and _NOT_BEFORE.search(text, max(held.end(), m["start"] - 12), m["start"]) is None:
            return m
    return None


# the past forms of taking that are no noun ("patrol", "guard", "take" are nouns too: "departed A
# for a patrol in B")
_TOOK = _PATTERNS.compile(r"\b(?:took|retook|captured|recaptured|seized|occupied|overran|stormed)\b", re.I)


_BEFORE_ADJECTIVE = frozenset(("the", "a", "an", "its", "their", "newly", "recently", "now", "once", "formerly"))


def verb_of_holding_in(words: str) -> bool:
    """Do ``words`` (what stands between a cue and the place it would govern) hold a past verb
    of taking ("from the Fano militia seized Lalibela": "from" governs the militia, and the town
    is what they seized)?"""
    # (not one that opens the words or follows an article or an adverb: "from occupied Girê
    # Spî", "from the recently captured X" name the place by what was done to it)
    for m in _TOOK.finditer(words):
        before = words[:m.start()].split()
        if before and before[-1].lower() not in _BEFORE_ADJECTIVE and not before[-1].lower().endswith("ly"):
            return True
    return False


_PATTERNS.save()
