"""Session 59 (tidy59): sentences that only guards._namesake_in_the_framing_country reads right.

A sentence that opens "In <country>," says where what it tells happens. A name in it whose
reading (no famous place, no kind word before it) lies on another continent than that country,
where the text's other places are, gives way to its namesake in that country when the index has
one. test_s47_gaz84's Guadalcanal and Churchill sentences are read so by other rules as well (a
Seville beside the name, the ranking): they passed with the guard answering None. Without the
guard each framed sentence here keeps the theatre's reading (forced to None by a plugin, both
cases of test_the_framed_sentence_reads_the_namesake_there fail; the rest pass).
"""

import pytest

from placecounts import placed

# (the theatre's sentence, the framing country's name, the rest of the framed sentence, the
# name asked, the theatre's country, the framing country)
FRAMED = [
    ("Troops moved from Malaita to Guadalcanal.", "Spain", "the mayor of Guadalcanal wrote to them.",
     "Guadalcanal", "SB", "ES"),
    ("Guerrillas moved from Cauca into Valle on Friday.", "Italy", "the bells of Valle were rung for the dead.",
     "Valle", "CO", "IT"),
]


def _countries_of(gazetteer, text: str, name: str) -> list[str | None]:
    """The country each mention of ``name`` is read in, in the text's order."""
    return [c for s, c, _ in placed(gazetteer, text) if s == name]


@pytest.mark.parametrize("first, opener, rest, name, theatre, framing", FRAMED, ids=["Guadalcanal", "Valle"])
def test_the_framed_sentence_reads_the_namesake_there(gazetteer, first, opener, rest, name, theatre, framing):
    # (the first mention, in the theatre's sentence, keeps the theatre's reading)
    text = f"{first} In {opener}, {rest}"
    assert _countries_of(gazetteer, text, name) == [theatre, framing]


@pytest.mark.parametrize("first, opener, rest, name, theatre, framing", FRAMED, ids=["Guadalcanal", "Valle"])
def test_without_the_opener_the_name_stays_in_the_theatre(gazetteer, first, opener, rest, name, theatre, framing):
    # (near miss: the same sentence without "In <country>," says nothing of where it happens)
    text = f"{first} {rest[0].upper()}{rest[1:]}"
    assert _countries_of(gazetteer, text, name) == [theatre, theatre]


@pytest.mark.parametrize("near, at", [(0, "Fiji"), (1, "Ecuador")])
def test_an_opener_on_the_theatre_s_continent_changes_nothing(gazetteer, near, at):
    # (near miss: a framing country on the theatre's continent: the reading is not far from it)
    first, _, rest, name, theatre, _ = FRAMED[near]
    assert _countries_of(gazetteer, f"{first} In {at}, {rest}", name) == [theatre, theatre]
