"""The place an event sheet describes: a coder's description with its admin areas and country.

Conflict-event datasets (UCDP GED, ACLED) keep the place as words ("vicinity of X village in
Y district") beside the first and second administrative level and the country. The sheet is
read as running text, "description, admin 2, admin 1, country", so the province and country
written after the name bind as they do in a report; the answer is the first place of the
description that the text resolves, else the finest admin area that resolves.
"""

from __future__ import annotations

import re

_PAREN = re.compile(r"\s*\([^)]*\)")


def _clean(part: str | None) -> str:
    """One field as running text: no line breaks, no bracketed asides ("Russia (Soviet Union)")."""
    if not part:
        return ""
    return " ".join(_PAREN.sub("", part).split()).strip(" ,;")


def locate(description: str, *, admin2: str | None = None, admin1: str | None = None,
           country: str | None = None, gazetteer) -> dict | None:
    """The described place as a MENTION dict (name, lat, lon, country, why ...), or None."""
    from .mentions import find_mentions

    desc = " ".join((description or "").split())
    parts = [desc] + [p for p in (_clean(admin2), _clean(admin1), _clean(country)) if p]
    text = ", ".join(p for p in parts if p)
    if not text:
        return None
    found = [m for m in find_mentions(text, gazetteer=gazetteer)
             if m["role"] in ("place", "demonym_place", "source_location") and m.get("lat") is not None]
    if not found:
        return None
    in_desc = [m for m in found if m["start"] < len(desc) and m.get("kind") != "country"]
    if in_desc:
        return in_desc[0]
    areas = [m for m in found if m.get("kind") != "country"]
    return (areas or found)[0]
