"""Helper read85's fixes to the reading wing (Africa and the Horn probes), at the level of the
functions that decide (the golden lines s31-read85-* show them on whole sentences)."""

import re

from geomove.read.participle_after_event import participle_after_event


def _dated_by_event(text: str, participle: str, main_at: str):
    verb = re.compile(re.escape(participle)).search(text)
    return participle_after_event(text, 0, verb, text.index(main_at) - 1)


def test_a_describing_participle_dated_by_an_earlier_event_is_backstory():
    for text, participle, main_at in (
            ("Troops deployed to Gao after the coup are leaving for Kidal.", "deployed", "are leaving"),
            ("Soldiers sent to Menaka after last year's attacks are now pulling out.", "sent", "are now"),
            ("Chadian troops deployed to the border following the fall of El Geneina were moved to Abeche.", "deployed", "were moved"),
            ("Police officers flown to Bangui in the wake of the riots have returned.", "flown", "have returned")):
        assert _dated_by_event(text, participle, main_at) is not None, text


def test_a_recent_event_a_time_clause_or_no_main_clause_is_no_backstory():
    for text, participle, main_at in (
            ("Soldiers airlifted to Gao after Sunday's attack were then sent on to Kidal.", "airlifted", "were then"),
            ("Soldiers airlifted to Gao after last week's attack were then sent on to Kidal.", "airlifted", "were then"),
            ("Soldiers airlifted to Gao after rebels took the town were then sent on.", "airlifted", "were then"),
            ("Troops deployed to Gao after the coup.", "deployed", ".")):
        assert _dated_by_event(text, participle, main_at) is None, text


def test_a_passive_is_no_describing_participle():
    # (after an auxiliary the participle is the clause's verb: its move is the news)
    text = "Troops were deployed to Gao after the coup and are leaving for Kidal."
    assert _dated_by_event(text, "deployed", "and are") is None


def test_an_idle_form_of_a_verb_of_moving_is_told_without_places():
    from geomove.read.idle_verbs import idle_where_no_places
    from geomove.read.lexicon import _TRIGGER_RE
    for text, verb, idle in (("Peacekeepers came under fire near Goma.", "came", True),
                             ("Peacekeepers came back to Bunia.", "came", False),
                             ("The pullout left a gap along the river.", "left", True),
                             ("The brigade left Gao.", "left", False),
                             ("The soldiers abandoned their base.", "abandoned", False)):  # (its test needs places)
        assert idle_where_no_places(text, _TRIGGER_RE.match(text, text.index(verb))) is idle, text


def test_no_reduced_relative_cut_before_a_passive_of_relief():
    from geomove.read.reduced_relative import reduced_relative_cut
    from geomove.read.lexicon import _TRIGGER_SCAN
    def cut(text):
        verbs = [t for t in _TRIGGER_SCAN.finditer(text) if t.group("verb")]
        return reduced_relative_cut(text, 0, len(text), verbs)
    assert cut("Kenyan police deployed to Haiti are due to be replaced by a new contingent in March.") is None
    assert cut("Kenyan police deployed to Haiti will be relieved by a Jamaican unit.") is None
    # (twin: a main verb of moving is still cut, the participle's move its own)
    assert cut("FARDC reinforcements flown into Kisangani are expected to move east to Lubutu.") is not None


def test_the_place_right_after_a_verb_of_capture():
    from geomove.read.retaken_town import _CAPTURE
    for text, name in (("The army retook Wad Madani on Saturday.", "Wad"),
                       ("Troops recaptured the strategic town of Sake.", "Sake"),
                       ("The militia took control of Bunia.", "Bunia"),
                       ("Rebels seized the city of Goma.", "Goma")):
        m = _CAPTURE.search(text)
        assert m is not None and text.startswith(name, m.end()), text
    assert _CAPTURE.search("The army took part in talks in Juba.") is None


def test_a_passive_flown_with_its_route_is_a_ferry_flight():
    from geomove.read.no_force import _ferried
    from geomove.read.lexicon import _TRIGGER_RE
    def ferried(text, verb):
        return _ferried(_TRIGGER_RE.match(text, text.index(verb)))
    assert ferried("Two drones were flown from Benghazi to Kufra.", "flown")
    assert ferried("The drones were quickly flown back to Kufra.", "flown")
    assert not ferried("Two drones were flown over Kufra.", "flown")
    assert not ferried("Two drones flew from Benghazi to Kufra.", "flew")


