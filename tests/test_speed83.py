"""Session 43 (speed83): report-wide searches answered once a text. `extract` asks of each report
whether it writes "the capital" twice (capitals.text_capital, capitals.capitals_told) and recases
it twice (read.assemble, then the mention finder it hands the same text to): the second ask of
the same str object is answered without a scan. The answers must be those of the scan."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions import capitals, recase

_PIECES = ["the capital", "The  Capital", "the\ncapital", "the capitals", "thecapital", "capital city",
           "ARMY UNITS LEFT TOWN", "troops left", "Bamako", "\n", " ", ".", "the capital's"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join), min_size=1, max_size=6),
       st.lists(st.integers(min_value=0, max_value=5), max_size=12))
def test_writes_the_capital_is_the_search_however_texts_are_asked(texts, order):
    # texts asked in any order, again and again, and an equal text that is another object: each
    # answer is the search's
    pattern = re.compile(r"the\s+capital\b", re.I)
    for i in order + list(range(len(texts))):
        text = texts[i % len(texts)]
        for asked in (text, "".join(list(text))):  # (the same object, then an equal copy)
            assert capitals.writes_the_capital(asked) == (pattern.search(asked) is not None)


def test_text_capital_and_capitals_told_say_nothing_without_the_words(gazetteer):
    # a report that never writes "the capital" gives none, asked twice (the second from the memo),
    # and one that writes it is searched anew, not answered from the last report's memo
    plain = "Two battalions drove from Kayes to Nioro on Monday."
    told = "Two battalions left the capital for Nioro on Monday."
    for text in (plain, plain, told, plain):
        want = re.search(r"the\s+capital\b", text, re.I) is not None
        assert capitals.writes_the_capital(text) is want
    assert capitals.text_capital(plain, [], gazetteer) is None
    assert capitals.capitals_told(plain, [], gazetteer) == frozenset()


_SHOUTED = ("Officials said on Friday.\nGOVERNMENT FORCES ENTERED TIMBUKTU ON TUESDAY MORNING\n"
            "More followed.")
_CALM = "Officials said on Friday that government forces entered Timbuktu on Tuesday morning."
_CAPITALS_NO_WORDS = "A label: NATO UN EU AU. Then prose."


def test_recased_asked_twice_answers_as_asked_once(gazetteer):
    for text in (_CALM, _SHOUTED, _CAPITALS_NO_WORDS, _CALM, _SHOUTED):
        recase._last_as_prose = None
        first = recase.recased(text, gazetteer)
        assert recase.recased(text, gazetteer) == first
        assert len(first) == len(text)
    assert recase.recased(_SHOUTED, gazetteer) != _SHOUTED


def test_only_a_text_answered_without_the_gazetteer_is_kept(gazetteer):
    # a text with a line in capitals was recased with the gazetteer's help: its answer may differ
    # with another gazetteer, so it is never the kept text; a calm text's answer is itself with
    # any gazetteer
    recase._last_as_prose = None
    assert recase.recased(_SHOUTED, gazetteer) != _SHOUTED
    assert recase._last_as_prose is None
    assert recase.recased(_CALM, gazetteer) is _CALM
    assert recase._last_as_prose is _CALM
    assert recase.recased(_CALM, None) is _CALM  # (kept: no gazetteer asked)

