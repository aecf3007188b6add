"""speed153: a gate of whole words asked of a whole text answers from the text's word set.

geomove/gate_words.json lists, per gate of at least FEW_WORDS words, words one of which every
match of its pattern holds whole (read from the parse tree by gates.whole_words). Checked here:
the file is what the parse trees prove; the proof refuses patterns where a word may be part of a
longer one; on texts hypothesis builds from each gate's own words, pieces of them, punctuation,
case changes and the letters re.IGNORECASE folds onto ASCII ones, every gate answers as the plain
word loop did (and every match holds a listed word); and sentences of our own read the same."""

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gate_words_table import TABLE, all_gates, table

from geomove import gates
from geomove.gates import Gate, folded, whole_words
from geomove.textutil import ANY_WORD, own_word_set, word_set

GATES = all_gates()
LISTED = [(name, gate) for name, gate in GATES if gate._whole is not None]


def spans(m):
    return None if m is None else (m.span(), m.groups())


def loop_passes(gate: Gate, text: str) -> bool:
    """The gate's test as it was: one of its words a substring of the folded text."""
    span = folded(text)
    return any(w in span for w in gate.words)


def test_the_table_is_what_the_parse_trees_prove():
    assert json.loads(TABLE.read_text(encoding="utf-8")) == table()


def test_the_big_gates_of_the_reader_are_listed():
    names = {name for name, _ in LISTED}
    assert {"geomove.read.no_force._CARGO_GATE", "geomove.read.no_force._GOODS_GATE",
            "geomove.read.assemble._MOVER_GATE"} <= names
    assert all(len(gate.words) >= gates.FEW_WORDS for _, gate in LISTED)


@pytest.mark.parametrize("pattern,expected", [
    (r"\bput\b", {"put"}),
    (r"\b(?:puts?|placed)\s+it", {"put", "puts", "placed"}),
    (r"(?<!\w)Put(?!\w)", {"put"}),
    (r"\b(?=\w)(?:forces?|(?<!senior\s)officers)\b", {"force", "forces", "officers"}),
    (r"^(?:the\s+)?cargo$", {"cargo"}),
    (r"\bhead(?:s|quarters)?(?:\s+of)?\b", {"head", "heads", "headquarters"}),
    (r"(?:\bin|\bat)\s+(?:the\s+)?port\b", {"port"}),  # (the fewest words)
    (r"\bput(?:s|-in)?\b", {"put", "puts"}),  # ("put-in": "put" stands whole before the hyphen)
    (r"\bfront\s*lines?\b", {"front", "frontline", "frontlines"}),
    (r"\b(?:semi|quarter)-?finals?\b", {"semifinal", "semifinals", "quarterfinal", "quarterfinals", "final", "finals", "quarter"}),
])
def test_whole_words_of_own_patterns(pattern, expected):
    assert whole_words(re.compile(pattern, re.I)) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"put\b",                    # "input" ends with it
    r"\bput",                    # "putting" starts with it
    r"\bputs?",                  # no boundary after the optional letter
    r"\bput\w*\b",               # a longer word
    r"\b(?:put|\w+ed)\b",        # one branch lists no word
    r"\bcease-fire\b",           # (two words, both whole: see below)
    r"\bput(?:s|\w)?\b",         # one more letter of any kind
    r"\bput(?:[a-z]s)?\b",       # a class of many letters
    r"\b(?:put)?\s+it",          # optional: covers nothing
])
def test_the_proof_refuses_words_that_may_be_parts(pattern):
    found = whole_words(re.compile(pattern, re.I))
    if pattern == r"\bcease-fire\b":
        assert found in ({"cease"}, {"fire"})  # ("-" is no word character: both halves stand whole)
    else:
        assert found is None


def test_a_text_with_a_non_ascii_word_or_a_long_one_is_left_to_the_loop():
    # "\u0130n" matches "in" under re.IGNORECASE: a text holding a non-ASCII word is no word set's
    assert ANY_WORD in gates._words_of("troops \u0130n town")
    assert gates._words_of("x " * gates.LONGEST_TEXT) == frozenset({ANY_WORD})
    assert gates._words_of("Troops, in TOWN_2") == {"troops", "in", "town_2"}


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("aZ_9 -.,'\u2019\u00e9\u0130\u017f\u212a\u00df\n\t\x1f\u00a0"), max_size=40))
def test_own_word_set_reads_the_words_word_set_reads(text):
    own = own_word_set(text)
    assert own is not None
    assert {w for w in own if "\x00" not in w} == word_set(text)


# --- texts built from each gate's own words -----------------------------------------------------

PUNCTUATION = [" ", " ", " ", ", ", ". ", "-", "'", "\u2019", "_", "/", "(", ")", "\n", "2", "s", "\u00e9"]
ODD = {"i": ["\u0130", "\u0131"], "s": ["\u017f", "\u00df"], "k": ["\u212a"]}
FILLER = ["the", "of", "in", "to", "from", "at", "and", "a", "troops", "town", "convoy", "said", "were", "was", "by"]


