"""Session 59 read161: a craft as the subject of a verb of carrying (read.craft_carries): "took"
after a craft, arms a craft carried, "transport" as the craft's noun, a tug its force owns a few
words before it, the load's force as the actor. Sentences of my own; the golden lines are
tests/golden/movements.jsonl s59-read161-*, the convention docs/reading.md ("A force carried by
a craft")."""

import pytest

from geomove.movements import extract
from geomove.read.craft_carries import (craft_before, craft_carried_arms, craft_load_end, craft_took,
                                        craft_why, tug_of_a_force, without_craft_nouns)
from geomove.read.lexicon import _TRIGGER_RE
from geomove.read.no_force import _no_force_moves


def _trigger(text: str, verb: str):
    return next(t for t in _TRIGGER_RE.finditer(text) if t.group("verb") and t.group("verb").lower() == verb)


@pytest.mark.parametrize("text, took", [
    ("A ferry took 300 soldiers from Mtwara to Lindi.", ["took"]),
    ("Two cargo ships later took 400 marines to Lamu.", ["took"]),
    ("The barge has taken the gunners to Kisangani.", ["taken"]),
    ("Two C-130s took the paratroopers to Gao.", ["took"]),
    ("A ferry takes the relief battalion to Lindi.", ["takes"]),
    ("The army took Kidal on Monday.", []),                       # no craft: a capture
    ("The ferry took part in a rescue off Lindi.", []),            # an idiom of no carrying
    ("The plane took off from Entebbe.", []),                      # read.lexicon's "take off"
    ("The ferry took on fuel at Mtwara.", []),
    ("The aircraft took the contingent back to Latakia.", []),     # read.took_back's
    ("The ferry that took the soldiers to Lindi sank.", ["took"]),  # the relative's subject is the craft (s60, read162)
])
def test_craft_took(text, took):
    assert [m.group("verb") for m in craft_took(text)] == took


def test_a_craft_that_took_no_force_is_dropped_as_an_idle_carry():
    from geomove.read.forces import _without_idle_carry
    for text in ("The ship took six hours to reach Berbera.", "The ferry took tourists from Mtwara to Lindi."):
        (took,) = craft_took(text)  # (a candidate: what it took is asked next, as of "carried")
        assert _without_idle_carry(text, [took]) == []
    text = "The ferry took 300 soldiers from Mtwara to Lindi."
    (took,) = craft_took(text)
    assert _without_idle_carry(text, [took]) == [took]


def test_craft_before_keeps_the_case_of_a_designator():
    text = "An Il-76 took 90 paratroopers to Gao."
    assert craft_before(text, text.index("took"))
    text = "The road c-17 took us to Gao."  # (a lower-case code is no type's)
    assert not craft_before(text, text.index("took"))


@pytest.mark.parametrize("text, verb, moved", [
    ("A cargo ship carried six howitzers to Berbera.", "carried", True),
    ("A freighter carried 40 rocket launchers from Varna to Tartus.", "carried", True),
    ("Gunmen carried rifles into Kismayo.", "carried", False),                 # no craft
    ("A cargo ship carried fertiliser to Berbera.", "carried", False),          # goods
    ("A cargo ship carried six howitzers and sailed on.", "carried", False),    # no direction after the load
    ("Trucks carried weapons and ammunition from Sirte to Jufra.", "carried", False),  # arms and ammunition: goods
    ("A cargo ship carried the artillery ammunition to Berbera.", "carried", False),   # a kind of ammunition
    ("A cargo ship carried howitzers and ammunition to Berbera.", "carried", True),
])
def test_craft_carried_arms(text, verb, moved):
    assert craft_carried_arms(text, _trigger(text, verb)) is moved


def test_a_craft_taking_arms_is_a_trigger_kept():
    text = "A cargo ship took two air defence batteries to Berbera."
    (took,) = craft_took(text)
    assert craft_carried_arms(text, took)


