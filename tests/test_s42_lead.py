"""Session 42, the lead's constructions (each shown on sentences of our own)."""

from geomove.read.place_relative_count import counted_in_place_relative


def test_a_count_after_where_about_the_place_reached_counts_others():
    text = "Two tugs sailed from Portsmouth on Monday for Gibraltar, where they met three Russian ships."
    verb_end = text.index("sailed") + len("sailed")
    assert counted_in_place_relative(text, verb_end, text.index("three"))
    assert not counted_in_place_relative(text, verb_end, text.index("Two"))  # (before the verb)


def test_where_not_after_a_name_is_no_place_relative():
    # ("where" after a lower-case word asks no place: "moved to positions, where ..." is left to the other rules)
    text = "The unit moved to new positions, where it counted three wrecks."
    assert not counted_in_place_relative(text, text.index("moved") + 5, text.index("three"))


def test_counts_before_the_relative_are_the_movers(gazetteer):
    from geomove.read import extract
    text = "Chadian troops moved 40 pickups from Abeche to Adre, where they met three Sudanese trucks."
    (feature,) = extract(text, published="2026-03-10", gazetteer=gazetteer)
    assert feature["properties"]["count"] == 40


def test_a_place_across_a_border_is_no_repeat_of_the_origin():
    from geomove.read.events import across_the_border_from
    town = {"name": "Akçakale", "surface": "Akcakale", "country": "TR", "kind": "town"}
    crossing = {"name": "Tal Abyad border crossing", "surface": "Tal Abyad", "country": "SY", "kind": "crossing"}
    assert across_the_border_from(crossing, town)
    # (two rows of one name stay one place, whatever their countries)
    rafah_eg = {"name": "Rafah", "surface": "Rafah", "country": "EG", "kind": "town"}
    rafah_crossing = {"name": "Rafah border crossing", "surface": "Rafah crossing", "country": "PS", "kind": "crossing"}
    assert not across_the_border_from(rafah_crossing, rafah_eg)
    # (nor is a place of the same country told apart this way)
    assert not across_the_border_from({"name": "Suruç", "country": "TR", "kind": "town"}, town)


def test_a_site_and_a_town_of_another_name_are_two_places_for_a_leg_told_after():
    from geomove.read.site_then_town import _town_of_another_name
    airport = {"name": "Aden Adde International Airport", "kind": "airfield"}
    assert _town_of_another_name(airport, {"name": "Mogadishu", "kind": "city"})
    assert not _town_of_another_name({"name": "Bagram Air Base", "kind": "base"}, {"name": "Bagram", "kind": "town"})
    assert not _town_of_another_name({"name": "Gao", "kind": "town"}, {"name": "Kidal", "kind": "town"})  # (no site)


def test_a_states_possessive_body_that_speaks_is_the_speakers_place():
    from geomove.read.phrase_apart import speakers_place
    text = "moved to positions near Belgorod, Ukraine's General Staff said on Monday."
    ukraine = {"start": text.index("Ukraine"), "end": text.index("Ukraine") + len("Ukraine")}
    assert speakers_place(text, ", ", ukraine)
    text2 = "reached Kaesong, North Korea's border city, on Tuesday."
    north = {"start": text2.index("North"), "end": text2.index("North Korea") + len("North Korea")}
    assert not speakers_place(text2, ", ", north)


def test_as_asked_is_how_the_movement_came_about_not_another_act(gazetteer):
    from geomove.read import extract
    # (cut off as another act, the clause would push the movement 'also' repeats out of reach)
    text = ("Fiji deployed 60 soldiers to Honiara on Thursday, as Solomon Islands leaders had asked. "
            "A transport plane carrying the first group left Nadi on Wednesday. Vanuatu also sent 20 police officers.")
    features = extract(text, published="2026-03-10", gazetteer=gazetteer)
    ends = [(f["properties"]["actor"], (f["properties"]["destination"] or {}).get("name")) for f in features]
    assert ("Vanuatu", "Honiara") in ends


def test_weapons_referred_back_only_when_told_before():
    from geomove.read.weapons_told_before import weapons_told_before
    told = "Russia moved rocket launchers to Kherson. The launchers had been brought from Nova Kakhovka."
    at = told.index("The launchers")
    assert weapons_told_before(told, at, told.index(" had"))
    fresh = "Soldiers were airlifted to Tibu. Some of the launchers were trucked through Cucuta."
    at = fresh.index("Some")
    assert not weapons_told_before(fresh, at, fresh.index(" were trucked"))
