"""A ship's end named by a country that a city of its own name is the port of: "the frigate
returned to Djibouti", "two destroyers sailed from Djibouti to Aden". A ship sails to a port, not
to the middle of a country: the city (GUIDELINES: the finest place the report offers for
the movement's start and end; a town beats its country).

why: the mention finder reads "Djibouti" alone as the country (its row outranks the city's), so
a frigate's return ended at the country's centre, some 60 km inland of the port (the lead's note on
issue 12; probes of my own).

Only a movement told as by sea (its mode), and only where the gazetteer has a city or town of
that very name in that country (Djibouti, Singapore; Kuwait's city is the row "Kuwait City", so
"Kuwait" is left as the country)."""

from __future__ import annotations

from ..names import name_key

# the place keys a movement's end keeps (read.places._place_of's, from a gazetteer row)
_KEEP = ("name", "lat", "lon", "country", "admin1", "kind", "precision", "uncertainty_km", "gazetteer_id", "source")
_PORT_KINDS = frozenset({"city", "town"})


def port_of_namesake(end: dict | None, book) -> dict | None:
    """The city row of ``end``'s own name in ``end``'s country, as a movement's end (its surface
    and offsets kept), when ``end`` is a whole country; None otherwise."""
    if not end or end.get("kind") != "country" or not end.get("name") or not end.get("country"):
        return None
    key = name_key(end["name"])
    row = next((r for r in book.lookup(end["name"]) if r.get("kind") in _PORT_KINDS
                and r.get("country") == end["country"] and name_key(r.get("name") or "") == key
                and r.get("lat") is not None), None)
    if row is None:
        return None
    return {**{k: row[k] for k in _KEEP if k in row}, "surface": end.get("surface"), "offsets": end.get("offsets")}


def ship_ends_at_ports(a) -> None:
    """An assembly pass: a movement by sea whose origin or destination is a country named as its
    port city takes the city as that end."""
    for d in a.drafts:
        if not any(f.mode == "sea" for f in d.frags):
            continue
        for side in ("origin", "destination"):
            port = port_of_namesake(getattr(d, side), a.book)
            if port is not None:
                setattr(d, side, port)
                a.why.append(f"{side} {port['name']}: a ship's end named as its port city (read.port_namesake)")
