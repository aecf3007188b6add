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


# the words of _OBJECT_WHO: its heads, articles and counts, force nouns (of one word and of
# several, "peacekeeping" before any word), ships, names and models, "of", the relative words,
# participles of being moved, and the words of what is said ("said that")
_OBJECT_PIECES = st.sampled_from([
    "to", "by", "with", "for", "from", "joining", "joined", "reinforce", "replaced", "relieved", "relieving",
    "taking over from", "took over from", "the", "a", "an", "some", "about", "150", "1,500", "Italian", "fresh",
    "troops", "soldiers", "forces", "officers", "senior", "gas", "reserves", "blue helmets", "peacekeeping",
    "battle", "group", "patrol boats", "border guard service", "company", "batch", "batches", "destroyer",
    "Caio Duilio", "HMS", "Kent", "F-35s", "Su-34s", "Regiment", "Mercian", "of", "contingent", "personnel",
    "that", "who", "which", "THAT", "Th\u0430t", "had", "been", "will", "was", "flown", "sent", "in", "back", "into",
    "returned", "withdrew", "arrived", "home", "said", "reported", "units", "armour", "infantry", "Monday",
    ",", " ,", ", ", ";", ".", "\u2019s", "-", "  ", "\n", "\u00a0",
])
_WORDS = st.lists(_OBJECT_PIECES, max_size=4).map(" ".join)
_GAP = st.sampled_from([" ", "  ", "\n", " , ", ", ", ",", " ,", "\u00a0", ""])
# a relative clause after a verb of relief and a force, as the pattern reads one, its parts drawn
# from the pieces above (so most are matches, and near misses one piece away)
_RELATIVE = st.tuples(
    _WORDS, st.sampled_from(["to", "by", "with", "from", "joining", "replaced", "replaced by", "relieving", "took over from", "reinforce", "the"]),
    st.lists(st.sampled_from(["the", "an", "some", "about", "150", "1,500", "the the"]), max_size=2).map(" ".join),
    st.lists(st.sampled_from(["Italian", "fresh", "armoured", "senior", "gas", "blue", "peacekeeping", "patrol", "border guard", "naval"]), max_size=3).map(" ".join),
    st.sampled_from(["troops", "forces", "officers", "reserves", "helmets", "boats", "service", "company", "batch", "destroyer",
                     "F-35s", "units", "contingent", "armour", "infantry", "personnel", "people", "men", "said"]),
    st.sampled_from(["", "Caio Duilio", "Mercian Regiment", "HMS Kent", "Kent", "kent"]),
    st.sampled_from(["", "of 150 officers", "of about 200 soldiers", "of some 1,500 men from the north", "of the", "of"]),
    _GAP, st.sampled_from(["that", "THAT", "who", "which", "said that", "flown in from", "that had been"]),
    _WORDS,
).map(lambda t: " ".join(x for x in t[:7] if x) + t[7] + " ".join(x for x in t[8:] if x))
_OBJECT_TEXTS = (st.lists(_OBJECT_PIECES, max_size=24).map(" ".join) | st.lists(_OBJECT_PIECES, max_size=24).map("".join)
                 | _RELATIVE)


@settings(max_examples=4000, deadline=None)
@given(_OBJECT_TEXTS, st.integers(0, 6), st.integers(0, 6))
@example("Ugandan troops handed the base to Somali forces, who arrived from Mogadishu.", 0, 0)
@example("The brigade replaced an armoured brigade that went home to Fort Hood.", 0, 0)
@example("They were relieved by a contingent of 150 officers that flew in.", 0, 0)
@example("replacing the 1st Battalion, Mercian Regiment, that returned home", 0, 0)
@example("replaced by peacekeeping helmets that left", 0, 0)
@example("replaced by peacekeeping men that left", 0, 0)
@example("replaced by Ghanaian peacekeeping men , that left", 0, 0)
@example("replacing Dutch F-35s that returned to Volkel", 0, 0)
@example("replaced by blue   helmets , that left", 0, 0)
@example("The army said that troops moved to X.", 0, 0)
def test_object_who_matches_are_the_patterns(text, a, b):
    """_object_who_matches finds what _OBJECT_WHO.finditer finds, in any span of the text."""
    s, e = min(a, len(text)), max(len(text) - b, 0)
    assert _spans(cuts._object_who_matches(text, s, e)) == _spans(cuts._OBJECT_WHO.finditer(text, s, e))


def test_a_that_after_said_is_not_searched():
    """The gate lets no "said that" through, and does let a force's "that" through."""
    text = "The ministry said that the convoy moved on."
    assert not cuts._noun_phrase_before(text, 0, text.index("that"))
    text = "replacing an armoured brigade that went home"
    assert cuts._noun_phrase_before(text, 0, text.index("that"))


def test_the_nouns_last_words_are_read_from_their_pattern():
    """_last_words reads the last word of every noun (of one word and of several, "\\s*" joined
    or not) and the words before a "\\w+"; a part it cannot read raises, it is never skipped."""
    import pytest
    ends, before_any = cuts._last_words(r"(?:troops|blue\s+helmets|coast\s*guards?|border\s+(?:guard\s+)?service|armou?r(?!ed|y)|(?<!gas\s)reserves|peacekeeping\s+\w+)")
    assert ends == {"troops", "helmets", "coastguard", "coastguards", "guard", "guards", "service", "armour", "armor", "reserves"}
    assert before_any == {"peacekeeping"}
    assert {"troops", "helmets", "vessels", "company", "batches"} <= cuts._NOUN_LAST_WORDS
    with pytest.raises(ValueError):
        cuts._last_words(r"(?:troops|[a-z]+men)")


def test_the_written_last_words_are_the_patterns():
    """_NOUN_LAST_WORDS and _BEFORE_ANY_NOUN_END, written out, are what _last_words reads from
    the nouns' pattern (lexicon's force nouns may grow: the list must follow)."""
    assert cuts._last_words(cuts._NOUN_ENDS) == (cuts._NOUN_LAST_WORDS, cuts._BEFORE_ANY_NOUN_END)
