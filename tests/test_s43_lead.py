"""Session 43, the lead's constructions, on sentences of our own (places level; the movement
readings are golden lines s43-lead-*)."""

import pytest

from geomove import places


def _read(text: str) -> dict:
    return {m["surface"]: (m.get("kind"), m.get("country")) for m in places(text)}


@pytest.mark.parametrize("text, name, reading", [
    # a country placed beside a town that lies in or near it stays the country
    ("Troops moved to the line with Kosovo, near Raska.", "Kosovo", ("country", "XK")),
    ("Shelling hit the border with Lebanon, near Metula.", "Lebanon", ("country", "LB")),
    ("Fighting flared along the frontier with Chad, near Tine.", "Chad", ("country", "TD")),
    # near misses: a town named like a country, placed beside a town far from that country
    ("The factory in Lebanon, near Harrisburg, closed.", "Lebanon", ("town", "US")),
    ("Police in Jordan, near Minneapolis, arrested two men.", "Jordan", ("town", "US")),
])
def test_a_name_placed_beside_a_town(text, name, reading):
    assert _read(text)[name] == reading
