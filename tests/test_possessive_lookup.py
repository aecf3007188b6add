"""Whether a name is a place's spelling with its possessive 's is first answered from the
spellings of its keys' rows; the ranked look-up runs only when one of them could be. The
answer must be the one the ranked look-up gives. Names are our own choice."""

import pytest

from geomove.mentions import tokens as T
from geomove.mentions.finder import _Finder

NAMES = ["Turkey's", "China's", "It's", "People's Republic of China", "St. John's", "King's Lynn",
         "Martha's Vineyard", "Lake Erie's", "Kharkiv's", "Bishop's Stortford", "Smith's",
         "Cox's Bazar", "Gen. Smith's", "Deir ez-Zor's", "Zzyzxq's"]


def _ranked(finder, name):
    """The answer of the ranked look-up alone (what _looked_up_with_possessive did before)."""
    if not finder.has_name(name):
        return False
    want = {T._letters(name), T._letters(finder.gaz.split_kind(name)[0])}
    return any(T._POSSESSIVE_RE.search(spelled) and T._letters(spelled) in want
               for c in finder.gaz.candidates(name, limit=10, fuzzy=False)
               for spelled in (c.get("matched_name") or c["name"], c["name"]))


@pytest.mark.parametrize("name", NAMES)
def test_quick_answer_is_the_ranked_answer(gazetteer, name):
    finder = _Finder("", gazetteer)
    assert finder._looked_up_with_possessive(name) == _ranked(finder, name)


def test_a_name_no_place_spells_with_an_s_needs_no_ranked_look_up(gazetteer, monkeypatch):
    finder = _Finder("", gazetteer)
    spelled, found = gazetteer.exact_spellings("Turkey's")
    assert found and not any("'s" in s for s in spelled)
    monkeypatch.setattr(gazetteer, "candidates", lambda *a, **k: pytest.fail("ranked look-up asked"))
    assert finder._looked_up_with_possessive("Turkey's") is False


def test_a_place_spelled_with_an_s_is_found(gazetteer):
    finder = _Finder("", gazetteer)
    assert any(_ranked(finder, n) for n in NAMES), "no name of the list is a place spelled with 's"
