"""The way a force went, told right after an intransitive verb of going: "Rebels moved down the
road to Bor", "Militants drove up the highway to X", "the fighters pushed along the river
towards Y". It says by which way they went, not what moved: no object.

The reader takes the words after a verb up to its first cue as the verb's object ("moved 300
troops to X") unless the subject before the verb names what moved; a one-word subject passes
only when it is a word of a force the lexicon knows ("Troops", "Soldiers"), so "Rebels moved
down the road to Bor" was read with `what` = "down the road". With the way phrase after the
verb, the one-word subject is what moved (clauses._Reader._what).

why: s48 left "Rebels moved down the road to Bor" with "down the road" as what moved
(s49 read137). At the end of an object ("moved 300 fighters down the road") the way is cut off
what moved (what_without_way), as what_tail cuts where it was bound."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-way-phrase")

# a preposition of direction and a noun of a way, the whole object: "down the road", "up the
# main highway", "along the river", "back down the valley" (nothing after the way's noun: "down
# the road 300 troops" is no such phrase)
_WAY_ONLY = _PATTERNS.compile(
    r"(?:back\s+)?(?:down|up|along|back\s+along|across)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:road|roads|highway|motorway|track|tracks|trail|route|river|valley|coast|coastline|corridor|"
    r"railway|railroad|rail\s+line|line|hill|hills|slope|escarpment|wadi|pass|mountain\s+pass|canal)",
    re.I)
# the same way phrase at the end of an object: "moved 300 fighters down the road to X" moved the
# fighters (the words before it)
_WAY_TAIL = _PATTERNS.compile(r"\s+" + _WAY_ONLY.pattern + r"\s*$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def only_the_way(obj: str) -> bool:
    """Are the words after the verb (``obj``) only the way it went ("down the road")?"""
    return bool(obj) and obj[0] in "dualbDUALB" and _WAY_ONLY.fullmatch(obj.strip()) is not None


def what_without_way(what: str) -> str:
    """``what`` without the way it went told at its end ("300 fighters down the road" -> "300
    fighters"); the cheap test first: one of the prepositions in it."""
    if not (" down " in what or " up " in what or " along " in what or " across " in what):
        return what
    tail = _WAY_TAIL.search(what)
    return what[:tail.start()] if tail is not None and tail.start() > 0 else what
