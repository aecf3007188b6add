"""speed104: a gate asked of a part of a text searches the text folded whole (geomove.gates,
_last_text), and the corrected-place pattern asked of every report is gated by its adverbs
(read.corrected_place._AS_REPORTED_GATE)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import geomove.gates as gates
from geomove.gates import Gate, folded
from geomove.read import corrected_place as cp

# characters folding treats apart: the three _FOLD folds, the Kelvin sign, Greek sigma (final
# or not by its neighbours), and plain letters of the gate's words
_ALPHABET = st.sampled_from(list("abcdefghijklmnoprstuwyACEFIKLOSTW .,\n") + ["\u0130", "\u0131", "\u017f", "\u212a",
                                                                             "\u03a3", "\u03c3", "\u03c2", "\u00df"])
_WORDS = ("kit", "fist", "sail", "is", "ask")
_GATE = Gate(gates.re.compile(r"(?i:kit|fist|sail|is|ask)"), _WORDS)


def _plain(text: str, pos: int, endpos: int) -> bool:
    return any(w in folded(text[max(pos, 0):endpos]) for w in _WORDS)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(_ALPHABET, max_size=60), min_size=1, max_size=3),
       st.lists(st.tuples(st.integers(0, 2), st.integers(-3, 70), st.integers(-2, 70)), min_size=1, max_size=8))
def test_a_span_asked_of_the_folded_text_equals_the_span_folded_alone(texts, asks):
    # texts asked in turn (the cache of the last text replaced and asked again), spans of
    # every kind: the whole text, empty, past its end, negative ends
    for which, pos, endpos in asks:
        text = texts[which % len(texts)]
        assert _GATE.may_match(text, pos, endpos) == _plain(text, pos, endpos), (text, pos, endpos)
        assert _GATE.may_match(text) == _plain(text, 0, len(text))


def test_the_fold_keeps_every_character_in_its_place():
    text = "\u0130STANBUL \u212aIT \u017fail O\u0394\u039f\u03a3 \u03a3A"
    low = folded(text)
    assert len(low) == len(text)
    for pos in range(len(text) + 1):
        for end in range(pos, len(text) + 1):
            for w in ("is", "kit", "sail", "s", "k", "i"):
                assert (w in low[pos:end]) == (w in folded(text[pos:end]))


def test_a_span_is_read_from_its_own_text_not_the_last_one():
    first, other = "The column left.", "This mast sails."
    assert _GATE.may_match(first, 0, 4) is False
    assert _GATE.may_match(other, 0, 4) is True  # ("This": "is")
    assert _GATE.may_match(first, 0, 4) is False
    assert _GATE.may_match(other.upper(), 10, 15) is True  # ("SAILS")


def test_a_report_without_the_adverbs_is_not_searched_for_a_correction():
    plain = "A battalion moved from Kandahar to Herat as ordered, officials said."
    assert cp._AS_REPORTED_GATE.may_match(plain) is False
    assert cp._AS_REPORTED_GATE.search(plain) is None


def test_the_corrections_read_as_before():
    for text in ("The brigade went to Lashkar Gah, not Girishk as we first reported.",
                 "The ships sailed for Tartus rather than Latakia, as was ORIGINALLY stated.",
                 "Troops reached Goma, not Bukavu as this post wrongly said."):
        assert cp._AS_REPORTED_GATE.search(text) is not None
        found = [m.group("wrong") for m in cp._set_against(text, 0, len(text))]
        assert found == [m.group("wrong") for m in cp._NOT_AS_REPORTED.finditer(text)] and found
    near_miss = "The brigade went to Lashkar Gah, not Girishk, as we reported."  # (no adverb: no correction)
    assert cp._AS_REPORTED_GATE.search(near_miss) is None
    assert list(cp._set_against(near_miss, 0, len(near_miss))) == []
