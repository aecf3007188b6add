"""A cheap test before a costly pattern: a clause is searched only when it holds one of a few
words that every match of the pattern must hold.

Most of the reader's patterns open with an alternation under ``re.IGNORECASE`` (``\\b(?:put|
estimated|...)``), which Python's engine tries at every character of the clause: no first
character it could skip to. Most clauses hold none of the words such a pattern needs, and a
substring test of the clause in lower case (a few C loops) says so for a tenth of the cost.

A :class:`Gate` is a pattern and its words. It is only as right as its words: every string the
pattern can match must contain one of them, as the text is folded below. tests/test_speed41.py
proves that for every gate from the pattern's own parse tree (:func:`words_cover`), and checks
on random texts that a gated search finds what the plain one finds.

Case: a clause is lowered with ``str.lower``; the three non-ASCII characters that
``re.IGNORECASE`` matches to an ASCII letter but ``str.lower`` does not lower to it (dotted and
dotless i, the long s) are folded first, so a match under the flag is a substring of the lowered
clause. (The Kelvin sign lowers to "k" itself.)"""

from __future__ import annotations

import re
import sys

from re import _constants as _op, _parser

# a character re.IGNORECASE matches to an ASCII letter that str.lower does not lower to it
_FOLD = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))
_END = sys.maxsize


def folded(text: str) -> str:
    """``text`` in lower case, with the characters re.IGNORECASE folds onto ASCII letters folded."""
    if text.isascii() or ("\u0130" not in text and "\u0131" not in text and "\u017f" not in text):
        # (none of the three to fold: the translation would return the text as it is, at ~650
        # instructions a character against ~25 for lower(); a non-ASCII report rarely holds one)
        return text.lower()
    # (each character replaced on its own, not by str.translate: translate costs ~650
    # instructions a character of the whole span, replace a memory scan; a long report joined
    # from many holds one such character somewhere, and each whole-text gate translated all of
    # it: 17 translations of a 2 MB text, 0.15 CPU s, against none in its parts; speed120)
    for char, ascii_letter in _FOLD:
        text = text.replace(char, ascii_letter)
    return text.lower()


# the last span a gate folded: (text, pos, endpos, folded span). Several gates ask of one
# clause in a row (a status's checks, a subject's tests): 45% of a batch's ~20,000 asks are of
# the span asked just before, folded again each time (speed58)
_last_span: tuple = ("", 0, 0, "")


