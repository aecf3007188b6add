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
clause. (The Kelvin sign lowers to "k" itself.)

Whole words: a gate of a long list (FEW_WORDS or more) whose pattern needs one of some words
standing whole (proven from the parse tree by :func:`whole_words`, kept in gate_words.json)
answers a whole text of up to LONGEST_TEXT characters from the text's set of words, made once
for the gates asking it in a row, instead of testing each of its words (speed153); a span of a
text (``search(text, pos, endpos)``) from the words starting inside it, read from the offsets the
report's own scans left (textutil.kept_word_index; speed155)."""

from __future__ import annotations

import json
import re
import sys
import zlib
from bisect import bisect_left
from pathlib import Path

from re import _constants as _op, _parser

from .textutil import ANY_WORD, kept_word_index, own_word_set

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
# the last whole text a gate of whole words asked, and its word set (textutil.word_set keeps one
# too, but other scans ask it of other texts between two gates' asks)
_last_words: tuple = ("", frozenset())
# a longer text keeps the loop, or reads the offsets its report's scans left (Gate._span_verdict):
# its word set costs more than the gates asking it save (the texts a list of nouns is asked of are
# clauses and noun phrases, ~100 characters; speed155 counted 2,000 2.1 M under 1,000)
LONGEST_TEXT = 2000


def _words_of(text: str) -> frozenset:
    """The text's words (own_word_set, the last text's kept), or a set of ANY_WORD alone for a
    long text or one own_word_set does not read. A set holding ANY_WORD (a non-ASCII word, which
    re.IGNORECASE may read as an ASCII one: "\u0130n" as "in") leaves the answer to the loop."""
    global _last_words
    words = own_word_set(text) if len(text) <= LONGEST_TEXT else None
    if words is None:
        words = _ANY
    _last_words = (text, words)
    return words


_ANY = frozenset({ANY_WORD})


# gate_words.json: per gate (by the CRC-32 of its pattern's text and its words), the words one of
# which its every match holds whole (tests/test_speed153.py proves each from the parse tree;
# tests/gate_words_table.py writes it). Read at the first gate of FEW_WORDS words: `places`
# builds none (geomove.dates' gates have fewer)
_WHOLE_WORDS: dict | None = None


def _whole_table() -> dict:
    global _WHOLE_WORDS
    if _WHOLE_WORDS is None:
        with open(Path(__file__).with_name("gate_words.json"), encoding="utf-8") as f:
            _WHOLE_WORDS = json.load(f)
    return _WHOLE_WORDS


# a gate of fewer words asks its loop: a text's word set (~30 instructions a character) pays for
# itself over several gates of long lists asking one text, not for a few words (speed153 counted
# `extract` with 3, 6 and 10: 10 the least; speed155 with 10, 15 and 20: 15 the least, the gates of
# 10-14 words' loops cheaper than their texts' word sets and their spans' bisects)
FEW_WORDS = 15


def gate_key(pattern_text: str, words) -> str:
    """gate_words.json's key of a gate: its pattern's text and its words (the entry's "sure" is of them)."""
    return format(zlib.crc32("\0".join((pattern_text, *words)).encode("utf-8")), "08x")


def _whole_entry(pattern_text: str, words: tuple) -> tuple:
    entry = _whole_table().get(gate_key(pattern_text, words)) if len(words) >= FEW_WORDS else None
    if entry is None:
        return None, False
    return frozenset(entry["words"]), entry["sure"]


