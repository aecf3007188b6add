"""A group's size told as an estimate or a tally apart from the noun it counts, as official
statements and wire copy tell it:

- in the clause, by a participle of estimating after the noun: "a force estimated at 2,000
  moved from A to B", "a column put at about 60 vehicles left" (:func:`estimated_in_clause`);
- after the clause, as a tally with no noun of its own: "soldiers left A for B on Monday, 600
  of them", "..., some 300 in all" (:func:`tally_at_end`);
- as "units" of equipment, as statements translated from Ukrainian and Russian count vehicles:
  "a column of military equipment of up to 30 units" (:func:`equipment_units`);
- in the next sentence, which tells only who estimated it: "A convoy left A for B. Local
  officials put it at about 70 vehicles." (:func:`estimate_told_after`, an assembly pass).

why: the count pattern reads a number before its noun ("600 soldiers"), so these movements had
no count although the text says how many moved (GUIDELINES: count is of people when
people are counted, else of the vehicles). The words are data (official_statements.json estimated_count)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .apposed_counts import _NUMBER, _value
from .counts import mark_qualified
from .drafts_told import DraftsBySentence
from .gates import Gate

_DATA = read_data("official_statements.json")["estimated_count"]
_PATTERNS = CompiledPatterns("read-estimated-count")


# a number that measures something else: "30 km long", "60 per cent", "$2 million", and the hour
# of a clock time ("entered the canal at Port Said at about 6 a.m.": 'Said at about 6' is no
# estimate of a size, read44)
_NOT_A_MEASURE = r"\b(?!\s*(?:%|per\s*cent|km|kilomet|miles?\b|metres|meters|million|billion|tonnes|tons|dollars|euros|" \
                 r"[ap]\.?\s?m\b|o'clock|GMT\b|UTC\b|local\s+time|hrs\b))"


def _filled(pattern: str) -> str:
    return pattern.replace("QUAL", _DATA["qualifier"]).replace("(?P<num>NUM)", _NUMBER + _NOT_A_MEASURE)


_ESTIMATED = _PATTERNS.compile(_DATA["estimated_in_clause"]["pattern"] + r"(?:(?P<qual>" + _DATA["qualifier"] + r")\s+)?"
                               + _NUMBER + _NOT_A_MEASURE + r"(?:\s+(?P<unit>[a-z]+))?", re.I)
_TALLY = _PATTERNS.compile(_filled(_DATA["tally_at_end"]["pattern"]), re.I)
_ESTIMATE_AFTER = _PATTERNS.compile(_filled(_DATA["estimate_after"]["pattern"]), re.I)
_EQUIPMENT_UNITS = _PATTERNS.compile(_filled(_DATA["equipment_units"]["pattern"]).replace("(?P<num2>NUM)", _NUMBER.replace("?P<num>", "?P<num2>") + _NOT_A_MEASURE), re.I)
# a unit word after the number that is no noun of what was counted ("at 2,000 on Monday")
# each pattern searched only in a clause that holds one of the words all its matches hold
# (read.gates; proven from the patterns in tests/test_speed41.py): most clauses hold none
_ESTIMATED_GATE = Gate(_ESTIMATED, ("estimated", "put", "reckoned", "assessed", "believed", "thought", "said"))
_TALLY_GATE = Gate(_TALLY, ("them", "all", "total", "together"))
_ESTIMATE_AFTER_GATE = Gate(_ESTIMATE_AFTER, ("put", "estimat", "plac", "reckoned"))
_EQUIPMENT_UNITS_GATE = Gate(_EQUIPMENT_UNITS, ("units",))
# formations counted in an estimate ("reinforcements, estimated at two battalions"): a number of
# units, no count of people or vehicles (GUIDELINES: count is people, otherwise vehicles)
_FORMATIONS = frozenset(("battalion", "battalions", "brigade", "brigades", "company", "companies", "regiment",
                         "regiments", "platoon", "platoons", "divisions", "division", "squadrons", "squadron",
                         "batteries", "battery", "detachments", "contingents"))
_NOT_A_UNIT = frozenset(("on", "in", "at", "by", "and", "or", "of", "the", "a", "to", "for", "from", "with", "as",
                         "strong", "after", "before", "last", "this", "when", "while", "according"))


def _item(m: re.Match, noun: str) -> dict | None:
    """The count item of match ``m``: its number, its unit (the word after the number, else
    ``noun``), and its qualifier."""
    value = _value(m.group("num"))
    if not value:
        return None
    unit = (m.group("unit") or "").lower()
    if unit in _FORMATIONS:
        return None  # ("estimated at two battalions": how many formations, no number that moved, read70)
    item = {"value": value, "unit": unit if unit and unit not in _NOT_A_UNIT else noun}
    if m.group("qual"):
        mark_qualified(item, m.group("qual"))
    return item


def estimated_in_clause(text: str, s: int, e: int) -> dict | None:
    """The size of the group clause [s, e) names, told by a participle of estimating after its
    noun ("a force estimated at 2,000"), or None."""
    m = _ESTIMATED_GATE.search(text, s, e)
    return _item(m, "members") if m else None


def equipment_units(text: str, s: int, e: int) -> dict | None:
    """The pieces of equipment clause [s, e) counts as "units" ("a column of military equipment
    of up to 30 units", "40 units of armoured vehicles"), or None."""
    m = _EQUIPMENT_UNITS_GATE.search(text, s, e)
    if m is None:
        return None
    num, qual = (m.group("num"), m.group("qual")) if m.group("num") else (m.group("num2"), m.group("qual2"))
    value = _value(num)
    if not value:
        return None
    item = {"value": value, "unit": "vehicles"}
    if qual:
        item.update(approx=True, qualifier=re.sub(r"\s+", " ", qual.lower()))
    return item


def tally_at_end(text: str, s: int, e: int) -> dict | None:
    """The tally of the whole group told at the end of clause [s, e) after a comma ("...,
    600 of them."), or None."""
    m = _TALLY_GATE.search(text, s, e)
    return _item(m, "members") if m else None


# an estimate or tally of size set off by commas after the noun it counts: ", numbering some 40,",
# ", thought to number about 500,", ", estimated at 2,000,"
_SIZE_ASIDE = _PATTERNS.compile(r",\s*(?:numbering|totall?ing|(?:estimated|put|reckoned|believed|thought|said)\s+(?:(?:to\s+be\s+)?at|to\s+(?:number|total|be)))\b[^,;]{0,40},", re.I)


def what_before_size_aside(text: str, s: int, e: int, what: str | None) -> str | None:
    """What moved when a size is set off by commas after its noun ("A convoy of armoured
    vehicles, numbering some 40, was sent", "Rebel fighters, thought to number about 500,
    left"): the noun before the aside, when what was read is none or the aside's own words.

    why: the aside was read as what moved ("thought to number about 500"), or nothing was."""
    m = _SIZE_ASIDE.search(text, s, e)
    if m is None or (what and what.strip(" ,") not in m.group(0)):
        return what
    head = text[s:m.start()]
    noun = head[head.rfind(",") + 1:].strip()
    return noun or what


# sentences after a movement in which an estimate of its size may be told
ESTIMATE_AFTER_SENTENCES = 2


def estimate_told_after(a) -> None:
    """An assembly pass (assemble.PASSES): a sentence that reads no movement of its own and
    tells only an estimate of a size ("Local officials put it at about 70 vehicles") gives the
    count of the reported movement told just before it, when that movement has no count.

    why: "A convoy of rebels left A for B on Tuesday. Local officials put it at about 70
    vehicles." read the convoy with no count."""
    if not a.drafts:
        return  # (no movement to give a count to: no sentence has one told before it)
    reader = a.reader
    used = a.clauses_taken()
    # (the drafts told in the sentences before, from an index: a scan of every draft per
    # estimate was quadratic in a long report; a count given keeps its clause's sentence)
    told_in = DraftsBySentence(a.drafts)
    for i in range(1, len(reader.spans)):
        if i in used:
            continue
        s, e = reader.spans[i][:2]
        m = _ESTIMATE_AFTER_GATE.search(reader.text, s, e)
        if m is None:
            continue
        before = told_in.between(i - ESTIMATE_AFTER_SENTENCES, i - 1)
        if not before:
            continue
        d = max(before, key=lambda d: max(f.sentence for f in d.frags if f.sentence < i))
        if any(f.counts for f in d.frags):
            continue
        item = _item(m, "members")
        if item is None:
            continue
        k = max(range(len(d.frags)), key=lambda n: d.frags[n].sentence if d.frags[n].sentence < i else -1)
        d.frags[k] = replace(d.frags[k], counts=[item])
        a.why.append(f"sentence {i}: an estimate of the size of the movement told in {d.frags[k].sentence}: {item['value']}")


_PATTERNS.save()
