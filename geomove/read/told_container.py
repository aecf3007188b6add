"""A unit told inside a place that holds it: "sent to the Hawija district in Kirkuk", "the Rueso
district of Narathiwat", "Kirkuk's Hawija district". The text says which name is the smaller:
the one the unit word follows ("district", "territory", "county", ...; told_container.json), or
the one before a bare "in"; the other only locates it. Many provinces bear the name of their chief city (Kirkuk, Idlib,
Kunduz, Narathiwat), and the place that locates the unit is then often read as the city, so the
finer-first choice among one phrase's places took the city (a town beats a district) for an
end the text puts in a district of the province, tens of km away.

GUIDELINES: origin and destination alike are the finest places the report offers for where
the movement ended; the text's own "X district in Y" tells X is the specific one.

why: "Syrian troops were sent to the Maarat al-Numan district in Idlib" went to Idlib city,
"Iraqi troops were sent to Kirkuk's Hawija district" and "... to Hawija in Kirkuk" to Kirkuk city
(probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("told_container.json")
_PATTERNS = CompiledPatterns("read-told-container")
_UNIT = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_DATA["unit_words"], key=len, reverse=True))

# between the unit's name and its holder's: "X district in Y", "X territory, in Y", "X county of
# the Y", or a bare "X in Y" ("sent to Hawija in Kirkuk": the text puts X inside Y; not a bare
# "of", which joins a part to a place more often than a place to another: "the outskirts of Y")
_UNIT_THEN_HOLDER = _PATTERNS.compile(rf"(?:\s+(?:{_UNIT}),?\s+(?:in|of)|\s+in)\s+(?:the\s+)?", re.I)
# between the holder's name and the unit's: "Y's X district" (the unit word after X)
_POSSESSIVE = _PATTERNS.compile(r"['’]s?\s+(?:the\s+)?")
_UNIT_AFTER = _PATTERNS.compile(rf"\s+(?:{_UNIT})\b", re.I)


def _holds(text: str, holder: dict, unit: dict) -> bool:
    """Does the text tell ``unit`` as a unit (district, territory, ...) held by ``holder``?"""
    if unit["end"] <= holder["start"]:
        return _UNIT_THEN_HOLDER.fullmatch(text, unit["end"], holder["start"]) is not None
    if holder["end"] <= unit["start"]:
        return _POSSESSIVE.fullmatch(text, holder["end"], unit["start"]) is not None \
            and _UNIT_AFTER.match(text, unit["end"]) is not None
    return False


def without_told_holders(text: str, group: list[dict]) -> list[dict]:
    """The places of one phrase without those the text tells as holding another of them ("the
    Hawija district in Kirkuk": Kirkuk), so that the unit is the end; the group as it was when
    no place is told so (or when none would be left)."""
    if len(group) < 2:
        return group
    holders = [h for h in group if h.get("kind") != "country" and h.get("precision") != "country"
               and any(u is not h and u.get("kind") != "country" and u.get("precision") != "country"
                       and _holds(text, h, u) for u in group)]
    return [m for m in group if not any(m is h for h in holders)] or group


_PATTERNS.save()
