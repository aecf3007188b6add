"""Movement extraction on short reports written for these tests (tests/reports/)."""

from pathlib import Path

import pytest

from geomove.movements import compatible, contains, extract, same_place

REPORTS = Path(__file__).parent / "reports"


def read(name):
    return (REPORTS / name).read_text(encoding="utf-8")


def km(a, lat, lon):
    from geomove.movements import _km
    return _km(a, {"lat": lat, "lon": lon})


@pytest.fixture(scope="module")
def run(gazetteer):
    def _run(text, **kw):
        return extract(text, gazetteer=gazetteer, **kw)
    return _run


def test_chained_legs_become_vias_in_order(run):
    features = run(read("chain.txt"), published="2024-03-07")
    route = [f for f in features if f["properties"]["origin"]]
    assert len(route) == 1
    p = route[0]["properties"]
    assert km(p["origin"], 36.528, 37.955) < 30                      # Manbij
    assert [v["name"] for v in p["via"]][:1] and km(p["via"][0], 36.385, 38.862) < 30  # Ayn Issa
    assert km(p["via"][-1], 36.654, 40.370) < 30                     # Tal Tamr
    assert km(p["destination"], 37.052, 41.231) < 30                 # Qamishli
    assert p["start"] == "2024-03-03" and p["time_precision"] == "day"
    assert p["count"] == 30 and p["counts"][0]["unit"] == "vehicles"
    assert "Russian" in p["actor"]
    coords = route[0]["geometry"]["coordinates"]
    assert len(coords) == 4 and coords[0][0] < coords[-1][0]         # lon, lat order, west to east


def test_route_spread_over_sentences_is_one_movement(run):
    features = run(read("spread.txt"), published="2024-03-07")
    assert len(features) == 1
    p = features[0]["properties"]
    assert km(p["origin"], 36.654, 40.370) < 30                      # Tal Tamr
    assert any(v["kind"] == "crossing" and km(v, 37.089, 42.350) < 10 for v in p["via"])  # Semalka
    assert km(p["destination"], 36.191, 44.009) < 30                 # Erbil
    assert p["count"] == 25 and p["counts"][0].get("approx")
    assert p["start"] == "2024-03-02"                                # "on Saturday"
    assert "trucks" in p["what"]


def test_denials_and_plans_are_not_reported_movements(run):
    text = read("negated.txt")
    assert run(text, published="2024-03-07") == []
    kept = run(text, published="2024-03-07", include_all=True)
    statuses = {f["properties"]["status"] for f in kept}
    assert statuses and "reported" not in statuses
    assert {"denied", "planned"} <= statuses


def test_a_strip_that_runs_from_x_to_y_is_not_a_movement(run):
    assert run(read("strip.txt"), include_all=True) == []


@pytest.mark.parametrize("sentence, expect", [
    ("The brigade will move from Homs to Hama next week.", "planned"),
    ("Troops did not withdraw from Tal Abyad.", "negated"),
    ("If talks fail, the army could send tanks to Afrin.", "planned"),
    ("The ministry denied that forces had moved from Raqqa to Tabqa.", "denied"),
    ("Forces moved from Raqqa to Tabqa on Friday.", "reported"),
])
def test_modality_decides_status(run, sentence, expect):
    found = run(sentence, published="2024-03-07", include_all=True)
    assert [f["properties"]["status"] for f in found] == [expect]


def test_counts_units_and_air_mode(run):
    text = "Two helicopters carrying more than 20 soldiers flew from Erbil to Baghdad yesterday."
    (f,) = run(text, published="2024-03-07")
    p = f["properties"]
    assert p["mode"] == "air" and p["count"] == 20
    assert {"value": 20, "unit": "soldiers", "approx": True, "qualifier": "more than"} in p["counts"]
    assert p["start"] == "2024-03-06"


def test_one_event_with_two_destinations_gives_two_movements(run):
    text = "The contingent went from Yerevan to its bases in Goris and Sisian on Monday."
    found = run(text, published="2024-04-24")
    dests = sorted((round(f["properties"]["destination"]["lat"], 2), round(f["properties"]["destination"]["lon"], 2)) for f in found)
    assert len(found) == 2 and dests[0] != dests[1]


def test_there_refers_back_to_the_last_destination(run):
    text = ("A convoy of 15 trucks drove from Hasakah to Tal Tamr on Sunday. "
            "From there, the trucks continued to Raqqa.")
    found = run(text, published="2024-03-07")
    assert len(found) == 1
    p = found[0]["properties"]
    assert km(p["destination"], 35.95, 39.01) < 30
    assert any(km(v, 36.654, 40.370) < 30 for v in p["via"])


