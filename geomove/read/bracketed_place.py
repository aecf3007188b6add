"""A place in brackets right after an end, near it: the same end told twice, the one place by the
other ("flew from Latakia (Hmeimim)", "to Murmansk (Olenya)", "from Engels (Saratov)", "arrived
from Saratov (Engels)"). Reports and sighting threads pair a base or a small town with a known
city, in either order; the end is the more specific of the two (GUIDELINES: the most specific
place the text gives, a base or airfield beats its town), and of two places of one kind the
smaller (a known city is named to locate a lesser town, not the other way round).

A place in brackets that an area before it holds ("from Crimea (Dzhankoi)") is the older case
(clauses: in brackets after the area that holds it); this one is of two points near each other,
neither holding the other.

why: "2x Il-76 landed at al-Jufra from Latakia (Hmeimim)" read Latakia, the city, and "to
Murmansk (Olenya)" the city 90 km from the air base the bombers used (probes of my own, s36 lead:
an OSINT thread)."""

from __future__ import annotations

from .places import SITE_KINDS, _SETTLEMENT, _km, _spec
from .weights import BRACKETED_SAME_END_KM


# the kinds a bracketed place may tell an end by: a site a force flies, sails or rolls from, or a
# town; not a crossing, which a town's other name often reads as ("Serêkaniyê (Ras al-Ain)": the
# Syrian name and the Arabic one of one town, the second also a border crossing's)
_KINDS = SITE_KINDS | _SETTLEMENT


def tells_the_same_end(before: dict, bracketed: dict) -> bool:
    """Is ``bracketed`` (a place in brackets right after ``before``) the same end told again: a
    site or a town of the same country as ``before`` (a town, a site), within
    BRACKETED_SAME_END_KM of it?"""
    if before.get("lat") is None or bracketed.get("lat") is None or not before.get("country") \
            or before.get("country") != bracketed.get("country"):
        return False
    if before.get("kind") not in _KINDS or bracketed.get("kind") not in _KINDS:
        return False
    return _km(before, bracketed) <= BRACKETED_SAME_END_KM


def finer_of_the_two(before: dict, bracketed: dict) -> dict:
    """The end two bracketed places tell: the more specific kind, then the smaller place (its
    uncertainty radius), then the one told first."""
    def rank(m: dict) -> tuple:
        return _spec(m), m.get("uncertainty_km") or 0.0
    return bracketed if rank(bracketed) < rank(before) else before
