"""Pins of session 30's speed45 changes: each quick test answers as the regex it spares."""

import itertools
import random

from geomove.gazetteer import ranking
from geomove.mentions.acceptance import _INSTALLATION_HEAD_ENDS, PERSON_NAMED_INSTALLATION_HEADS
from geomove.wordlists import CONTRACTION_RE


def _has_article_by_regex(name: str) -> bool:
    return bool(ranking._ARTICLE_RE.match(name.strip()))


def test_article_separators_are_what_the_regex_takes_after_an_article():
    # every code point: the set holds exactly the characters ``[-\s'’‘]`` matches
    taken = {chr(i) for i in range(0x110000) if ranking._ARTICLE_RE.match("al" + chr(i))}
    assert taken == ranking._ARTICLE_SEPARATORS


def test_has_article_answers_as_the_regex():
    # articles, their capitals, letters the case-insensitive regex folds (the long s, the Kelvin
    # sign), separators of every sort and white space around the name
    alphabet = ["a", "l", "A", "L", "d", "h", "s", "t", "u", "z", "e", "g", "k", "n", "r", "-", " ", "\t",
                "'", "’", "‘", "ſ", "\u212a", "\u00a0", "\u2003", "\x1c", "x", "\n"]
    names = ["".join(t) for n in range(5) for t in itertools.product(alphabet, repeat=n)]
    rng = random.Random(45)
    names += ["".join(rng.choice(alphabet) for _ in range(rng.randint(5, 9))) for _ in range(20000)]
    names += ["al-Hol", "Al Bab", "ash-Shaddadi", "Ras al-Ayn", "el-Arish", "Ad Dawr", "Aleppo", "Ul’yanovsk"]
    for name in names:
        assert ranking.has_article(name) == _has_article_by_regex(name), repr(name)
    assert ranking.has_article("al-Hol") and ranking.has_article(" Ash Shaddadi") and not ranking.has_article("Ras")


def test_every_contraction_holds_an_apostrophe():
    # (scan._no_reading_of_spelling asks the regex only of words with one)
    for word in ["don't", "I’ve", "we'll", "wasn't", "can’t", "Can't", "it's"]:
        assert CONTRACTION_RE.match(word)
        assert "'" in word or "’" in word
    for word in ["dont", "Ive", "well", "wasnt", "Kyiv", "Idlib"]:
        assert not CONTRACTION_RE.match(word)


def test_installation_head_ends_are_the_heads_last_words():
    assert _INSTALLATION_HEAD_ENDS == {head[-1] for head in PERSON_NAMED_INSTALLATION_HEADS}


def test_age_word_answers_as_the_regex():
    from geomove.mentions.persons import _AGE_WORD, _age_word
    from geomove.textutil import tokenize
    words = ["34-year-old", "Nine-Year-Old", "six-month-old", "two-WEEKS-OLD", "year-old", "34-year-olds",
             "old", "Kyiv", "bold", "-old", "x-old", "34-years-olD", "ſix-year-old", "34-year-ołd"]
    ages = 0
    for tok in tokenize(" ".join(words)):
        assert _age_word(tok) == (_AGE_WORD.match(tok.text) is not None), tok.text
        ages += _age_word(tok)
    assert ages >= 3  # ("34-year-old" is three tokens and more; "Nine-Year-Old" one)
    assert _age_word(tokenize("Nine-year-old")[0]) and not _age_word(tokenize("Kyiv")[0])


def test_possessive_answers_as_the_regex():
    from geomove.mentions.tokens import _POSSESSIVE_RE, _possessive
    for spelled in ["Martha's Vineyard", "Martha’s Vineyard", "Land's End", "Lands End", "O'Brien", "'s", "x's",
                    "Kings", "St. John's", "Smiths’", "Turkey's"]:
        assert _possessive(spelled) == (_POSSESSIVE_RE.search(spelled) is not None), spelled


def test_small_noun_within_answers_as_the_search():
    from geomove.mentions.appositions import _SMALL_NOUN_RE, _small_noun_within
    rng = random.Random(45)
    pieces = ["village", "villages", "town", "towns", "township", "townsfolk", "hamlet", "settlements", "locality",
              "localities", "localit", "Town", "the ", " ", ",", "x", "s", "v", "t", "ownship"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text) + 3)
        assert _small_noun_within(text, start, end) == (_SMALL_NOUN_RE.search(text, start, end) is not None), \
            (text, start, end)
