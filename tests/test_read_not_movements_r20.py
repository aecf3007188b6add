"""What is not a movement, or not its end (task read20): the place of a purpose clause that is
the purpose's target ("sent troops to secure the airport in X"), officials whose title names a
force, things that are no force, habitual telling -- each on sentences of our own, beside a twin
of the same shape that must still be read. The golden lines are in tests/golden/movements.jsonl
(ids r20-*)."""

import pytest

from reading import ends, found


def _found(gazetteer, text):
    return found(gazetteer, text, published="2026-11-20")


# --- a purpose clause's place: target or locus ---------------------------------------------
# Decision (lexicon.json purpose_target): when the purpose clause holds the only place and that
# place is where the force is meant to fight or to take a site, it is no end, and with no end
# there is no movement (GUIDELINES: one end is enough; anything inside a purpose clause is not a
# place reached). When the purpose is to be there (keep order, reinforce security, guard, join a
# garrison) after a verb that places a force, the place stays where they were put, as the
# movement gold reads such a deployment (a move to the town whose security is meant).

@pytest.mark.parametrize("text, place", [
    ("The Congolese army sent two battalions to secure the airport in Bunia on Monday.", "Bunia"),
    ("The army airlifted commandos to retake the airport in Gao.", "Gao"),
    ("Ethiopia deployed troops to combat al-Shabaab in the Gedo region.", "Gedo"),
    ("The army rushed reinforcements to secure the bridge at Sake on Monday.", "Sake"),
])
def test_purpose_target_is_no_end(gazetteer, text, place):
    props, why = _found(gazetteer, text)
    assert props == [], (ends(props), why)
    assert any(f"{place} is the target of a purpose" in w for w in why), why


@pytest.mark.parametrize("text, want", [
    # the destination told before the purpose
    ("The Congolese army sent two battalions to Bunia to secure the airport on Monday.", [(None, "Bunia")]),
    ("Nigeria sent troops to Maiduguri to fight Boko Haram in Borno.", [(None, "Maiduguri")]),
    # a purpose of being there, after a verb that places a force
    ("Somalia deployed troops to guard the port at Kismayo.", [(None, "Kismayo")]),
    ("Mali dispatched soldiers to secure the vote in Timbuktu.", [(None, "Timbuktu")]),
    ("Colombia sent 500 soldiers to take up positions in Tumaco.", [(None, "Tumaco")]),
    ("Kenya sent troops to reinforce the garrison in Mandera.", [(None, "Mandera")]),
    # the origin stays when the purpose's place goes
    ("Ukraine sent two brigades from Kharkiv to retake the villages in the Kupiansk district.", [("Kharkiv", None)]),
])
def test_purpose_twins_keep_their_ends(gazetteer, text, want):
    props, why = _found(gazetteer, text)
    assert ends(props) == want, (ends(props), why)


# --- officials whose title names a force; an official who sends a force ---------------------

@pytest.mark.parametrize("text, title", [
    ("Somalia's army chief flew to Kismayo on Sunday to inspect the troops.", "army chief"),
    ("The chief of the general staff of the Malian army flew from Bamako to Gao on Monday.",
     "chief of the general staff of the Malian army"),
    ("The commander of the 3rd Division travelled to Bunia on Monday.", "commander of the 3rd Division"),
    ("General Ortiz flew to Arauca on Sunday, the army said.", "General Ortiz"),
    ("The head of the UN mission travelled to Bunia on Monday.", "head of the UN mission"),
])
def test_official_named_by_a_force_is_no_force(gazetteer, text, title):
    props, why = _found(gazetteer, text)
    assert props == [], (ends(props), why)
    assert any("an official whose title names a force" in w and title in w for w in why), why


@pytest.mark.parametrize("text, want", [
    ("General Ortiz's troops flew to Arauca on Sunday.", [(None, "Arauca")]),
    ("The army chief and 300 soldiers flew to Kismayo on Sunday.", [(None, "Kismayo")]),
    ("Major Russian units moved from Belgorod to Kharkiv.", [("Belgorod", "Kharkiv")]),
    # a rank before a name after "the" or a ship's kind names a ship, no officer
    ("The Russian frigate Admiral Golovko sailed from Severomorsk to Havana.", [("Severomorsk", "Havana")]),
    ("The Admiral Kuznetsov sailed from Severomorsk to Tartus.", [("Severomorsk", "Tartus")]),
    ("The General Staff said troops moved from Belgorod to Kharkiv.", [("Belgorod", "Kharkiv")]),
    # an official who sends a force: the force moved
    ("The defence minister sent 300 troops to Goma on Monday.", [(None, "Goma")]),
    ("The police chief sent 200 officers to Kisumu.", [(None, "Kisumu")]),
    ("The troops head to Bunia on Monday.", [(None, "Bunia")]),
])
def test_a_force_beside_an_official_still_moves(gazetteer, text, want):
    props, why = _found(gazetteer, text)
    assert ends(props) == want, (ends(props), why)


