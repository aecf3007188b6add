"""Counts of what moved: how many people, vehicles, aircraft or ships a clause tells of.

A count is not always one number before one noun: a range counts its low end ("between 200
and 300 fighters": 200; "2023-24 troops" is a year), counts joined by "and" are one group
("400 soldiers and 600 police": 1,000; "Four Su-25 jets and two Mi-24 helicopters": 6), a
single vehicle beside a count is one more ("two frigates and a supply ship": 3), and a list
added up names the whole list as what moved. ``_may_count`` says when a clause cannot hold a
count at all, so the count pattern is not run there.
Moved out of read/clauses.py as they were (read/clauses.py imports them): one idea a module.
"""

from __future__ import annotations

import re

from .lexicon import _PEOPLE, unit_names_people, _NUMWORDS
from ..dates import MONTH_WORDS
from ..regex_cache import CompiledPatterns
from .liveblog import clock_minutes

_PATTERNS = CompiledPatterns("read-counts")  # (kept compiled code, as read/lexicon.py's)
# a range told before a count's number: "between 200 and 300", "200 to 300", "200 or 300",
# "200-300" (not "grew from 200 to 300": a change of size)
_RANGE_LOW = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,6}|" + "|".join(k for k in _NUMWORDS if k != "a dozen") + r")"
_RANGE_BEFORE = _PATTERNS.compile(r"(?:\bbetween\s+(?:some\s+|about\s+|around\s+)?(?P<low>" + _RANGE_LOW + r")\s+and\s+"
                                  r"|(?<!\bfrom\s)(?<![\w,-])(?P<low2>" + _RANGE_LOW + r")(?:\s+(?:to|or)\s+|\s*[-–]\s*))$", re.I)


def _count_range(text: str, s: int, num_start: int, high: int | None) -> int | None | bool:
    """The low end of a range whose high end is the count at ``num_start`` ("between 200 and
    300 fighters": 200), None when no range is told, False when the "range" runs downwards
    ("2023-24 troops": a year, no count). A range's count is its low end: what the text vouches
    for at least, as "more than 1,000" counts 1,000 (the convention is written in tests/golden)."""
    m = _RANGE_BEFORE.search(text, max(s, num_start - 30), num_start)
    if m is None:
        return None
    low_at = m.start("low") if m.group("low") else m.start("low2")
    if _day_of_date(text, low_at) or clock_minutes(text, low_at) or _leading_zero(text, low_at):
        return None
    low = (m.group("low") or m.group("low2")).lower()
    value = int(low.replace(",", "")) if low[0].isdigit() else _NUMWORDS.get(low)
    if value is None or (high is not None and value >= high):
        return False
    return value


# a month right before a number: the number is the day of a date ("GOMA, Feb 27 - 300 fighters")
_MONTH_BEFORE = _PATTERNS.compile(r"\b" + MONTH_WORDS + r"\.?\s+$", re.I)


# (and the minutes of a live page's or a sitrep's time stamp: "10:15 – Two Russian fighters
# landed at X" is no range from 15 down to two, which was dropped as running downwards, read86;
# liveblog.clock_minutes)


def _leading_zero(text: str, low_at: int) -> bool:
    """Is the number at ``low_at`` written with a leading zero ("0930 – 300 soldiers arrived",
    a sitrep's time stamp)? No count is so written: it opens no range."""
    return text.startswith("0", low_at) and text[low_at + 1:low_at + 2].isdigit()


def _day_of_date(text: str, low_at: int) -> bool:
    """Is the low end of a "range" at ``low_at`` the day of a date told before the count, as a
    dateline's ("GOMA, Feb 27 - Hundreds of M23 fighters ...", "Feb 27 - 300 fighters")? Then
    no range is told: the dash ends the dateline.

    why: the dateline's day was read as the low end of a range up to the count, and counted
    (27 fighters; probe of my own)."""
    return _MONTH_BEFORE.search(text, max(0, low_at - 12), low_at) is not None


# a count's number is a whole word: digits, or one of these words (the last word of "a dozen")
_COUNT_WORDS = frozenset(k.split()[-1] for k in (*_NUMWORDS, "dozens", "hundreds", "thousands", "scores"))
_DIGIT = _PATTERNS.compile(r"[0-9]")
_WORD = _PATTERNS.compile(r"\w+")


