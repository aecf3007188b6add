"""Session 60 (speed158): the places rules of sessions 58-59 that ask per name (a facility's short
form read as its person, the person's word before a facility or port word) say no first by a
cheap test of the words around the name; each such test is checked here to let through every
sentence the full rule answers yes (sentences written for these tests).

- persons._no_subject_by_its_neighbours: the tag-free reasons of _subject_of_a_finite_verb (an
  article before the name, an auxiliary or an airport's verb after it), asked before the tagger
  is loaded.
"""

import pytest
from hypothesis import given, settings, strategies as st

from geomove.mentions import persons
from geomove.mentions.finder import _Finder
from geomove.read import syntax
from geomove.wordlists import FACILITY_SUBJECT_VERBS, FINITE_AUXILIARIES

# names the index knows only as an airport's short form (Nairobi's, Beirut's, Medellín's)
_NAMES = ["Jomo Kenyatta", "Rafic Hariri", "Jose Maria Cordova"]
_BEFORE = ["", "a ", "the ", "an ", "A ", "The ", "said ", "guarded ", "troops say ", "a, ", "the  "]
_AFTER = sorted(FINITE_AUXILIARIES)[:6] + sorted(FACILITY_SUBJECT_VERBS)[:8] \
    + ["led", "rebuilt", "founded", "flights", "terminal", "was", "remained", "reopened"]
_FOLLOW = ["", "n't", "-era", "'s", ",", ".", "s", "2"]
_GAP = [" ", "  ", "-", ""]


def _run_of(finder, name: str) -> list[int]:
    """The token indexes of ``name``'s words in the finder's text (its first occurrence)."""
    start = finder.text.index(name)
    end = start + len(name)
    return [i for i, t in enumerate(finder.toks) if start <= t.start and t.end <= end]


def _tagged_answer(finder, run, monkeypatch) -> bool:
    """_subject_of_a_finite_verb with no pre-test: every sentence goes to the tagger."""
    with monkeypatch.context() as m:
        m.setattr(persons.PersonsAndOrganisations, "_no_subject_by_its_neighbours", lambda self, run: False)
        return finder._subject_of_a_finite_verb(run)


def _lets_through(pre_test, text: str, name: str, gazetteer, monkeypatch) -> bool:
    """Does ``pre_test`` (a finder method's function) say no only where the tagged rule says no?"""
    finder = _Finder(text, gazetteer)
    run = _run_of(finder, name)
    return not pre_test(finder, run) or not _tagged_answer(finder, run, monkeypatch)


@settings(max_examples=150, deadline=None)
@given(before=st.sampled_from(_BEFORE), name=st.sampled_from(_NAMES), gap=st.sampled_from(_GAP),
       after=st.sampled_from(_AFTER), follow=st.sampled_from(_FOLLOW))
def test_the_pre_test_lets_through_every_subject(gazetteer, before, name, gap, after, follow):
    text = f"Officials say {before}{name}{gap}{after}{follow} the country on Monday."
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _lets_through(persons.PersonsAndOrganisations._no_subject_by_its_neighbours,
                             text, name, gazetteer, monkeypatch), text


@pytest.mark.parametrize("text, name, pre_test_says_no", [
    ("Officials say a Jomo Kenyatta flight left on Monday.", "Jomo Kenyatta", True),
    ("Officials say Jomo Kenyatta reopened on Monday.", "Jomo Kenyatta", True),
    ("Officials say Rafic Hariri remained shut on Monday.", "Rafic Hariri", True),
    # (the tags decide: a verb of a person, a noun, a comma before the article)
    ("Officials say Jomo Kenyatta led the country.", "Jomo Kenyatta", False),
    ("Officials say Jomo Kenyatta terminals were full.", "Jomo Kenyatta", False),
    ("Officials say a, Jomo Kenyatta led the country.", "Jomo Kenyatta", False),
])
def test_what_the_pre_test_decides(gazetteer, monkeypatch, text, name, pre_test_says_no):
    finder = _Finder(text, gazetteer)
    run = _run_of(finder, name)
    assert finder._no_subject_by_its_neighbours(run) is pre_test_says_no
    if pre_test_says_no:
        assert _tagged_answer(finder, run, monkeypatch) is False


def test_a_pre_test_too_tight_is_caught(gazetteer, monkeypatch):
    # one that says no wherever a lower-case word follows would drop "Jomo Kenyatta led ..."
    def too_tight(finder, run):
        nxt = finder.toks[run[-1] + 1]
        return nxt.text.islower()

    text = "Officials say Jomo Kenyatta led the country on Monday."
    assert not _lets_through(too_tight, text, "Jomo Kenyatta", gazetteer, monkeypatch)
    assert _lets_through(persons.PersonsAndOrganisations._no_subject_by_its_neighbours, text, "Jomo Kenyatta",
                         gazetteer, monkeypatch)


@pytest.mark.parametrize("text", [
    "Officials say a Jomo Kenyatta flight left for Mombasa on Monday.",
    "Officials say Jomo Kenyatta reopened on Monday and troops left Nairobi.",
])
def test_no_tagging_where_the_words_decide(gazetteer, monkeypatch, text):
    def no_tagger(*args, **kwargs):
        raise AssertionError("the tagger was asked")

    asked = []
    pre_test = persons.PersonsAndOrganisations._no_subject_by_its_neighbours
    monkeypatch.setattr(syntax, "analyse", no_tagger)
    monkeypatch.setattr(persons.PersonsAndOrganisations, "_no_subject_by_its_neighbours",
                        lambda self, run: asked.append(run) or pre_test(self, run))
    _Finder(text, gazetteer).run()
    assert asked  # (the rule reached its tagger's question, and the words answered it)