def test_quote_and_provenance_are_kept(run):
    text = "Turkish troops moved from Kilis to Azaz on Friday."
    (f,) = run(text, published="2024-03-08", source="Our desk", url="https://example.org/a")
    p = f["properties"]
    assert p["quote"] == text and p["source"] == "Our desk" and p["url"] == "https://example.org/a"
    assert p["origin"]["gazetteer_id"] and p["origin"]["source"]
    assert 0 < p["confidence"] <= 1 and p["id"].startswith("mv-")
    assert f == run(text, published="2024-03-08", source="Our desk", url="https://example.org/a")[0]


def test_place_relations():
    syria = {"name": "Syria", "kind": "country", "country": "SY", "precision": "country", "lat": 35, "lon": 38}
    hasakah = {"name": "Hasakah", "kind": "city", "country": "SY", "lat": 36.5, "lon": 40.75, "gazetteer_id": "g:1"}
    qamishli = {"name": "Qamishli", "kind": "city", "country": "SY", "lat": 37.05, "lon": 41.23, "gazetteer_id": "g:2"}
    iraq = {"name": "Iraq", "kind": "country", "country": "IQ", "precision": "country", "lat": 33, "lon": 44}
    assert contains(syria, hasakah) and not contains(iraq, hasakah)
    assert compatible(syria, qamishli) and not compatible(hasakah, qamishli)
    assert same_place(hasakah, dict(hasakah)) and not same_place(syria, iraq)


def test_a_city_named_like_its_province_may_stand_for_the_province(run):
    text = ("Convoy leaves Hasakah for Iraq\n\n"
            "A convoy of 20 trucks left a base near Malikiyah on Sunday and entered Iraq.")
    found = run(text, published="2026-11-16")
    assert len(found) == 1
    assert km(found[0]["properties"]["origin"], 37.177, 42.140) < 30   # Malikiyah, not Hasakah city


def _route(feature):
    p = feature["properties"]
    name = lambda x: x and (x.get("kind"), x.get("country"))
    return name(p["origin"]), [name(v) for v in p["via"]], name(p["destination"])


def test_a_departure_at_an_airport_starts_there(run):
    # "by land" is a mode, not the verb "land": the airport is where the flights leave from
    text = ("Apart from the departure by land, two charter flights were logged at Kabul airport "
            "for the departure of 40 engineers on Friday.")
    found = [f for f in run(text, published="2024-05-11") if f["properties"]["status"] == "reported"]
    assert len(found) == 1
    origin, _via, destination = _route(found[0])
    assert origin == ("airfield", "AF") and destination is None
    # an arrival verb keeps "at" a destination
    arrived = run("Two transport planes landed at Kabul airport on Friday.", published="2024-05-11")
    assert _route(arrived[0])[2] == ("airfield", "AF")


def test_a_force_entering_from_a_crossing_on_its_own_border_comes_from_its_country(run):
    text = "A Turkish column of 9 vehicles entered from the Bab al-Hawa crossing and headed to Idlib."
    found = run(text, published="2024-05-11")
    assert len(found) == 1
    origin, via, destination = _route(found[0])
    assert origin[1] == "TR" and origin[0] == "country"
    assert via == [("crossing", "SY")] and destination[1] == "SY"
    # leaving a crossing is leaving that crossing
    left = run("A Turkish column left the Bab al-Hawa crossing for Idlib.", published="2024-05-11")
    assert _route(left[0])[0] == ("crossing", "SY")


def test_entering_a_country_at_a_crossing_passes_through_it(run):
    text = ("A convoy of 18 Iraqi army trucks crossed into Syria at the al-Qaim crossing on Monday, "
            "bringing fuel to Albu Kamal.")
    found = run(text, published="2024-05-11")
    assert len(found) == 1
    origin, via, destination = _route(found[0])
    assert origin == ("country", "IQ")       # an Iraqi force entering through its own border
    assert via == [("crossing", "IQ")] and destination[1] == "SY"
    assert found[0]["properties"]["count"] == 18


def test_push_moves_only_with_a_direction(run):
    found = run("Turkish reinforcements pushed deeper towards Saraqib on Friday.", published="2024-05-11")
    assert len(found) == 1 and found[0]["properties"]["destination"]["country"] == "SY"
    assert "Turkish reinforcements" in found[0]["properties"]["actor"]
    assert run("The envoy pushed for talks in Geneva.", published="2024-05-11", include_all=True) == []


