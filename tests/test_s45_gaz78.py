"""s45 gaz78: place names and phrases of theatres the earlier places fixtures lacked (tests/fixtures/
places45: Indonesia's Papua provinces, the Gulf of Guinea, the Maroni, Western Sahara's edges, the
Timor border, Abkhazia, western Kazakhstan, Cameroon's anglophone regions, Tonga, Lapland's ore
line). Every sentence is written for these tests.

- A country's demonym before a noun of one settlement or unit that the text names, by "of" and
  its name ("the Finnish town of Tornio", "the Ukrainian region of Kharkiv") or in apposition to
  a name just written ("Adré, the nearest Chadian town"), says whose the named place is: no
  mention of the country, once the name is read (taken_up._demonyms_qualifying_a_named_place,
  roles.NAMED_PLACE_NOUNS); a name the index lacks leaves the demonym its country. Territory nouns ("Lebanese
  territory", "the Venezuelan side"), unnamed settlements and areas ("the nearest Algerian
  village", "Peruvian ports", "the Greek islands": the toponym corpora mark such demonyms), "the
  Kenyan capital of Nairobi" and a province's demonym ("a Crimean port") keep their place.
- A country's name before a force named in two words ("a New Zealand air force plane", "the Sri
  Lanka coast guard") says whose the force is: an actor, as before "navy" (roles.TWO_WORD_FORCES).
- A town of a province carved out of another, written with the old province ("Mulia, Papua":
  Central Papua since 2022), lies in it (mentions.split_provinces): the town, not an airfield whose
  row kept the old province.
- gazetteer/aliases.csv: Beineu (Beyneu), Samegrelo (Samegrelo-Zemo Svaneti).
"""

import pytest

from geomove.mentions import find_mentions
from geomove.mentions.split_provinces import carved_from
from placing import places_by_surface as _found


def _roles(text, gazetteer):
    return {m["surface"]: m["role"] for m in find_mentions(text, gazetteer=gazetteer)}


# -- a country's demonym before one settlement of the country

@pytest.mark.parametrize("text, demonym, named", [
    ("Fighting spread on Monday to the Malian town of Niono.", "Malian", "Niono"),
    ("Ferries left Piraeus for the Greek island of Lesbos on Friday.", "Greek", "Lesbos"),
    ("Drones struck the Ukrainian region of Kharkiv overnight.", "Ukrainian", "Kharkiv"),
    ("Refugees reached Adré, the nearest Chadian town, after two days on foot.", "Chadian", "Adré"),
    ("The ship docked at the Norwegian port of Tromsø on Sunday.", "Norwegian", "Tromsø"),
])
def test_a_demonym_before_one_settlement_is_no_place(gazetteer, text, demonym, named):
    found = _found(text, gazetteer)
    if demonym:
        assert demonym not in found, found[demonym]
        assert _roles(text, gazetteer).get(demonym) == "demonym"
    if named:
        assert named in found, found.keys()


@pytest.mark.parametrize("text, demonym, country", [
    ("Shells landed on Lebanese territory late on Tuesday.", "Lebanese", "LB"),
    ("Troops massed on the Venezuelan side of the river.", "Venezuelan", "VE"),
    ("Migrants landed on the Greek islands in growing numbers.", "Greek", "GR"),
    ("Drones struck several Ukrainian regions overnight.", "Ukrainian", "UA"),
    ("Traffic at the Kazakh border crossing was heavy.", "Kazakh", "KZ"),
    ("Smugglers were driving toward the nearest Algerian village when the patrol stopped them.", "Algerian", "DZ"),
    ("Copper exports through Peruvian ports fell in March.", "Peruvian", "PE"),
    ("Aid reached the Yemeni city after a week at sea.", "Yemeni", "YE"),
    ("Gunfire was heard near Kisumu, a Kenyan town on the lake.", "Kenyan", "KE"),
])
def test_a_demonym_before_the_country_s_territory_stays_a_place(gazetteer, text, demonym, country):
    # (the near misses: the country's territory, or a settlement or area of it without a name;
    # an apposition with 'a' is no name's own telling here: only 'X, the ...')
    found = _found(text, gazetteer)
    assert demonym in found, found.keys()
    assert found[demonym]["role"] == "demonym_place" and found[demonym]["country"] == country


