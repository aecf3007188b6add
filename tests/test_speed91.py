"""Session 45, speed91: a gate folds a text once and reads spans of the fold by offsets.

``Gate.may_match`` folded ``text[pos:endpos]`` at every ask not of the span asked just before
(1.64 M characters a batch of the 380, about 2.7 times the text). It now folds each text it is
asked of once, whole (a few texts kept, by identity), keeps for each gate the words the whole
fold holds (none: no span holds one), and reads a span of the fold. That is the per-span answer
only because folding maps each character to exactly one (so offsets agree) and a character's
ASCII fold does not depend on its neighbours: checked here over every code point, and the shared
fold against the per-span fold on random texts, spans and gates asked in turn."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import gates

ODD = "\u0130\u0131\u017f\u212a\u03a3\u03c3"  # dotted and dotless i, long s, Kelvin, capital and small sigma


def test_every_character_folds_to_one_and_its_ascii_fold_alone():
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code < 0xE000:
            continue  # (surrogates: not text)
        ch = chr(code)
        one = gates.folded(ch)
        assert len(one) == 1, hex(code)
        # in a word or not, a character folds to the same ASCII letter or to no ASCII letter
        for context in ("a" + ch, ch + "a", "\u0391" + ch + "\u0391", "\u0391" + ch + " "):
            at = context.index(ch)
            folded = gates.folded(context)
            assert len(folded) == len(context)
            if one.isascii() or folded[at].isascii():
                assert folded[at] == one, (hex(code), context)


def _per_span(words, text, pos, endpos):
    # (the definition before speed91: the span folded on its own)
    span = gates.folded(text[max(pos, 0):endpos])
    return any(w in span for w in words)


_ALPHABET = st.sampled_from("abikmorsAIKMORS .,\n" + ODD + "éÉüßΩЖ中")
_TEXTS = st.text(alphabet=_ALPHABET, min_size=0, max_size=60)
_WORDS = st.lists(st.text(alphabet=st.sampled_from("abikmors "), min_size=1, max_size=3), min_size=1, max_size=4)
_OFFSETS = st.one_of(st.integers(min_value=-3, max_value=70), st.just(gates._END))


@settings(max_examples=400, deadline=None)
@given(texts=st.lists(_TEXTS, min_size=1, max_size=7), gate_words=st.lists(_WORDS, min_size=1, max_size=4),
       asks=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3), _OFFSETS, _OFFSETS), min_size=1, max_size=40))
def test_the_shared_fold_answers_as_the_per_span_fold(texts, gate_words, asks):
    # texts built afresh (not interned), asked in turn by several gates: more texts than the table keeps
    texts = ["".join(list(t)) + "" for t in texts]
    made = [gates.Gate(re.compile("x"), words) for words in gate_words]
    for t_at, g_at, pos, endpos in asks:
        text = texts[t_at % len(texts)]
        gate = made[g_at % len(made)]
        assert gate.may_match(text, pos, endpos) == _per_span(gate.words, text, pos, endpos)
        assert gate.may_match(text) == _per_span(gate.words, text, 0, gates._END)


def test_a_text_changed_is_folded_again():
    gate = gates.Gate(re.compile("moved", re.I), ["moved"])
    first = "".join(["The column ", "MOVED to Lira."])
    second = "".join(["The column ", "stayed at Lira."])
    assert gate.search(first, 0, len(first)) is not None
    assert gate.search(second, 0, len(second)) is None
    for _ in range(gates._FOLDED_TEXTS_KEPT + 2):  # others push both out of the table
        gate.may_match("".join(["filler ", "text"]))
    assert len(gates._FOLDED_TEXTS) <= gates._FOLDED_TEXTS_KEPT
    assert gate.search(first, 11) is not None and gate.search(first, 0, 11) is None
    # a capital dotted I and a long s, folded in the whole text, still read by offsets
    odd = "Convoy \u0130N \u017fTATE: MOVED"
    for_words = gates.Gate(re.compile("(?i)in s"), ["in s"])
    assert for_words.may_match(odd, 7, 12) and not for_words.may_match(odd, 8, 12)
