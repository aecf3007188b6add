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


@pytest.mark.parametrize("text, name", [
    ("The unit fell back on Ansongo.", "Ansongo"),
    ("Rebels have fallen back on Menaka since the airstrikes.", "Menaka"),
])
def test_a_village_after_fell_back_on_is_a_place(text, name):
    assert name in _read(text)


def test_a_given_name_after_fell_back_on_is_no_place():
    assert "Ahmed" not in _read("Commanders fell back on Ahmed to negotiate with the elders.")


@pytest.mark.parametrize("text, name, country", [
    # a force's demonym whose credit a namesake across the border withholds still keeps its
    # country and the one across the border ahead of a namesake far off
    ("Nicaraguan soldiers were stationed in San Carlos.", "San Carlos", "NI"),
    ("Nicaraguan troops moved to Rivas and San Carlos.", "San Carlos", "NI"),
    # near misses: the border case between two neighbours is as before (Pokrovsk), and a force
    # with no namesake across its border gets nothing new
    ("Russian forces shelled Pokrovsk.", "Pokrovsk", "UA"),
])
def test_a_force_s_border_region_against_a_far_namesake(text, name, country):
    assert _read(text)[name][1] == country
