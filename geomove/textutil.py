"""Sentences and word tokens with character offsets (no trained model needed).

Place matching needs three facts about every word: where it is (offsets into the input),
whether it is capitalised, and which sentence it is in. A regex tokenizer gives all three
and keeps hyphenated names ("al-Hasakah", "Syrian-Iraqi") and abbreviations ("U.S.") whole.
"""

from __future__ import annotations

import array
import bisect
import codecs
import itertools
import operator
import re

from .regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("textutil")

# A word: letters with inner hyphens/apostrophes ("Deir ez-Zor", "O'Brien"), but a final
# possessive 's is not part of it ("Russia's" -> "Russia"); or an abbreviation (U.S., U.K.);
# or a number.
_TOKEN_RE = _PATTERNS.compile(
    r"(?:[A-Z]\.){2,}"
    r"|[^\W\d_]+(?:[-'’ʼ](?![sS]\b)[^\W\d_]+)*"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\w\s]",
    re.UNICODE,
)

# Abbreviations after which a full stop does not end a sentence (and "incl.", "excl." of a
# post's lists: "column (~15 vehicles incl. Tigr, KamAZ) entering X", read68).
# an arrow between two places, as flight trackers and OSINT posts write a leg ("Bamako → Gao",
# "A -> B"): a Unicode arrow or an ASCII one, spaces or tabs around it (read.arrow_route reads the
# leg; mentions.acceptance takes the arrow as a cue, as "from" and "to")
ROUTE_ARROW = r"[ \t]*(?:→|⟶|➔|➝|-{1,2}>|=>)[ \t]*"
_ARROW_AFTER = _PATTERNS.compile(ROUTE_ARROW)
# the characters of which every arrow of ROUTE_ARROW holds one (">" ends the ASCII ones): a text
# that writes none of them has no arrow anywhere (tests/test_speed116.py)
ARROW_CHARACTERS = ("→", "⟶", "➔", "➝", ">")
_ARROW_BEFORE = _PATTERNS.compile(ROUTE_ARROW + r"$")


