"""Shared by the places tests: a text's place mentions by their surface."""

from geomove.mentions import find_mentions


def places_by_surface(text: str, gazetteer) -> dict:
    """{surface: mention} of every mention of ``text`` read as a place (role "place")."""
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] == "place"}