class Gate:
    """``pattern`` searched only in spans that hold one of ``words`` (lower-case ASCII): the
    same results as the pattern's own ``search``/``match``/``sub``, where every match of the
    pattern holds one of the words (tests/test_speed41.py proves it for each gate).

    ``search``, ``match`` and ``finditer`` test the words themselves rather than through
    ``may_match`` (one Python call less an ask), and call the built pattern's method kept at the
    first ask (a KeptPattern asked from here, not from a module's global name, is never bound
    again: each call paid its generic look-up). ~100,000 asks a batch (speed115)."""

    __slots__ = ("pattern", "words", "_search", "_match", "_finditer", "_whole", "_sure", "_whole_any")

    def __init__(self, pattern: re.Pattern, words):
        self.pattern = pattern
        self.words = tuple(words)
        if not self.words or any(not w or not w.isascii() or w != w.lower() for w in self.words):
            raise ValueError(f"gate words are lower-case ASCII and not empty: {self.words!r}")
        self._search = self._match = self._finditer = None
        # (the words one of which every match holds whole, or None: see whole_words;
        # _sure: each holds one of the gate's words, so a text holding one passes the loop too)
        self._whole, self._sure = _whole_entry(pattern.pattern, self.words)
        # (the same with ANY_WORD: a span's word that is not ASCII may be one of them, see _span_verdict)
        self._whole_any = None if self._whole is None else self._whole | _ANY

    def _build(self) -> None:
        built = getattr(self.pattern, "built", None)  # (a KeptPattern: built at its first use)
        p = built() if built is not None else self.pattern
        self._search, self._match, self._finditer = p.search, p.match, p.finditer

    def _verdict(self, text: str, pos: int, endpos: int) -> bool | None:
        """A gate of whole words: False when no word it needs stands in text[pos:endpos] (no
        match), True when one may and each of its words holds a gate word (the pattern decides at
        once), None when the loop decides. The one decision of may_match, search, match and
        finditer. A whole text of up to LONGEST_TEXT characters is read from its word set, a span
        or a longer text from the offsets of its words when the report's scans left them."""
        if pos == 0 and endpos >= len(text) and len(text) <= LONGEST_TEXT:
            last_words = _last_words
            present = last_words[1] if last_words[0] is text else _words_of(text)
            if ANY_WORD in present:
                return None
            if self._whole.isdisjoint(present):
                return False
            return True if self._sure else None
        return self._span_verdict(text, pos, endpos)

    def _span_verdict(self, text: str, pos: int, endpos: int) -> bool | None:
        """_verdict of a span: the words of the span as the pattern sees them, from word_index's
        offsets kept for this very text (None, the loop, for any other: making an index here
        would push out the report's, which its scans then list again; speed153).

        ``re`` reads a span's start with the text before it (``\\b`` and look-behinds see the
        character before ``pos``) and its end as the string's end (``\\b`` and ``$`` match at
        ``endpos``). So a word the pattern needs whole starts at a word's start at or after
        ``pos`` (an ASCII word cut by ``pos`` has a word character before each of its pieces),
        and ends at a word's end or at ``endpos``: the last word starting before ``endpos`` is
        read cut there ("whoever" cut after "who" is "who"). A word that is not ASCII is ANY_WORD
        in the index: in the span it lets the pattern decide, cut by ``pos`` the loop (under
        re.ASCII its non-ASCII letters are no word characters, so a piece after ``pos`` may
        stand whole)."""
        index = kept_word_index(text)
        if index is None:
            return None
        starts, words = index
        end = endpos if endpos < len(text) else len(text)
        i = bisect_left(starts, pos)
        if i and words[i - 1] is ANY_WORD:
            return None
        j = bisect_left(starts, end, i)
        if j > i:
            cut = starts[j - 1] + len(words[j - 1]) - end  # (ANY_WORD, one character, is never cut)
            if (cut > 0 and words[j - 1][:-cut] in self._whole) or not self._whole_any.isdisjoint(words[i:j]):
                return True if self._sure else None
        return False

    def may_match(self, text: str, pos: int = 0, endpos: int = _END) -> bool:
        """Can the pattern match inside text[pos:endpos]? False only when no word of the gate is in it
        (or, for a gate of whole words asked of a whole text, no word it needs is a word of it)."""
        global _last_span
        pos = max(pos, 0)
        if self._whole is not None:
            verdict = self._verdict(text, pos, endpos)
            if verdict is not None:
                return verdict
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
        if self._whole is not None:
            verdict = self._verdict(text, pos, endpos)
            if verdict is False:
                return None
            if verdict:
                if self._search is None:
                    self._build()
                return self._search(text, pos, endpos)
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
        if self._whole is not None:
            verdict = self._verdict(text, pos, endpos)
            if verdict is False:
                return None
            if verdict:
                if self._match is None:
                    self._build()
                return self._match(text, pos, endpos)
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
        if self._whole is not None:
            verdict = self._verdict(text, pos, endpos)
            if verdict is False:
                return iter(())
            if verdict:
                if self._finditer is None:
                    self._build()
                return self._finditer(text, pos, endpos)
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


# --- words every match holds whole ---------------------------------------------------------------
#
# A gate of a long word list (a noun's kinds, ~50 words) asked of a short text tests each word as a
# substring, ~500 instructions a word, though most such patterns need one of their words standing
# whole (``\b(?:cargo|goods|...)\b``). For those the words the pattern needs whole are kept in
# gate_words.json (read from the parse tree by whole_words: parsing at run time cost 0.5 s for the
# 156 gates), and a text whose word set (textutil.own_word_set, made once a text and shared by
# the gates asking it in a row) holds none of them is answered at once. tests/test_speed153.py
# proves each entry from its pattern and compares the gates with the plain loop on built texts.