def test_a_demonym_before_a_name_the_index_lacks_keeps_the_country(gazetteer):
    # (the near miss: no point for the name, the demonym is the text's only telling of where)
    found = _found("Soldiers searched the Ecuadorian village of Yuratumba on Monday.", gazetteer)
    assert found["Ecuadorian"]["role"] == "demonym_place" and found["Ecuadorian"]["country"] == "EC"


def test_a_province_s_demonym_before_a_port_keeps_the_province(gazetteer):
    found = _found("A tanker was hit near a Crimean port on Thursday.", gazetteer)
    assert "Crimean" in found and found["Crimean"]["role"] == "demonym_place"


def test_the_capital_of_a_named_city_keeps_its_demonym(gazetteer):
    found = _found("The envoy flew to the Kenyan capital of Nairobi on Monday.", gazetteer)
    assert "Nairobi" in found and _roles("The envoy flew to the Kenyan capital of Nairobi on Monday.", gazetteer)["Kenyan"] != "demonym"


# -- a country's name before a force named in two words

@pytest.mark.parametrize("text, name", [
    ("A New Zealand air force plane left Auckland with water on Sunday.", "New Zealand"),
    ("A Sri Lanka coast guard vessel towed the trawler to Trincomalee.", "Sri Lanka"),
    ("The Papua New Guinea defence force sent a patrol boat to Manus.", "Papua New Guinea"),
])
def test_a_country_before_a_two_word_force_is_who_acts(gazetteer, text, name):
    roles = _roles(text, gazetteer)
    assert roles.get(name) == "actor", roles


@pytest.mark.parametrize("text, name", [
    ("The air force flew tents and water to New Zealand on Monday.", "New Zealand"),
    ("A coast guard vessel sailed from Sri Lanka at dawn.", "Sri Lanka"),
])
def test_a_country_after_the_force_stays_a_place(gazetteer, text, name):
    assert name in _found(text, gazetteer)


# -- a town of a province carved out of the one written

@pytest.mark.parametrize("text, surface, admin1", [
    ("Gunmen attacked a post in Mulia, Papua, on Sunday.", "Mulia", "Papua Tengah"),
    ("Soldiers reinforced the post at Mulia, Papua province, after the raid.", "Mulia", "Papua Tengah"),
])
def test_a_town_written_with_the_province_it_was_carved_from(gazetteer, text, surface, admin1):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    assert found[surface]["admin1"] == admin1 and found[surface]["kind"] != "airfield", found[surface]


def test_carved_from_is_the_table_s_word():
    assert carved_from("ID", "papua tengah", "papua")
    assert carved_from("ID", "papua barat daya", "papua barat")
    assert not carved_from("ID", "papua barat daya", "papua")  # (carved from West Papua, not Papua)
    assert not carved_from("PG", "papua tengah", "papua")


def test_a_town_of_the_new_province_written_with_it_is_as_before(gazetteer):
    # (the near miss: the new province's own name)
    found = _found("Gunmen attacked a post in Mulia in Central Papua on Sunday.", gazetteer)
    assert found["Mulia"]["admin1"] == "Papua Tengah"


# -- aliases

@pytest.mark.parametrize("text, surface, country, kind", [
    ("Strikers blocked the rail junction at Beineu on Tuesday.", "Beineu", "KZ", "town"),
    ("Floods cut roads across Samegrelo after three days of rain.", "Samegrelo", "GE", "admin1"),
])
def test_aliases_of_rows_held_by_another_name(gazetteer, text, surface, country, kind):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    assert found[surface]["country"] == country and found[surface]["kind"] == kind
