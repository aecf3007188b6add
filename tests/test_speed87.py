"""The folds of names.py at fewer instructions (issue 12, speed87): ASCII names of letters and digits
split by str.split, names without an article not filtered word by word, a word's vowels dropped and
classed by translate tables that give every ASCII character. Each must answer exactly what the
step-by-step code of session 43 answered: that code is written out here as the reference and
compared on random strings (hypothesis) and on every name and alias of the curated files."""

import csv
import re
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import names

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_VOWEL_RUN_RE = re.compile("[aeiouyw]+")
_CLASS_TABLE = str.maketrans("aeiyouw", "aaiiuuu")
_CLASS_RUN_RE = re.compile("([aiu])[aiu]+")
_DOUBLE_RE = re.compile(r"(.)\1+")


def _latin_words(s):
    if s.isascii():
        return _WORD_RE.findall(s.replace("'", "").replace("`", "").lower())
    from unidecode import unidecode
    s = s.translate(names._LATIN_TABLE)
    if not s.isascii():
        s = re.sub("[\u0300-\u036f]", "", unicodedata.normalize("NFKD", s))
        if not s.isascii():
            s = unidecode(s)
    return _WORD_RE.findall(s.lower())


def _key_words(s):
    words = _latin_words(s)
    if len(words) > 1:
        words = [w for w in words if w not in names.ARTICLES] or words
    return tuple(words)


def _fold_word(word, skeleton_only=False):
    word = _DOUBLE_RE.sub(r"\1", names._prepare(word))
    first = word[0]
    rest = _VOWEL_RUN_RE.sub("", word[1:])
    ncons = len(rest) + (0 if first in "aeiou" else 1)
    if ncons >= 3 or skeleton_only:
        tail = "a" if len(word) > 1 and word[-1] in "aeiouyw" else ""
        return (("a" if first in "aeiou" else first) + rest + tail).replace("Y", "y")
    classed = word[1:].translate(_CLASS_TABLE)
    head = names._VOWEL_CLASS[first] if first in "aeiou" else first
    if head in "aiu":
        classed = head + classed
        head = ""
    return (head + _CLASS_RUN_RE.sub(r"\1", classed)).replace("Y", "i")


def _latin_folds(s):
    """(name_key, plain, light_key, skeleton_key) of a Latin-script name, as session 43 folded it."""
    words = _key_words(s)
    return ("".join(_fold_word(w) for w in words), " ".join(words),
            " ".join(_DOUBLE_RE.sub(r"\1", names._prepare(w)).lower() for w in words),
            "".join(_fold_word(w, True) for w in words))


def _same_as_the_reference(s):
    folds = (names.name_key(s), names.plain(s), names.light_key(s), names.skeleton_key(s))
    if s and (s.isascii() or (names._is_latinish(s) and not names._AR_RANGE.search(s))):
        assert folds == _latin_folds(s), s
    assert names._latin_words(s) == _latin_words(s), s
    assert names._latin_key_words(s) == _key_words(s), s
    for w in _latin_words(s):
        assert names._fold_word(w) == _fold_word(w) and names._fold_word(w, True) == _fold_word(w, True), w


# ASCII letters most (names as texts write them: capitals, hyphens, apostrophes, articles, digits,
# doubled letters, the digraphs), some punctuation, tabs, Latin letters with marks, a few others
_PIECES = st.sampled_from(["al", "Al-", "el ", "ash-", "Tall", "Deir", "Umm", "Kafr", "Ras", "iyah", "iyya", "eh",
                           "ah", "kh", "sh", "gh", "dh", "th", "ph", "dj", "ck", "q", "x", "oo", "ee", "ou", "Y"])
_TEXT = st.lists(st.one_of(
    _PIECES,
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzAEIOUY  -'`.", min_size=1, max_size=6),
    st.text(alphabet="0123456789_\t,()/|*ñéüşğıİçāī’ʿ", min_size=1, max_size=2),
), min_size=0, max_size=6).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_TEXT)
def test_the_folds_are_session_43s_on_random_names(s):
    _same_as_the_reference(s)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=12))
def test_the_folds_are_session_43s_on_any_text(s):
    _same_as_the_reference(s)


def test_the_folds_are_session_43s_on_every_curated_name():
    folder = Path(__file__).resolve().parent.parent / "gazetteer"
    seen = set()
    for path, fields in (("features.csv", ("name", "aliases")), ("areas.csv", ("name", "aliases")),
                         ("aliases.csv", ("alias",)), ("demonyms.csv", ("demonym",))):
        with open(folder / path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                for field in fields:
                    seen.update(n for n in (row.get(field) or "").split("|") if n)
    assert len(seen) > 2000
    for s in sorted(seen):
        _same_as_the_reference(s)
        _same_as_the_reference(s.upper())
        _same_as_the_reference(s.lower().replace("-", " "))


def test_the_translate_tables_give_every_ascii_character():
    """(str.translate raises and drops a KeyError for each character its table lacks)"""
    for table in (names._NO_VOWELS, names._CLASS_TABLE):
        assert set(range(128)) <= set(table)
    assert "bcdfghY".translate(names._NO_VOWELS) == "bcdfghY" and "waeiouy".translate(names._NO_VOWELS) == ""
