"""Session 59 (speed157): the facility short-name person test (s58 gaz109) reads the word after
the two words first and asks its two token tests only where that word is one they accept
first; the answers are those of the two tests asked of every run."""

import pytest

from geomove.mentions import persons
from geomove.wordlists import PERSON_ACT_VERBS, PERSON_FATE_AUXILIARIES, PERSON_FATE_WORDS, SPEECH_VERBS
from placing import places_by_surface


class _Everything:
    """A set holding every word: the pre-test passes every run on to the two token tests."""

    def __contains__(self, word):
        return True


# words after the two: a sample of each list the two tests read, and words neither accepts
_NEXT = sorted(SPEECH_VERBS)[:4] + sorted(PERSON_ACT_VERBS)[:4] + sorted(PERSON_FATE_WORDS)[:4] \
    + [f"{aux} killed" for aux in sorted(PERSON_FATE_AUXILIARIES)[:3]] + [", who said", "airport", "in", "and"]


@pytest.mark.parametrize("after", _NEXT)
def test_the_pre_test_keeps_the_answers_of_the_token_tests(gazetteer, monkeypatch, after):
    text = f"Officials say Rafic Hariri {after} the plan on Monday."
    with_pre_test = places_by_surface(text, gazetteer)
    monkeypatch.setattr(persons, "_SHORT_FORM_PERSON_NEXT", _Everything())
    assert places_by_surface(text, gazetteer).keys() == with_pre_test.keys()


def test_the_pre_test_holds_every_word_the_token_tests_accept_first():
    for words in (SPEECH_VERBS, PERSON_ACT_VERBS, PERSON_FATE_WORDS, PERSON_FATE_AUXILIARIES, {","}):
        assert words <= persons._SHORT_FORM_PERSON_NEXT
