"""The name keys of the spans that open at one word of a run, worked out word by word.

The scan tries the spans of a run longest first (scan.RunScanner._longest_match_at), and the
first time it meets a span it asks whether any name has its spelling
(candidates.CandidateLookup.has_name): the span's ``name_key``, its ``plain`` form, each a
first sight of the whole spelling for their caches, then the key trie. Most spans of a run
are plain English words between spaces, and the key of such a span is the fold of its words
joined: the key of a span one word longer is the shorter one's with the next word's fold
after it, so the keys of every span from one word are worked out in one walk over its words.

A span's key is so written when, exactly as names.name_key would spell it:

- the span is ASCII (name_key's first branch: no Arabic letter, no transliteration), which the
  caller tests of the span's text, gaps included (``surface.isascii()``);
- its words are its tokens' words in turn: two tokens with no gap between them are not joined
  into one word (a letter or digit, or an apostrophe, which the fold deletes, on both sides:
  "Anne" + "'" + "s" is the one word "annes");
- at least one of its words is no Arabic article (names.ARTICLES): name_key drops the
  articles of a name of two words or more, and keeps them only when nothing else is left
  (or the name is the one word), so the key is the folds of the words that are no article.

Elsewhere (a first word that is an article, a token not ASCII, two tokens joined) the key is
None from that word on: the caller asks name_key as before.
"""

from __future__ import annotations

from ..names import ARTICLES, _fold_word, _latin_words

# the characters that make one word of two tokens written with no gap: letters and digits,
# and the apostrophe and backtick, which names._latin_words deletes
_JOINING = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'`")


def span_keys(toks, run: list[int], k: int, n: int) -> tuple[list[str | None], list[str | None]]:
    """(keys, plains) of the spans run[k:k+m], m = 1..n (index m; index 0 unused): keys[m] the
    span's name_key and plains[m] its names.plain form, where the key is the folds of the
    span's words that are no article (see the module's conditions); None where name_key must
    be asked. The caller tests that the span's text is ASCII before it reads keys[m]."""
    keys: list[str | None] = [None] * (n + 1)
    plains: list[str | None] = [None] * (n + 1)
    key = kept = ""  # (kept: the span's words that are no article, between spaces)
    prev = None
    for m in range(1, n + 1):
        tok = toks[run[k + m - 1]]
        text = tok.text
        if not text.isascii():
            break
        if prev is not None and prev.end == tok.start and prev.text[-1] in _JOINING and text[0] in _JOINING:
            break  # (two tokens written as one word)
        # (most tokens are letters only: their one word is the token lower-cased)
        for w in ((tok.lower,) if text.isalpha() else _latin_words(text)):
            if w not in ARTICLES:
                key += _fold_word(w)
                kept = f"{kept} {w}" if kept else w
        if kept:
            keys[m] = key
            plains[m] = kept
        prev = tok
    return keys, plains