class Gate:
    """``pattern`` searched only in spans that hold one of ``words`` (lower-case ASCII): the
    same results as the pattern's own ``search``/``match``/``sub``, where every match of the
    pattern holds one of the words (tests/test_speed41.py proves it for each gate).

    ``search``, ``match`` and ``finditer`` test the words themselves rather than through
    ``may_match`` (one Python call less an ask), and call the built pattern's method kept at the
    first ask (a KeptPattern asked from here, not from a module's global name, is never bound
    again: each call paid its generic look-up). ~100,000 asks a batch (speed115)."""

    __slots__ = ("pattern", "words", "_search", "_match", "_finditer")

    def __init__(self, pattern: re.Pattern, words):
        self.pattern = pattern
        self.words = tuple(words)
        if not self.words or any(not w or not w.isascii() or w != w.lower() for w in self.words):
            raise ValueError(f"gate words are lower-case ASCII and not empty: {self.words!r}")
        self._search = self._match = self._finditer = None

    def _build(self) -> None:
        built = getattr(self.pattern, "built", None)  # (a KeptPattern: built at its first use)
        p = built() if built is not None else self.pattern
        self._search, self._match, self._finditer = p.search, p.match, p.finditer

    def may_match(self, text: str, pos: int = 0, endpos: int = _END) -> bool:
        """Can the pattern match inside text[pos:endpos]? False only when no word of the gate is in it."""
        global _last_span
        pos = max(pos, 0)
        last = _last_span  # one read: another thread may replace it
        if last[0] is text and last[1] == pos and last[2] == endpos:
            span = last[3]
        else:
            span = folded(text[pos:endpos])
            _last_span = (text, pos, endpos, span)
        # (a loop, not any() over a generator: ~10 words a gate, ~20,000 asks a batch)
        for w in self.words:
            if w in span:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = _END):
        # (may_match's body, inlined: see the class's note)
        global _last_span
        if pos < 0:
            pos = 0
        last = _last_span
        if last[0] is text and last[1] == pos and last[2] == endpos:
            span = last[3]
        else:
            span = folded(text[pos:endpos])
            _last_span = (text, pos, endpos, span)
        for w in self.words:
            if w in span:
                if self._search is None:
                    self._build()
                return self._search(text, pos, endpos)
        return None

    def match(self, text: str, pos: int = 0, endpos: int = _END):
        global _last_span
        if pos < 0:
            pos = 0
        last = _last_span
        if last[0] is text and last[1] == pos and last[2] == endpos:
            span = last[3]
        else:
            span = folded(text[pos:endpos])
            _last_span = (text, pos, endpos, span)
        for w in self.words:
            if w in span:
                if self._match is None:
                    self._build()
                return self._match(text, pos, endpos)
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = _END):
        global _last_span
        if pos < 0:
            pos = 0
        last = _last_span
        if last[0] is text and last[1] == pos and last[2] == endpos:
            span = last[3]
        else:
            span = folded(text[pos:endpos])
            _last_span = (text, pos, endpos, span)
        for w in self.words:
            if w in span:
                if self._finditer is None:
                    self._build()
                return self._finditer(text, pos, endpos)
        return iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list:
        return self.pattern.findall(text, pos, endpos) if self.may_match(text, pos, endpos) else []

    def sub(self, repl, text: str):
        """``pattern.sub(repl, text)``; the text itself when no word of the gate is in it."""
        return self.pattern.sub(repl, text) if self.may_match(text) else text


def words_cover(pattern: re.Pattern, words) -> bool:
    """Does every string ``pattern`` matches hold one of ``words`` (lower-case), whatever the
    flags? Read from the pattern's parse tree: a sequence is covered when one of its items is
    (a run of literal characters holding a word, or a group, repeat of at least one, or
    alternation covered, or a look-ahead whose pattern is), an alternation when each branch is.
    Anything else (a class, a look-behind, a negative look-around, an optional part) covers
    nothing, so the answer errs only towards False. (An
    alternation the parser opened with the letters its branches share is read with them.)"""
    words = tuple(words)
    return _sequence_covered(_parser.parse(pattern.pattern, pattern.flags), words)


def _sequence_covered(items, words) -> bool:
    run = []
    for op, av in items:
        if op is _op.LITERAL:
            run.append(chr(av))
            continue
        if _run_covered(run, words):
            return True
        if run and op is _op.BRANCH and all(_run_covered(run + _leading(branch), words) or _sequence_covered(branch, words)
                                            for branch in av[1]):
            return True  # ("every|each" is parsed as "e" and "very|ach": each branch with the run before it)
        run = []
        if _item_covered(op, av, words):
            return True
    return _run_covered(run, words)


def _leading(items) -> list:
    """The literal characters a sequence opens with."""
    out = []
    for op, av in items:
        if op is not _op.LITERAL:
            break
        out.append(chr(av))
    return out


def _run_covered(run, words) -> bool:
    text = folded("".join(run))
    return any(w in text for w in words)


def _item_covered(op, av, words) -> bool:
    if op is _op.SUBPATTERN:
        return _sequence_covered(av[3], words)
    if op is _op.ATOMIC_GROUP:
        return _sequence_covered(av, words)
    if op is _op.ASSERT and av[0] == 1:
        # a look-ahead reads text after the match's start and, as the engine sees a span, before
        # its end: a word it needs is in the span the gate tests (a look-behind may read before it)
        return _sequence_covered(av[1], words)
    if op is _op.BRANCH:
        return all(_sequence_covered(branch, words) for branch in av[1])
    if op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
        return av[0] >= 1 and _sequence_covered(av[2], words)
    return False
