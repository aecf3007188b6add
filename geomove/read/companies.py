"""A company as the moving force: "A Czech mechanised company of 120 soldiers drove from
Prague to Rukla", "a Dutch company of 150 soldiers was forward-deployed", "an Irish infantry
company rotated". A company is a force only when the words say it is a unit: a military
adjective before it ("mechanised", "infantry", "rifle") or the soldiers it is made of after it
("of 150 soldiers"); "a Dutch company shipped trucks" is a business.

why: "company" is no force noun (a firm is a company too), so such a subject named no actor,
while "a Czech mechanised battalion" named one (GUIDELINES: the actor is the moving force, named
as the report names it).

A company told only by the people it is made of, "A company of marines arrived in X", names them
("marines") as "a battalion of marines" does (read.force_reference's kind_of_formation): the
people noun is a military one, so "a company of consultants" stays a business (s46 read123)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _BARE_SUBJECT_GAP
from .time_opener import after_time_opener
from .gates import Gate

_PATTERNS = CompiledPatterns("read-companies")

_KIND = (r"(?:mechani[sz]ed|motori[sz]ed|infantry|rifle|motor\s+rifle|engineer|engineering|tank|armou?red|marine|"
         r"paratroop|airborne|air\s+assault|reconnaissance|sapper|artillery|mortar|medical|logistics|signals|"
         r"military\s+police|special\s+forces|peacekeeping)")
_PEOPLE = r"(?:soldiers|troops|marines|paratroopers|peacekeepers|infantrymen|servicemen|personnel|sappers|engineers)"
# the subject, from the clause's start (an article, a count) up to the verb: a nation's name, a
# kind of unit and "company", or a nation's name and "company of N soldiers"
_COMPANY_SUBJECT = _PATTERNS.compile(
    r"^\s*(?:(?:a|an|the|one|two|three|four)\s+)?"
    r"(?P<a>(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}(?:" + _KIND + r"\s+){1,2}compan(?:y|ies)"
    r"|(?-i:[A-Z])[\w'’-]+\s+(?:" + _KIND + r"\s+)?compan(?:y|ies)(?=\s+of\s+(?:about\s+|some\s+|around\s+)?[\d,]+\s+" + _PEOPLE + r"\b))"
    r"(?:\s+of\s+(?:about\s+|some\s+|around\s+)?[\d,]+\s+" + _PEOPLE + r")?"
    r"(?:\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?-i:[A-Z])[\w'’-]+)?" + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_COMPANY_SUBJECT_GATE = Gate(_COMPANY_SUBJECT, ("companies", "company"))

# the subject "a company of (N) marines" with no name or kind before "company": the people it is
# made of are who moved (lower-case: "a company of Kenyan soldiers" names its force already)
_COMPANY_OF_PEOPLE = _PATTERNS.compile(
    r"^\s*(?:(?:a|an|the|one|two|three|four)\s+)?compan(?:y|ies)\s+of\s+(?:(?:about|some|around)\s+)?(?:[\d,]+\s+)?"
    r"(?P<p>(?:(?-i:[a-z])[\w-]*\s+)?(?:" + _PEOPLE + r"|infantry))" + _BARE_SUBJECT_GAP.pattern + r"$", re.I)


def company_subject(text: str, s: int, verb_at: int) -> str | None:
    """The company that is the whole subject of the verb at ``verb_at`` ("A Czech mechanised
    company of 120 soldiers drove" -> "Czech mechanised company"), or None."""
    m = _COMPANY_SUBJECT_GATE.match(text[s:verb_at])
    if m is None and (opened := after_time_opener(text, s)) > s:
        # (after a date that opens the clause: "On Wednesday an Azerbaijani mechanised company
        # moved", read.time_opener; read113)
        m = _COMPANY_SUBJECT_GATE.match(text[opened:verb_at])
    if m is not None:
        return re.sub(r"\s+", " ", m.group("a"))
    people = _COMPANY_OF_PEOPLE.match(text[s:verb_at])
    return re.sub(r"\s+", " ", people.group("p")) if people is not None else None


_PATTERNS.save()