def test_an_official_who_receives_a_force_moves_nothing_of_his_own(gazetteer):
    # "welcomed the soldiers" is no verb of sending: the officials did not move them
    props, why = _found(gazetteer, "Officials welcomed the soldiers at Kismayo airport on Monday.")
    assert props == [], (ends(props), why)


# --- things that are no force --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A convoy of salt trucks left Agadez for Bilma on Monday.",
    "Salt trucks were deployed on the main roads of Goma.",
    "A convoy of 20 WFP trucks reached Kadugli on Monday.",
    "Generators were flown to Goma on Tuesday.",
    "Envelopes containing white powder were sent to Bogota.",
    "Letters were sent from Nairobi to Mombasa.",
    "Thousands of people fled from Bakhmut to Kramatorsk.",
])
def test_what_is_no_force_moves_nothing(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert props == [], (ends(props), why)
    assert any("no force moved" in w for w in why), why


@pytest.mark.parametrize("text, want", [
    ("A convoy of army trucks left Agadez for Bilma on Monday.", [("Agadez", "Bilma")]),
    ("A convoy of 20 military trucks reached Kadugli on Monday.", [(None, "Kadugli")]),
    ("Soldiers and civilians fled from Bakhmut to Kramatorsk.", [("Bakhmut", "Kramatorsk")]),
    ("People's Defence Force fighters moved into Kalay on Monday.", [(None, "Kalay")]),
    ("A convoy of trucks carrying ammunition left Port Sudan for Atbara.", [("Port Sudan", "Atbara")]),
])
def test_a_force_beside_goods_or_people_still_moves(gazetteer, text, want):
    props, why = _found(gazetteer, text)
    assert ends(props) == want, (ends(props), why)


# --- habitual telling ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trucks carrying weapons often cross from Sudan into Chad.",
    "Militia fighters have repeatedly crossed from Beni into Butembo.",
    "Each month hundreds of soldiers rotate from Kigali to Bangui.",
    "Every few days a convoy leaves Gao for Kidal.",
    "Several times a week, army boats cross from Goma to Bukavu.",
    "Over the past year, tens of thousands of troops have moved from Russia into Belarus.",
])
def test_habitual_telling_is_background(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert props == [], (ends(props), why)
    assert any("background: a habitual adverb" in w or "background: a time frame" in w for w in why), why


@pytest.mark.parametrize("text, want", [
    ("Rebels, who often attack convoys, moved from Beni to Butembo on Monday.", [("Beni", "Butembo")]),
    ("Over the past week, the battalion moved from Gao to Kidal.", [("Gao", "Kidal")]),
    ("Trucks carrying weapons crossed from Sudan into Chad on Monday.", [("Sudan", "Chad")]),
])
def test_one_movement_beside_words_of_habit_is_reported(gazetteer, text, want):
    props, why = _found(gazetteer, text)
    assert ends(props) == want, (ends(props), why)


# --- fighting joined after the end ---------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Armed men crossed from Mali into Niger and attacked a village near Tillaberi.", [("Mali", "Niger")]),
    ("Armed men crossed from Mali into Niger and then attacked Tillaberi.", [("Mali", "Niger")]),
])
def test_a_place_after_a_verb_of_fighting_is_no_end(gazetteer, text, want):
    props, why = _found(gazetteer, text)
    assert ends(props) == want, (ends(props), why)
    assert any("Tillaberi: no role, after a verb of fighting" in w for w in why), why


@pytest.mark.parametrize("text, want", [
    ("An aid convoy escorted by soldiers left Mopti for Djibo.", [("Mopti", "Djibo")]),
    ("An aid convoy escorted by a police unit left Mopti for Djibo.", [("Mopti", "Djibo")]),
    ("A WFP convoy escorted by local officials reached Bunia on Monday.", []),
])
def test_a_convoy_escorted_by_a_force_moves_the_force(gazetteer, text, want):
    props, why = _found(gazetteer, text)
    assert ends(props) == want, (ends(props), why)
