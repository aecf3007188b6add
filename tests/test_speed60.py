"""Session 36's speed work on the reading stage (speed60) gives the same answers: each shortcut
against the computation it replaces, on random texts of words, cues, punctuation and white
space, and on sentences written for these tests."""

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st

import geomove.textutil as textutil
from geomove.read.gates import Gate
from geomove.read.lexicon import _CUE_RE, _ROLE_CUES, cue_role
from geomove.read.plural_anaphor import PLURAL_GATE

# cue words, nouns of places, names, numbers, punctuation, white space and a few non-ASCII
# letters (the Kelvin sign, dotted and dotless i, the long s: re.IGNORECASE folds them onto ASCII)
_PIECES = st.sampled_from([
    "from", "to", "into", "towards", "via", "in", "at", "out of", "away from", "en route to", "on their way to",
    "as far as", "near", "through", "across", "past", "back to", "in the direction of", "fm", "FROM", "Into",
    "both", "two", "three", "the", "these", "towns", "cities", "villages", "bases", "camps", "settlements",
    "Kindu", "Goma", "Lake", "Tanganyika", "convoy", "moved", "sailed", "2025", ",", ";", "(", ")", "—", " ",
    "\n", "\t", "\u212a", "\u0130", "\u0131", "\u017f", "Ørsta", "Łódź", "x²", "_", "القامشلي"])

_TEXTS = st.lists(_PIECES, min_size=0, max_size=40).map(" ".join)


def _role_by_groupdict(m):
    """The role as roles._cue_for read it before: the first group of the match not None."""
    name = next(k for k, v in m.groupdict().items() if v is not None)
    return _ROLE_CUES[int(name[1:])][1]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("The convoy sailed from Kalemie across Lake Tanganyika towards Uvira, on its way to Bukavu.")
@example("Gunboats moved out of the harbour in the direction of the islands, as far as the reef.")
@example("The column was en route to Kindu, away from Kasongo, via Kibombo.")
def test_the_role_of_a_cue_is_that_of_its_one_group(text):
    """cue_role (m.lastgroup) names the one group of a cue match that holds a value."""
    for m in _CUE_RE.finditer(text):
        assert [v for v in m.groupdict().values() if v is not None] == [m.group(m.lastgroup)]
        assert cue_role(m) == _role_by_groupdict(m)


def _index_as_before(text):
    """word_index as it was: the text split, then each word lowered (a non-ASCII word ANY_WORD)."""
    pieces = textutil._WORD_SPLIT.split(text)
    ends = list(itertools.accumulate(map(len, pieces)))
    return ends[0:len(pieces) - 1:2], textutil._lowered(pieces[1::2], text.isascii())


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("MONUSCO Peacekeepers LEFT Bunia for Djugu; the FARDC_2 unit followed at 0400.")
@example("Troops of the \u212aivu brigade moved to Łódź and İzmir.")
def test_the_word_index_of_a_text_is_as_before(text):
    """word_index lowers an ASCII text once before splitting it: the same offsets and words."""
    textutil._last_index = ("", ([], []))  # (nothing kept from the text before)
    assert textutil.word_index(text) == _index_as_before(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 80), st.integers(0, 400))
@example("Government troops entered both towns on Tuesday.", 0, 100)
@example("The militia left the two camps and the villages near Jilib.", 5, 60)
@example("They reached BOTH TOWNS; the \u0130slands stayed quiet.", 0, 60)
def test_the_plural_gate_finds_what_its_pattern_finds(text, s, e):
    """PLURAL_GATE, now a Gate, answers as its pattern did on any span of a clause."""
    assert isinstance(PLURAL_GATE, Gate)
    want = PLURAL_GATE.pattern.search(text, s, e)
    got = PLURAL_GATE.search(text, s, e)
    assert (None if want is None else want.span()) == (None if got is None else got.span())
