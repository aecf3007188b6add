"""Places the coordinator fixed in session 16: a place inside an organisation's name told for a
cause ("the National Movement for the Liberation of Azawad") is no place of the text, now that
Azawad is a region of the gazetteer (gaz25). Sentences written for these tests."""

import pytest

from geomove.mentions import find_mentions


def _roles(text, gazetteer):
    return {m["surface"]: m["role"] for m in find_mentions(text, gazetteer=gazetteer)}


@pytest.mark.parametrize("text", [
    "The National Movement for the Liberation of Azawad said its fighters left Kidal.",
    "Movement for the Salvation of Azawad (MSA) fighters left Menaka on Tuesday.",
    "A spokesman of the Front for the Defence of Azawad said the convoy had reached Ber.",
])
def test_a_place_in_a_cause_s_name_is_the_organisation_s(text, gazetteer):
    roles = _roles(text, gazetteer)
    assert roles.get("Azawad") == "organisation"


@pytest.mark.parametrize("text", [
    "The rebels moved from Kidal into Azawad, fighting for the liberation of the north.",
    "The army fought for the liberation of Azawad.",
])
def test_the_region_named_alone_stays_a_place(text, gazetteer):
    assert _roles(text, gazetteer).get("Azawad") == "place"


# --- an adjective of a place is no short form of a feature ("Crimean" of "Crimean Bridge")

def test_no_short_form_shaped_as_an_adjective():
    from geomove.gazetteer_build import name_variants
    assert "Crimean" not in name_variants("Crimean Bridge (Kerch Bridge)")
    assert "Batman" in name_variants("Batman air base / airport")  # (a town's name stays)


@pytest.mark.parametrize("text", [
    "Troops moved across the Crimean peninsula toward Kherson.",
    "Russian ships left the Crimean port of Sevastopol for Novorossiysk.",
])
def test_the_adjective_reads_no_bridge(text, gazetteer):
    names = {m.get("name") for m in find_mentions(text, gazetteer=gazetteer) if m.get("role") == "place"}
    assert not any("Bridge" in (n or "") for n in names)


def test_the_bridge_by_its_name_is_still_found(gazetteer):
    names = {m.get("name") for m in find_mentions("Trucks crossed the Crimean Bridge on Monday.", gazetteer=gazetteer)}
    assert "Crimean Bridge (Kerch Bridge)" in names


# --- the cheap test before lower_case_heads walks the tokens: never misses a head word token

@pytest.mark.parametrize("text", [
    "Fighters retreated to the Tishrin dam on Monday.",
    "The dam-building site near the Kakhovka reservoir was shelled.",
    "Police closed the bridge; the barrage held.",
    "Damage to Amsterdam's bridges was light.",
    "No head word here at all, only Damascus and Bridgetown.",
])
def test_the_cheap_test_sees_every_head_token(text):
    from geomove.mentions.lower_case_heads import LOWER_CASE_FEATURE_HEADS, _ANY_HEAD
    from geomove.textutil import tokenize
    tokens = [t for t in tokenize(text) if t.text.lower() in LOWER_CASE_FEATURE_HEADS and t.text[:1].islower()]
    assert bool(tokens) <= bool(_ANY_HEAD.search(text))
