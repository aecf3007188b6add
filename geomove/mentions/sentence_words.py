"""The lower-case words of a sentence, worked out once a sentence of a text: what a ranking rule
asks first when it looks for a word of its own list around a name (a vessel noun for
ship_ports.told_of_a_ship, a noun of talks for ContextRanking._venue_of_talks). Most sentences
write no such word, and each of their names is then passed by one set test, not by a walk over
the tokens around it (~2,400 names ranked a batch, every one asked)."""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

_SENTENCE = attrgetter("sentence")  # (a token's sentence index: tokens are in sentence order)
_LOWER = attrgetter("lower")


def sentence_words(finder, first: int, last: int | None = None) -> frozenset[str]:
    """The lower-case words of the sentence of token ``first`` (and of every sentence up to that
    of token ``last``, for a name written across a sentence break), kept in finder.per_text."""
    toks = finder.toks
    s, e = toks[first].sentence, toks[first if last is None else last].sentence
    known = finder.per_text.setdefault("sentence_words", {})
    words = known.get((s, e))
    if words is None:
        lo = bisect_left(toks, s, key=_SENTENCE)
        hi = bisect_left(toks, e + 1, lo, key=_SENTENCE)
        words = known[(s, e)] = frozenset(map(_LOWER, toks[lo:hi]))
    return words
