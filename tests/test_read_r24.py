"""read24: what the first telling lends the next, 'another' as a new mover, 'led' a force,
members of a named force. Sentences written for these tests; the golden lines r24-* hold the
routes, these check what the golden format cannot (an actor that must be none, the why)."""

import pytest

from geomove.read.assemble import extract


def _one(text, gazetteer, **kw):
    why = []
    feats = extract(text, published="2026-11-20", gazetteer=gazetteer, why=why, **kw)
    return [f["properties"] for f in feats], why


def test_lent_from_the_first_telling_says_why(gazetteer):
    props, why = _one("Peru's government sent 400 soldiers and 600 police officers to the southern mining "
                      "corridor on Wednesday. The troops were airlifted from Lima to Cusco.", gazetteer)
    assert len(props) == 1 and props[0]["count"] == 1000 and props[0]["start"] == "2026-11-18"
    # (the government that sent them names who moved since session 17: read.state_organs)
    assert props[0]["actor"] == "Peru's government"
    assert any("lends actor, count, date" in w and "refers back" in w for w in why)


def test_nothing_lent_to_a_movement_with_a_named_actor_of_its_own(gazetteer):
    props, _ = _one("Kenya sent 300 soldiers to the frontier district on Monday. The Kenyan Defence Forces "
                    "troops flew from Nairobi to Garissa.", gazetteer)
    assert [p["actor"] for p in props] and all(p["actor"] != "Kenya" for p in props)


def test_no_lending_when_the_earlier_clause_had_a_place(gazetteer):
    props, why = _one("Peru sent 400 soldiers to Cusco on Wednesday. The troops were later driven from Lima "
                      "to Espinar.", gazetteer)
    assert not any("lends" in w for w in why)


def test_another_mover_has_no_actor_of_the_first(gazetteer):
    props, _ = _one("A convoy moved from Gao to Kidal and another arrived in Timbuktu.", gazetteer)
    second = [p for p in props if p["destination"] and p["destination"]["name"] == "Timbuktu"]
    assert len(second) == 1 and second[0]["origin"] is None and second[0]["actor"] is None


@pytest.mark.parametrize("text, actor", [
    ("Troops moved into Goma alongside soldiers of the Burundian army.", None),
    # a kind of force names who moved whatever its first letter (read49's convention: the
    # kinds of armed_groups.json force_kinds are actors, 'About 300 border guards' as 'Police
    # officers' opening a sentence); the militia after 'with' stays none
    ("Police officers arrived in Goma with members of the Wazalendo militia.", "Police officers"),
])
def test_members_of_a_force_after_the_verb_name_no_actor(text, actor, gazetteer):
    props, _ = _one(text, gazetteer)
    assert len(props) == 1 and props[0]["actor"] == actor


def test_led_force_is_the_actor_not_the_general(gazetteer):
    props, _ = _one("Lieutenant General Okello led Ugandan troops into Bunia on Friday.", gazetteer)
    assert len(props) == 1 and props[0]["actor"] == "Ugandan troops"


@pytest.mark.parametrize("text", [
    "The minister led a delegation to Kinshasa on Monday.",
    "Ruto led the talks in Nairobi.",
    "The US-led coalition said the talks would go on.",
])
def test_led_without_a_force_moved_is_nothing(text, gazetteer):
    props, _ = _one(text, gazetteer, include_all=True)
    assert props == []
