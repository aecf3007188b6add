"""speed41: the reading stage's gates (geomove.read.gates) find what their patterns find.

A gate searches a clause with its pattern only when the clause holds one of the gate's words.
Each gate of the read wing is proven from its pattern's parse tree (every match holds a word),
and checked against the plain search on sentences of our own and on texts hypothesis builds
from them: cases changed, letters swapped for the non-ASCII ones that re.IGNORECASE matches to
ASCII letters, other words around, the span searched cut anywhere."""

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geomove.read.assemble  # noqa: F401  (imports every reading module, and so every gate)
from geomove.read import estimated_count as ec
from geomove.read.gates import Gate, folded, words_cover


def _all_gates():
    seen = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("geomove.") or module is None:
            continue
        for attr, value in vars(module).items():
            if isinstance(value, Gate):
                seen[id(value)] = (f"{name}.{attr}", value)
    return sorted(seen.values(), key=lambda nv: nv[0])


GATES = _all_gates()

# sentences of our own, each matched by one gate's pattern
OWN_SENTENCES = [
    "A column of hardware of up to 25 units drove north from the depot.",
    "Some 40 units of armoured vehicles were moved to the border on Friday.",
    "A brigade reckoned at about 3,000 left the camp for the coast.",
    "A force thought to number 500 crossed the river at night.",
    "The militia left the hills for the plain on Sunday, about 700 of them.",
    "Rebels withdrew from the town towards the lake, some 200 in all.",
    "Fighters moved into the valley, 90 altogether.",
    "A convoy left the port for the capital. Residents put it at some 50 vehicles.",
    "Observers estimated the column at 120 trucks.",
]

ODD = {"i": ["\u0130", "\u0131"], "s": ["\u017f"], "k": ["\u212a"], "I": ["\u0130", "\u0131"], "S": ["\u017f"], "K": ["\u212a"]}


def spans(m):
    return None if m is None else (m.span(), m.groups())


def test_at_least_the_estimate_gates_are_found():
    names = {name for name, _ in GATES}
    assert {"geomove.read.estimated_count._EQUIPMENT_UNITS_GATE",
            "geomove.read.estimated_count._ESTIMATE_AFTER_GATE"} <= names


@pytest.mark.parametrize("name,gate", GATES, ids=[n for n, _ in GATES])
def test_every_gate_is_proven_from_its_pattern(name, gate):
    assert words_cover(gate.pattern, gate.words), f"{name}: a match of its pattern may hold none of {gate.words}"


def test_the_proof_can_fail():
    # "altogether" holds none of them/all/total; a word no match needs proves nothing
    assert not words_cover(ec._TALLY, ("them", "all", "total"))
    assert words_cover(ec._TALLY, ("them", "all", "total", "together"))
    assert not words_cover(ec._EQUIPMENT_UNITS, ("tank",))
    assert not words_cover(re.compile(r"(?:units)?\d+", re.I), ("units",))  # optional: covers nothing
    assert not words_cover(re.compile(r"[u]nits|xy"), ("nits",))  # one branch holds no word
    assert words_cover(re.compile(r"(?:big\s+)+units|units?x", re.I), ("unit",))


def test_gate_words_must_be_lower_case_ascii():
    for words in [(), ("Units",), ("",), ("unité",)]:
        with pytest.raises(ValueError):
            Gate(ec._EQUIPMENT_UNITS, words)


def test_folding_keeps_every_case_insensitive_match_a_substring():
    for ch in map(chr, range(0x80, 0x3000)):
        for letter in "iks":
            if re.fullmatch(letter, ch, re.I):
                assert folded(ch) == letter, hex(ord(ch))


def test_own_sentences_read_the_same_through_the_gates():
    hits = 0
    for name, gate in GATES:
        for text in OWN_SENTENCES + [" ".join(OWN_SENTENCES)]:
            plain = gate.pattern.search(text)
            hits += plain is not None
            assert spans(gate.search(text)) == spans(plain), (name, text)
            assert gate.sub(" ", text) == gate.pattern.sub(" ", text)
    assert hits >= len(OWN_SENTENCES)


@st.composite
def _texts(draw):
    words = [w for _, g in GATES for w in g.words] + ["of", "at", "to", "some", "about", "2,000", "30", "them",
                                                       "units", "vehicles", "the", "in", "all", "it"]
    base = draw(st.sampled_from(OWN_SENTENCES))
    extra = draw(st.lists(st.sampled_from(words), max_size=6))
    at = draw(st.integers(0, len(base)))
    text = base[:at] + " ".join(extra) + " " + base[at:]
    chars = list(text)
    for i in draw(st.lists(st.integers(0, max(len(chars) - 1, 0)), max_size=6)):
        c = chars[i]
        chars[i] = draw(st.sampled_from(ODD.get(c, [c]) + [c.upper(), c.lower()]))
    return "".join(chars)


@settings(max_examples=400, deadline=None)
@given(_texts(), st.integers(-3, 200), st.integers(0, 400))
def test_gated_search_equals_plain_search_on_built_texts(text, pos, endpos):
    for name, gate in GATES:
        assert spans(gate.search(text, pos, endpos)) == spans(gate.pattern.search(text, pos, endpos)), name
        assert spans(gate.search(text)) == spans(gate.pattern.search(text)), name
        assert gate.sub(" ", text) == gate.pattern.sub(" ", text), name
