"""Session 43, read115: constructions of reports from theatres and genres the reader had not met
(reports of my own in tests/fixtures/read65): the language of a wire in translation ("(translated
from Russian)") named as no state, a service that names its own state after it ("National Guard
of Niger"), another state's force named by "of" that is no next leg, "the city" after a place
passed ("flown via A ... now in the city"), blockades on a road named by its end, and "the
capital" of the state told the sentence before."""

from geomove.mentions.translated_from import language_of_translation
from geomove.movements import extract

PUBLISHED = "2026-12-05"


def _read(text, gazetteer):
    out = []
    for f in extract(text, published=PUBLISHED, gazetteer=gazetteer):
        p = f["properties"]
        name = lambda q: q and (q.get("name") or q.get("surface"))  # noqa: E731
        out.append((name(p["origin"]), [name(v) for v in p["via"]], name(p["destination"]), p["actor"]))
    return out


# -- the language a wire was translated from (mentions.translated_from)

def test_the_language_of_a_translation_is_told_by_its_phrase():
    text = "TBILISI (translated from Russian) - A Russian convoy left. Translation from the Arabic follows."
    russian = [i for i in range(len(text)) if text.startswith("Russian", i)]
    assert language_of_translation(text, {"start": russian[0]})
    assert not language_of_translation(text, {"start": russian[1]})  # ("A Russian convoy": a state's force)
    arabic = text.index("Arabic")
    assert language_of_translation(text, {"start": arabic})


def test_a_service_is_not_qualified_by_the_language_of_the_translation(gazetteer):
    text = "TBILISI, Dec 2 (translated from Russian) - Units of the National Guard of Georgia have been moved from Tbilisi to Gori."
    [(origin, _via, destination, actor)] = _read(text, gazetteer)
    assert (origin, destination) == ("Tbilisi", "Gori")
    assert actor == "National Guard of Georgia"


def test_a_service_alone_takes_no_state_from_the_language(gazetteer):
    text = "YEREVAN, Dec 2 (translated from Russian) - Army units were moved from Yerevan to Goris on Monday, the ministry said."
    [(_o, _v, _d, actor)] = _read(text, gazetteer)
    assert "Russian" not in actor


def test_a_demonym_that_is_no_language_of_a_translation_still_names_a_state(gazetteer):
    # (near miss: "a French newspaper" keeps France a second state of the report)
    text = "Mali: 300 soldiers left the capital for Gao on Monday, a French newspaper said."
    assert [(o, d) for o, _v, d, _a in _read(text, gazetteer)] == [(None, "Gao")]


# -- a service that names its own state after it (read.services _STATE_AFTER)

def test_a_service_named_with_its_state_after_it_keeps_it(gazetteer):
    text = "Malian troops were flown from Bamako to Gao on Monday. The National Guard of Niger said on Tuesday it had moved 120 men to Ayorou."
    read = _read(text, gazetteer)
    assert (None, [], "Ayorou", "National Guard of Niger") in read


# -- "the city" after a place passed (read.clauses: the destination anaphor avoids the clause's via)

def test_the_city_after_via_is_not_the_place_passed(gazetteer):
    text = "Police units were moved from Lagos to Maiduguri on Friday. Two companies were flown via Kano and are now in the city."
    assert [(o, v, d) for o, v, d, _a in _read(text, gazetteer)] == [("Lagos", ["Kano"], "Maiduguri")]


# -- blockades on a road named by its end (read.roles _SITE_ON_ROAD, _only_a_road_end)

def test_blockades_on_the_highway_to_a_town_are_no_destination(gazetteer):
    text = "About 300 police were sent from Lima to Juliaca on Monday to clear blockades on the highway to Puno."
    assert [(o, d) for o, _v, d, _a in _read(text, gazetteer)] == [("Lima", "Juliaca")]


def test_the_city_reached_is_not_the_end_of_a_blocked_road(gazetteer):
    text = ("Police were sent from Lima to Juliaca on Monday to clear blockades on the highway to Puno. "
            "They reached the city's airport in the evening.")
    assert [(o, d) for o, _v, d, _a in _read(text, gazetteer)] == [("Lima", "Juliaca")]


def test_driving_through_blockades_takes_the_road(gazetteer):
    text = "The convoy drove past two checkpoints on the highway to Puno on Monday."
    assert [d for _o, _v, d, _a in _read(text, gazetteer)] == ["Puno"]


# -- "the capital" of the state told the sentence before (read.roles _capital_told)

def test_the_capital_is_the_dateline_capital_of_the_state_told_before(gazetteer):
    text = ("MANAGUA - Nicaragua sent 500 soldiers to the north on Monday. The troops left the capital in 20 trucks "
            "and reached Esteli that night. In Costa Rica, police moved 80 officers to Liberia on Tuesday.")
    assert ("Managua", "Estelí") in [(o, d) for o, _v, d, _a in _read(text, gazetteer)]


# -- an army that names its own state after it (read.army_of_lede _names_its_state)

def _actors_by_destination(text, gazetteer):
    """{destination as written: actor}"""
    return {f["properties"]["destination"]["surface"]: f["properties"]["actor"]
            for f in extract(text, published=PUBLISHED, gazetteer=gazetteer) if f["properties"]["destination"]}


def test_an_army_of_another_state_is_not_the_ledes(gazetteer):
    text = "Chadian troops were flown from Ndjamena to Abeche on Monday. The army of Sudan then sent 200 soldiers to Geneina."
    actors = _actors_by_destination(text, gazetteer)
    assert actors["Abeche"] == "Chadian troops"
    assert "Chadian" not in actors["Geneina"]


def test_an_army_with_no_state_of_its_own_is_the_ledes(gazetteer):
    text = "Chadian troops were flown from Ndjamena to Abeche on Monday. The army then sent 200 soldiers to Adre."
    assert _actors_by_destination(text, gazetteer)["Adre"] == "Chadian army"


# -- the people told before lent over the vehicles they rode in (assemble.lend_told_before)

def test_people_told_before_count_over_the_trucks(gazetteer):
    text = "Nigeria sent 500 soldiers to the north-east on Monday. The troops left Abuja in 40 trucks and reached Maiduguri on Tuesday."
    [feature] = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert feature["properties"]["count"] == 500


def test_vehicles_told_before_lend_no_people(gazetteer):
    text = "Peru sent 20 armoured vehicles to the south on Wednesday. The vehicles were driven from Arequipa to Puno in a convoy of 25 trucks."
    [feature] = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert feature["properties"]["count"] == 25
