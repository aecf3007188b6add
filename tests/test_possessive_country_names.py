"""A country's formal name with a possessive inside ("People's Republic of ...", "Lao People's
Democratic Republic") is one name, even though every word of it is also an everyday word
("china" is porcelain). Sentences are our own."""

import pytest

from geomove.mentions import find_mentions


@pytest.mark.parametrize("text, surface, cc", [
    ("Officials in the People's Republic of China said the ferry would sail.", "People's Republic of China", "CN"),
    ("Two frigates left the People's Republic of China on Monday.", "People's Republic of China", "CN"),
    ("A circular of the Ministry of Transport of the People's Republic of China named the ports.",
     "People's Republic of China", "CN"),
])
def test_a_formal_name_with_a_possessive_is_the_country(gazetteer, text, surface, cc):
    found = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface]
    assert found and found[0]["country"] == cc


def test_a_possessive_of_a_country_stays_a_country_and_a_word(gazetteer):
    found = find_mentions("Turkey's army moved north.", gazetteer=gazetteer)
    assert [m["surface"] for m in found] == ["Turkey"]
