"""s43 gaz74: names written with their other name in brackets, crossings named after a border
town, a dateline of a town the index holds with a head word. Every sentence is written for these
tests.

- "A (B) Kind": a name, its other name in brackets, then the kind word both share ("Escoda
  (Sabina) Shoal", "the Dnipro (Dnieper) river") is one mention reading the row "A Kind" or
  "B Kind" names (mentions.bracketed._names_with_another_name_in_brackets).
- "Kind A (B)": a feature's name with its kind word, then a bracket that with the same kind word
  names the same row ("Lake Malawi (Nyasa)") is one mention: the bracket is no place of its own
  (mentions.bracketed._features_with_another_name_after_them).
- A name the text calls a crossing ("the Salla and Kelloselka crossings") read loosely as a town
  far from every border (Salé, Morocco, by 'Sala') yields to a reading spelled as written that
  is a border town (context._crossings_at_a_border_town).
- An upper-case dateline of two words that the index holds only with a head word reports drop
  ("TECUN UMAN, Guatemala": Ciudad Tecún Umán) reads that town (mentions.datelines).
"""

import pytest

from placing import places_by_surface as _found
from geomove.mentions import find_mentions


# -- a name with its other name in brackets, then the shared kind word

@pytest.mark.parametrize("text, surface, name, country", [
    ("The coast guard sent two cutters from Puerto Princesa to Escoda (Sabina) Shoal at dawn.",
     "Escoda (Sabina) Shoal", "Sabina Shoal", "PH"),
    ("A supply boat reached Ayungin (Second Thomas) Shoal on Sunday.",
     "Ayungin (Second Thomas) Shoal", "Second Thomas Shoal", "PH"),
    ("Fishing boats left Masinloc for Bajo de Masinloc (Scarborough) Shoal.",
     "Bajo de Masinloc (Scarborough) Shoal", "Scarborough Shoal", None),
    ("Marines were flown from Puerto Princesa to Pag-asa (Thitu) Island.",
     "Pag-asa (Thitu) Island", "Thitu Island", "PH"),
    ("A landing party sailed from Odesa to Zmiinyi (Snake) Island on Monday.",
     "Zmiinyi (Snake) Island", "Snake Island (Zmiinyi)", "UA"),
])
def test_a_shoal_or_island_with_its_other_name_in_brackets(gazetteer, text, surface, name, country):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    m = found[surface]
    assert m["name"] == name, m
    assert country is None or m["country"] == country
    assert "in brackets" in m["why"]


@pytest.mark.parametrize("text, surface", [
    ("Engineers ferried a company across the Dnipro (Dnieper) river near Kherson.", "Dnipro (Dnieper) river"),
    ("Barges moved down the Dniester (Nistru) river toward Tiraspol.", "Dniester (Nistru) river"),
    ("The Dnipro (Dnieper) River was crossed by night.", "Dnipro (Dnieper) River"),
])
def test_a_river_with_its_other_name_in_brackets_is_one_river(gazetteer, text, surface):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    assert found[surface]["kind"] == "river"
    inside = surface.split("(")[1].split(")")[0]
    # (the name in the brackets is no mention of its own: "Dnieper" was read as the city Dnipro)
    assert inside not in found


def test_a_bracket_of_a_press_agency_before_a_kind_word_makes_no_name(gazetteer):
    # (the near miss: neither "Gao Island" nor "AFP Island" is a row)
    found = _found("Reporters from Gao (AFP) Island said the road was open.", gazetteer)
    assert not [s for s in found if "(" in s]
    assert found["Gao"]["country"] == "ML"


@pytest.mark.parametrize("text, country", [
    ("Aid trucks waited at the Rafah (Egypt) crossing on Monday.", "Egypt"),
    ("Troops moved to the Kerem Shalom (Israel) crossing at night.", "Israel"),
])
def test_a_country_in_brackets_before_a_kind_word_is_no_other_name(gazetteer, text, country):
    # (the near miss: the bracket names the side's country, a place of its own)
    found = _found(text, gazetteer)
    assert country in found and found[country]["kind"] == "country", found.keys()
    assert not [s for s in found if "(" in s]


def test_a_qualifier_in_brackets_without_a_kind_word_is_as_before(gazetteer):
    # (the near miss: no kind word after the bracket; the town's own qualifier, mentions.bracketed)
    found = _found("Reservists were sent from Frankfurt (Oder) to Cottbus.", gazetteer)
    assert found["Frankfurt (Oder)"]["lon"] == pytest.approx(14.55, abs=0.1)


# -- a feature's name, then its other name in brackets

@pytest.mark.parametrize("text, surface, inside", [
    ("Ferries crossed Lake Malawi (Nyasa) from Nkhata Bay.", "Lake Malawi (Nyasa)", "Nyasa"),
    ("Patrol boats crossed Lake Albert (Mwitanzige) from Bunia.", "Lake Albert (Mwitanzige)", "Mwitanzige"),
    ("A landing party reached Snake Island (Zmiinyi) from Odesa.", "Snake Island (Zmiinyi)", "Zmiinyi"),
])
def test_a_feature_s_other_name_in_brackets_is_no_place_of_its_own(gazetteer, text, surface, inside):
    found = _found(text, gazetteer)
    assert surface in found, found.keys()
    assert "another name of it" in found[surface]["why"]
    assert inside not in found  # ("Nyasa" was read as a district of Tanzania)


def test_a_country_in_brackets_after_a_lake_stays_a_country(gazetteer):
    # (the near miss: "Lake Tanzania" names no row; the bracket is a place of its own)
    found = _found("Boats crossed Lake Tanganyika (Tanzania) from Kigoma.", gazetteer)
    assert "Lake Tanganyika" in found and found["Tanzania"]["kind"] == "country"


# -- a crossing named after a border town

@pytest.mark.parametrize("text", [
    "Border police were sent to the Salla and Kelloselka crossings.",
    "Guards were posted at the Salla and Raja-Jooseppi crossings overnight.",
])
def test_a_crossing_read_loosely_far_from_borders_yields_to_a_border_town(gazetteer, text):
    found = _found(text, gazetteer)
    assert found["Salla"]["country"] == "FI", found["Salla"]
    assert "by a border" in found["Salla"]["why"]


def test_a_crossing_named_after_a_famous_city_exactly_is_not_moved(gazetteer):
    # (the near miss: "Tripoli" is the Libyan capital's own name; no namesake by a border takes
    # its place because of the word "crossing")
    ms = [m for m in find_mentions("Guards reinforced the Tripoli crossing.", gazetteer=gazetteer)
          if m["surface"] == "Tripoli"]
    assert not ms or ms[0].get("country") != "LB"


# -- an upper-case dateline of a town named without its head word

@pytest.mark.parametrize("text", [
    "TECUN UMAN, Guatemala (Reuters) - Hundreds of people waded the river on rafts on Tuesday.",
    "TECUN UMAN - Soldiers set up a post at the bridge before dawn.",
])
def test_an_upper_case_dateline_of_a_town_without_its_head(gazetteer, text):
    ms = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == "TECUN UMAN"]
    assert ms and ms[0]["name"] == "Ciudad Tecún Umán" and ms[0]["role"] == "dateline", ms


def test_an_upper_case_dateline_the_index_holds_is_as_before(gazetteer):
    ms = [m for m in find_mentions("PUERTO VALLARTA, Mexico (AP) - Two navy ships docked.", gazetteer=gazetteer)
          if m["surface"] == "PUERTO VALLARTA"]
    assert ms and ms[0]["name"] == "Puerto Vallarta"
