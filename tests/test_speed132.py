"""Session 54's speed work on the clause cuts (speed132) gives the same answers: each gated or
shortened search of read/cuts.py against the plain search of its pattern, on random texts built
from the patterns' own words (and white space, punctuation and the non-ASCII characters that
re.IGNORECASE folds onto ASCII letters), and on sentences written for these tests."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove.gates import words_cover
from geomove.read import cuts


def _spans(m_list):
    return [(m.start(), m.end(), m.group(0)) for m in m_list]


# the words of the patterns, words near them ("sad", "andes", "hand"), white space of several
# kinds, punctuation, and the characters a case-blind pattern folds ("\u017f" for s, "\u0130" for i)
_PIECES = st.sampled_from([
    "and", "And", "AND", "said", "says", "added", "adds", "announced", "stated", "confirmed", "reported", "that",
    "had", "has", "been", "were", "is", "was", "will", "not", "also", "then", "later", "due", "to", "expected",
    "likely", "quickly", "reportedly", "ly", "seen", "observed", "itself", "themselves", "about", "set",
    "troops", "the", "battalion", "Brigade", "sad", "andes", "hand", "sai", "\u017faid", "ha\u017f", "\u0130s", "D\u00fcren",
    " ", "  ", "\n", "\t", "\u00a0", "\u2009", ",", ".", ";", "'", "-", "\u2019", "3rd", "1,200", "",
])
_TEXTS = st.lists(_PIECES, max_size=30).map(" ".join) | st.lists(_PIECES, max_size=30).map("".join)


def test_the_gates_words_are_in_every_match():
    """Every match of _AND_SAID holds one of its gates' words, and "and" too (read from the
    pattern's parse tree, gates.words_cover)."""
    assert words_cover(cuts._AND_SAID.built() if hasattr(cuts._AND_SAID, "built") else cuts._AND_SAID, cuts._AND_SAID_GATE.words)
    assert words_cover(cuts._AND_SAID.built() if hasattr(cuts._AND_SAID, "built") else cuts._AND_SAID, ("and",))


@settings(max_examples=1500, deadline=None)
@given(_TEXTS, st.integers(0, 5), st.integers(0, 5))
@example("The unit left A and said that it reached B.", 0, 0)
@example("Troops moved\tand\nadded  that", 0, 0)
@example("Troops moved and \u017faid it", 0, 0)
def test_and_said_joins_are_the_patterns(text, a, b):
    """_and_said_joins finds what _AND_SAID.finditer finds, in any span of the text."""
    s, e = min(a, len(text)), max(len(text) - b, 0)
    assert _spans(cuts._and_said_joins(text, s, e)) == _spans(cuts._AND_SAID.finditer(text, s, e))


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
@example("")
@example("   ")
@example(" the 3rd battalion had been ")
@example(" a further 150 police officers are due to")
@example(" additional artillery was observed")
@example(" troops quickly")
@example(" troops, reportedly")
@example(" troops ha\u017f \u0130s")
@example(" troops has been\u00a0")
def test_before_verb_is_the_patterns(between):
    """_before_verb finds the match _BEFORE_VERB.search finds (its start and its words)."""
    new, old = cuts._before_verb(between), cuts._BEFORE_VERB.search(between)
    assert (new.start(), new.end()) == (old.start(), old.end())


def test_before_verb_words_hold_every_word_of_the_pattern():
    """Every letter word of _BEFORE_VERB's alternation is in _BEFORE_VERB_WORDS (so no chunk of a
    match is taken for a chunk that ends one), the "\\w+ly" alternative read by its ending."""
    import re
    source = cuts._BEFORE_VERB.pattern
    words = set(re.findall(r"[a-z]{2,}", source.replace(r"\s", " ").replace(r"\w", " "))) - {"ly"}
    assert words <= cuts._BEFORE_VERB_WORDS
    assert r"\w+ly" in source
