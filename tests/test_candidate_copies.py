"""The finder hands each caller its own copies of the candidates kept across documents:
writing into them (the ranking stages do) must not reach the next document's reading."""

from geomove.mentions import find_mentions
from geomove.mentions.finder import _Finder


def test_candidates_are_copies_of_the_shared_rows(gazetteer):
    finder = _Finder("Troops moved from Kharkiv to Izium.", gazetteer)
    shared = finder.shared_candidates_of("Kharkiv", None)
    assert shared, "the index knows Kharkiv"
    before = [dict(c) for c in shared]
    mine = finder.candidates("Kharkiv", None)
    assert mine == before and mine is not shared
    assert all(a is not b for a, b in zip(mine, shared))
    mine[0]["why"] = "written by a caller"
    mine.reverse()
    assert finder.shared_candidates_of("Kharkiv", None) == before


def test_reading_a_text_twice_gives_the_same_places(gazetteer):
    text = "The convoy left Kharkiv on Monday and reached Izium, near the Donetsk-Luhansk line, by night."
    first = find_mentions(text, gazetteer=gazetteer)
    assert first
    assert find_mentions(text, gazetteer=gazetteer) == first
