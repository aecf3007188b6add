"""Session 49 (gaz92): misreadings session 48 left, in sentences written for these tests.

- "Luxembourg province": the word 'province' beside a name first read as a country makes it a
  province of that very name (context._province_by_its_kind_word_first), and an admin1 of the
  name in a country whose first-level units are never called provinces (Luxembourg's cantons)
  no longer stands in the way of Belgium's second-level province (ranking.NOT_FIRST_LEVEL_WORDS).
"""

import pytest

from placecounts import placed


def _reading(gazetteer, text, surface):
    return next((c, k) for s, c, k in placed(gazetteer, text) if s == surface)


# -- a country's name with the word 'province'

@pytest.mark.parametrize("text", [
    "Belgian troops moved into Luxembourg province on Monday.",
    "Army engineers were sent to Luxembourg province after the storm.",
    "Belgian engineers moved into the province of Luxembourg.",
    "Belgian soldiers reached Bastogne in Luxembourg province.",
])
def test_a_country_s_name_with_the_word_province(gazetteer, text):
    assert _reading(gazetteer, text, "Luxembourg") == ("BE", "admin2")


def test_a_country_s_first_level_province(gazetteer):
    # (the province that shares its country's name is a first-level unit: the word makes it so too)
    assert _reading(gazetteer, "Police reinforcements moved into Panama province.", "Panama") == ("PA", "admin1")


@pytest.mark.parametrize("text, surface, want", [
    # near misses: the country named bare stays the country; a province that is a first-level unit stays
    ("Belgian troops moved into Luxembourg on Monday.", "Luxembourg", ("LU", "country")),
    ("Convoys crossed into Luxembourg from France at dawn.", "Luxembourg", ("LU", "country")),
    ("Dutch troops were sent to Limburg province.", "Limburg", ("NL", "admin1")),
])
def test_a_country_s_name_near_misses(gazetteer, text, surface, want):
    assert _reading(gazetteer, text, surface) == want
