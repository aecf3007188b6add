"""s37 read101: the patterns of read.crossed_line_near and read.partitive_owner on their own, and
on long adversarial runs (session 36: a new pattern must not backtrack without bound)."""

import time

from geomove.read.crossed_line_near import crossed_line_inside, crossed_line_near
from geomove.read.partitive_owner import owner_of_group


def _near(text: str, place: str, country: str = "XX") -> dict:
    at = text.index(place)
    return {"start": at, "end": at + len(place), "country": country, "relation": {"type": "near"},
            "phrase": {"start": text.rindex("near", 0, at), "end": at + len(place)}}


def test_line_near_is_the_end_unless_own_side_of_a_border():
    text = "Turkish troops crossed the border near Kilis."
    verb_end = text.index("crossed") + len("crossed")
    kilis = _near(text, "Kilis", "TR")
    assert not crossed_line_near(text, kilis, "cross", verb_end, [], [{"country": "TR"}])
    assert crossed_line_near(text, kilis, "cross", verb_end, [], [{"country": "SY"}])
    line = "Turkish troops crossed the line of contact near Kilis."
    assert crossed_line_near(line, _near(line, "Kilis", "TR"), "cross", line.index("crossed") + 7, [], [{"country": "TR"}])
    assert not crossed_line_near(text, kilis, "reach", verb_end, [], [])  # (no verb of crossing)


def test_line_inside_is_a_line_of_contact_not_a_border():
    assert crossed_line_inside("Russian soldiers crossed the front line near X")
    assert crossed_line_inside("units crossed the old ceasefire line")
    assert not crossed_line_inside("Chadian troops crossed the border near X")


def test_owner_of_group_is_the_holding_state():
    text = "Chad keeps 1,200 soldiers in Niger; 300 of them withdrew."
    chad = {"start": 0, "end": 4}
    niger = {"start": text.index("Niger"), "end": text.index("Niger") + 5}
    assert owner_of_group(text, text.index("1,200"), [chad, niger]) is chad
    hosts = "Kenya hosts 2,000 Ugandan soldiers, and 300 of them moved."
    assert owner_of_group(hosts, hosts.index("2,000"), [{"start": 0, "end": 5}]) is None


def test_long_adversarial_runs_take_milliseconds():
    for run in ("Ab-" * 300, "the " * 3000, "line of " * 2000, "cross the " * 2000, "has " * 3000):
        text = "Troops crossed " + run + " near X."
        t = time.perf_counter()
        crossed_line_inside(text)
        crossed_line_near(text, _near(text, "X"), "cross", len("Troops crossed"), [], [])
        owner_of_group(text, len(text) - 3, [{"start": 0, "end": 6}])
        assert time.perf_counter() - t < 0.5


def test_returned_from_off_needs_off_and_a_return():
    import re

    from geomove.read.returned_from_off import returned_from_off
    verb = re.compile(r"(?P<verb>returned|sailed|went)")
    stem = lambda w: {"returned": "return"}.get(w.lower(), w.lower())
    text = "The frigate handed the convoy over off Aden on Monday and returned to Y."
    at = text.index("Aden")
    after = verb.search(text, at)
    assert returned_from_off(text, at, at + 4, None, after, stem)
    assert not returned_from_off(text, at, at + 4, after, after, stem)  # (a verb of movement before it)
    went = "The frigate handed the convoy over off Aden and went to Y."
    assert not returned_from_off(went, at, at + 4, None, verb.search(went, at), stem)  # (no way back)
    at_port = "The frigate refuelled at Aden and returned to Y."
    a = at_port.index("Aden")
    assert not returned_from_off(at_port, a, a + 4, None, verb.search(at_port, a), stem)  # (not "off")
    long = "The ship waited off " + "the " * 3000 + "Aden and returned to Y."
    a = long.index("Aden")
    assert not returned_from_off(long, a, a + 4, None, verb.search(long, a), stem)


def _ends(text: str) -> list[tuple]:
    from geomove.movements import extract
    return [((f["properties"]["origin"] or {}).get("kind"), (f["properties"]["origin"] or {}).get("name"),
             (f["properties"]["destination"] or {}).get("kind"), (f["properties"]["destination"] or {}).get("name"))
            for f in extract(text, published="2026-03-05")]


def test_a_ships_end_named_as_its_port_city_is_the_city():
    # read.port_namesake: a ship sails to the port, not to the country's centre
    assert _ends("A Japanese destroyer handed the tankers over off Aden and returned to Djibouti.") == \
        [("city", "Aden", "city", "Djibouti")]
    assert _ends("Two Italian minesweepers sailed from Djibouti to Berbera.")[0][:2] == ("city", "Djibouti")


def test_a_flight_to_the_country_keeps_the_country():
    assert _ends("Italian paratroopers flew to Djibouti on Monday.") == [(None, None, "country", "Djibouti")]