def _may_count(text: str, s: int, e: int) -> bool:
    """Can ``_COUNT_RE`` match in [s, e)? Not when the clause has no ASCII digit and none of
    :data:`_COUNT_WORDS` (its words listed at C speed): then the pattern, which is tried at
    every character, is not run at all (three clauses in five of a movement have no number).
    A clause with a non-ASCII character is always tried (case-insensitive matching folds a
    few of them onto ASCII letters)."""
    clause = text[s:e]
    if not clause.isascii() or _DIGIT.search(clause):
        return True
    return not _COUNT_WORDS.isdisjoint(_WORD.findall(clause.lower()))
# a relative aside that tells what the subject has or keeps somewhere ("Burundi, which has about
# 10,000 soldiers in eastern Congo, moved ..."): its count is of a presence, not of what moved
_PRESENCE_ASIDE_BEFORE = _PATTERNS.compile(
    r",\s*(?:which|who)\s+(?:already\s+|still\s+)?(?:has|have|had|keeps|kept|maintains|maintained|hosts|hosted|"
    r"(?:has|have|had)\s+(?:deployed|stationed|kept|maintained))\s+(?:about|around|some|nearly|more\s+than|over|at\s+least|"
    r"an\s+estimated)?\s*$", re.I)


# the same told as the first of two predicates of one subject: "Chad has 1,200 soldiers in Niger
# and sent 300 more to X" (s45 read122): the verb of having right before the count ...
_PRESENCE_HAS_BEFORE = _PATTERNS.compile(
    r"\b(?:has|have|had|keeps|kept|maintains|maintained)\s+(?:already\s+|still\s+)?(?:about|around|some|nearly|"
    r"more\s+than|over|at\s+least|an\s+estimated)?\s*$", re.I)
# ... and "and" between the count and the clause's own verb (the second predicate)
_AND_WORD = _PATTERNS.compile(r"\band\b", re.I)


def count_of_presence(text: str, s: int, num_start: int, verb_at: int = -1) -> bool:
    """Is the count at ``num_start`` what a relative aside says the subject has somewhere
    (", which has about 10,000 soldiers in eastern Congo,")? Then it is no count of the movement.
    So is a count the subject is said to have in a first predicate, before "and" and the
    clause's verb at ``verb_at`` ("Chad has 1,200 soldiers in Niger and sent 300 more to X":
    the movement is the 300, read.elided_count).

    why: "Burundi, which has about 10,000 soldiers in eastern Congo, moved 600 of them from A
    to B" counted 10,000; "... has 2,000 troops in M and sent 500 more to P" counted 2,000."""
    if _PRESENCE_ASIDE_BEFORE.search(text, max(s, num_start - 50), num_start) is not None:
        return True
    return (num_start < verb_at and _PRESENCE_HAS_BEFORE.search(text, max(s, num_start - 40), num_start) is not None
            and _AND_WORD.search(text, num_start, verb_at) is not None)


# two counts of people joined by "and" in one noun phrase: one group moved
# (the count's unit may stop short of its head noun: "50 police | officers and 25 soldiers", s25)
_AND_BETWEEN_COUNTS = _PATTERNS.compile(r"(?:\s+(?:officers|officials|personnel|members|agents|units|men))?\s+and\s*", re.I)


def _joined_people(text: str, last_end: int, start: int, prev: dict, item: dict) -> bool:
    """Do two counts of people stand joined by "and" ("sent 400 soldiers and 600 police
    officers")? Then they are one group of 1,000 people (GUIDELINES: the count is how
    many people moved), not 400. Not a range, an escort, a vague count or vehicles."""
    return last_end >= 0 and _AND_BETWEEN_COUNTS.fullmatch(text, last_end, start) is not None \
        and all(c.get("value") is not None and "high" not in c and not c.get("escort")
                and unit_names_people(c["unit"]) for c in (prev, item))


# counts of what carries no one but itself: "two destroyers", "four Su-25 jets" (not a convoy,
# a column or a flight, which count groups of vehicles, nor containers, which count cargo)
_GROUP_UNITS = _PATTERNS.compile(r"convoys|columns|flights|containers", re.I)


def _vehicle_count(c: dict) -> bool:
    """Is ``c`` a plain count of vehicles, aircraft or ships, no escort, range or vague one?"""
    return c.get("value") is not None and "high" not in c and not c.get("escort") \
        and not unit_names_people(c["unit"]) and not _GROUP_UNITS.search(c["unit"])


def _joined_vehicles(text: str, last_end: int, start: int, prev: dict, item: dict) -> bool:
    """Do two counts of vehicles stand joined by "and" ("Four Su-25 jets and two Mi-24
    helicopters flew ...")? Then 6 moved (GUIDELINES: the count is how many vehicles,
    aircraft or ships moved, when no people are counted), as _joined_people adds people.

    why: the first count alone was read (4)."""
    return last_end >= 0 and _LIST_BETWEEN_COUNTS.fullmatch(text, last_end, start) is not None \
        and _vehicle_count(prev) and _vehicle_count(item)


