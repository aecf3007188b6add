"""speed134: tokenize makes each token by the class's own call (Token has no Python __new__),
lowers an ASCII text's tokens by one lower() of their joined texts, and splits with patterns
that try a lower-case word first and write each group's repeat X* as (?:XX*|). The tokens must
be those s54start made: its tokenize_with_texts and its two split patterns are copied here as
the reference (per-token str.lower, tuple.__new__), and both are asked of our own texts and of
random texts of quotes, hyphens, apostrophes, Arabic, Cyrillic and Greek letters, digits and
stops."""

import bisect
import copy
import itertools
import operator
import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import textutil
from geomove.textutil import Token, sentence_spans, tokenize, tokenize_with_texts

_FIRST = operator.itemgetter(0)
# s54start's split patterns, as they were
_SPLIT_BEFORE = re.compile(
    r"([^\s_](?:(?<=[A-Z])\.(?:[A-Z]\.)+"
    r"|(?<=[^\W\d_])[^\W\d_]*+(?:[-'’ʼ](?![sS]\b)[^\W\d_]++)*"
    r"|(?<=\d)\d*+(?:[.,]\d++)*"
    r"|(?<=[^\w\s])))",
    re.UNICODE,
)
_ASCII_SPACE = r" \t\n\r\f\v\x1c-\x1f"
_ASCII_SPLIT_BEFORE = re.compile(
    r"([^" + _ASCII_SPACE + r"_](?:(?<=[A-Z])\.(?:[A-Z]\.)+"
    r"|(?<=[A-Za-z])[A-Za-z]*+(?:[-'](?![sS]\b)[A-Za-z]++)*"
    r"|(?<=[0-9])[0-9]*+(?:[.,][0-9]++)*"
    r"|(?<=[^A-Za-z0-9_" + _ASCII_SPACE + r"])))"
)


def _reference(text):
    """s54start's tokenize_with_texts, field for field (the same split, the per-token lower)."""
    spans = sentence_spans(text)
    pieces = (_ASCII_SPLIT_BEFORE if text.isascii() else _SPLIT_BEFORE).split(text)
    texts = pieces[1::2]
    bounds = list(itertools.accumulate(map(len, pieces)))
    starts = bounds[0:len(pieces) - 1:2]
    ends = bounds[1::2]
    firsts = [False] * len(texts)
    sentence_of = []
    lo = 0
    for si, (_s, e) in enumerate(spans):
        hi = bisect.bisect_left(starts, e, lo)
        sentence_of.extend(itertools.repeat(si, hi - lo))
        for j in range(lo, hi):
            if texts[j][:1].isalnum():
                firsts[j] = True
                break
        lo = hi
    made = [tuple.__new__(Token, (s, e, t, si, f, t.lower(), t[:1].isalpha()))
            for s, e, t, si, f in zip(starts, ends, texts, sentence_of, firsts)]
    return made, texts


def _fields(tokens):
    return [(type(t), tuple(t), repr(t), t.start, t.end, t.text, t.sentence, t.first_in_sentence, t.lower,
             t.is_word) for t in tokens]


def _same_as_before(text):
    toks, texts = tokenize_with_texts(text)
    ref, ref_texts = _reference(text)
    assert _fields(toks) == _fields(ref) and texts == ref_texts
    for t in toks:  # offsets: each token is the text it spans
        assert text[t.start:t.end] == t.text


OWN = [
    "",
    "   ",
    "The 2nd Brigade left Port-au-Prince's outskirts at 0600. U.S. and U.K. ships waited off Cap-Haitien.",
    "O'Higgins' men crossed the Biobío; \"Los Ángeles\" fell on 3.5.1818 (about 1,200 killed).",
    "ΟΔΟΣ ΣΙΣ Σ. Колонна вышла из Пскова в 5:30, а «Белгород» молчал. قافلة من حلب إلى إدلب",
    "Tanks moved from Kharkiv's north—toward Izium—and the U.N. said: 'not yet'. St. Petersburg's guard.",
    "x_y __ ² ½ İstanbul's İzmir KAYSERİ ǅemal ﬁeld",
]

_ALPHABET = ["Gen", "U.S.", "u.s.", "Smith", "o'neil", "Mali's", "al-", "-", "'", "’", "ʼ", "s", "S", " ", "  ", "\n",
             "\t", ".", ",", ";", "!", "?", '"', "“", "”", "(", ")", "1", "2024", "3.5", "1,200", "x", "Q",
             "حلب", "إدلب", "Псков", "ДНР", "ΟΔΟΣ", "Σ", "ς", "İ", "ǅ", "ﬁ", "_", "²", "中"]


def test_own_texts_tokenize_as_before():
    for text in OWN:
        _same_as_before(text)
        _same_as_before(text.encode("ascii", "ignore").decode())  # the ASCII path too


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=60))
def test_random_texts_tokenize_as_before(parts):
    _same_as_before("".join(parts))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([p for p in _ALPHABET if p.isascii()]), max_size=80))
def test_random_ascii_texts_tokenize_as_before(parts):
    _same_as_before("".join(parts))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_any_text_tokenizes_as_before(text):
    _same_as_before(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZs'’ʼ-.,9_ \nйЖءΣ²"), max_size=60))
def test_each_pattern_splits_as_before(text):
    """Both patterns, each on any text (the ASCII one's classes are ASCII's: it is asked of ASCII
    texts only, but its pieces still match the old ASCII pattern's on any)."""
    assert textutil._TOKEN_SPLIT_RE.split(text) == _SPLIT_BEFORE.split(text)
    assert textutil._ASCII_TOKEN_SPLIT_RE.split(text) == _ASCII_SPLIT_BEFORE.split(text)


def test_a_hand_made_token_is_the_one_tokenize_makes():
    for t in tokenize(OWN[2] + " " + OWN[4]):
        hand = Token.of(t.start, t.end, t.text, sentence=t.sentence, first_in_sentence=t.first_in_sentence)
        assert type(hand) is Token and tuple(hand) == tuple(t) and hash(hand) == hash(t)
        assert copy.copy(t) == copy.deepcopy(t) == pickle.loads(pickle.dumps(t)) == t
        assert type(pickle.loads(pickle.dumps(t))) is Token
    assert Token.of(3, 7, "Kyiv") == (3, 7, "Kyiv", 0, False, "kyiv", True)
