"""places21: a camp named after its town ('the Jenin refugee camp', 'the Dadaab refugee camp') is
at that town unless the gazetteer has the camp itself; 'refugee', 'displacement' and the like
between a name and 'camp' keep 'camp' a kind word. The sentences are written for these tests."""

import pytest

from geomove.mentions import places

from placing import places_by_surface as _found


@pytest.mark.parametrize("text, surface, country", [
    ("Israeli soldiers withdrew from the Jenin refugee camp on Wednesday.", "Jenin", "PS"),
    ("Kenyan police moved to the Dadaab refugee camp.", "Dadaab", "KE"),
    ("Police guarded the Dadaab refugee camps overnight.", "Dadaab", "KE"),
    ("Soldiers raided the Balata refugee camp before dawn.", "Balata", "PS"),
    ("Troops raided the Jenin military camp.", "Jenin", "PS"),
    # as a title writes it
    ("Israeli soldiers withdrew from the Jenin Refugee Camp on Wednesday.", "Jenin", "PS"),
    ("Police guarded the Dadaab Refugee Camp.", "Dadaab", "KE"),
    # (the plain 'X camp' already read so)
    ("Israeli soldiers withdrew from the Jenin camp on Wednesday.", "Jenin", "PS"),
])
def test_a_camp_named_after_its_town_is_at_the_town(gazetteer, text, surface, country):
    hit = _found(text, gazetteer).get(surface)
    assert hit is not None, _found(text, gazetteer)
    assert hit["country"] == country and hit["kind"] in ("town", "city", "camp"), hit
    assert "kind word (camp)" in hit["why"], hit["why"]


@pytest.mark.parametrize("text, surface", [
    # no 'camp' after the qualifier: nothing says the name is a place
    ("Kenyan police moved to the Dadaab refugee office.", "Dadaab"),
    # an everyday word before 'refugee camp' stays no place
    ("Volunteers visited the Hope refugee camp.", "Hope"),
    ("Soldiers reached the Summer refugee camp.", "Summer"),
])
def test_no_camp_or_an_everyday_word_gives_no_place(gazetteer, text, surface):
    assert surface not in _found(text, gazetteer)


def test_a_demonym_before_refugee_camp_stays_a_demonym(gazetteer):
    found = {m["surface"]: m for m in places("Aid reached a Sudanese refugee camp in Chad.", gazetteer=gazetteer)}
    assert "Sudanese" not in found or found["Sudanese"]["role"] != "place"
    assert found["Chad"]["country"] == "TD"


@pytest.mark.parametrize("text", [
    "Troops raided the Nur Shams camp.",
    "Troops raided the Nur Shams refugee camp near Tulkarm.",
    "Israeli forces entered Nur Shams on Sunday.",
])
def test_nur_shams_is_the_camp_east_of_tulkarm(gazetteer, text):
    hits = [m for m in places(text, gazetteer=gazetteer) if m["surface"].startswith("Nur Shams")]
    assert hits and hits[0]["gazetteer_id"] == "curated:nur-shams-camp", places(text, gazetteer=gazetteer)
    assert abs(hits[0]["lat"] - 32.3187) < 0.01 and abs(hits[0]["lon"] - 35.0588) < 0.01
    # the Greek airport a loose spelling of 'Shams' found is gone
    assert not any(m.get("country") == "GR" for m in places(text, gazetteer=gazetteer))


def test_refugee_camp_alone_names_no_place(gazetteer):
    found = _found("The Refugee Camp opened in Kenya.", gazetteer)
    assert set(found) == {"Kenya"}, found


@pytest.mark.parametrize("text", [
    "Soldiers raided the Askar refugee camp.",
    "Troops raided the Askar camp near Nablus.",
])
def test_camp_after_a_name_supports_no_far_hamlet(gazetteer, text):
    # (Iskar, a Bulgarian hamlet called 'askar' among its other names)
    hit = _found(text, gazetteer).get("Askar")
    assert hit is None or hit["country"] != "BG", hit
