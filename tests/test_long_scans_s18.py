"""Scans of a long text replaced by indexes (issue 12, session 18): each answers as the plain
scan it replaces, on random texts and offsets."""

import re

from hypothesis import given, settings, strategies as st

from geomove import textutil
from geomove.dates import DateMention, dates_within
from geomove.read.armed_groups import _groups
from geomove.read.said_twice import speaker_of_own_move

# words and gaps of every kind _words_at tells apart: ASCII, non-ASCII letters (the Kelvin
# sign, a dotted I), digits, underscores (word characters), spaces, punctuation, line breaks
chars = st.sampled_from(list("ab Z_9.,\n-") + ["\u212a", "\u0130", "é", "ß", "\u00a0", "ſ"])


def _plain_words(text):
    return [(m.start(), w.lower() if w.isascii() else textutil.ANY_WORD)
            for m in re.finditer(r"\w+", text) for w in (m.group(),)]


@settings(max_examples=400)
@given(st.lists(chars, max_size=120).map("".join), st.integers(1, 12))
def test_a_long_texts_words_by_chunk_are_the_plain_scans(text, chunk):
    kept = textutil.LONG_TEXT
    textutil.LONG_TEXT = chunk  # (chunks of a few characters: many cuts in a short text)
    try:
        assert list(textutil._words_by_chunk(text)) == _plain_words(text)
        if len(text) > chunk:
            assert list(textutil._words_at(text)) == _plain_words(text)
    finally:
        textutil.LONG_TEXT = kept
    assert list(textutil._words_at(text)) == _plain_words(text)  # (a short text: word_index)


def _date(start, end):
    return DateMention(start, end, "x", None, None, "day", False)


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=25)


@settings(max_examples=400)
@given(spans, st.booleans(), st.integers(-2, 70), st.integers(-2, 70))
def test_the_dates_within_two_offsets_are_the_plain_tests(pairs, in_order, lo, hi):
    dates = [_date(s, s + n) for s, n in pairs]
    if in_order:
        dates.sort(key=lambda d: d.start)
    plain = [d for d in dates if lo <= d.start and d.end <= hi]
    assert list(dates_within(dates, lo, hi)) == plain
    dates.append(_date(0, 1))  # (the same list grown: not the starts kept for it)
    assert list(dates_within(dates, lo, hi)) == [d for d in dates if lo <= d.start and d.end <= hi]


_GROUP_WORDS = ["JNIM", "al-Shabaab", "the CPC", "the Coalition of Patriots for Change (CPC)", "M23", "fighters",
                "said", "and", "that", "its", "had", "moved", "to", "Goma", ".", ","]


def _speaker_as_before(text, named, s, verb_at):
    """said_twice.speaker_of_own_move with its test of every group of the text."""
    from geomove.read.said_twice import _SAID_THEN_OWN
    groups = [(a, text[a:b]) for a, b, _name in _groups(text) if s <= a and b <= verb_at]
    for start, words in sorted(set(named) | set(groups), reverse=True):
        if start < verb_at and _SAID_THEN_OWN.fullmatch(text, start + len(words), verb_at):
            return words
    return None


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_GROUP_WORDS), max_size=40).map(" ".join), st.data())
def test_the_speaker_of_its_own_move_is_found_as_before(text, data):
    s = data.draw(st.integers(0, len(text)))
    verb_at = data.draw(st.integers(0, len(text) + 1))
    named = [(m.start(), m.group()) for m in re.finditer(r"fighters|M23", text) if m.start() >= s]
    assert speaker_of_own_move(text, named, s, verb_at) == _speaker_as_before(text, named, s, verb_at)
    every = _groups(text)
    assert [g[0] for g in every] == sorted(g[0] for g in every)