# a list of counts of vehicles: "four jets, two helicopters and a plane", "20 trucks, 10 tanks"
_LIST_BETWEEN_COUNTS = _PATTERNS.compile(r"\s*,\s*(?:and\s*)?|\s+and\s*", re.I)


# "... and a supply ship", "and one tanker": a single vehicle joined after a count of vehicles
_SINGLE_VEHICLE = (r"(?:war)?ship|vessel|boat|tanker|frigate|destroyer|corvette|submarine|cruiser|carrier|"
                   r"icebreaker|minesweeper|gunboat|truck|lorry|tank|helicopter|jet|(?:air)?plane|aircraft|drone|"
                   r"bomber|gunship|howitzer|launcher|vehicle|humvee|APC")
_AND_ONE_VEHICLE = _PATTERNS.compile(r",?\s+and\s+(?:a|an|one)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:" + _SINGLE_VEHICLE
                                     + r")\b(?![-\w])", re.I)


def _one_vehicle_after(text: str, at: int, end: int, item: dict) -> int:
    """Where a single vehicle joined by "and" right after the vehicle count ``item`` (ending at
    ``at``) ends ("Two Chinese destroyers and a supply ship sailed": 3 ships moved), ``item``
    counted one more; -1 (nothing changed) when there is none. Not after people ("300
    soldiers and a tank": people are the count) nor an escort's count.

    why: the GUIDELINES count every vehicle that moved; "and a supply ship" has no number."""
    if not _vehicle_count(item):
        return -1
    m = _AND_ONE_VEHICLE.match(text, at, end)
    if m is None:
        return -1
    item["parts"] = item.get("parts", [item["value"]]) + [1]
    item["value"] += 1
    return m.end()


# "A destroyer and two frigates": a single vehicle joined before a count of vehicles
_ONE_VEHICLE_AND = _PATTERNS.compile(r"\b(?:a|an|one)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:" + _SINGLE_VEHICLE
                                     + r")\s*,?\s+and\s*$", re.I)


def _one_vehicle_before(text: str, s: int, at: int, item: dict) -> bool:
    """Does a single vehicle stand joined by "and" right before the vehicle count ``item``
    (which begins at ``at``; "A destroyer and two frigates sailed": 3 ships moved)? Then
    ``item`` counts one more.

    why: the twin of _one_vehicle_after; the count read 2."""
    if not _vehicle_count(item) or _ONE_VEHICLE_AND.search(text, max(s, at - 50), at) is None:
        return False
    one_more_before(item)
    return True


def mark_qualified(item: dict, qual: str) -> None:
    """Mark the count ``item`` told with a qualifier ("about 300", "more than 40"): approximate,
    the qualifier kept in lower case, its words one space apart (every reader of a count's
    qualifier stores it so: clauses, read.elided_count, count_line, formation_size,
    apposed_counts, estimated_count)."""
    item.update(approx=True, qualifier=" ".join(qual.lower().split()))


def one_more_before(item: dict) -> None:
    """Count in ``item`` one more vehicle, told before its number ("a destroyer and two
    frigates": its parts 1 + 2), as _one_vehicle_before and read.named_vessel find one."""
    item["parts"] = [1] + item.get("parts", [item["value"]])
    item["value"] += 1


def _whole_list(text: str, first_at: int, list_end: int, told: str) -> str:
    """What moved as the whole list of counts it was added up from ("Four jets, two helicopters
    and a plane" told as the subject), when the subject's words ``told`` are only its tail (the
    subject is cut at its last comma: "two helicopters and a plane").

    why: the count added the list (7) but ``what`` named only its last part."""
    if first_at < 0 or list_end <= first_at or not told.strip():
        return told
    whole = text[first_at:list_end]
    if whole.endswith(told.strip()) and len(whole) > len(told.strip()):
        lead = told[:len(told) - len(told.lstrip())]
        return lead + whole
    return told


def _add_joined(prev: dict, item: dict) -> None:
    """The count ``item`` added to ``prev``, the parts kept ("parts": [400, 600])."""
    prev["parts"] = prev.get("parts", [prev["value"]]) + [item["value"]]
    prev["value"] += item["value"]
    prev["unit"] = f"{prev['unit']} and {item['unit']}"
    if item.get("approx"):
        prev["approx"] = True


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
