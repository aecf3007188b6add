"""The reading stage's shortcuts find exactly what the patterns they stand for find."""

import re

from hypothesis import given, settings, strategies as st

from geomove.read.clauses import _may_count, _manners_of_motion
from geomove.read.lexicon import _COUNT_RE, _MANNER_OF_MOTION

# words that make counts, manner-of-motion verbs and near misses, joined by varied gaps
_VOCAB = ["about", "some", "more", "than", "two", "Two", "twenty", "a", "dozen", "dozens", "hundreds",
          "thousands", "hundred", "tens", "1,200", "300", "Il-76", "C-130s", "45-strong", "soldiers",
          "troops", "trucks", "vehicles", "police", "men", "raced", "stormed", "Stormed", "turned",
          "crossed", "ed", "sped", "into", "towards", "toward", "onto", "across", "deep", "back", "further",
          "the", "town", "ſeven", "ſix", "naïve", "été", "walked_", "x3marched", "é", "seven"]
_GAPS = [" ", "  ", "\n", ", ", "-", "—", ". ", "\t", "", "'"]

texts = st.lists(st.tuples(st.sampled_from(_VOCAB), st.sampled_from(_GAPS)), max_size=14).map(
    lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 200))
def test_a_clause_without_a_number_word_has_no_count(text, s, length):
    e = min(len(text), s + length)
    s = min(s, e)
    if not _may_count(text, s, e):
        assert list(_COUNT_RE.finditer(text, s, e)) == []


def test_counts_told_in_words_or_digits_are_tried():
    for clause in ("They sent two hundred soldiers north.", "A dozen trucks left.", "some 1,500 troops",
                   "Dozens of vehicles", "thousands of men", "a 300-strong unit", "Seven buses drove off."):
        assert _may_count(clause, 0, len(clause)), clause
    quiet = "The column left the base at dawn and drove north."
    assert not _may_count(quiet, 0, len(quiet))


def _spans(matches):
    return [(m.start(), m.end(), m.groupdict()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_manner_verbs_found_at_word_starts_are_the_pattern_matches(text):
    assert _spans(_manners_of_motion(text)) == _spans(_MANNER_OF_MOTION.finditer(text))


def test_manner_verbs_in_a_sentence_of_our_own():
    text = "Armoured cars raced towards the ridge while the convoy stormed deep into the valley; it turned into a rout."
    assert [m.group("verb") for m in _manners_of_motion(text)] == ["raced", "stormed"]
    assert _spans(_manners_of_motion(text)) == _spans(_MANNER_OF_MOTION.finditer(text))
