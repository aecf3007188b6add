"""Hyphenated words find their token's index by bisection, not by a scan of the token list;
the index must be the one list.index gave, on every token of a text, however long."""

from geomove.mentions.finder import _Finder
from geomove.textutil import Token, tokenize


def _finder_for(text: str) -> _Finder:
    finder = _Finder.__new__(_Finder)  # only the tokens are needed: no gazetteer look-up
    finder.text, finder.toks = text, tokenize(text)
    return finder


def test_position_is_the_index_of_every_token():
    text = ("The Paris-based group met a Syrian-Iraqi team. Then they drove on, 40 km, to the "
            "border.\n\nA second part: New York-born officials said so -- again and again.") * 30
    finder = _finder_for(text)
    assert len(finder.toks) > 1000
    for i, tok in enumerate(finder.toks):
        assert finder._position(tok) == i == finder.toks.index(tok)


def test_a_token_that_is_none_of_the_texts_is_refused_as_list_index_refuses_it():
    finder = _finder_for("Troops left Kharkiv-based units behind.")
    for stranger in (Token.of(start=7, end=11, text="left", sentence=3),  # right start, other fields
                     Token.of(start=3, end=9, text="ops le")):  # a start no token has
        try:
            finder._position(stranger)
        except ValueError:
            continue
        raise AssertionError(f"{stranger} is none of the text's tokens: it has no position")
