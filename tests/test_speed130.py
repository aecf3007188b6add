"""speed130 (session 53): persons.classify_run's new gates and kept look-ups give the old answers.

- ``_KIN_BEFORE_WORDS``: the token before a run is asked against the words after which
  ``_kin_before`` can say yes (a noun of kin, a word giving a name, "named"/"called", a comma)
  before ``_kin_before`` itself is called.
- ``_OF``: ``_body_of_a_place`` and ``org_names.named_for_a_cause`` are asked only of a run
  that holds "of".
- ``has_name`` and ``demonym`` are asked through the scan's tables kept per spelling
  (``_has_name_kept``, ``_demonym_kept``).

With every gate opened (a word set every token and run meets) and the gazetteer's own
``has_name`` / ``demonym`` asked, classify_run marks the same words and keeps the same person
words, on runs of our own texts and of texts hypothesis builds from the words the gates look for.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


class _Everything(frozenset):
    """A gate's word set that every word is in and every run meets: the work is always done."""

    def __contains__(self, _word):
        return True

    def isdisjoint(self, _words):
        return False


def _classified(gazetteer, text, opened=False):
    from geomove.mentions import _Finder

    f = _Finder(text, gazetteer)
    if opened:
        f._has_name_kept = f.has_name  # (the gazetteer's own answers, no table)
        f._demonym_kept = f.demonym
    runs = f.runs()
    return [f.classify_run(run) for run in runs], sorted(f.person_words)


def _agree_with_gates_open(gazetteer, text, monkeypatch):
    import geomove.mentions.persons as persons

    gated = _classified(gazetteer, text)
    again = _classified(gazetteer, text)  # (the second time every spelling is kept already)
    with monkeypatch.context() as m:
        m.setattr(persons, "_KIN_BEFORE_WORDS", _Everything())
        m.setattr(persons, "_OF", _Everything())
        opened = _classified(gazetteer, text, opened=True)
    assert gated == opened == again, text
    return gated


OWN_TEXTS = [
    "Her son, Gao, 12, was hurt in Mopti. His wife Grace said a man named Adana fled toward Kayes.",
    "The Bank of England and the University of Alberta wrote. The Movement for the Liberation of Azawad "
    "held Kidal; daughters Amber and Lucy stayed in Segou.",
    "Victoria Nuland arrived in Kyiv. Barnes Wallis designed it, Chad Williams, a spokesman, said from Lviv.",
    "The frigate Hessen sailed past Crete; Georgia Stevens, 34, left Tbilisi for Batumi.",
]


def _marked(gazetteer, text):
    marks, person_words = _classified(gazetteer, text)
    out = {}
    from geomove.mentions import _Finder
    f = _Finder(text, gazetteer)
    for run, m in zip(f.runs(), marks):
        for i, what in m.items():
            out[f.toks[i].text] = what
    return out, person_words


def test_gates_on_own_texts(gazetteer, monkeypatch):
    for text in OWN_TEXTS:
        _agree_with_gates_open(gazetteer, text, monkeypatch)


def test_what_the_gated_tests_still_find(gazetteer):
    """Each gate lets through what its test finds: dropping "," from _KIN_BEFORE_WORDS loses Gao,
    dropping a kin noun loses Grace, and an _OF that meets no run loses the bank's marks."""
    marks, person_words = _marked(gazetteer, OWN_TEXTS[0])
    assert marks.get("Gao") == "person" and marks.get("Grace") == "person" and marks.get("Adana") == "person"
    assert {"Gao", "Grace", "Adana"} <= set(person_words)
    marks, _ = _marked(gazetteer, OWN_TEXTS[1])
    assert marks.get("Bank") == "org" and marks.get("England") == "org"
    assert marks.get("Liberation") == "org" and marks.get("Azawad") == "org"
    assert marks.get("Amber") == "person"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Bank", "of", "England", "Liberation", "Movement", "for", "the", "wife", "son",
                                 "named", "Grace", "Gao", "Victoria", "Nuland", "Barnes", "Wallis", "Chad",
                                 "Williams", "said", "in", "Mopti", "British", ".", ","]),
                min_size=2, max_size=14).map(" ".join))
def test_gates_hypothesis(gazetteer, text):
    with pytest.MonkeyPatch.context() as mp:
        _agree_with_gates_open(gazetteer, text, mp)