def _vocabulary(gate: Gate) -> list[str]:
    words = list(gate.words) + list(gate._whole - {ANY_WORD} if gate._whole else ())
    pieces = [w[:k] for w in words for k in (len(w) - 1, len(w) // 2) if k > 0] + [w[1:] for w in words if len(w) > 2]
    return sorted(set(words + pieces + FILLER))


def _own_words(gate: Gate) -> list[str]:
    return sorted(set(gate.words) | (gate._whole - {ANY_WORD} if gate._whole else set()))


@st.composite
def _built(draw, vocabulary, own):
    # (a third of the words the gate's own: a text holding one of them is where the answer turns)
    word = st.one_of(st.sampled_from(own), st.sampled_from(vocabulary), st.sampled_from(FILLER))
    parts = draw(st.lists(st.tuples(word, st.sampled_from(PUNCTUATION)), min_size=1, max_size=12))
    chars = list("".join(w + p for w, p in parts))
    for i in draw(st.lists(st.integers(0, len(chars) - 1), max_size=4)):
        c = chars[i]
        chars[i] = draw(st.sampled_from(ODD.get(c.lower(), []) + [c.upper(), c.lower(), c.title()]))
    return "".join(chars)


@st.composite
def _gate_and_text(draw):
    name, gate = draw(st.sampled_from(GATES))
    return name, gate, draw(_built(_vocabulary(gate), _own_words(gate)))


def _same_as_the_loop(name: str, gate: Gate, text: str) -> None:
    passes = loop_passes(gate, text)
    p = gate.pattern
    assert spans(gate.search(text)) == (spans(p.search(text)) if passes else None), (name, text)
    assert spans(gate.match(text)) == (spans(p.match(text)) if passes else None), (name, text)
    assert [spans(m) for m in gate.finditer(text)] == ([spans(m) for m in p.finditer(text)] if passes else []), (name, text)
    assert gate.findall(text) == (p.findall(text) if passes else []), (name, text)
    assert gate.sub("#", text) == (p.sub("#", text) if passes else text), (name, text)
    if gate._whole is not None and p.search(text) is not None:
        # the proof, on this text: a match holds a listed word, or a word the set cannot read
        assert not (gate._whole | {ANY_WORD}).isdisjoint(word_set(text)), (name, text)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_gate_and_text())
def test_every_gate_answers_as_the_loop_on_built_texts(case):
    _same_as_the_loop(*case)


@pytest.mark.parametrize("name,gate", LISTED, ids=[n for n, _ in LISTED])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_each_listed_gate_answers_as_the_loop(name, gate, data):
    _same_as_the_loop(name, gate, data.draw(_built(_vocabulary(gate), _own_words(gate))))


def _around(word: str) -> list[str]:
    """A word alone, in other cases, joined to others and cut, as a text may hold it."""
    odd = word.replace("i", "\u0130", 1).replace("s", "\u017f", 1)
    return [word, word.upper(), word.title(), f"({word})", f"{word}-{word}", f"x{word}", f"{word}s", f"{word}'s",
            f"{word}\u2019s", f"{word}_", f"{word}\u00e9", f"{word}2", odd, f"the {word} of the {word}s", word[:-1], word[1:]]


@pytest.mark.parametrize("name,gate", GATES, ids=[n for n, _ in GATES])
def test_each_word_of_each_gate_alone_and_in_a_text(name, gate):
    for word in _own_words(gate):
        for text in _around(word):
            _same_as_the_loop(name, gate, text)
            _same_as_the_loop(name, gate, f"Reports said {text}, later.")


OWN_SENTENCES = [
    "Three barges laden with cement left the river port for the coast.",
    "A convoy of forty trucks carrying flour reached the camp on Tuesday.",
    "Lorries full of maize were stopped at the checkpoint near the dam.",
    "The cargo-ship's crew said that soldiers had boarded it.",
    "Several hundred paratroopers were flown from the base to the island.",
    "The regiment's commander, a colonel, told reporters the unit would stay.",
    "CARGO AIRCRAFT BROUGHT TENTS AND BLANKETS TO THE VALLEY.",
    "\u0130nsurgents moved the \u017feized goods across the frontier.",
    "Armoured vehicles and troop carriers rolled into the square at dawn.",
    "The company's boss said that the firm would move its seat to the capital.",
]


@pytest.mark.parametrize("text", OWN_SENTENCES)
def test_own_sentences_read_the_same_through_every_gate(text):
    for name, gate in GATES:
        _same_as_the_loop(name, gate, text)
        _same_as_the_loop(name, gate, text.lower())
        _same_as_the_loop(name, gate, text.upper())


def test_a_span_of_a_text_keeps_the_loop():
    # the word set is of the whole text: a span cut inside a word ("barges" cut to "es") is no
    # word of it, so asks of a span are answered by the loop as before
    name, gate = next((n, g) for n, g in LISTED if n.endswith("._GOODS_GATE"))
    text = "xxcement and flour"
    for pos in range(len(text)):
        assert spans(gate.search(text, pos)) == spans(gate.pattern.search(text, pos)), pos
