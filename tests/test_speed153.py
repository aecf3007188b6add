"""speed153: a gate of whole words asked of a whole text answers from the text's word set;
speed155: asked of a span, from the offsets of the text's words word_index kept.

geomove/gate_words.json lists, per gate of at least FEW_WORDS words, words one of which every
match of its pattern holds whole (read from the parse tree by gates.whole_words). Checked here:
the file is what the parse trees prove; the proof refuses patterns where a word may be part of a
longer one; on texts hypothesis builds from each gate's own words, pieces of them, punctuation,
case changes and the letters re.IGNORECASE folds onto ASCII ones, every gate answers as the plain
word loop did (and every match holds a listed word), of the whole text and of spans cut anywhere
(inside words too), with the text's word offsets kept and without; and sentences of our own read
the same. What ``re`` does at a span's edges, which the span's answer rests on, is checked too."""

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gate_words_table import TABLE, all_gates, table

from geomove import gates
from geomove.gates import Gate, folded, whole_words
from geomove import textutil
from geomove.textutil import ANY_WORD, own_word_set, word_index, word_set

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


# --- spans (speed155) ------------------------------------------------------------------------------

def loop_passes_in_span(gate: Gate, text: str, pos: int, endpos: int) -> bool:
    """The gate's test as it was, of a span."""
    span = folded(text[max(pos, 0):endpos])
    return any(w in span for w in gate.words)


def _same_as_the_loop_in_span(name: str, gate: Gate, text: str, pos: int, endpos: int) -> None:
    passes = loop_passes_in_span(gate, text, pos, endpos)
    p = gate.pattern
    case = (name, text, pos, endpos)
    for kept in (True, False):
        # (the span's answer from the offsets word_index keeps for this very text, then by the loop)
        textutil.word_index(text if kept else text + " ")
        assert spans(gate.search(text, pos, endpos)) == (spans(p.search(text, pos, endpos)) if passes else None), case
        assert spans(gate.match(text, pos, endpos)) == (spans(p.match(text, pos, endpos)) if passes else None), case
        assert [spans(m) for m in gate.finditer(text, pos, endpos)] == (
            [spans(m) for m in p.finditer(text, pos, endpos)] if passes else []), case
        assert gate.findall(text, pos, endpos) == (p.findall(text, pos, endpos) if passes else []), case
        assert gate.may_match(text, pos, endpos) or not passes or p.search(text, pos, endpos) is None, case


@st.composite
def _span_of(draw, text: str):
    # (any two offsets, just outside the text too: a span may start or end inside a word)
    pos = draw(st.integers(-2, len(text) + 2))
    return pos, draw(st.one_of(st.integers(pos - 1, len(text) + 2), st.just(gates._END)))


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_gate_and_text(), st.data())
def test_every_gate_answers_as_the_loop_on_spans_of_built_texts(case, data):
    name, gate, text = case
    text = "The spokesman of the force said " + text + " and then"
    pos, endpos = data.draw(_span_of(text))
    _same_as_the_loop_in_span(name, gate, text, pos, endpos)


@pytest.mark.parametrize("name,gate", LISTED, ids=[n for n, _ in LISTED])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_each_listed_gate_answers_as_the_loop_on_spans(name, gate, data):
    text = data.draw(_built(_vocabulary(gate), _own_words(gate)))
    pos, endpos = data.draw(_span_of(text))
    _same_as_the_loop_in_span(name, gate, text, pos, endpos)


@pytest.mark.parametrize("name,gate", LISTED, ids=[n for n, _ in LISTED])
def test_each_listed_word_in_every_span_around_it(name, gate):
    # every span of a few texts holding the word: cut before, inside and after it on each side
    for word in sorted(gate._whole):
        for text in (f"x {word} y", f"{word}s {word}ed", f"a{word}s, {word.upper()}-b", f"{word}\u00e9 {word}"):
            for pos in range(len(text) + 1):
                for endpos in range(pos, len(text) + 1):
                    _same_as_the_loop_in_span(name, gate, text, pos, endpos)