def arrow_role(text: str, start: int, end: int, reach: int = 8) -> str | None:
    """'origin' when an arrow follows the place at ``start``..``end``, 'destination' when one
    comes right before it (within ``reach`` characters), else None."""
    if _ARROW_BEFORE.search(text, max(0, start - reach), start):
        return "destination"
    if _ARROW_AFTER.match(text, end):
        return "origin"
    return None

ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm brig rep sen gov pres st mt ft rev jr sr
no vs etc jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept est approx fig
incl excl
""".split())

# Possessive quantifiers and the look-behind keep this linear: a run of 20,000 full stops is
# tried once from its start, not again from each of its stops (that was quadratic).
# Each branch opens with a character ([.!?] or a newline), so the regex engine skips ahead to
# the next such character instead of trying both branches at every position (half the time);
# the look-behind after the first stop, "(?<![.!?].)", is the one before it,
# "(?<![.!?])[.!?]", moved past the stop (the same matches, see test_warm_reading_identity).
# The pattern opens with one character class, [.!?\n], and each branch then checks which
# character it took (a look-behind of one character): re skips to the next such character in
# a C loop only when the pattern's first item is a class (a branch whose alternatives open
# with classes gets no such skip, and the whole match was tried at every character: 51 M of
# 71 M instructions to split 95 dev documents, now 13 M). The same matches (test_scan_speed39).
_SENT_END_RE = _PATTERNS.compile(
    r"[.!?\n](?:(?<=[.!?])(?<![.!?].)[.!?]*+[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\n*+)")


try:  # the C field reader of collections.namedtuple
    from _collections import _tuplegetter
except ImportError:  # (what namedtuple falls back to elsewhere)
    def _tuplegetter(index, doc):
        return property(operator.itemgetter(index), doc=doc)


class Token(tuple):
    """A word, number or punctuation token: ``Token.of(start, end, text, sentence=0,
    first_in_sentence=False)``, its offsets into the text, its sentence's index and whether it
    is the sentence's first word or number.

    A tuple underneath, as a namedtuple is: ``tokenize`` makes a batch's ~126,000 tokens by one
    C-level ``map`` (a dataclass object took a Python step each, ~0.4 us a token, a third of the
    tokenizer's time), and its fields are read by C getters, faster than instance attributes.
    ``lower`` and ``is_word`` (asked of nearly every token, the finder asks ``lower`` of one
    token dozens of times) are items too, worked out when the token is made. Equality and hash
    are the tuple's: two tokens are equal when their fields are (the derived items follow from
    ``text``). Tokens are immutable; ``repr`` reads as the dataclass's did.

    The class has no ``__new__`` of its own: ``Token(items)`` is tuple's C constructor, called
    by ``tokenize``'s map as a plain class call (a Python ``__new__`` made every call a Python
    step, and ``tuple.__new__(Token, items)`` an argument tuple and a walk of the bases more:
    36 M instructions of ~1,200 M for the tokens of the 380 dev documents, speed134). A token
    written by hand is made by :meth:`of`, from its five fields."""

    __slots__ = ()

    @classmethod
    def of(cls, start: int, end: int, text: str, sentence: int = 0, first_in_sentence: bool = False) -> "Token":
        return cls((start, end, text, sentence, first_in_sentence, text.lower(), text[:1].isalpha()))

    start = _tuplegetter(0, "offset of the first character")
    end = _tuplegetter(1, "offset after the last character")
    text = _tuplegetter(2, "the token as written")
    sentence = _tuplegetter(3, "index of the token's sentence (sentence_spans)")
    first_in_sentence = _tuplegetter(4, "the first word or number of its sentence?")
    lower = _tuplegetter(5, "text.lower()")
    is_word = _tuplegetter(6, "does it start with a letter?")

    def __repr__(self) -> str:
        return (f"Token(start={self[0]!r}, end={self[1]!r}, text={self[2]!r}, sentence={self[3]!r}, "
                f"first_in_sentence={self[4]!r})")

    @property
    def is_capitalised(self) -> bool:
        return self[2][:1].isupper()

    @property
    def is_upper(self) -> bool:
        text = self[2]
        if text.isascii():
            # ASCII letters are all cased: "no lower-case letter and some letter" is
            # str.isupper, a C loop (most tokens fail it at once)
            return text.isupper() and sum(c.isalpha() for c in text) > 1
        letters = [c for c in text if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)


def line_start_near(text: str, at: int, reach: int) -> int | None:
    """Where the line holding ``at`` starts, when that is at most ``reach`` characters before it;
    else None. A bounded search: a long text written on one line would otherwise be searched back
    to its start at each clause or name asked (read.place_label, mentions.acceptance's list item
    labels)."""
    nl = text.rfind("\n", max(0, at - reach), at)
    if nl >= 0:
        return nl + 1
    return 0 if at <= reach else None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; newlines always end one (paragraphs, headlines).

    The finder, the tokenizer and the clause splitter all ask for the same text's sentences:
    the spans of the last few texts are kept, so a text is split once (a fresh list each call)."""
    hit = _SPANS_SEEN.get(text)
    if hit is None:
        hit = _split_sentences(text)
        if len(text) > 200_000:
            return list(hit)  # a long text is read in sections (geomove.mentions); keep no copy
        if len(_SPANS_SEEN) >= 8:
            _SPANS_SEEN.pop(next(iter(_SPANS_SEEN)))
        _SPANS_SEEN[text] = hit
    return list(hit)


_SPANS_SEEN: dict[str, tuple[tuple[int, int], ...]] = {}


