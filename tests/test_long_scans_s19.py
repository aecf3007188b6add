"""Word scans of session 19 (issue 12): the candidate words of each scan picked from a chunk of
words by C-level passes answer as the Python step per word they replace, on random texts, with
chunks of a few characters (many cuts) and whole."""

import re

from hypothesis import given, settings, strategies as st

from geomove import textutil
from geomove.dates import _SCANS
from geomove.read import clauses

chars = st.sampled_from(list("ab Z_9.,\n-") + ["\u212a", "\u0130", "é", "ß", "\u00a0", "ſ"])
words = st.sampled_from(["ab", "moved", "rolled", "advanced", "marched", "2024", "9th", "May", "may", "on", "Jan",
                         "week", "later", "\u212aed", "ſed", "é", "_x", "the", "convoy", " ", " ", ", ", ". ", "\n"])
texts = st.one_of(st.lists(chars, max_size=120).map("".join), st.lists(words, max_size=60).map(" ".join))


def _starts_as_before(scan, text):
    keys = scan.first_words
    if scan.digits:
        return [p for p, w in textutil._words_at(text) if w in keys or w < ":" or w == textutil.ANY_WORD]
    return [p for p, w in textutil._words_at(text) if w in keys or w == textutil.ANY_WORD]


def _each_as_before(group, text):
    every = range(len(group.scans))
    out = [[] for _ in group.scans]
    for p, w in textutil._words_at(text):
        if w in group._table or w < ":" or w == textutil.ANY_WORD:
            for i in (group._table.get(w, ()) if w > ":" and w != textutil.ANY_WORD else group._numeric if w < ":" else every):
                out[i].append(p)
    return out


def _manners_as_before(text):
    return [(m.start(), m.end()) for p, w in textutil._words_at(text) if len(w) >= 5 and w.endswith("ed")
            for m in (clauses._MANNER_OF_MOTION.match(text, p),) if m is not None]


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(1, 12))
def test_chunked_candidate_words_are_the_per_word_scans(text, chunk):
    for long_text in (chunk, textutil.LONG_TEXT):
        kept = textutil.LONG_TEXT
        textutil.LONG_TEXT = long_text
        try:
            textutil._last_index = ("", ([], []))
            assert [list(c) for c in textutil.word_chunks(text)] and \
                [w for c in textutil.word_chunks(text) for w in zip(*c)] == list(textutil._words_at(text))
            for scan in _SCANS.scans:
                assert scan.starts(text) == _starts_as_before(scan, text)
            assert _SCANS.starts_of_each(text) == _each_as_before(_SCANS, text)
            assert [(m.start(), m.end()) for m in clauses._manners_of_motion(text)] == _manners_as_before(text)
        finally:
            textutil.LONG_TEXT = kept


def test_a_digit_scan_and_a_word_scan_pick_their_words():
    scan = textutil.WordAnchored(re.compile(r"\b(?:moved|\d+)\b"), ["moved"], digits=True)
    text = "Troops moved 30 km; \u212aids 9th then MOVED on."
    # ("moved", "30", the non-ASCII word, "9th", "MOVED"; not "km", "then", "on")
    assert scan.starts(text) == [7, 13, 20, 25, 34]
    assert [m.group() for m in scan.finditer(text)] == ["moved", "30"]