def test_mode_is_that_of_what_moves_first_named(run):
    text = "The 24 fuel trucks, escorted by helicopters, drove from Erbil to Mosul on Monday."
    p = run(text, published="2024-05-11")[0]["properties"]
    assert p["mode"] == "road" and p["count"] == 24
    ships = run("Two frigates sailed from Tartus to Novorossiysk in April.", published="2024-05-11")
    q = ships[0]["properties"]
    assert q["mode"] == "sea" and q["start"] == "2024-04-01" and q["time_precision"] == "month"


def test_a_contrasted_clause_with_its_own_verb_is_its_own_movement(run):
    text = "The engineers were flown from Benghazi to Kufra on Monday, while their trucks were driven there."
    found = run(text, published="2024-05-11")
    assert len(found) == 2
    by_mode = {f["properties"]["mode"]: f["properties"] for f in found}
    assert set(by_mode) == {"air", "road"}
    for p in by_mode.values():
        assert km(p["origin"], 32.12, 20.07) < 30                     # Benghazi
    assert by_mode["road"]["destination"]["name"] == by_mode["air"]["destination"]["name"]
    assert by_mode["road"]["origin"].get("inferred") is True
    # one sentence with one movement told twice stays one movement
    one = run("The column left Benghazi for Kufra on Monday, while residents watched.", published="2024-05-11")
    assert len(one) == 1


def test_a_later_sentence_placing_the_group_at_a_crossing_refines_a_border_area(run):
    text = ("Six Turkish armoured vehicles drove from Silopi towards the frontier zone with Iraqi "
            "Kurdistan on Sunday. The vehicles, with some 20 soldiers aboard, stopped at the "
            "Ibrahim Khalil crossing.")
    found = run(text, published="2024-05-14")
    assert len(found) == 1
    p = found[0]["properties"]
    assert p["destination"]["kind"] == "crossing" and p["destination"]["country"] == "IQ"
    assert "stopped at the Ibrahim Khalil crossing" in p["quote"]
    # without an anaphoric subject the sentence says nothing of this group
    other = run("Six Turkish armoured vehicles drove from Silopi towards the frontier zone with Iraqi "
                "Kurdistan on Sunday. Journalists waited at the Ibrahim Khalil crossing.", published="2024-05-14")
    assert other[0]["properties"]["destination"]["kind"] != "crossing"


def test_a_headline_joining_two_movements_with_as_is_two_movements(run):
    text = ("Russian police reach Tabqa airport as US convoy leaves Kobani\n"
            "Two Russian Il-76 planes landed at Tabqa airport on Tuesday with about 60 military police.")
    found = run(text, published="2024-05-16")
    by_actor = {f["properties"]["actor"]: f["properties"] for f in found}
    assert len(found) == 2
    russian = next(p for a, p in by_actor.items() if a and "Russian" in a)
    assert russian["destination"]["kind"] == "airfield" and russian["origin"] is None
    assert russian["count"] == 60 and russian["mode"] == "air"  # "Il-76" is a model, not a count
    us = next(p for a, p in by_actor.items() if a and "US" in a)
    assert us["origin"]["country"] == "SY" and us["destination"] is None


def test_different_days_told_as_weekdays_are_different_movements(run):
    text = ("A convoy of 12 trucks left Hasakah for Qamishli on Monday. "
            "Another convoy of 30 trucks reached Qamishli on Wednesday.")
    found = run(text, published="2024-05-16")
    assert sorted(f["properties"]["start"] for f in found) == ["2024-05-13", "2024-05-15"]


def test_today_inside_a_quotation_is_not_the_publication_day(run):
    text = ('The column left Gao for Niamey on Sunday. "The troops left their base today," '
            'the army said in a statement on Sunday evening.')
    found = run(text, published="2024-05-13")
    assert len(found) == 1 and found[0]["properties"]["start"] == "2024-05-12"


def test_the_rest_of_the_group_in_a_while_clause_left_from_the_same_place(run):
    text = ("From Gao, part of the column was flown to Bamako on Saturday, while the rest "
            "continued by road towards Mopti.")
    found = run(text, published="2024-05-13")
    assert len(found) == 2
    for f in found:
        p = f["properties"]
        assert km(p["origin"], 16.27, -0.04) < 30 and p["start"] == "2024-05-11"   # Gao, Saturday
    assert {f["properties"]["mode"] for f in found} == {"air", "road"}