_LEFT_AT = frozenset({_op.AT_BOUNDARY, _op.AT_BEGINNING, _op.AT_BEGINNING_STRING, _op.AT_BEGINNING_LINE})
_RIGHT_AT = frozenset({_op.AT_BOUNDARY, _op.AT_END, _op.AT_END_STRING, _op.AT_END_LINE})
_NOT_WORD_CATEGORIES = frozenset({_op.CATEGORY_SPACE, _op.CATEGORY_NOT_WORD})
_REPEATS = (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT)
_NO_WORD_CHARACTER = [(_op.IN, [(_op.CATEGORY, _op.CATEGORY_WORD)])]
_MOST_WORDS = 500  # (a literal part spelling more words than this is not listed)


def _word_character(code: int) -> bool:
    return code < 128 and (chr(code).isalnum() or code == 95)


def _non_word_item(op, av) -> bool:
    """Does this item consume exactly one character that is no word character, whatever the
    flags? (ASCII punctuation and spaces: no case folding reaches a letter from them; a class
    of spaces or of \\W; a non-ASCII character under re.ASCII's \\W is a word of the text's word
    set's ANY_WORD, which every list holds.)"""
    if op is _op.LITERAL:
        return av < 128 and not _word_character(av)
    if op is _op.IN:
        return bool(av) and all((o is _op.CATEGORY and a in _NOT_WORD_CATEGORIES)
                                or (o is _op.LITERAL and a < 128 and not _word_character(a)) for o, a in av)
    return False


def _looks_at_no_word(av, direction: int) -> bool:
    """Is a negative look-around ``(?<!\\w)`` (direction -1) or ``(?!\\w)`` (1)?"""
    return av[0] == direction and len(av[1]) == 1 and list(av[1]) == _NO_WORD_CHARACTER


def _ends_non_word(items, k: int, before: bool) -> bool:
    """Is the character before the position after items[:k] no word character (or none),
    where a word character follows? ``before``: the same of the sequence's start."""
    if k == 0:
        return before
    op, av = items[k - 1]
    if op is _op.AT:
        return av in _LEFT_AT
    if op is _op.ASSERT_NOT and _looks_at_no_word(av, -1):
        return True
    if op in (_op.ASSERT, _op.ASSERT_NOT):  # (reads, consumes nothing)
        return _ends_non_word(items, k - 1, before)
    if op is _op.SUBPATTERN:
        return _ends_non_word(av[3], len(av[3]), _ends_non_word(items, k - 1, before))
    if op is _op.BRANCH:
        earlier = _ends_non_word(items, k - 1, before)
        return all(_ends_non_word(b, len(b), earlier) for b in av[1])
    if op in _REPEATS:
        return _ends_non_word(av[2], len(av[2]), False) and (av[0] >= 1 or _ends_non_word(items, k - 1, before))
    return _non_word_item(op, av)


def _starts_non_word(items, k: int, after: bool) -> bool:
    """Is the character after the position before items[k:] no word character (or none),
    where a word character precedes? ``after``: the same of the sequence's end."""
    if k == len(items):
        return after
    op, av = items[k]
    if op is _op.AT:
        return av in _RIGHT_AT
    if op is _op.ASSERT_NOT and _looks_at_no_word(av, 1):
        return True
    if op in (_op.ASSERT, _op.ASSERT_NOT):
        return _starts_non_word(items, k + 1, after)
    if op is _op.SUBPATTERN:
        return _starts_non_word(av[3], 0, _starts_non_word(items, k + 1, after))
    if op is _op.BRANCH:
        later = _starts_non_word(items, k + 1, after)
        return all(_starts_non_word(b, 0, later) for b in av[1])
    if op in _REPEATS:
        return _starts_non_word(av[2], 0, False) and (av[0] >= 1 or _starts_non_word(items, k + 1, after))
    return _non_word_item(op, av)


def _spelled(items) -> set | None:
    """The strings a sequence of literal parts can match (in the pattern's case), each run of
    characters that are no word's written as one space ("front\\s*lines?": "frontline", "front
    lines", ...), or None when some part is neither (a class of letters and more, a long repeat)."""
    out = {""}
    for op, av in items:
        if _non_word_item(op, av):
            part = {" "}
        elif op is _op.LITERAL:
            part = {chr(av)} if _word_character(av) else None
        elif op is _op.IN:
            part = {chr(a) for o, a in av if o is _op.LITERAL and _word_character(a)}
            part = part if len(part) == len(av) else None
        elif op is _op.SUBPATTERN:
            part = _spelled(av[3])
        elif op is _op.BRANCH:
            branches = [_spelled(b) for b in av[1]]
            part = None if any(b is None for b in branches) else set().union(*branches)
        elif op in _REPEATS:
            part = _repeat_spelled(av)
        elif op in (_op.ASSERT, _op.ASSERT_NOT):
            part = {""}  # (reads, consumes nothing)
        else:
            part = None
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > _MOST_WORDS:
            return None
    return out


