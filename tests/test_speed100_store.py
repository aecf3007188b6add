"""speed100 (issue 12): the store of kept answers keeps wordfreq's words up to EMPTY_WORDS
whatever they find (until session 48 the words of ranks WORDS to EMPTY_WORDS were kept only
where they found nothing); a word of those ranks read from the store is its live answer."""

from __future__ import annotations

import random

import pytest

from geomove.gazetteer import Gazetteer
from geomove.mentions import kept_answers
from geomove.mentions.finder import _Finder
from geomove.names import name_key


def test_every_word_looked_at_is_kept_whatever_it_finds():
    assert kept_answers.WORDS >= kept_answers.EMPTY_WORDS
    # (no word is then left to the trie of empty answers alone: empty_words gives none)
    assert list(kept_answers.empty_words(None, kept_answers.WORDS, kept_answers.EMPTY_WORDS)) == []


def test_words_of_the_once_empty_only_ranks_are_read_as_their_live_answers(gazetteer):
    """Words of ranks 100,000 to 300,000 that are keys of the index: each read from the default
    store (when it is fresh for this code) equals the answer worked out live, and those that
    find something are read from its table, not worked out."""
    if type(gazetteer) is not Gazetteer:
        pytest.skip("the store is read for the index reader class only")
    store = kept_answers.kept_answers_of(gazetteer)
    if store is None or not store._ready():
        pytest.skip("no fresh store of kept answers for this index and code")
    from wordfreq import top_n_list
    words = [w[:1].upper() + w[1:] for w in top_n_list("en", kept_answers.WORDS)[100_000:]]
    rng = random.Random(100)
    finder = _Finder("", gazetteer)
    finder.cand_cache = {}
    found = checked = 0
    for w in rng.sample(words, 400):
        k = name_key(w)
        if not (k and gazetteer.has_key(k)):
            continue
        kept = store.answer(w)
        live = finder._filtered_candidates(w, None)
        assert kept is not None, w
        assert kept == live, w
        checked += 1
        found += bool(live)
    assert checked > 100 and found > 20
