"""An end told as "the northern border with X", with no nation named in the clause: a border
named by its compass side is the report's own country's border (Israel's northern border is its
border with Lebanon; Lebanon's would be its southern one), so the end is that country's strip
along X, as "its border with X" is (assemble.own_side_of_border), not X.

Whose border it is comes from the report: its dateline's country, else the country of the nearest
place named before the end (a country, or a town in it: "Goma"); only a country that borders X
(read.book.neighbours). With none, the end stays X's border, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-compass-border")
# "the northern border with", "the north-eastern border area with (the)": right before X
_COMPASS_BORDER_WITH = _PATTERNS.compile(
    r"\bthe\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+borders?"
    r"(?:\s+(?:area|region|strip|zone))?\s+with\s+(?:the\s+)?$", re.I)


def _border_told_by_compass(text: str, place: dict) -> bool:
    start = (place.get("offsets") or [None])[0]
    return start is not None and (place.get("relation") or {}).get("type") == "border" \
        and "with" not in (place.get("relation") or {}) and place.get("kind") == "country" \
        and _COMPASS_BORDER_WITH.search(text, max(0, start - 60), start) is not None


def home_of_compass_border(reader, book, frag) -> dict | None:
    """The country PLACE whose "northern border with X" an end of ``frag`` names, when the
    clause tells no nation of its own (``frag.actor_home``): the dateline's country, else the
    country of the nearest place named before the end, if it borders X; else None."""
    if frag.actor_home is not None:
        return None
    for ends in (frag.origin, frag.destination):
        for place, _ in ends:
            if not _border_told_by_compass(reader.text, place):
                continue
            x, at = place.get("country"), place["offsets"][0]
            told = [m.get("country") for m in reader.datelines] + \
                [m.get("country") for m in reversed(reader.places) if m.get("start", at) < at]
            cc = next((c for c in told if c and c != x and book.neighbours(c, x)), None)
            home = book.country(cc) if cc is not None else None
            if home is not None:
                # (where the country is told: the end's own words, which own_side keeps)
                return {**home, "start": at, "end": place["offsets"][1]}
    return None


def own_side_of_compass_border(reader, book, frag, why: list, own_side) -> None:
    """``own_side`` (assemble.own_side_of_named_border) read with the home found by
    home_of_compass_border, when there is one.

    why: "The 7th Brigade deployed to the northern border with Lebanon" (a report from
    Jerusalem) ended in Lebanon."""
    home = home_of_compass_border(reader, book, frag)
    if home is None:
        return
    why.append(f"sentence {frag.sentence}: a border named by its compass side: {home.get('name')}'s, the report's country")
    # (the copy shares frag's lists of ends, which own_side rewrites in place; the actor's home
    # stays untold on frag itself: the force's nation is not said)
    own_side(replace(frag, actor_home=home), reader.text, book, why)


_PATTERNS.save()
