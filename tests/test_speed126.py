"""Session 53's speed work on the reader's set-up (speed126) gives the same answers: the word
index (textutil.word_index, and a long text's chunks) read from a folded copy of the text split
at its spaces, against the split of the pattern (\\w+) it replaces, on random texts of ASCII and
non-ASCII characters and on sentences written for these tests."""

import itertools

from hypothesis import example, given, settings
from hypothesis import strategies as st

import geomove.textutil as textutil


def _index_by_the_pattern(text, offset=0):
    """The word index as the split of (\\w+) made it: every run of word characters, its offset,
    and the word in lower case (a word with a non-ASCII character ANY_WORD)."""
    pieces = textutil._WORD_SPLIT.split(text)
    ends = list(itertools.accumulate(map(len, pieces), initial=offset))
    words = [w.lower() if w.isascii() else textutil.ANY_WORD for w in pieces[1::2]]
    return ends[1:len(pieces):2], words


# words, numbers, punctuation of every kind, white space of every kind, and non-ASCII characters
# that are word characters ("é", the Kelvin sign, a superscript two, Arabic letters and digits) or
# not (curly quotes, dashes, a combining accent, a no-break space), and the NUL the fold stands
# a non-ASCII word character in by
_PIECES = st.sampled_from([
    "Troops", "moved", "from", "Goma", "to", "Bukavu", "FARDC_2", "2025", "1,200", "U.S.", "al-Asad", "o'clock",
    ",", ";", ".", "(", ")", "-", "'", '"', "/", "\\", "#", "@", "\x7f", "\x1c", "\x00", " ", "  ", "\n", "\t", "\r",
    "\u2019", "\u201c", "\u2014", "\u2013", "\u00a0", "\u0301", "\u212a", "\u0130", "\u0131", "\u017f", "x\u00b2",
    "Z\u00fcrich", "\u0141\u00f3d\u017a", "\u0627\u0644\u0642\u0627\u0645\u0634\u0644\u064a", "\u0663\u0664", "_"])
_TEXTS = st.one_of(st.lists(_PIECES, max_size=40).map("".join), st.text(max_size=60))


@settings(max_examples=600, deadline=None)
@given(_TEXTS)
@example("")
@example("   ")
@example("Patrol boats left Kigoma at 0600 and reached Kalemie, 120 km south.")
@example("The \u212avisa-bound column \u2014 40 trucks \u2014 crossed at Uvira\u2019s port.")
@example("A NUL \x00 and Z\u00fcrich in one text")
@example("\u00e9")
def test_the_word_index_is_the_patterns(text):
    """word_index lists the same offsets and words as the split of (\\w+)."""
    textutil._last_index = ("", ([], []))  # (nothing kept from the text before)
    assert textutil.word_index(text) == _index_by_the_pattern(text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 10_000))
@example("Convoys left Bunia.", 250_000)
def test_a_chunk_of_a_long_text_is_split_as_before(text, offset):
    """A long text's chunk (its offsets counted from where it starts) as the pattern split it."""
    assert textutil._split_words(text, offset) == _index_by_the_pattern(text, offset)


def test_a_long_text_is_listed_as_the_pattern_lists_it():
    """A text longer than LONG_TEXT, listed a chunk at a time, gives every word of the pattern's
    split, at its offset (words of non-ASCII characters among them)."""
    line = "The 3rd Battalion left Z\u00fcrich \u2014 40 trucks \u2014 for Bukavu\u2019s port; "
    text = line * (textutil.LONG_TEXT // len(line) + 50)
    textutil._last_chunks = ("", [])
    assert list(textutil._words_at(text)) == list(zip(*_index_by_the_pattern(text)))


# verbs of manner and near misses, the words a verb of manner goes before, and the words between
_MANNER_VOCAB = st.sampled_from([
    "raced", "stormed", "Stormed", "trundled", "sped", "turned", "crossed", "flown", "marched2", "walked_", "naïve",
    "into", "Into", "onto", "across", "toward", "towards", "towardsx", "intolerable", "pinto", "deep", "deeper",
    "further", "back", "Back", "the", "ridge", "Kalemie", "\u212a", "\u017f"])
_MANNER_GAPS = st.sampled_from([" ", "  ", "\n", "\t", ", ", "-", "\u2014", ". ", "", "'", "\u00a0"])
_MANNER_TEXTS = st.lists(st.tuples(_MANNER_VOCAB, _MANNER_GAPS), max_size=16).map(lambda parts: "".join(w + g for w, g in parts))


@settings(max_examples=600, deadline=None)
@given(_MANNER_TEXTS)
@example("Armoured cars trundled deeper into the hills and raced back across the ridge, then stormed onto the beach.")
@example("The column marched towards")
def test_the_manners_of_motion_are_the_patterns(text):
    """_manners_of_motion, which tries the pattern only before the words that may follow a verb
    of manner, finds what the pattern's finditer finds."""
    from geomove.read.clauses import _manners_of_motion
    from geomove.read.lexicon import _MANNER_OF_MOTION
    textutil._last_index = ("", ([], []))
    assert [(m.span(), m.groupdict()) for m in _manners_of_motion(text)] == \
        [(m.span(), m.groupdict()) for m in _MANNER_OF_MOTION.finditer(text)]