def test_re_reads_the_text_before_a_span_and_ends_the_string_at_its_end():
    # what the span's answer rests on: \b and a look-behind at pos see the character before it;
    # \b, $ and a look-ahead at endpos see the end of the string
    who = re.compile(r"\bwho\b", re.I)
    assert who.search("xwho", 1) is None
    assert re.compile(r"(?<!\w)who").search("xwho", 1) is None
    assert who.search("x who", 2).span() == (2, 5)
    assert who.search("whoever", 0, 3).span() == (0, 3)
    assert re.compile(r"who$").search("whoever", 0, 3).span() == (0, 3)
    assert re.compile(r"who(?!\w)").search("whoever", 0, 3).span() == (0, 3)
    assert re.compile(r"^who").search("awho", 1) is None
    # under re.ASCII a letter that is not ASCII is no word character: "who" stands whole after it
    assert re.compile(r"\bwho\b", re.I | re.A).search("\u00e9who", 1).span() == (1, 4)
    assert who.search("\u00e9who", 1) is None
    # the letters re.IGNORECASE folds onto ASCII ones
    assert who.search("\u017f W\u0130O") is None and re.compile(r"\bsin\b", re.I).search("\u017f\u0130n").span() == (0, 3)
    assert re.compile(r"\bkin\b", re.I).search("the \u212ain").span() == (4, 7)


def _object_who():
    return next(g for n, g in LISTED if n == "geomove.read.cuts._OBJECT_WHO_GATE")


def test_a_span_is_answered_from_the_kept_offsets_of_its_text():
    gate = _object_who()
    text = "Forces whose base fell and whoever came, who left."
    word_index(text)
    start = text.index("whose")
    assert gate._span_verdict(text, start, text.index(",")) is False   # ("whose", "whoever": no word whole)
    assert gate._span_verdict(text, start, start + 3) is True           # ("whose" cut after "who" is "who")
    assert gate._span_verdict(text, start + 1, start + 3) is False      # ("ho" inside a word)
    assert gate._span_verdict(text, text.index("who left"), len(text)) is True
    assert gate._span_verdict(text, 0, gates._END) is True
    # another text, even an equal one, keeps the loop: no index is made or replaced by a gate
    other = "".join(list(text))
    assert other == text and other is not text
    assert gate._span_verdict(other, start, start + 3) is None
    assert textutil.kept_word_index(text) is not None


def test_a_word_not_ascii_leaves_the_span_to_the_pattern_or_the_loop():
    gate = _object_who()
    for text in ("caf\u00e9who came", "\u0130who came", "W\u0130TH who", "\u212aelvin who"):
        word_index(text)
        for pos in range(len(text) + 1):
            for endpos in range(pos, len(text) + 1):
                _same_as_the_loop_in_span("_OBJECT_WHO_GATE", gate, text, pos, endpos)
    text = "caf\u00e9who came"
    word_index(text)
    assert gate._span_verdict(text, 5, len(text)) is None   # (cut inside a word that is not ASCII)
    assert gate._span_verdict(text, 0, len(text)) is True   # (ANY_WORD in the span: the pattern decides)


def test_a_long_text_asked_whole_reads_its_kept_offsets():
    gate = _object_who()
    text = "The troops stayed on. " * (gates.LONGEST_TEXT // 10) + "Soldiers who were flown in."
    assert len(text) > gates.LONGEST_TEXT
    word_index(text)
    assert gate._verdict(text, 0, gates._END) is True
    assert gate._verdict(text, 0, len(text) - 20) is False
    assert spans(gate.search(text)) == spans(gate.pattern.search(text))


@pytest.mark.parametrize("text", OWN_SENTENCES + [
    "The battalion, which the ministry had sent north, was moved again, said a spokesman in the port.",
    "Whoever drove the trucks that carried the guns, the observers at the crossing counted them.",
])
def test_own_sentences_read_the_same_in_every_span_through_every_gate(text):
    cuts = sorted({0, len(text)} | {k for k, c in enumerate(text) if c in " ,."} | {k + 2 for k, c in enumerate(text) if c == " "})
    for name, gate in LISTED:
        for a in cuts:
            for b in cuts:
                if a <= b:
                    _same_as_the_loop_in_span(name, gate, text, a, b)
