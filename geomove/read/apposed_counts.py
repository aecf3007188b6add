"""A count told in apposition after the people it counts: "A separate group of soldiers, about
400 strong, was flown from Kinshasa to Goma", "the soldiers, about two hundred of them,
travelled by truck". The number stands after the noun, set off by commas, with "strong" or "of
them" and no noun of its own, so the count pattern (a number before its noun) does not see it.

why: the movement had no count although the text gives how many moved (GUIDELINES: count is of
people when people are counted). Read only when the clause counts nothing else; the
words are data (told_after.json apposed_count)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .counts import mark_qualified
from .lexicon import _NUMWORDS, _PEOPLE, unit_names_people, _TENS_UNITS
from .gates import Gate

_DATA = read_data("told_after.json")["apposed_count"]
_PATTERNS = CompiledPatterns("read-apposed-counts")
_NUMBER = (r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,6}|" + _TENS_UNITS + "|"
           r"(?:(?:" + "|".join(k for k in _NUMWORDS if k != "a dozen") + r")[\s-]+)?(?:hundred|thousand)|"
           + "|".join(k for k in _NUMWORDS if k != "a dozen") + r")")
_APPOSED = _PATTERNS.compile(r",\s*(?:(?P<qual>" + _DATA["qualifier"] + r")\s+)?" + _NUMBER + _DATA["after"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_APPOSED_GATE = Gate(_APPOSED, ("all", "number", "strong", "them", "total"))
_PEOPLE_BEFORE = _PATTERNS.compile(_DATA["people_before"], re.I)
_FORMATION_BEFORE = _PATTERNS.compile(_DATA["formation_before"], re.I)
_STRONG = _PATTERNS.compile(_DATA["strong"], re.I)
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}


def _value(num: str) -> int | None:
    """The number a count's words tell: "400", "1,200", "two hundred", "thirty-five"."""
    num = num.lower()
    if num[0].isdigit():
        return int(num.replace(",", ""))
    words = re.split(r"[\s-]+", num)
    if words[-1] in _MULTIPLIERS:
        return _NUMWORDS.get(words[0], 1) * _MULTIPLIERS[words[-1]] if len(words) > 1 else _MULTIPLIERS[words[-1]]
    return sum(_NUMWORDS.get(w, 0) for w in words) or None


def apposed_count(text: str, s: int, e: int) -> tuple[dict, str, int] | None:
    """The count of [s, e) told in apposition after a noun of people (an item as clauses._what
    makes them, the words it counts and where they start), or None."""
    for m in _APPOSED_GATE.finditer(text, s, e):
        noun = _PEOPLE_BEFORE.search(text, max(s, m.start() - 40), m.start() + 1)
        start = noun.start() if noun is not None else None
        if noun is None:
            start = strength_of_formation(text, s, m)
            if start is None:
                continue
        value = _value(m.group("num"))
        if value is None:
            continue
        item = {"value": value, "unit": noun.group(0).rstrip(" ,").lower() if noun is not None else "members"}
        if m.group("qual"):
            mark_qualified(item, m.group("qual"))
        return item, text[start:m.end() - 1], start
    return None


# what ends the words before the noun phrase a strength is told of: a comma, a colon, a dateline's
# dash or bracket ("KHARTOUM, March 10 (Reuters) - The 16th Division, some 4,000 strong, ...")
_HEAD_MARKS = (",", ";", ":", ")", " - ", "—", "–")


def strength_of_formation(text: str, s: int, m: re.Match) -> int | None:
    """Where the noun phrase a strength (", about 450 strong,") is told of begins, when that
    noun is a formation or a force ("The 2nd Battalion, about 450 strong, arrived", "Somali
    special forces, 200 strong, moved"), or None: the phrase back to the comma or the clause's
    start before it.

    why: the strength was read as what moved ('about 450 strong') and gave no count; a strength
    counts the people in the formation. Only 'strong' (told_after.json formation_before): "the
    battalions, three of them," counts formations."""
    if not _STRONG.match(text, m.end("num")):
        return None
    if _FORMATION_BEFORE.search(text, max(s, m.start() - 40), m.start() + 1) is None:
        return None
    head = text[s:m.start()]
    # (back to the comma, or to a dateline's dash or bracket: "KHARTOUM, March 10 (Reuters) - The 16th Division, ...")
    start = s + max((head.rfind(mark) + len(mark) if mark in head else 0) for mark in _HEAD_MARKS)
    return start + len(text[start:m.start()]) - len(text[start:m.start()].lstrip())


def counts_people(counts: list) -> bool:
    """Do ``counts`` count people (a count in apposition is read only when none does: "The
    troops, 350 of them, flew aboard two transport aircraft" counts the 350)?"""
    return any(unit_names_people(c["unit"]) for c in counts)


def apposed_what(what: str | None, told: str) -> str | None:
    """What moved when the words read as it are only the apposition ("about 150 of them" of
    "The peacekeepers, about 150 of them, left"): the noun it counts ("peacekeepers")."""
    noun, _, apposition = told.partition(",")
    return noun.strip() if not what or what.strip() in apposition else what


_PATTERNS.save()