@pytest.mark.parametrize("text, kept", [
    ("A Navy transport carried 200 marines to Lamu.", ["carried"]),     # the craft's noun
    ("Two Navy transports sailed from Mombasa.", ["sailed"]),
    ("The navy will transport 200 marines to Lamu.", ["transport"]),    # the verb
    ("The navy transports troops to Lamu.", ["transports"]),
])
def test_without_craft_nouns(text, kept):
    triggers = [t for t in _TRIGGER_RE.finditer(text) if t.group("verb")]
    assert [t.group("verb") for t in without_craft_nouns(text, triggers)] == kept


@pytest.mark.parametrize("subject, owned", [
    ("A Navy salvage tug", "Navy salvage tug"),
    ("a coast guard harbour tug", "coast guard harbour tug"),
    ("A naval ocean-going rescue tug", "naval ocean-going rescue tug"),
    ("A salvage tug", None),
    ("A salvage tug hired by the navy", None),      # the owner after it: a hire, trade
    ("The navy hired a tug", None),                 # a verb between
    ("The navy and a salvage tug", None),            # joined, not owned
])
def test_tug_of_a_force(subject, owned):
    assert tug_of_a_force(subject) == owned


@pytest.mark.parametrize("subject, trade", [
    ("A Navy salvage tug", False),
    ("A salvage tug", True),
    ("A salvage tug hired by the navy", True),
])
def test_a_force_s_tug_is_no_trade(subject, trade):
    assert _no_force_moves(subject) is trade


def test_craft_load_end():
    text = "A Navy transport carried 200 Kenyan marines to Lamu."
    main = _trigger(text, "carried")
    assert text[main.end():craft_load_end(text, main, len(text))].strip() == "200 Kenyan marines"
    text = "Kenyan marines carried the wounded to Lamu."  # (no craft)
    assert craft_load_end(text, _trigger(text, "carried"), len(text)) is None


def test_craft_why_names_the_rule():
    text = "A ferry took 300 soldiers to Lindi."
    (took,) = craft_took(text)
    assert any("craft_took" in w for w in craft_why(text, "A ferry", took, len(text)))
    text = "A Navy salvage tug sailed to Souda Bay."
    assert any("tug_of_a_force" in w for w in craft_why(text, "A Navy salvage tug", _trigger(text, "sailed"), len(text)))
    text = "Malian troops moved to Gao."
    assert craft_why(text, "Malian troops", _trigger(text, "moved"), len(text)) == []


def test_the_why_tells_the_craft(gazetteer):
    why = []
    extract("A ferry took 300 soldiers from Mtwara to Lindi.", published="2026-12-05", gazetteer=gazetteer, why=why)
    assert any("'took'" in w and "craft_took" in w for w in why), why
    why = []
    extract("A cargo ship carried six howitzers to Berbera.", published="2026-12-05", gazetteer=gazetteer, why=why)
    assert any("craft_carried_arms" in w for w in why), why


@pytest.mark.parametrize("text, actor", [
    ("A Navy transport carried 200 marines to Lamu.", "Navy"),                 # the craft's owner
    ("A Navy transport carried 200 Kenyan marines to Lamu.", "Kenyan"),        # the load's first
    ("A ferry carried 200 marines to Lamu.", None),                            # no one named
    ("A ferry took 150 Tanzanian soldiers to Lindi.", "Tanzanian"),
    ("A Navy transport ship transported 200 Kenyan marines to Lamu.", "Kenyan"),  # a verb of sending
    ("Two US C-17s flew 200 Polish soldiers from Ramstein to Rzeszow.", "Polish"),
    ("Two US C-17s flew from Ramstein to Rzeszow.", "US"),                      # no load: the craft's
])
def test_the_load_s_force_is_the_actor(gazetteer, text, actor):
    (feature,) = extract(text, published="2026-12-05", gazetteer=gazetteer)
    got = feature["properties"]["actor"]
    assert (got is None) if actor is None else (got is not None and actor in got), got
