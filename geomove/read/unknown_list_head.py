"""A list of places whose first names the gazetteer lacks: "Soldiers were sent to Ngumbuvu, Kaya and
Dori", "pulled out of Xyvillage, Beni and Butembo", "to several districts, including Zintabad,
Kunduz and Baghlan".

A list shares its head's cue (clauses._Reader.fragment: "a member of the list before it"), so
when the head is a name the mention finder did not read, no known member had a cue: the comma or
the "and" after the unknown name parted the cue from the first known one and the whole list read
nothing. The known names keep the cue's role (each its own movement, GUIDELINES: lists are
distributed); the unknown one has no point and stays out.

Only a list: the names before the place end with "and" (the place closes the list), or with a
comma and the list goes on after the place (", C" / "and C"). "arrived in Z, Gori" alone may be
an address or an apposition, and is left to roles._unknown_place_located and read.site_address."""

from __future__ import annotations

import re

from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-unknown-list-head")

_NAME = r"(?:(?:[A-Z][\w'’-]*|de|du|del|la|le|el|al|di|da)\s+){0,2}?[A-Z][\w'’-]*"
# the unknown names ahead of the place: "Z, ", "Z and ", "Y, Z, and ", "Y, Z and "
_UNKNOWN_HEAD = _PATTERNS.compile(r"^\s*(?P<names>" + _NAME + r"(?:\s*,\s*" + _NAME + r")*)"
                                  r"(?P<sep>\s*,\s*(?:(?:and|or)\s*)?|\s+(?:and|or)\s*)$")
_NAME_RE = _PATTERNS.compile(_NAME)
# the list goes on after the place: ", C", ", and C", " and C"
_LIST_GOES_ON = _PATTERNS.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")
# words that are no place, set first in a list ("on Monday, Gori": a date, not a list)
_NOT_A_PLACE = _PATTERNS.compile(r"(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r"|The|A|An|Its|Their|His|Her)$", re.I)
# a word that names a unit, an operation or a body, not a place ("troops from Brigade X, Gao and
# Kidal": the brigade is who they are; "Operation Barkhane, Gao and Kidal")
_BODY_WORD = _PATTERNS.compile(r"(?:Brigades?|Battalions?|Regiments?|Divisions?|Corps|Operations?|Forces?|Army|Armies|"
                               r"Groups?|Missions?|Units?|Companies|Company|Squadrons?|Fleets?|Command|Ministry|Council)$")


def unknown_list_head(text: str, gap: str, at: int, place_end: int, known_between) -> bool:
    """Is ``gap`` (the words from a cue's end at ``at`` to a place ending at ``place_end``) the
    head of a list whose names the mention finder did not read? ``known_between(lo, hi)``: does
    a name the finder read (a place it resolved, an actor) overlap [lo, hi)?"""
    if "," not in gap and " and" not in gap and " or" not in gap:
        return False
    head = _UNKNOWN_HEAD.match(gap)
    if head is None:
        return False
    names = list(_NAME_RE.finditer(head.group("names")))
    if any(_NOT_A_PLACE.match(n.group(0).split()[0]) for n in names):
        return False
    if any(_BODY_WORD.match(w) or (len(w) > 1 and w.isupper()) for n in names for w in n.group(0).split()):
        return False  # (a unit or a body by its name or its acronym, "MONUSCO, Bunia and Beni": no list of places)
    if "," in head.group("sep") and not head.group("sep").rstrip().endswith(("and", "or")) \
            and not _LIST_GOES_ON.match(text, place_end):
        return False  # "in Z, Gori": an address or an apposition, not shown to be a list
    # (the gap may come stripped of its opening space: the names are found in the text itself)
    lo = text.find(head.group("names"), at, place_end)
    if lo < 0:
        return False
    return not any(known_between(lo + n.start(), lo + n.end()) for n in names)


_PATTERNS.save()
