""""ferry" told as the boat, not the verb of carrying: "The Tanzanian ferry, which carried wounded
soldiers from Mtwara, sailed to Dar es Salaam", "A passenger ferry brought the marines to Pemba".
The trigger lexicon lists "ferry" among its verbs of moving ("helicopters ferry troops to the
front"); read as the verb, the clause was cut at the noun: what moved became "The Tanzanian", and
the main clause ("sailed to Dar es Salaam"), left with no subject, was read as no force's trip,
so its end was lost.

:func:`ferry_as_noun`: the bare form "ferry" right after a determiner and at most two words of
the noun phrase (ferry_noun.json) is the boat. A verb after a plural subject ("The soldiers
ferry troops to Lamu") keeps its verb: no plural word may stand between; a singular subject
says "ferries", which read.nouns' vehicle_as_noun already reads after a count ("two ferries").

why: session 56 (read158) left "The Kenyan ferry, which carried injured police officers from Lamu,
sailed to Mombasa" read as Lamu -> ? with what "The Kenyan"; golden s57-read159-ferry-*, sentences
of my own (session 57, read159)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-ferry-noun")
_DATA = read_data("ferry_noun.json")
# the determiner and the words of the noun phrase right before "ferry": "The Kenyan", "a small
# passenger" (no plural, no word of a force or of a verb's company between)
_NOUN_PHRASE_BEFORE = _PATTERNS.compile(
    r"\b(?:" + "|".join(_DATA["determiners"]) + r")\s+"
    r"(?:(?!(?:" + "|".join(_DATA["not_between"]) + r")\b)[\w-]*[^\Ws]\s+){0," + str(_DATA["words_between"]) + r"}$", re.I)
_PATTERNS.save()  # (every pattern of the module before this: kept compiled code)


def ferry_as_noun(text: str, trigger: re.Match) -> bool:
    """Is the trigger the bare form "ferry" after a determiner and the words of its noun phrase
    ("The Kenyan ferry", "a passenger ferry"): the boat, no verb of its clause?"""
    verb = trigger.group("verb") if "verb" in trigger.re.groupindex else None
    if not verb or verb.lower() != "ferry":
        return False  # (the cheap test: most triggers are other verbs)
    return _NOUN_PHRASE_BEFORE.search(text, max(0, trigger.start() - 50), trigger.start()) is not None