def _repeat_spelled(av) -> set | None:
    low, high, body = av
    once = _spelled(body)
    if once is None:
        return None
    if once == {" "}:  # (a run of spaces or punctuation, however long, parts words as one does)
        return ({""} if low == 0 else set()) | {" "}
    if high > 2:
        return None
    return ({""} if low == 0 else set()) | (once if low <= 1 else set()) | ({a + b for a in once for b in once} if high == 2 else set())


def _whole_pieces(strings, left: bool, right: bool, prefer) -> set | None:
    """One word of each spelled string that stands whole in any text it is matched in: a piece
    between two of its spaces, or at its start where ``left`` (no word character before it) and
    at its end where ``right``. Of several, one holding a word of ``prefer``, then the longest."""
    out = set()
    for s in strings:
        pieces = s.split(" ")
        whole = [p for k, p in enumerate(pieces) if p and (k > 0 or left) and (k < len(pieces) - 1 or right)]
        if not whole:
            return None
        out.add(max(whole, key=lambda p: (any(g in p.lower() for g in prefer), len(p))))
    return out


def _better(best, words, key):
    return words if best is None or key(words) < key(best) else best


def _sequence_whole(items, before: bool, after: bool, key, prefer):
    """Words (in the pattern's case) one of which every match of the sequence holds whole, or None."""
    best = None
    for i, (op, av) in enumerate(items):
        left, right = _ends_non_word(items, i, before), _starts_non_word(items, i + 1, after)
        # a literal part from here (words, and spaces between them)
        for j in range(i + 1, len(items) + 1):
            strings = _spelled(items[i:j])
            if strings is None:
                break
            words = _whole_pieces(strings, left, _starts_non_word(items, j, after), prefer)
            if words is not None:
                best = _better(best, words, key)
        inner = None
        if op is _op.SUBPATTERN:
            inner = _sequence_whole(av[3], left, right, key, prefer)
        elif op is _op.ATOMIC_GROUP:
            inner = _sequence_whole(av, left, right, key, prefer)
        elif op is _op.BRANCH:
            branches = [_sequence_whole(b, left, right, key, prefer) for b in av[1]]
            inner = None if any(b is None for b in branches) else set().union(*branches)
        elif op in _REPEATS and av[0] >= 1:
            inner = _sequence_whole(av[2], left and av[1] == 1, right and av[1] == 1, key, prefer)
        elif op is _op.ASSERT and av[0] == 1:
            inner = _sequence_whole(av[1], left, False, key, prefer)
        if inner is not None:
            best = _better(best, inner, key)
    return best


def whole_words(pattern: re.Pattern, flags: int | None = None, gate_words=()) -> frozenset | None:
    """Lower-case words one of which every match of ``pattern`` holds as a whole word (a run of
    word characters with none on either side in the span searched), read from its parse tree;
    None when no such list is proven. A word is whole where the tree puts a boundary before and
    after a literal part: ``\\b``, ``^``/``$``, a look-around of ``\\w``, a space or punctuation
    consumed. The text's word holding a non-ASCII character (which re.IGNORECASE may match to an
    ASCII letter) is ANY_WORD in the text's word set: callers add it to the list.

    Of several such lists the one picked has each word holding one of ``gate_words`` (so it lets
    through no text the gate's own words stop), then the fewest words: "the" or "of" proves as
    much as a list of nouns, and stops nothing."""
    flags = pattern.flags if flags is None else flags

    def key(words):
        return (not all(any(g in w.lower() for g in gate_words) for w in words), len(words))

    found = _sequence_whole(_parser.parse(pattern.pattern, flags), False, False, key, gate_words)
    if found is None or any(not w.isascii() for w in found):
        return None
    return frozenset(w.lower() for w in found)


def whole_words_entry(gate: Gate) -> dict | None:
    """gate_words.json's entry of a gate (None: no list proven): its whole words, and whether each
    holds one of the gate's own words."""
    words = whole_words(gate.pattern, _pattern_flags(gate.pattern), gate.words)
    if words is None:
        return None
    return {"words": sorted(words), "sure": all(any(g in w for g in gate.words) for w in words)}


def _pattern_flags(pattern) -> int:
    built = getattr(pattern, "built", None)
    return (built() if built is not None else pattern).flags
