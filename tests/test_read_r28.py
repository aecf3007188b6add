"""read28: air traffic told as a service, a nation's own side of a named border, a participle of
presence set off by commas, a year that dates an aside, "the same day". Sentences written for
these tests; the golden lines s13-* hold the routes, these check the named functions and what
the golden format cannot (the why, the place kept as a border relation)."""

import re

from geomove.read.assemble import extract
from geomove.read.no_force import _air_service


def _flights(text):
    noun = re.search(r"(?P<verb>(?!))?(?P<noun>\b[Ff]lights?\b)", text)
    return _air_service(text, noun, 0, len(text))


def test_air_service_is_no_force():
    assert _flights("Flights from Goma to Kinshasa resumed on Monday.")
    assert _flights("Airlines suspended flights to Goma on Monday.")
    assert _flights("Flights to Goma were cancelled.")
    assert not _flights("Military flights from Goma to Kinshasa resumed on Monday.")
    assert not _flights("Two flights carrying troops landed in Goma.")
    assert not _flights("Two flights landed in Goma on Monday.")  # (no word of a service)


def test_air_service_says_why(gazetteer):
    why = []
    assert extract("Flights from Goma to Kinshasa resumed on Monday.", published="2026-11-20",
                   gazetteer=gazetteer, why=why) == []
    assert any("air traffic told as a service" in w for w in why)


def _end(text, gazetteer, why=None):
    feats = extract(text, published="2026-11-20", gazetteer=gazetteer, why=why)
    assert len(feats) == 1
    return feats[0]["properties"]["destination"]


def test_named_border_is_the_nations_own_side(gazetteer):
    why = []
    end = _end("Venezuelan troops redeployed to the Guyana border on Sunday.", gazetteer, why)
    assert end["country"] == "VE"
    assert end["relation"] == {"type": "border", "with": "GY"}
    assert any("Venezuela's own side of the Guyana border" in w for w in why)
    # no nation told: the border of Guyana, told relative to it
    end = _end("Troops redeployed to the Guyana border on Sunday.", gazetteer)
    assert end["country"] == "GY" and end["relation"]["type"] == "border"
    # not a neighbour: the side of the country named
    assert _end("American troops were sent to the Polish border on Sunday.", gazetteer)["country"] == "PL"
    # taken over it
    assert _end("Venezuelan troops moved into the Guyana border area.", gazetteer)["country"] == "GY"


def test_deployed_along_is_where_they_went(gazetteer):
    end = _end("Eritrean troops were deployed along the border with Ethiopia on Wednesday.", gazetteer)
    assert end["country"] == "ER" and end["relation"] == {"type": "border", "with": "ET"}


def test_presence_aside_neither_verb_nor_date(gazetteer):
    feats = extract("Chadian troops, deployed in Niger since 2021, left Niamey for N'Djamena on Thursday.",
                    published="2026-11-20", gazetteer=gazetteer)
    assert [(f["properties"]["what"], f["properties"]["start"]) for f in feats] == [("Chadian troops", "2026-11-19")]
    feats = extract("Troops, who had been based in Niger since March, left Niamey on Thursday.",
                    published="2026-11-20", gazetteer=gazetteer)
    assert [f["properties"]["start"] for f in feats] == ["2026-11-19"]
    # with no other date, the aside's year is still no date of the movement
    feats = extract("Troops, who had been based in Niger since 2021, left Niamey for Agadez.",
                    published="2026-11-20", gazetteer=gazetteer)
    assert [f["properties"]["start"] for f in feats] == [None]


def test_the_same_day_takes_the_day_told_before(gazetteer):
    text = "Army units left Sirte on Tuesday. Later that day militia fighters withdrew from Brega to Ajdabiya."
    feats = extract(text, published="2026-11-20", gazetteer=gazetteer)
    assert sorted(f["properties"]["start"] for f in feats) == ["2026-11-17", "2026-11-17"]


def test_site_of_city():
    from geomove.read.places import _site_of_city, compatible
    city = {"name": "C", "kind": "city", "country": "HT", "lat": 18.54, "lon": -72.34}
    airport = {"name": "A", "kind": "airfield", "country": "HT", "lat": 18.58, "lon": -72.29}
    far = {**airport, "lat": 19.73, "lon": -72.20}
    town = {**airport, "kind": "town", "name": "T"}
    assert _site_of_city(airport, city) and compatible(city, airport)
    assert not _site_of_city(far, city) and not compatible(city, far)
    assert not _site_of_city(town, city)  # two settlements are never one site this way


def test_fled_governs_only_a_place():
    from geomove.read.roles import _fled_no_place
    fled = re.search(r"(?P<verb>fled)", "they fled")
    assert not _fled_no_place(fled, " ")
    assert not _fled_no_place(fled, " the town of ")
    assert _fled_no_place(fled, " the fighting in ")
    left = re.search(r"(?P<verb>left)", "they left")
    assert not _fled_no_place(left, " the fighting in ")


def test_route_after_a_directed_verb():
    from geomove.read.clauses import _ROUTE_AFTER
    assert _ROUTE_AFTER.match(" on motorbikes from Gao to Niamey")
    assert _ROUTE_AFTER.match(" from Sake into Goma")
    assert not _ROUTE_AFTER.match(" from dawn to dusk near Gao")
    assert not _ROUTE_AFTER.match(" from office on Friday")


def test_speaker_named_by_its_place():
    from geomove.read.no_force import _speaker_of_place
    text = "troops moved to the border on Monday, Seoul's spy agency said."
    seoul = {"start": text.index("Seoul"), "end": text.index("Seoul") + 5}
    assert _speaker_of_place(text, seoul, len(text))
    text = "troops moved to Goma's airport on Monday."
    goma = {"start": text.index("Goma"), "end": text.index("Goma") + 4}
    assert not _speaker_of_place(text, goma, len(text))


def test_next_leg_says_whose_it_is(gazetteer):
    why = []
    feats = extract("Fano fighters entered Debre Markos on Sunday and left for Bichena on Monday.",
                    published="2026-11-20", gazetteer=gazetteer, why=why)
    assert [f["properties"]["actor"] for f in feats] == ["Fano fighters", "Fano fighters"]
    assert any("no subject of its own: moved by Fano fighters" in w for w in why)


def test_group_named_as_subject():
    from geomove.read.forces import _group_sent_a_force
    from geomove.read.lexicon import _TRIGGER_RE

    def actor(text):
        verb = next(t for t in _TRIGGER_RE.finditer(text) if t.group("verb"))
        return _group_sent_a_force(text, 0, len(text), verb)
    assert actor("The Houthis moved hundreds of fighters from Sanaa to Marib.") == "Houthis"
    assert actor("al-Shabaab moved 300 fighters from Jilib to Baidoa.") == "al-Shabaab"
    assert actor("The Pentagon sent 500 troops to Poland.") is None
    assert actor("The Houthis moved from Sanaa to Marib.") is None  # (no force sent: the subject moved itself)
    # (arms sent name the group that sent them since session 23: GUIDELINES, equipment moves too)
    assert actor("The Houthis moved weapons from Sanaa to Marib.") == "Houthis"
    assert actor("The Houthis moved civilians from Sanaa to Marib.") is None  # (no force, no arms)
