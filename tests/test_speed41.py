"""speed41: the reading stage's gates (geomove.read.gates) find what their patterns find.

A gate searches a clause with its pattern only when the clause holds one of the gate's words.
Each gate of the read wing is proven from its pattern's parse tree (every match holds a word),
and checked against the plain search on sentences of our own and on texts hypothesis builds
from them: cases changed, letters swapped for the non-ASCII ones that re.IGNORECASE matches to
ASCII letters, other words around, the span searched cut anywhere."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gate_texts import GATES, ODD, built_texts

import geomove.read.assemble  # noqa: F401  (imports every reading module, and so every gate)
from geomove.read import estimated_count as ec
from geomove.read.gates import Gate, folded, words_cover


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
    "Two columns moved, one from the north and the other from the coast.",
    "Police blocked a relief convoy bound for the ",
]


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


def _texts():
    # (built as tests/gate_texts.py builds them, from this file's sentences and these words)
    words = [w for _, g in GATES for w in g.words] + ["of", "at", "to", "some", "about", "2,000", "30", "them",
                                                       "units", "vehicles", "the", "in", "all", "it"]
    return built_texts(OWN_SENTENCES, words, ODD)


@settings(max_examples=400, deadline=None)
@given(_texts(), st.integers(-3, 200), st.integers(0, 400))
def test_gated_search_equals_plain_search_on_built_texts(text, pos, endpos):
    for name, gate in GATES:
        assert spans(gate.search(text, pos, endpos)) == spans(gate.pattern.search(text, pos, endpos)), name
        assert spans(gate.search(text)) == spans(gate.pattern.search(text)), name
        assert gate.sub(" ", text) == gate.pattern.sub(" ", text), name


# --- read.sentences_with: each sentence searched once, windows read from what was found -------

from geomove.read.places import _place_of, contains, same_place  # noqa: E402
from geomove.read.roles import RoleReading  # noqa: E402
from geomove.read.sentences_with import WIDE_WINDOW, SentencesWith  # noqa: E402

_CUE = re.compile(r"\bsaw\b[^.]*\boff\b", re.I)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["The minister saw them off.", "They left.", "Officials SAW the unit off at the port.",
                                 "Nothing here.", "saw", "off"]), min_size=1, max_size=3 * WIDE_WINDOW),
       st.lists(st.tuples(st.integers(-5, 3 * WIDE_WINDOW + 5), st.integers(0, 3 * WIDE_WINDOW)), min_size=1, max_size=6))
def test_sentences_with_equals_a_search_of_every_sentence_of_the_window(sentences, windows):
    text, spans = "", []
    for sentence in sentences:
        spans.append((len(text), len(text) + len(sentence)))
        text += sentence + " "
    index = SentencesWith(text, spans, _CUE)
    for lo, width in windows:  # narrow and wide windows in any order, on one index
        hi = lo + width
        plain = [i for i in range(max(lo, 0), min(hi, len(spans) - 1) + 1) if _CUE.search(text, *spans[i])]
        assert index.between(lo, hi) == plain


# --- roles._antecedent: the nearest place of the kind asked, tested against avoid only when reached

class _Places:
    _antecedent = RoleReading._antecedent
    # (session 34: the search itself, asked by _antecedent, which also asks for a town the
    # gazetteer does not know told after it -- none in the blank text here)
    _antecedent_told = RoleReading._antecedent_told
    # (read130: a town that ends a list of towns is no antecedent; asked only after ", " "and" "or")
    _listed_with_a_town = RoleReading._listed_with_a_town
    # (session 21: _antecedent reads the places told before it through one index a report)
    _places_told_by = RoleReading._places_told_by
    _places_and_tellers = RoleReading._places_and_tellers
    _NAMED_BY_KIND = RoleReading._NAMED_BY_KIND  # (read43: "the shoal" after "Scarborough Shoal")
    _WATERS_BY_NAME = RoleReading._WATERS_BY_NAME  # (s33: "the strait" by name, else by kind; not asked below)

    def __init__(self, places, datelines):
        self.places, self.datelines = places, datelines
        # (read48: _antecedent skips a place in the possessive before a force's name, which it
        # reads in the text; a blank text has none, so the plain filter below stays as it was)
        self.text = " " * (max([m["end"] for m in places], default=0) + 40)
        starts = [m["start"] for m in places]
        self._starts = {id(places): starts} if starts == sorted(starts) else {}
        self.teller_places = []  # (session 20: "Witnesses in X said ... left the city"; none here)

    def _the_capital(self, before, avoid=()):
        return None


from geomove.read.town_airport import airfield_told_by_its_town  # noqa: E402


def _antecedent_plainly(r, before, word, avoid=()):
    """roles._antecedent as it was written before speed41 (every place filtered first)."""
    kind = word.split()[-1]
    pool = [m for m in r.places if m["end"] <= before]
    if avoid:
        pool = [m for m in pool if not any(same_place(_place_of(m), d) or contains(_place_of(m), d) for d in avoid)]
        if kind == "country":
            pool = [m for m in r.datelines if m["end"] <= before and m.get("kind") == "country"] + pool
    wanted = {"city": {"city", "town"}, "town": {"town", "city", "village"}, "village": {"village", "town"},
              "base": {"base", "airfield", "camp"}, "airport": {"airfield", "base"},
              "garrison": {"base"}, "crossing": {"crossing"}, "capital": {"city"}, "region": {"region", "admin1", "admin2"},
              "area": {"region", "admin1", "admin2", "town", "city"}, "province": {"admin1"},
              "country": {"country"}}.get(kind)
    for m in reversed(pool):
        if kind in r._NAMED_BY_KIND:  # (read43, merged with speed41 in session 17)
            if kind in (m.get("surface") or "").lower().split() or kind in (m.get("name") or "").lower().split():
                return m
            continue
        if wanted is None or m.get("kind") in wanted or (kind == "country" and m.get("precision") == "country") \
                or (kind in ("city", "town", "village") and airfield_told_by_its_town(m)):  # (s54 gaz104)
            return m
    return None


_KINDS = ["city", "town", "village", "base", "airfield", "country", "admin1", "region", None]


@st.composite
def _place_lists(draw):
    out, at = [], 0
    for n in range(draw(st.integers(0, 12))):
        at += draw(st.integers(0, 30))
        length = draw(st.integers(1, 12))
        country = draw(st.sampled_from(["AA", "BB"]))
        kind = draw(st.sampled_from(_KINDS))
        out.append({"start": at, "end": at + length, "kind": kind, "country": country,
                    "name": draw(st.sampled_from([f"P{n % 4}", f"P{n % 4} Shoal"])),
                    "lat": draw(st.sampled_from([1.0, 1.01, 5.0])), "lon": 2.0, "admin1": draw(st.sampled_from(["P1", "Q"])),
                    "gazetteer_id": draw(st.sampled_from([None, "g1", f"g{n}"])),
                    "precision": "country" if kind == "country" else None})
        surface = draw(st.sampled_from([None, "P0", "P0 airport", "the city"]))  # (a town's name alone or a facility's)
        if surface is not None:
            out[-1]["surface"] = surface
        at += draw(st.integers(-length, length))  # (mentions may overlap or nest)
        at = max(at, 0)
    if draw(st.booleans()):
        out.sort(key=lambda m: m["start"])
    return out


@settings(max_examples=400, deadline=None)
@given(_place_lists(), _place_lists(), st.integers(0, 300),
       st.sampled_from(["the city", "the town", "the base", "there", "the country", "the area", "the province",
                        "the shoal"]),
       st.integers(0, 3))
def test_antecedent_equals_the_plain_filter(places, datelines, before, word, n_avoid):
    r = _Places(places, datelines)
    avoid = tuple(_place_of(m) for m in places[:n_avoid])
    assert r._antecedent(before, word, avoid) is _antecedent_plainly(r, before, word, avoid)


# --- two scans of every earlier item per item, now bisections ---------------------------------

from geomove.read.armed_groups import _inside_one  # noqa: E402
from geomove.read.count_told_after import COUNT_AFTER_CLAUSES, told_just_before  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 6)), max_size=12), st.integers(0, 90))
def test_a_use_inside_a_mention_found_by_bisection(gaps, at):
    found, pos = [], 0
    for gap, length in gaps:  # mentions in order and apart, as one scan's matches are
        found.append((pos + gap, pos + gap + length, "G"))
        pos += gap + length
    starts = [a for a, _, _ in found]
    assert _inside_one(found, starts, at) == any(a <= at < b for a, b, _ in found)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 40), max_size=15), st.integers(0, 45))
def test_a_movement_told_just_before_found_by_bisection(sentences, i):
    told_in = sorted(set(sentences))
    assert told_just_before(told_in, i) == any(i - COUNT_AFTER_CLAUSES <= s < i for s in sentences)
