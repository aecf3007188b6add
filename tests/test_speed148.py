"""speed148: a gate of many words tests them with one search of their trie; it must say what the
word-by-word test says, for any words and any span."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import geomove.read.assemble  # noqa: F401  (imports every reading module, and so every gate)
from geomove import gates
from geomove.gates import Gate, _words_trie

_LETTERS = "abcdeilnorst .-"
_WORDS = st.lists(st.text(alphabet="abcdeilnorst.-", min_size=1, max_size=6), min_size=1, max_size=30)


def _any_word(words, span):
    return any(w in span for w in words)


@settings(max_examples=400, deadline=None)
@given(_WORDS, st.text(alphabet=_LETTERS + "\u00e9\u0130", max_size=80))
def test_the_trie_finds_a_word_where_the_loop_does(words, span):
    found = re.search(_words_trie(tuple(words)), span) is not None
    assert found == _any_word(words, span)


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.text(alphabet=_LETTERS, max_size=60), st.data())
def test_a_span_holding_a_word_is_found(words, around, data):
    word = data.draw(st.sampled_from(words))
    cut = data.draw(st.integers(0, len(around)))
    assert re.search(_words_trie(tuple(words)), around[:cut] + word + around[cut:])


def test_a_word_another_extends_ends_its_branch():
    # ("plac" is in every text "place" is in: the longer one adds nothing to test)
    assert _words_trie(("place", "plac", "put")) == "p(?:lac|ut)"


_MANY = ("convoy", "column", "brigade", "troops", "soldiers", "ships", "vessels", "tanks",
         "trucks", "aircraft", "battalion", "regiment", "division")


def _gates_of_many_words():
    """The same gate twice: one testing its words by the trie, one word by word."""
    pattern = re.compile("|".join(_MANY), re.IGNORECASE)
    saved = gates.TRIE_FROM
    try:
        gates.TRIE_FROM = len(_MANY)
        by_trie = Gate(pattern, _MANY)
        gates.TRIE_FROM = len(_MANY) + 1
        word_by_word = Gate(pattern, _MANY)
    finally:
        gates.TRIE_FROM = saved
    assert by_trie._words_in is not None and word_by_word._words_in is None
    return by_trie, word_by_word


_BY_TRIE, _WORD_BY_WORD = _gates_of_many_words()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_LETTERS + "ABCDEIS\u0130", max_size=120))
def test_a_many_word_gate_asks_as_the_loop_did(text):
    gate, plain = _BY_TRIE, _WORD_BY_WORD
    assert gate.may_match(text) == plain.may_match(text)
    found, before = gate.search(text), plain.search(text)
    assert (found and found.span()) == (before and before.span())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_MANY + ("Troops", "TANKS", "the", "by", "of")), max_size=8),
       st.integers(0, 40), st.integers(0, 80))
def test_a_many_word_gate_finds_what_the_loop_finds_in_a_span(words, pos, endpos):
    text = " ".join(words)
    for g in (_BY_TRIE, _WORD_BY_WORD):
        assert g.may_match(text, pos, endpos) == _WORD_BY_WORD.may_match(text, pos, endpos)
    found, before = _BY_TRIE.search(text, pos, endpos), _WORD_BY_WORD.search(text, pos, endpos)
    assert (found and found.span()) == (before and before.span())
    assert [m.span() for m in _BY_TRIE.finditer(text, pos, endpos)] == \
        [m.span() for m in _WORD_BY_WORD.finditer(text, pos, endpos)]
