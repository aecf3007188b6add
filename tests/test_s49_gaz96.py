"""Session 49 (gaz96): a name written twice in one text for places of two countries, each
mention read in the country its own sentence names (mentions.sentence_country), in sentences
written for these tests.

Ranking reads a name against the whole text, and a name written again with the same readings
takes the first mention's reading: "In Libya, ... Tripoli. In Lebanon, ... to Tripoli" read
Libya's Tripoli twice. A repeat whose sentence names another country before it (or a place of
it after it: "Victoria on Mahé") now takes that country's reading; where the sentence names no
other country, or names the first reading's own, one reading for both stays right.
"""

import pytest

from placecounts import placed as _places


def _read(gazetteer, text: str, surface: str) -> list[tuple]:
    """(country, kind) of each mention of ``surface``, in text order."""
    return [(cc, kind) for s, cc, kind in _places(gazetteer, text) if s == surface]


@pytest.mark.parametrize("text, surface, expected", [
    # a second paragraph about another country that holds a place of the same name
    ("In Libya, militias clashed in Tripoli overnight and the airport at Mitiga shut. "
     "In Lebanon, the army sent two battalions to Tripoli after gunfire near the port.",
     "Tripoli", [("LY", "city"), ("LB", "city")]),
    ("In Spain, police in Córdoba seized a van of pistols on Tuesday. "
     "In Argentina, the army flew two helicopters from Córdoba to Mendoza for a flood drill.",
     "Córdoba", [("ES", "city"), ("AR", "city")]),
    # the island after the name, joined by 'on': the Seychelles' capital, first or second
    ("In Australia, police in Victoria moved officers from Melbourne to Geelong. "
     "The Seychelles coast guard, based in Victoria on Mahé, sent a patrol boat to La Digue.",
     "Victoria", [("AU", "admin1"), ("SC", "town")]),
    ("The Seychelles coast guard, based in Victoria on Mahé, sent a patrol boat to La Digue. "
     "In Australia, police in Victoria moved officers from Melbourne to Geelong.",
     "Victoria", [("SC", "town"), ("AU", "admin1")]),
])
def test_a_repeat_is_read_in_the_country_its_sentence_names(gazetteer, text, surface, expected):
    assert _read(gazetteer, text, surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    # one paragraph about one country: one reading for both
    ("Police in Córdoba seized a van of pistols on Tuesday near Seville. "
     "The van had come to Córdoba from Málaga, the Guardia Civil said.",
     "Córdoba", [("ES", "city"), ("ES", "city")]),
    ("In Libya, militias clashed in Tripoli overnight and the airport at Mitiga shut. "
     "The government in Tripoli said the fighting had stopped by noon.",
     "Tripoli", [("LY", "city"), ("LY", "city")]),
    ("In Australia, police in Victoria moved officers from Melbourne to Geelong. "
     "A second team left Victoria for Ballarat on Friday.",
     "Victoria", [("AU", "admin1"), ("AU", "admin1")]),
])
def test_a_repeat_in_a_text_of_one_country_keeps_one_reading(gazetteer, text, surface, expected):
    assert _read(gazetteer, text, surface) == expected


def test_a_demonym_does_not_frame_the_sentence(gazetteer):
    # "Spanish" may be a force abroad: only a country named by its name moves a repeat
    text = ("Spanish officers in Tripoli met Libyan commanders on Monday. "
            "In Libya, militias clashed in Tripoli overnight.")
    assert _read(gazetteer, text, "Tripoli") == [("LY", "city"), ("LY", "city")]


def test_a_country_that_holds_another_place_does_not_frame_the_sentence(gazetteer):
    # "the United States" holds Buffalo: the Ontario after it is still the province
    text = ("Floods closed roads across Ontario on Monday, officials in Toronto said. "
            "Rescue boats came from Buffalo, New York in the United States to help towns in Ontario.")
    assert _read(gazetteer, text, "Ontario") == [("CA", "admin1"), ("CA", "admin1")]


DESTINATION = ("In Spain, police in Córdoba seized a van of rifles on Tuesday. "
               "A week earlier the gang had shipped rifles from Córdoba to Argentina, the court heard.")


def test_a_repeat_framed_by_its_country_keeps_it_though_the_text_names_another(gazetteer):
    # (ranked against the whole text, which names Argentina, the first read Argentina's city)
    assert _read(gazetteer, DESTINATION, "Córdoba")[0] == ("ES", "city")


@pytest.mark.xfail(reason="left: a country named after the name, as where a column goes, does not "
                          "frame its sentence (sentence_country), and ranking by the whole text reads "
                          "the route's start in the destination country", strict=True)
def test_a_route_s_start_is_not_read_in_its_destination_country(gazetteer):
    assert _read(gazetteer, DESTINATION, "Córdoba")[1] == ("ES", "city")
