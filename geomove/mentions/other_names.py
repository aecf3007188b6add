"""A name the text gives as another name of the place it has just named: "Ras al-Ain, also
spelled Serekaniye", "Kobani, also known as Ayn al-Arab", "Qamishli, called Qamishlo in
Kurdish". Reports on places of several languages give the second spelling on purpose; it
names the same place, though alone it might be too rare a name to be read as one (a Kurdish
name of a village the index ranks low). Only a reading of the second name at the place the
first was read at is taken: the words alone do not make a place of anything."""

from __future__ import annotations

import re

from ..distance import haversine_km

# the words between the two names (after the first name's end, up to the second's start)
_ANOTHER_NAME_RE = re.compile(
    r"\s*[,(]?\s*(?:(?:also|otherwise|sometimes|often|locally|formerly|once)\s+)?"
    r"(?:spelled|spelt|written|known|called|named)"
    r"(?:\s+(?:in|by)\s+[A-Z][a-z]+)?(?:\s+as)?(?:\s+(?:in|by)\s+[A-Z][a-z]+\s+as)?\s*")
_GAP_CHARS = 45  # at most this many characters between the two names
SAME_PLACE_KM = 5.0  # a reading this close to the first name's is the same place


def _the_place_named_before(m: dict, mentions: list[dict], text: str) -> dict | None:
    """The place mention ``m`` is given as another name of: the one ending just before it,
    with only the words of _ANOTHER_NAME_RE between them."""
    before = None
    for o in mentions:
        if o is m or o.get("drop") or o["role"] not in ("place", "dateline") or not o.get("cands") \
                or o["end"] > m["start"] or m["start"] - o["end"] > _GAP_CHARS:
            continue
        if before is None or o["end"] > before["end"]:
            before = o
    if before is None or _ANOTHER_NAME_RE.fullmatch(text, before["end"], m["start"]) is None:
        return None
    return before


def another_name_of_the_place_before(text: str, mentions: list[dict]) -> None:
    """Read each name given as another name of the place just named ("X, also spelled Y") as
    that place, when one of its readings lies there (SAME_PLACE_KM): that reading first, and
    a mention dropped for want of support kept."""
    for m in mentions:
        cands = m.get("cands") or []
        if m["role"] != "place" or not cands or (m.get("drop") and not m.get("unsupported")):
            continue
        first = _the_place_named_before(m, mentions, text)
        if first is None:
            continue
        there = first["cands"][0]
        if there.get("lat") is None:
            continue
        same = next((c for c in cands if c.get("lat") is not None and haversine_km(
            c["lat"], c["lon"], there["lat"], there["lon"]) <= SAME_PLACE_KM), None)
        if same is None or (same is cands[0] and not m.get("drop")):
            continue  # (no reading there, or read there already)
        if same is not cands[0]:
            cands.remove(same)
            cands.insert(0, same)
        m["drop"] = False
        m.pop("unsupported", None)
        m["support"] = f"another name of {first['surface']!r}, given beside it"
