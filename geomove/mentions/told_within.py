"""A place the text writes inside an area it names: "the Tirah valley in Khyber district" (gaz62, s38).

The index gives an area one point and a radius, often smaller than the area (a district's
radius from its area as a disc, a long valley's from its length): a place the text itself puts
in the area may lie outside that circle. Then a headline's "to Khyber" and the lede's "to the
Tirah valley in Khyber district" were ends no containment joined, and the headline took another
movement's end instead (s37 closing note). What the text says is kept on the place's record as
``within``: the area's name, row and the words that say so. The reader's containment
(read.places.contains) takes it as the text's word.

The construction: a place, then "in (the)" or a comma, then an area the finder reads (a province,
a district, a named region: WITHIN_KINDS), or a name with an area's kind word after it ("in
Masisi territory"); after a comma only with the kind word (", Khyber district": a bare comma is
as often a list). Both of one country, within TOLD_WITHIN_KM of each other (a misreading of
either lies farther). Not a country or a province (_TOO_LARGE), not a place at its holder
(unknown_parts: its holder is kept already).
"""

from __future__ import annotations

from ..distance import haversine_km
from ..regex_cache import CompiledPatterns
from .unknown_parts import _AREA_WORD_AFTER_A_HOLDER

_PATTERNS = CompiledPatterns("mentions-told-within")

# the kinds of a reading that are areas a place can be written inside
WITHIN_KINDS = frozenset(("admin1", "admin2", "region"))
# a place and the area the text puts it in lie at most this far apart (point to point); farther,
# one of the two readings is wrong (a district's radius is tens of km, a province's a few hundred)
TOLD_WITHIN_KM = 150.0

# kinds of a place too large to lie in an area the text writes after it: a country, a province
# ("Florida in Seminole County" is a town's address cut short, no state in a county)
_TOO_LARGE = frozenset(("country", "admin1"))
# what joins a place to the area written after it: "in", "in the", a comma
_IN_OR_COMMA = _PATTERNS.compile(r"\s+in\s+(?:the\s+)?|,\s+")


def mark_told_within(records: list[dict], text: str) -> None:
    """Give each place record of ``records`` (in text order) that the text writes inside an area
    record right after it its ``within`` (see the module doc)."""
    starts = {r["start"]: r for r in records}
    for rec in records:
        if rec.get("lat") is None or rec.get("kind") in _TOO_LARGE or rec.get("holder") \
                or rec["role"] not in ("place", "demonym_place"):
            continue
        joint = _IN_OR_COMMA.match(text, rec["end"])
        if joint is None:
            continue
        area = starts.get(joint.end())
        if area is None or not _an_area_holding(rec, area, text, comma=text[rec["end"]] == ","):
            continue
        word = _AREA_WORD_AFTER_A_HOLDER.match(text, area["end"])
        rec["within"] = {"name": area["name"], "gazetteer_id": area["gazetteer_id"], "kind": area["kind"],
                         "phrase": text[rec["start"]:word.end() if word else area["end"]]}


def _an_area_holding(rec: dict, area: dict, text: str, comma: bool) -> bool:
    """Is ``area`` (the record written right after ``rec``) an area of rec's country that the
    text puts it in: read as an area, or written with an area's kind word (which a comma needs),
    near it?"""
    if area.get("lat") is None or not area.get("gazetteer_id") or area["gazetteer_id"] == rec.get("gazetteer_id") \
            or area["role"] not in ("place", "demonym_place") or not rec.get("country") \
            or area.get("country") != rec["country"]:
        return False
    kind_word = _AREA_WORD_AFTER_A_HOLDER.match(text, area["end"]) is not None
    if not kind_word and (comma or area.get("kind") not in WITHIN_KINDS):
        return False
    return haversine_km(rec["lat"], rec["lon"], area["lat"], area["lon"]) <= TOLD_WITHIN_KM


_PATTERNS.save()