def test_senegalese_is_the_demonym_of_senegal():
    from geomove import default_gazetteer
    assert default_gazetteer().demonym("Senegalese") == "SN"


def test_the_land_in_an_armed_groups_name():
    from geomove.read.group_province import in_group_province
    def inside(text, name):
        at = text.index(name)
        return in_group_province(text, {"start": at, "end": at + len(name)})
    assert inside("Jihadists from the Islamic State Sahel Province crossed.", "Sahel")
    assert inside("Fighters of Islamic State's Mozambique Province moved.", "Mozambique")
    assert inside("Militants from Islamic State in the Greater Sahara moved.", "Greater Sahara")
    assert inside("Fighters of al-Qaeda in the Islamic Maghreb left.", "Islamic Maghreb")
    assert not inside("Troops moved to Menaka, which is in the Sahel.", "Sahel")
    assert not inside("Troops moved from Gao to the Sahel Province.", "Sahel")
    assert not inside("Islamic State fighters moved from Beni to Lubero.", "Beni")


def test_the_infinitives_reach_and_enter_are_cues_of_a_place():
    from geomove.wordlists import LOCATIVE_PREPS
    assert {"reach", "enter"} <= LOCATIVE_PREPS


def test_an_arrival_opening_the_next_clause():
    from geomove.read.due_then_arrived import _ARRIVED_OPENING, _OWN_END_AFTER
    for text in (" arrived a day late.", " finally arrived on Tuesday.", " but eventually got there on Friday."):
        assert _ARRIVED_OPENING.match(text), text
    for text in (" the troops arrived on Tuesday.", " has yet to arrive."):
        assert not _ARRIVED_OPENING.match(text), text
    assert _OWN_END_AFTER.match(" in Anefis instead.")
    assert not _OWN_END_AFTER.match(" on Tuesday.")


def test_actors_named_by_initials():
    from geomove.read.initials_name import named_by_initials
    assert named_by_initials("Rapid Support Forces", "RSF fighters")
    assert named_by_initials("SNA troops", "the Somali National Army")
    assert not named_by_initials("Rapid Support Forces", "SAF soldiers")
    assert not named_by_initials(None, "RSF fighters")


def test_since_is_a_word_between_a_subject_and_its_verb():
    from geomove.read.forces import _NP_VERB_TAIL
    assert "since" in _NP_VERB_TAIL


def test_the_formation_owning_its_members():
    from geomove.read.members_of_formation import formation_of_members
    assert formation_of_members("82nd Airborne's paratroopers") == "82nd Airborne"
    assert formation_of_members("Wagner Group's fighters") == "Wagner Group"
    assert formation_of_members("101st Airborne Division’s soldiers") == "101st Airborne Division"
    # (a state's or a person's possessive, or no noun of members, stay as they are)
    assert formation_of_members("Sudan's army") is None
    assert formation_of_members("Haftar's fighters") is None
    assert formation_of_members("82nd Airborne's 1st Brigade") is None


def test_a_bare_plural_of_towns_refers_to_a_list_of_any_length():
    from geomove.read.plural_anaphor import plural_referent, listed_before
    text = "Rebels left Alamata, Korem and Mehoni. Militias entered the towns."
    at = text.index(" the towns")
    n, _end = plural_referent(text, at, len(text))
    assert n == 0
    places = [{"start": text.index(w), "end": text.index(w) + len(w)} for w in ("Alamata", "Korem", "Mehoni")]
    assert len(listed_before(text, places, at, n)) == 3
    assert plural_referent(text.replace("the towns", "the towns of Tigray"), at, len(text) + 10) is None


def test_a_town_near_a_province_of_another_country():
    from geomove.read.phrase_apart import in_another_country
    darfur = {"kind": "admin1", "country": "SD"}
    adre = {"kind": "town", "country": "TD"}
    assert in_another_country(darfur, adre, " state near ")
    assert in_another_country(darfur, adre, " near ")
    assert not in_another_country({"kind": "admin1", "country": "TD"}, adre, " province near ")
    assert not in_another_country(darfur, adre, " and ")
