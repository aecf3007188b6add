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
from .lexicon import _MOVER_GATE

_PATTERNS = CompiledPatterns("read-ferry-noun")
_DATA = read_data("ferry_noun.json")
# the determiner and the words of the noun phrase right before "ferry": "The Kenyan", "a small
# passenger" (no plural, no word of a force or of a verb's company between)
_NOUN_PHRASE_BEFORE = _PATTERNS.compile(
    r"\b(?:" + "|".join(_DATA["determiners"]) + r")\s+"
    r"(?:(?!(?:" + "|".join(_DATA["not_between"]) + r")\b)[\w-]*[^\Ws]\s+){0," + str(_DATA["words_between"]) + r"}$", re.I)
# the determiner and the words before the plural "ferries": "the", "The two", "the old lake"
# (a count may be one of the words; whether a word names a force is asked of them after)
_PLURAL_PHRASE_BEFORE = _PATTERNS.compile(
    r"\b(?:" + "|".join(_DATA["plural_determiners"]) + r")\s+(?P<words>(?:(?:" + "|".join(_DATA["plural_counts"]) + r")\s+|"
    r"(?:(?!(?:" + "|".join(_DATA["not_between"]) + r")\b)[\w-]*[^\Ws]\s+)){0," + str(_DATA["words_between"]) + r"})$", re.I)
# right after "ferries": the start of an object, which makes "ferries" a verb ("ferries the marines")
_OBJECT_AFTER = _PATTERNS.compile(r"\s+(?:" + "|".join(_DATA["object_openers"]) + r")\b", re.I)
_PATTERNS.save()  # (every pattern of the module before this: kept compiled code)


def ferry_as_noun(text: str, trigger: re.Match) -> bool:
    """Is the trigger the bare form "ferry" after a determiner and the words of its noun phrase
    ("The Kenyan ferry", "a passenger ferry"): the boat, no verb of its clause?"""
    verb = trigger.group("verb") if "verb" in trigger.re.groupindex else None
    if not verb:
        return False
    form = verb.lower()
    if form == "ferries":
        return ferries_as_noun(text, trigger)
    if form != "ferry":
        return False  # (the cheap test: most triggers are other verbs)
    return _NOUN_PHRASE_BEFORE.search(text, max(0, trigger.start() - 50), trigger.start()) is not None


def ferries_as_noun(text: str, trigger: re.Match) -> bool:
    """Is the trigger "ferries" the boats' plural after a determiner ("the ferries sailed", "The two
    ferries carried 300 soldiers", "the lake ferries, which ...")? Not when a word between names a
    force ("The army ferries ...": a singular subject's verb) or an object opens right after it
    ("The navy ferries the marines to Lamu", "ferries troops").

    why: read.ferry_noun read only "ferry"; after "The lake", "ferries" stayed the verb, so what
    moved became the rest of the clause ("carried 300 police officers") and "The ferries carried
    Tanzanian soldiers to Lindi" read nothing (session 57's Left; golden s58-read160-ferries-*,
    sentences of my own, session 58, read160)."""
    before = _PLURAL_PHRASE_BEFORE.search(text, max(0, trigger.start() - 50), trigger.start())
    if before is None or _MOVER_GATE.search(before.group("words")):
        return False
    return _OBJECT_AFTER.match(text, trigger.end()) is None
