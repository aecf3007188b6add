"""Session 59 (tidy59): read.head_noun.as_whole_words, the test of a force noun among the words of
the last mover that dated_leg_then_day.same_force_by_noun and head_noun.older_named_by_noun ask,
answers as the pattern built per call before it did (r"\\b" + re.escape(noun) + r"\\b")."""

import re
from types import SimpleNamespace as _NS

import pytest

from geomove.read.head_noun import a_word_of_its_mover, as_whole_words

_NOUNS = ["troops", "column", "special forces", "peacekeeping unit", "armour", "btg"]
_TEXTS = [
    "", "troops", "malian troops none", "the troopship sailed", "antitroops", "troops_x", "x_troops",
    "troops2", "2troops", "troops-led", "(troops)", "paratroops and troops", "troopstroops troops",
    "a column", "columns of tanks", "the columnist", "special forces", "special  forces", "specialforces",
    "peacekeeping units", "peacekeeping unit.", "armoured cars", "armour", "éarmour", "armourà", "armour’s",
    "btgs", "a btg", "btg", "ü btg ü", "1st btg",
]


@pytest.mark.parametrize("noun", _NOUNS)
def test_as_whole_words_answers_as_the_word_boundary_pattern(noun):
    for text in _TEXTS:
        want = re.search(r"\b" + re.escape(noun) + r"\b", text) is not None
        assert as_whole_words(noun, text) is want, (noun, text)


def test_a_later_whole_word_counts_after_an_earlier_part_of_a_word():
    # (near misses first: the scan goes on past a match inside a longer word)
    assert as_whole_words("troops", "the troopships carried troops")
    assert not as_whole_words("troops", "the troopships carried paratroopsx")


def _leg(*frags):
    return _NS(frags=[_NS(what=w, actor=a) for w, a in frags])


def test_a_word_of_its_mover_reads_what_moved_and_who_moved_in_each_fragment():
    last = _leg(("Malian troops", None), ("A column", "Chadian Army"))
    assert a_word_of_its_mover("troops", last)
    assert a_word_of_its_mover("column", last)
    assert a_word_of_its_mover("army", last)  # (the actor's words, lower-cased)
    assert not a_word_of_its_mover("convoy", last)
    assert not a_word_of_its_mover("troops", _leg((None, None), ("The troopers", None)))