def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of :func:`sentence_spans`: _SENT_END_RE's matches, as ``finditer`` finds them,
    each stop after an abbreviation or an initial passed over.

    (speed140) The characters that may open a match, [.!?\n], are found by ``str.find``
    (memchr), not by the regex's search, which called its class test on every character (~40
    instructions); the match is tried only at those places. A stop closing a line or the text
    is passed over (the line's end ends the sentence there anyway); the common stop, ". X", is
    read without the regex; the word before a stop, in ASCII, by ``rstrip`` of the letters, and
    not at all after seven letters; the spans are trimmed in line, only where white space may
    be. The same spans as the search (tests/test_speed140.py keeps it as the reference): a
    match holds no other place where one may open (its further stops follow a stop, which the
    look-behind refuses; a run of newlines is one match), so trying each place left to right,
    past the end of the last match, finds what ``finditer`` found. The 380 dev documents'
    spans: 145.8 -> 80.1 M instructions (/tmp/s55/speed140/cgh.sh spans, less a run that only
    loads the texts)."""
    n = len(text)
    spans = []
    start = 0  # where the next sentence starts (before its white space is trimmed)
    after = 0  # the end of the last match: a place before it is inside it
    match = _SENT_END_RE.match
    for at in _match_places(text):
        if at < after:
            continue
        if text[at] == "\n":  # a run of newlines ends the sentence before it
            end = at
            after = at + 1
            while after < n and text[after] == "\n":
                after += 1
            while end > start and text[end - 1].isspace():
                end -= 1
        else:
            if at and text[at - 1] in ".!?":  # (the look-behind: a stop after a stop opens nothing)
                continue
            following = text[at + 1:at + 2]
            if following == "\n" or not following:
                # a stop closing a line or the text: the sentence ends there whether or not the
                # stop ends it (the newline's own end, trimmed back, falls right after the stop)
                continue
            if following == " " and text[at + 2:at + 3] in _OPENS_A_SENTENCE:
                after = at + 1  # ". X": the stop alone, the look-ahead met
            else:
                m = match(text, at)
                if m is None:
                    continue
                after = m.end()
            # the letters right before the stop: in ASCII, counted by rstrip within the 7
            # characters before it (seven letters are no abbreviation's, no initial's); else, or
            # after a newline ("$" of _LAST_WORD), by _after_an_abbreviation
            before = text[max(0, at - 7):at]
            if before.isascii() and before[-1:] != "\n":
                letters = len(before) - len(before.rstrip(_ASCII_LETTERS))
                if letters == 1 or 1 < letters < 7 and _is_abbreviation(text, at - letters, at, after):
                    continue
            elif _after_an_abbreviation(text, at, after):
                continue
            end = after  # (a stop or a closing quote before it: nothing to trim)
        while start < end and text[start].isspace():
            start += 1
        if start < end:  # not only white space
            spans.append((start, end))
        start = after
    span = _trim(text, start, n)
    if span[0] < span[1]:
        spans.append(span)
    return tuple(spans)


# the characters after ". " with which the look-ahead of _SENT_END_RE is met at once ([A-Z0-9])
_OPENS_A_SENTENCE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _match_places(text: str) -> list[int]:
    """Where a match of _SENT_END_RE may open, [.!?\n], in order: each character's places by
    ``str.find`` (memchr's pace between two; "!" and "?" only when the text writes them). (A
    ``split`` at each character, its pieces' lengths summed, cost more: a C loop over every
    character and a string a piece, 24 M instructions for the 380 dev documents against 16.)"""
    places: list[int] = []
    append = places.append
    find = text.find
    for ch in (".\n!?" if ("!" in text or "?" in text) else ".\n"):
        at = find(ch)
        while at >= 0:
            append(at)
            at = find(ch, at + 1)
    places.sort()
    return places


def _is_abbreviation(text: str, word_at: int, at: int, after: int) -> bool:
    """Is the word from ``word_at`` to the stop at ``at`` one of ABBREVIATIONS (and no month's
    closing a date: :func:`_month_ends_date`)?"""
    lower = text[word_at:at].lower()
    return lower in ABBREVIATIONS and not _month_ends_date(text, lower, word_at, after)


def _after_an_abbreviation(text: str, at: int, after: int) -> bool:
    """Does the stop at ``at`` (its match ending at ``after``) follow an abbreviation or an
    initial ("Gen. Smith", "U.S. forces", "J. Smith"), and so end no sentence? The word is
    _LAST_WORD's, the letters right before the stop within the 12 characters before it ("$"
    also matches before a newline closing them); in ASCII the letters are counted by
    ``rstrip``, the same run."""
    before = text[max(0, at - 12):at]
    if not before.isascii():
        word = _LAST_WORD.search(text, max(0, at - 12), at)
        if word is None:
            return False
        letters, word_at = word.group(1), word.start()
    else:
        if before[-1:] == "\n":  # ("$" before a closing newline)
            before = before[:-1]
        letters = before[len(before.rstrip(_ASCII_LETTERS)):]
        if not letters:
            return False
        word_at = max(0, at - 12) + len(before) - len(letters)
    if len(letters) == 1:
        return True
    lower = letters.lower()
    return lower in ABBREVIATIONS and not _month_ends_date(text, lower, word_at, after)


# the word right before a full stop (within the 12 characters before it)
_LAST_WORD = _PATTERNS.compile(r"([^\W\d_]+)$")
# a day's number right before a month's abbreviation ("on 29 NOV.", "on 3 Sept."), and after
# its stop a capitalised word: the date ends the sentence ("... to Kaunas on 29 NOV. It
# returned the next morning"); "Nov. 29" and "Gen. Smith" keep going
_MONTHS_ABBREVIATED = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAY_BEFORE = _PATTERNS.compile(r"\b[0-3]?[0-9]\s+$")
_CAPITAL_AFTER = _PATTERNS.compile(r"\s*[A-Z]")


def _month_ends_date(text: str, lower: str, word_at: int, after: int) -> bool:
    """Does the stop after the word ``lower`` (lower-cased, written from ``word_at``), a
    month's abbreviation written after a day's number, end the sentence, a capitalised word
    following it (at ``after``)?"""
    return lower in _MONTHS_ABBREVIATED \
        and _DAY_BEFORE.search(text, max(0, word_at - 4), word_at) is not None \
        and _CAPITAL_AFTER.match(text, after) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def tokenize(text: str) -> list[Token]:
    """Word, number and punctuation tokens with offsets and sentence indexes (see
    :func:`tokenize_with_texts`)."""
    return tokenize_with_texts(text)[0]


def tokenize_with_texts(text: str) -> tuple[list[Token], list[str]]:
    """:func:`tokenize`'s tokens and, beside them, the list of their texts (``[t.text for t in
    tokens]``), which the split makes anyway: the finder's passes over every token's spelling
    (its lower-case words, the run roles) read it instead of fetching each token's text again.

    Word, number and punctuation tokens with offsets and sentence indexes.

    Every field is worked out for all tokens at once by C-level passes (one ``re.split``, then
    ``map``/``accumulate`` over its pieces), and the tokens are made by one more (no Python
    step per token but the sentences' first words).
    The text is split once, not sentence by sentence: no token crosses a sentence's bounds or
    lies between two sentences (a sentence ends before white space or a newline and only white
    space is left out between sentences, and no token holds white space), so a sentence's
    tokens are those starting inside its span."""
    spans = sentence_spans(text)
    # gap, token, gap, token, ..., gap (str.isascii is a flag of the string, no pass over it)
    pieces = (_ASCII_TOKEN_SPLIT_RE if text.isascii() else _TOKEN_SPLIT_RE).split(text)
    texts = pieces[1::2]
    bounds = list(itertools.accumulate(map(len, pieces)))  # where each piece ends
    starts = bounds[0:len(pieces) - 1:2]  # a token starts where its gap ends
    ends = bounds[1::2]
    # each sentence's tokens end where the first token starting at or after its end stands (a
    # bisection a sentence, by C-level map); the sentence's index repeated over its tokens
    # (speed140: the Python loop over the sentences that did both cost ~5,000 instructions a
    # sentence)
    his = list(map(bisect.bisect_left, itertools.repeat(starts), map(_SECOND_ITEM, spans)))
    los = [0, *his]
    sentence_of = itertools.chain.from_iterable(  # (an iterator: the zip below reads it once)
        map(itertools.repeat, itertools.count(), map(operator.sub, his, los)))
    firsts = [False] * len(texts)
    for lo, hi in zip(los, his):  # the first word or number of each sentence
        if lo < hi:
            if texts[lo][0].isalnum():  # (most sentences open with one)
                firsts[lo] = True
                continue
            for j in range(lo + 1, hi):
                if texts[j][0].isalnum():
                    firsts[j] = True
                    break
    # an ASCII text's lower-case spellings by one lower() of its tokens joined by spaces (no token
    # holds white space, and lower() never writes one), split again: a C pass over the text, not a
    # call a token. Not for other texts: their tokens are mostly ASCII, each lowered by ASCII's
    # fast path, where the joined text would take the slow Unicode one throughout.
    lowers = " ".join(texts).lower().split(" ") if text.isascii() else map(str.lower, texts)
    # (a token is never empty: its first character, [0], is what [:1] gave, taken without a slice)
    words = map(str.isalpha, map(_FIRST_ITEM, texts))
    # each token made by the class's call from its seven items (tuple's own constructor: no
    # Python step per token)
    return list(map(Token, zip(starts, ends, texts, sentence_of, firsts, lowers, words))), texts


# _TOKEN_RE's tokens, written so that each match opens with one character class: the regex
# engine then skips to the next character a token may start with (no white space, no "_") in
# a C loop, where _TOKEN_RE tried its four branches at every position. The first character is
# taken, and a look-behind tells which branch it opens: (?:[A-Z]\.){2,} is [A-Z] then
# \.(?:[A-Z]\.)+, a word's first letter then [^\W\d_]*..., a number's first digit then \d*...,
# or one [^\w\s] character; a character none of them takes (a "²", a "_") starts no token, as
# before. The same tokens (test_token_scan_identity); re.split 0.037 -> 0.030 s for the dev docs.
# (The repeats of one character are possessive: what follows each is a character it cannot
# take, a stop, a hyphen or apostrophe, a comma, or nothing, so giving a character back never
# helps. The repeats of a group are greedy: Python 3.11.2's re (Debian 12's python3; CPython
# fixed it in 3.11.5, gh-100061) left its position where a failed try of a possessively repeated
# group stopped, after the group's own repeat or look-ahead: "Mali's" was one token under
# (?:[-'](?![sS]\b)[A-Za-z]++)*+, and "2024." under (?:[.,]\d++)*+, so a number closing a
# sentence took its stop. Nothing follows a group's repeat in the pattern, so the greedy repeat
# never gives an iteration back: the same tokens, on every release.)
# (speed134, the same tokens: two rewrites of the per-match work. A word opening with an ASCII
# lower-case letter, 70% of the tokens, is tried first: the word branch as it is, behind
# (?<=[a-z]), which no abbreviation opens, so such a word no longer tries the abbreviation's
# look-behind first; the branches then follow in their old order. And each group's repeat X* is
# written (?:XX*|): a branch whose alternative opens with a class is turned down by one test of
# the next character, where a repeat of a group set up its machinery for every word and number
# before finding no hyphen or stop after it; past the first X the greedy repeat is as before.
# Splitting the 380 dev documents: 342.8 -> 303.2 M instructions, tests/test_speed134.py.)
_WORD_TAIL = r"(?:[-'’ʼ](?![sS]\b)[^\W\d_]++)"
_NUMBER_TAIL = r"(?:[.,]\d++)"
_TOKEN_SPLIT_RE = _PATTERNS.compile(
    r"([^\s_](?:(?<=[a-z])[^\W\d_]*+(?:" + _WORD_TAIL + _WORD_TAIL + r"*|)"
    r"|(?<=[A-Z])\.(?:[A-Z]\.)+"
    r"|(?<=[^\W\d_])[^\W\d_]*+(?:" + _WORD_TAIL + _WORD_TAIL + r"*|)"
    r"|(?<=\d)\d*+(?:" + _NUMBER_TAIL + _NUMBER_TAIL + r"*|)"
    r"|(?<=[^\w\s])))",
    re.UNICODE,
)
# _TOKEN_SPLIT_RE for a text all in ASCII (269 of the 380 dev documents), each class written
# as the ASCII characters it takes: \s is [ \t\n\r\f\v\x1c-\x1f] there, [^\W\d_] is [A-Za-z],
# \d is [0-9], and \b falls where it fell (\w is [A-Za-z0-9_] there). A set of ranges is one
# bit test a character where the Unicode categories were three look-ups: the 269 texts split
# in 12.7 ms against 18.7 (test_speed50 compares the two on ASCII texts, and each class
# character by character).
_ASCII_SPACE = r" \t\n\r\f\v\x1c-\x1f"
_ASCII_WORD_TAIL = r"(?:[-'](?![sS]\b)[A-Za-z]++)"
_ASCII_NUMBER_TAIL = r"(?:[.,][0-9]++)"
_ASCII_TOKEN_SPLIT_RE = _PATTERNS.compile(
    r"([^" + _ASCII_SPACE + r"_](?:(?<=[a-z])[A-Za-z]*+(?:" + _ASCII_WORD_TAIL + _ASCII_WORD_TAIL + r"*|)"
    r"|(?<=[A-Z])\.(?:[A-Z]\.)+"
    r"|(?<=[A-Za-z])[A-Za-z]*+(?:" + _ASCII_WORD_TAIL + _ASCII_WORD_TAIL + r"*|)"
    r"|(?<=[0-9])[0-9]*+(?:" + _ASCII_NUMBER_TAIL + _ASCII_NUMBER_TAIL + r"*|)"
    r"|(?<=[^A-Za-z0-9_" + _ASCII_SPACE + r"])))"
)
_FIRST_ITEM = operator.itemgetter(0)
_SECOND_ITEM = operator.itemgetter(1)


# --- fast scans for patterns that can only start at one of a few words ----------------------

_WORD_RUN = _PATTERNS.compile(r"\w+")
_WORD_SPLIT = _PATTERNS.compile(r"(\w+)")
# a word with any non-ASCII character: a few non-ASCII letters match ASCII ones case-insensitively
# (the Kelvin sign, the long s, dotted and dotless i), so such a word is tried by every scan
ANY_WORD = "\uffff"
_last_index: tuple[str, tuple[list[int], list[str]]] = ("", ([], []))


def word_index(text: str) -> tuple[list[int], list[str]]:
    """The offsets of the text's words (runs of word characters) and the words in lower case
    (a non-ASCII word as :data:`ANY_WORD`), from C-level passes: no Python step per word. The
    last text's index is kept (the trigger scan and the date scans read the same report)."""
    global _last_index
    last = _last_index  # one read: another thread may replace it
    if last[0] == text:
        return last[1]
    index = _split_words(text)
    _last_index = (text, index)
    return index


# every ASCII character a word holds (\w of ASCII) as itself in lower case, every other as a
# space: a text so folded keeps its length and its words' offsets, and str.split(" ") lists its
# words with no pattern tried at every character (speed126: the split of (\w+) and the two
# strings it made a word, gap and word, were 368 M instructions of `extract` on the 380, 190 M so)
_WORD_FOLD = str.maketrans({c: (chr(c).lower() if chr(c).isalnum() or chr(c) == "_" else " ")
                            for c in range(128)})
# (the same of an ASCII text as bytes, where a non-ASCII word character was written "\x00" and stays
# so: _NON_ASCII_FOLD)
_WORD_FOLD_BYTES = bytes(ord(_WORD_FOLD[c]) if c else 0 for c in range(128)) + bytes(range(128, 256))
_ONE_WORD_CHARACTER = _PATTERNS.compile(r"\w")


def _non_ascii_fold(error: UnicodeEncodeError):
    """The encoding's stand-ins for a run of non-ASCII characters: "\x00" for a word character
    (as the pattern \\w reads it: "é", "Ł", the Kelvin sign), a space for any other ("’", "–")."""
    run = error.object[error.start:error.end]
    return "".join("\x00" if _ONE_WORD_CHARACTER.match(c) else " " for c in run), error.end


_NON_ASCII_FOLD = "geomove-word-fold"
codecs.register_error(_NON_ASCII_FOLD, _non_ascii_fold)


def _split_words(text: str, offset: int = 0) -> tuple[list[int], list[str]]:
    """The offsets (from ``offset``) and lower-case words of ``text``, as word_index lists them:
    the text folded (_WORD_FOLD) and split at its spaces, one piece a word or an empty string
    between two characters that are no word's."""
    ascii_text = text.isascii()
    if ascii_text:
        folded = text.translate(_WORD_FOLD)
    elif "\x00" in text:  # (the stand-in of a non-ASCII word character: the pattern's split instead)
        pieces = _WORD_SPLIT.split(text)
        ends = list(itertools.accumulate(map(len, pieces), initial=offset))
        return ends[1:len(pieces):2], _lowered(pieces[1::2], False)
    else:
        # (a few non-ASCII characters in a text: each a stand-in by the encoder's error handler)
        folded = text.encode("ascii", _NON_ASCII_FOLD).translate(_WORD_FOLD_BYTES).decode("ascii")
    pieces = folded.split(" ")
    # (the piece k starts after the k pieces before it and their k spaces)
    starts = list(itertools.compress(itertools.accumulate(map(operator.add, map(len, pieces), itertools.repeat(1)), initial=offset),
                                     pieces))
    words = list(filter(None, pieces))
    if not ascii_text:
        for k in itertools.compress(itertools.count(), map(operator.contains, words, itertools.repeat("\x00"))):
            words[k] = ANY_WORD  # (a word with a non-ASCII character)
    return starts, words


def kept_word_index(text: str) -> tuple[list[int], list[str]] | None:
    """word_index's kept index when it is of this very text object, else None: nothing is made or
    replaced (the gates read a report's offsets for their asks of its spans; speed155)."""
    last = _last_index  # one read: another thread may replace it
    return last[1] if last[0] is text else None


# above this length a text's words are listed one at a time, never all at once: a 10 MB report
# has ~1.7 million words, whose index would take ~150 MB
LONG_TEXT = 200_000


def _words_at(text: str):
    """(offset, lower-case word or ANY_WORD) of each word of the text, in order."""
    if len(text) <= LONG_TEXT:
        return zip(*word_index(text))
    return _words_by_chunk(text)


_NON_WORD = _PATTERNS.compile(r"\W")
_DIGIT_FIRST = ":".__gt__  # a word (a run of word characters) below ":" begins with a digit


def _words_by_chunk(text: str):
    """:func:`_words_at` of a long text (see _word_chunks_of_long)."""
    for starts, words in _word_chunks_of_long(text):
        yield from zip(starts, words)


# the chunks of the last long text listed to its end (_word_chunks_of_long)
_last_chunks: tuple[str, list] = ("", [])


def _word_chunks_of_long(text: str):
    """A long text's words, a chunk of about LONG_TEXT characters at a time, each cut before a
    character that is no word character (so no word runs across a cut), its words listed as
    word_index lists them (C-level passes; a step of Python per word, as the pattern's finditer
    gave them, cost a long report about twice its parts' word scans): (offsets, words) pairs.

    The last long text's chunks are kept once listed to the end, in a compact form: its offsets
    an array of machine integers, each word one string however often written (~13 bytes a word,
    where the plain lists took ~90: the whole index of a 10 MB report that LONG_TEXT avoids).
    why: the trigger scan, the manners of motion and the dates each listed a long report's
    words anew (three passes where a short report, whose index word_index keeps, makes one)."""
    global _last_chunks
    last = _last_chunks  # one read: another thread may replace it
    if last[0] == text:
        yield from last[1]
        return
    chunks, one = [], {}  # (one: each word's first string, so that a word written again is not kept twice)
    typecode = "I" if len(text) <= 0xFFFFFFFF else "Q"
    for starts, words in _chunks_of_long(text):
        chunk = (array.array(typecode, starts), list(map(one.setdefault, words, words)))
        chunks.append(chunk)
        yield chunk
    _last_chunks = (text, chunks)


def _chunks_of_long(text: str):
    """_word_chunks_of_long's chunks as plain lists, listed anew."""
    pos, n = 0, len(text)
    while pos < n:
        cut = n
        if n - pos > LONG_TEXT:
            gap = _NON_WORD.search(text, pos + LONG_TEXT)
            cut = gap.start() if gap is not None else n
        yield _split_words(text[pos:cut], pos)
        pos = cut


def _lowered(words: list[str], ascii_text: bool) -> list[str]:
    """The words in lower case, a non-ASCII word as ANY_WORD, by C-level passes: the few
    non-ASCII words are found by ``itertools.compress`` and replaced (a Python step per word
    cost a long report's chunks a second in ten of its reading)."""
    lowered = list(map(str.lower, words))
    if not ascii_text:
        for k in itertools.compress(itertools.count(), map(operator.not_, map(str.isascii, words))):
            lowered[k] = ANY_WORD
    return lowered


def word_chunks(text: str):
    """The text's words as (offsets, lower-case words) lists, as word_index lists them: the
    whole index of a short text, a long text's a chunk at a time (see _words_by_chunk). A
    scan picks its words from each chunk by C-level passes (``itertools.compress``)."""
    if len(text) <= LONG_TEXT:
        yield word_index(text)
    else:
        yield from _word_chunks_of_long(text)


_last_set: tuple[str, frozenset[str]] = ("", frozenset())


def word_set(text: str) -> frozenset[str]:
    """The text's words as word_index lists them (in lower case, a non-ASCII word as ANY_WORD),
    as a set: whether the text holds a word is one look-up. The last text's set is kept: the
    reader's gates ask it of one report again and again, where each asked its whole word list
    or a lowered copy of the text (speed126). A long text's words a chunk at a time (its whole
    index is never made; its set holds each word once)."""
    global _last_set
    last = _last_set  # one read: another thread may replace it
    if last[0] == text:
        return last[1]
    words = frozenset(itertools.chain.from_iterable(chunk for _starts, chunk in word_chunks(text)))
    _last_set = (text, words)
    return words


def own_word_set(text: str) -> frozenset[str] | None:
    """word_set's words of a short text (a non-ASCII word as ANY_WORD, which stands for any),
    made anew and kept nowhere: the gates ask it of clauses and noun phrases between the scans'
    asks of whole reports, whose word_set and word_index they would push out (speed153: +200 M
    of `extract` when they did). None for a text holding "\\x00" (the fold's stand-in)."""
    if text.isascii():
        return frozenset(text.translate(_WORD_FOLD).split())
    if "\x00" in text:
        return None
    folded = text.encode("ascii", _NON_ASCII_FOLD).translate(_WORD_FOLD_BYTES).decode("ascii")
    words = set(folded.split())
    if "\x00" in folded:
        words.add(ANY_WORD)  # (the words holding a stand-in are no ASCII word: left in, they match none)
    return frozenset(words)


def any_word_of(text: str, words: frozenset) -> bool:
    """Is one of ``words`` (lower case) a word of the text, as word_index lists them?"""
    return not words.isdisjoint(word_set(text))


class WordAnchored:
    """``pattern.finditer`` for a pattern that can only match at the start of a word from a
    known list: the same matches, found ten times faster.

    Python's regex engine tries a pattern like ``\\b(?:advance|arrive|...)\\b`` at every
    character of the text, and a case-insensitive alternation of some 250 words costs ~1 ms
    per 2,000 characters. Here the text's words are listed by one simple scan, and the pattern
    is tried (``pattern.match``) only where a word begins whose lower-case form is in
    ``first_words`` -- or that starts with a digit (``digits=True``), or that is not ASCII
    (a few non-ASCII letters, such as the Kelvin sign, match ASCII letters case-insensitively:
    such words are always tried). Matches are taken left to right without overlaps, as
    ``finditer`` takes them, and ``match`` sees the whole text (a look-behind or ``\\b`` at a
    word's start reads the character before it), so the match objects have the same spans and
    groups (only their ``pos`` differs).

    The pattern must match only where ``\\b`` is followed by its first word (for every match, the
    word starting at its first character, up to the next non-word character, is in
    ``first_words``, or begins with a digit when ``digits`` is set), and must never match the
    empty string.
    """

    def __init__(self, pattern: re.Pattern, first_words, *, digits: bool = False):
        self.pattern = pattern
        self.first_words = frozenset(w.lower() for w in first_words)
        self.digits = digits
        if any(not w.isalpha() for w in self.first_words):
            raise ValueError("first words are letters only (a word starting with a digit: digits=True)")
        # the words tried, made once: a scan is asked of many short texts (a clause, a sentence)
        self._tried = (self.first_words | {ANY_WORD}).__contains__

    def starts(self, text: str) -> list[int]:
        """Where a match may start: the offsets of the text's candidate words (a word in
        first_words, a non-ASCII word, with ``digits`` a word that begins with a digit: "w <
        ':'"), picked from each chunk of words by C-level passes."""
        tried = self._tried
        out: list[int] = []
        for starts, words in word_chunks(text):
            picked = map(tried, words)
            if self.digits:
                picked = map(operator.or_, picked, map(_DIGIT_FIRST, words))
            out.extend(itertools.compress(starts, picked))
        return out

    def finditer(self, text: str, starts: list[int] | None = None):
        match = self.pattern.match
        end = 0
        for pos in self.starts(text) if starts is None else starts:
            if pos < end:
                continue
            m = match(text, pos)
            if m is not None:
                yield m
                end = m.end()

    @staticmethod
    def first_word(alternative: str) -> str:
        """The first word of a listed phrase ("pull back" -> "pull", "re-enter" -> "re")."""
        m = _WORD_RUN.match(alternative)
        if m is None:
            raise ValueError(f"{alternative!r} does not start with a word character")
        return m.group()


class WordAnchoredGroup:
    """Several :class:`WordAnchored` scans of one text, their candidate words listed in one
    pass: ``finditer_each(text)`` is ``[list(scan.finditer(text)) for scan in scans]``."""

    def __init__(self, scans: list[WordAnchored], held: list[frozenset | None] | None = None):
        self.scans = list(scans)
        # (per scan, words one of which every match holds as a whole word, or None: a text
        # holding none of them is not scanned with it at all, see finditer_each)
        self._held = [(i, frozenset(words) | {ANY_WORD}) for i, words in enumerate(held or ()) if words]
        self._table: dict[str, list[int]] = {}
        for i, scan in enumerate(self.scans):
            for word in scan.first_words:
                self._table.setdefault(word, []).append(i)
        self._numeric = [i for i, scan in enumerate(self.scans) if scan.digits]
        self._tried = (self._table.keys() | {ANY_WORD}).__contains__  # (made once, as WordAnchored's)

    def starts_of_each(self, text: str) -> list[list[int]]:
        every = range(len(self.scans))
        numeric, table = self._numeric, self._table
        tried = self._tried
        out: list[list[int]] = [[] for _ in self.scans]
        for starts, words in word_chunks(text):
            # (the candidate words picked by C-level passes; a Python step only for each of them)
            picked = map(operator.or_, map(tried, words), map(_DIGIT_FIRST, words))
            for p, w in itertools.compress(zip(starts, words), picked):
                for i in (table.get(w, ()) if w > ":" and w != ANY_WORD else numeric if w < ":" else every):
                    out[i].append(p)
        return out

    def finditer_each(self, text: str) -> list[list[re.Match]]:
        idle = self._idle(text)
        return [[] if i in idle else list(scan.finditer(text, starts))
                for i, (scan, starts) in enumerate(zip(self.scans, self.starts_of_each(text)))]

    def _idle(self, text: str) -> set[int]:
        """The scans that cannot match in ``text``: none of the words their every match holds
        is a word of it (a non-ASCII word, ANY_WORD, may be any of them: it holds them all).
        Asked of the words word_index lists, in a set made once a text; a long text, whose
        index is never made whole, is scanned with all."""
        if not self._held or len(text) > LONG_TEXT:
            return set()
        present = word_set(text)
        return {i for i, words in self._held if present.isdisjoint(words)}
_PATTERNS.save()