@pytest.mark.parametrize("sentence", [
    "About 200 marines were transferred from Haifa to Eilat last week.",
    "The platoon travelled from Haifa to Eilat last week.",
    "Two frigates docked in Eilat last week after sailing from Haifa.",
])
def test_verbs_with_doubled_consonants_and_arrivals_by_sea(run, sentence):
    found = run(sentence, published="2024-05-16")
    assert len(found) == 1
    p = found[0]["properties"]
    assert km(p["origin"], 32.79, 34.99) < 30 and km(p["destination"], 29.56, 34.95) < 30


def test_a_state_as_the_subject_is_the_actor(run):
    p = run("Officials said Iran had sent 15 fuel trucks to Homs from Iraq.", published="2024-05-16")[0]["properties"]
    assert p["actor"] == "Iran" and p["origin"]["country"] == "IQ"
    q = run("Russia withdrew its troops from Kupiansk to Belgorod.", published="2024-05-16")[0]["properties"]
    assert q["actor"] == "Russia"


def test_a_country_and_its_demonym_name_one_actor_when_merging(run):
    text = ("Russian troops crossed into Armenia from Karabakh on Sunday as Russia "
            "kept pulling its peacekeepers out of Karabakh.")
    found = run(text, published="2024-05-16")
    assert len(found) == 1 and found[0]["properties"]["origin"]["name"]


def test_reports_called_false_are_denials(run):
    text = "Reports that Turkish troops had moved to Manbij were false, the ministry said."
    found = run(text, published="2024-05-16", include_all=True)
    assert [f["properties"]["status"] for f in found] == ["denied"]
    assert run(text, published="2024-05-16") == []


def test_a_year_is_a_date_and_older_years_are_background(run):
    old = run("In 2019, US forces moved from Manbij to Kobani.", published="2024-05-16", include_all=True)
    p = old[0]["properties"]
    assert (p["start"], p["end"], p["time_precision"], p["status"]) == ("2019-01-01", "2019-12-31", "year", "background")
    this_year = run("US forces moved from Manbij to Kobani in 2024.", published="2024-05-16")
    assert this_year[0]["properties"]["status"] == "reported"


def test_casualties_are_not_the_count_of_what_moved(run):
    text = "Tanks advanced into southern Lebanon on Thursday, a day after eight soldiers were killed there."
    p = run(text, published="2024-10-03")[0]["properties"]
    assert p["count"] is None and p["counts"] == []
    q = run("About 50 soldiers moved to Homs on Thursday.", published="2024-10-03")[0]["properties"]
    assert q["count"] == 50


def test_a_national_force_crossing_into_a_neighbour_comes_from_its_own_country(run):
    p = run("Chadian troops crossed into Cameroon's Far North region on Sunday.", published="2024-11-20")[0]["properties"]
    assert p["origin"]["country"] == "TD" and p["origin"].get("inferred") and p["destination"]["country"] == "CM"
    # no shared border, no inference
    q = run("US troops entered Syria on Sunday.", published="2024-11-20")[0]["properties"]
    assert q["origin"] is None


def test_an_armed_group_named_by_its_initials_is_the_actor(run):
    p = run("The RSF moved fighters from Nyala towards El Fasher on Sunday.", published="2024-11-20")[0]["properties"]
    assert p["actor"] == "RSF"


def test_a_river_is_vaguer_than_the_province_named_with_it(run):
    text = ("Fighters withdrew from the east bank of the Euphrates river in Syria's Deir ez-Zor "
            "province on Friday.")
    p = run(text, published="2024-05-18")[0]["properties"]
    assert p["origin"]["kind"] == "admin1" and p["origin"]["country"] == "SY"


def test_a_pullout_and_where_the_forces_went_told_in_two_sentences(run):
    text = ("The ministry said on Friday it had finished the pull-out of its soldiers from the west "
            "bank of the Euphrates river in Syria's Raqqa province. All units and their weapons were "
            "moved to the east, or left, bank of the Euphrates, it said.")
    found = run(text, published="2024-05-18")
    assert len(found) == 1
    p = found[0]["properties"]
    assert p["origin"]["kind"] == "admin1" and p["origin"]["country"] == "SY"
    assert p["destination"]["kind"] == "river" and p["destination"]["country"] == "SY"
    assert p["destination"].get("country_inferred") is True
    # two sentences about two unrelated towns stay two movements
    two = run("Troops left Homs on Monday. Units arrived in Hama on Monday.", published="2024-05-20")
    assert len(two) == 2
