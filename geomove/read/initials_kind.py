"""A force named by its initials and a kind of unit in lower case between them and the force
noun: "ENDF mechanised units moved from A to B", "SNA special forces entered C", "FARDC
commando battalions withdrew". The initials name whose units moved, as they do in "ENDF units"
or "ADF elements" (clauses._actor's initials subject), with the words that say what kind of unit
in between.

Only initials of two to six capitals at the subject's start (after "The", a list's bullet, a
post's number in a thread ("2/ ") or a connective), one or two lower-case words, then a force noun,
and nothing but the subject gap before the verb.

why: "ENDF mechanised units moved from Mekelle to Adigrat" had no actor: a name must be followed
by its force noun at once, and 'mechanised' stood between. So too the force's vehicles ("HNP
armoured vehicles were sent from A to B", read70): vehicles are no force noun. And a force in the singular ("Units of the IRGC ground force arrived in
X" had no actor where "ground forces" had one, s45 read122)."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from .lexicon import _BARE_SUBJECT_GAP
from .gates import Gate

_PATTERNS = CompiledPatterns("read-initials-kind")

_INITIALS_KIND = _PATTERNS.compile(
    # (a post's number in a thread, "2/ ", opens it as a bullet does)
    # (and after an opening phrase's comma: "On 16 November, HNP armoured vehicles were sent", read70)
    r"(?:^\s*(?:[-–—*•]\s+|\d{1,2}/\d{0,2}\s+)?|\b[Tt]he\s+|,\s+)(?P<a>[A-Z]{2,6})\s+(?:(?:[a-z][\w-]*\s+){1,2}"
    r"(?:units?|troops|forces?|soldiers|battalions?|brigades?|regiments?|columns?|companies|detachments?|elements|contingents?|"
    r"squadrons?|platoons?|fighters|commandos|personnel)"
    # (the force's vehicles, with or without their kind: "HNP armoured vehicles were sent", "FARDC
    # trucks left", read70, as "RSF pickups" is read for a group named by its name)
    r"|(?:[a-z][\w-]*\s+){0,2}(?:vehicles|trucks|pickups|tanks|boats|helicopters))" + _BARE_SUBJECT_GAP.pattern + r"$")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_INITIALS_KIND_GATE = Gate(_INITIALS_KIND, ("battalion", "boats", "brigade", "column", "commandos", "companies", "contingent", "detachment", "elements", "fighters", "force", "helicopters", "personnel", "pickups", "platoon", "regiment", "soldiers", "squadron", "tanks", "troops", "trucks", "unit", "vehicles"))


def initials_before_kind(subject: str) -> str | None:
    """The initials of a subject told as "<INITIALS> <kind words> <force noun>" right before its
    verb (``subject``: the clause's words up to the verb, asides taken out); None otherwise."""
    m = _INITIALS_KIND_GATE.search(subject)
    return m.group("a") if m and m.group("a") not in ("US", "UK", "UN", "EU") else None


_PATTERNS.save()
