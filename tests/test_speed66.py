"""s37 speed66: unknown_parts' kind-word constructions, searched only in the stretches of a text
that write their kind words (unknown_parts.kind_word_matches), find what the search of the whole
text finds, on random texts."""

import gc
import random
import time

from geomove.mentions.finder import _lower_case_words
from geomove.mentions.unknown_parts import (
    _AFTER_A_POSSESSIVE, _AFTER_THE_NAME, _BEFORE_THE_NAME, _PLURAL_BEFORE_THE_NAME, kind_word_matches)
from geomove.textutil import tokenize_with_texts

_KIND_PATTERNS = (_AFTER_THE_NAME, _AFTER_A_POSSESSIVE, _BEFORE_THE_NAME, _PLURAL_BEFORE_THE_NAME)

# words of the constructions (kind words, articles, "of", names with particles and possessives)
# and others, glued by spaces, commas, stops, brackets, hyphens, apostrophes and line breaks
_WORDS = ["the", "The", "a", "A", "of", "and", "village", "villages", "town", "towns", "township", "district",
          "districts", "quarter", "ward", "toward", "downtown", "city", "suburb", "suburbs", "neighbourhood",
          "Hodan", "Mogadishu", "Tripoli's", "Abu", "Salim", "Ngangi", "Masisi", "Hay", "al-Jihad", "Deir",
          "ez-Zor", "Émile", "Öre", "s", "'s", "Goma’s", "x_y", "42", "Port-au-Prince", "moved", "in",
          "district-level", "Town", "ward's",
          # (whole openings of the constructions, so that the random texts hold many)
          "the village of", "A town of", "the Hodan district of", "the villages of", "Kabul's Hodan district",
          "The towns of Ab, Cd and", "the suburbs of", "Kabul's Hodan district-wide",
          "the Hodan districts of"]
_GLUE = [" ", " ", " ", " ", "  ", ", ", ",", ". ", "; ", " (", ") ", "-", "\n", " \n ", "’", "'", "\t", "\xa0"]


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.choice((rng.randint(0, 6), rng.randint(0, 60)))):
        parts.append(rng.choice(_WORDS))
        parts.append(rng.choice(_GLUE))
    return "".join(parts)


def _spans(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


def _kind_word_matches(text: str):
    toks, texts = tokenize_with_texts(text)
    return kind_word_matches(text, _lower_case_words(toks, texts))


def test_kind_word_constructions_found_in_stretches_as_in_the_whole_text():
    rng = random.Random(66)
    found = 0
    for _ in range(2500):
        text = _random_text(rng)
        got = _kind_word_matches(text)
        for pattern, matches in zip(_KIND_PATTERNS, got):
            whole = _spans(pattern.finditer(text))
            assert _spans(matches) == whole, (pattern.pattern, text)
            found += len(whole)
    assert found > 2000  # (the random texts do hold the constructions)


def test_kind_word_constructions_read_in_a_text():
    text = ("Gunmen entered the Hodan district of Mogadishu, then the village of Ngangi; "
            "later Tripoli's Abu Salim district and the villages of Ngangi, Kiwanja and Rutshuru.")
    got = [m.group(m.lastgroup) for matches in _kind_word_matches(text) for m in matches]
    assert got == ["Hodan", "Abu Salim", "Ngangi", "Ngangi, Kiwanja and Rutshuru"]


def test_a_long_stretch_with_many_kind_words_costs_its_length():
    """A text of 200,000 characters with no character ending a stretch and a kind word every few
    words: each stretch is bounded once, not once a kind word."""
    text = " ".join(["the town of Ab cd"] * 12_000)
    _kind_word_matches("the town of Ab cd")  # (the patterns compiled first: a fresh clone builds them on first use)
    # (the garbage collector off while timed: in the full suite's process its passes over every
    # object the other tests left alive cost ~1.2 s of the ~60,000 tokens' allocations, 0.07 s alone)
    gc.disable()
    try:
        t = time.process_time()
        _kind_word_matches(text)
        spent = time.process_time() - t
    finally:
        gc.enable()
    assert spent < 1.0
