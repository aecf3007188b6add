"""The area a destination lies in, told right after it: "left Goma for Gisenyi in Rwanda",
"left Narva for Ivangorod in Russia". "in K" after the end names where the end is, never where
the force set out from.

why: "in K" after "left A" was taken as a second origin told apart, and when A lies on the way
from K to the end (twin towns across a border, a few km apart) K became the start and A a place
passed: "Rwanda -> Gisenyi via Goma" (GUIDELINES: the origin is the finest place the report
offers for where the movement began; s39 read105, a wire of my own on the Kivus)."""

from __future__ import annotations

from .places import contains


def area_of_the_end(place: dict, end: dict | None) -> bool:
    """Is ``place`` an area that holds the destination ``end`` and is named after it in the
    text ("for Gisenyi in Rwanda")?"""
    if end is None or not contains(place, end):
        return False
    at, end_at = place.get("offsets") or (None, None), end.get("offsets") or (None, None)
    return at[0] is not None and end_at[1] is not None and at[0] >= end_at[1]
