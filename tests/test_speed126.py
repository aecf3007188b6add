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


# the words of the five scans of the reader's set-up that are asked of the text's word set
# (took_back, tracked_between, handed_site_over, followed_on, under_way), near misses, and
# non-ASCII letters the case-insensitive patterns fold onto ASCII ones
_SCAN_VOCAB = st.sampled_from([
    "took", "Took", "ta\u212aen", "taking", "takes", "take", "back", "BACK", "home", "to", "into", "the", "contingent",
    "tracked", "shadowed", "trailed", "plotted", "was", "were", "later", "from", "towards", "hand", "handed",
    "Handing", "hands", "over", "follow", "followed", "Follows", "another", "third", "convoy", "A", "second",
    "troops", "rockets", "on", "its", "their", "way", "Way", "en", "route", "already", "is", "are", "Kalemie",
    "Uvira", "\u017f", "Z\u00fcrich", "handover", "takeover", "followers", "wayside"])
_SCAN_GAPS = st.sampled_from([" ", "  ", "\n", ", ", ". ", "-", "", "\u2019", "\t"])
# sentences of the five constructions, each slot one of its forms, a form with a letter the
# case-insensitive pattern folds (the Kelvin sign, the long s), or a near miss
def _slot(*words):
    return st.sampled_from(words)


_SCAN_SENTENCES = st.one_of(
    st.tuples(_slot("took", "TAKEN", "ta\u212aen", "take", "takeover"), st.just(" the contingent "), _slot("back", "home", "Back", "bac\u212a", "backed"),
              st.just(" "), _slot("to", "into", "onto"), st.just(" Kalemie.")),
    st.tuples(st.just("Troops "), _slot("were", "was", "had"), st.just(" "), _slot("later", "then", "quickly", "at"), st.just(" "),
              _slot("tracked", "Shadowed", "trailed", "plotted", "tra\u212aed", "trac\u212aed", "tracking"), st.just(" from Uvira to Kalemie.")),
    st.tuples(st.just("The battalion "), _slot("handed", "hands", "Handing", "hand", "handover"), st.just(" the base at Uvira "),
              _slot("over", "back", "Over", "overs"), st.just(" to the army.")),
    st.tuples(_slot("A second", "Another", "Two", "More"), st.just(" "), _slot("convoy", "troops", "criticism", "platoons"), st.just(" "),
              _slot("followed", "follows", "follow", "Followed", "followers"), st.just(" "), _slot("later", "by road", "soon"), st.just(" from Uvira.")),
    st.tuples(st.just("Troops "), _slot("were", "are", "is"), st.just(" "), _slot("already", "now", "still"), st.just(" "),
              _slot("on their way", "en route", "on its \u017fway", "on their Way", "on the wayside"), st.just(" to Uvira."))).map("".join)
_SCAN_TEXTS = st.lists(st.one_of(_SCAN_SENTENCES, st.tuples(_SCAN_VOCAB, _SCAN_GAPS).map("".join)), max_size=12).map(" ".join)


def _scans_ungated(text):
    """The five scans' matches as their patterns find them, with no gate."""
    from geomove.read import followed_on as fo, handed_split as hs, lexicon as lx, took_back as tb, tracked_between as tr
    from geomove.read.handed_site import hands_over_a_site
    from geomove.read.lexicon import _MOVER
    took = list(tb._TOOK_BACK_RE.finditer(text))
    tracked = [m for m in tr._TRACKED_FROM.finditer(text) if tr._BE_BEFORE.search(text[max(0, m.start() - 30):m.start()])
               is not None and not tr._munition_tracked(text, m.start())]
    handed = [m for m in hs._HANDED_SPLIT_RE.finditer(text)
              if (to := hs._PARTICLE_TO.search(text, m.end())) is not None and hands_over_a_site(text, m.end(), to.start())]
    followed = []
    for m in fo._FOLLOW_FROM.finditer(text):
        more = fo._ONE_MORE.search(text, max(0, m.start() - 80), m.start()) \
            or fo._COUNTED_SUBJECT.search(text, max(0, m.start() - 60), m.start())
        if more is not None and (_MOVER.search(text, more.start(), m.start()) is not None
                                 or fo._ORDINAL_ALONE.fullmatch(text, more.start(), m.start()) is not None):
            followed.append(m)
    under = [m for end in lx._UNDER_WAY_END.finditer(text)
             for m in [lx._UNDER_WAY.search(text, max(0, end.end() - 45), end.end())]
             if m is not None and m.end() == end.end() and not text[max(0, m.start() - 1):m.start()].isalnum()]
    return took, tracked, handed, followed, under


def _scans(text):
    from geomove.read.followed_on import followed_on
    from geomove.read.handed_split import handed_site_over
    from geomove.read.lexicon import under_way
    from geomove.read.took_back import took_back
    from geomove.read.tracked_between import tracked_between
    return took_back(text), tracked_between(text), handed_site_over(text), followed_on(text), under_way(text)


def _spans(found):
    return [[(m.span(), m.groupdict()) for m in each] for each in found]


@settings(max_examples=600, deadline=None)
@given(_SCAN_TEXTS)
@example("The aircraft took the outgoing contingent back to Kalemie.")
@example("A second convoy followed from Uvira. Troops were later tracked from Uvira to Kalemie.")
@example("The battalion handed the base over to the army; another unit was already on its way to Uvira.")
@example("The aircraft ta\u212aen the contingent back to Kalemie.")
def test_the_scans_asked_of_the_word_set_find_what_their_patterns_find(text):
    """Each scan, tried only where the text's word set holds its words, finds what its pattern
    (and its own tests after it) finds in the whole text."""
    textutil._last_index = ("", ([], []))
    textutil._last_set = ("", frozenset())
    assert _spans(_scans(text)) == _spans(_scans_ungated(text))


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_the_word_set_is_the_word_index_as_a_set(text):
    """word_set is the set of word_index's words, for the text asked (not the one kept before)."""
    textutil.word_set("Another text, kept before.")
    assert textutil.word_set(text) == frozenset(textutil.word_index(text)[1])
    assert textutil.any_word_of(text, frozenset(("goma", "moved"))) == bool({"goma", "moved"} & set(textutil.word_index(text)[1]))
