"""Folding place names so that transliteration variants share one key.

Reports spell one Arabic, Kurdish, Turkish or Persian name many ways: Al-Malikiyah,
Malikiyah, al-Malkiya, Malikiyeh; Rumailan, Rmelan, Rmeilan; Tal Tamr, Tell Tamer. What
these variants keep is the consonants: transliterators disagree about the short vowels
Arabic script does not write, about ee/i, ou/u, ei/ai/ay, and about doubled letters.
So :func:`name_key` drops the article, folds diacritics and digraphs, keeps a word's
first letter (a leading vowel as ``a``) and its consonants, and joins the words.

The key is coarse on purpose (it is for recall); rankers compare :func:`plain` forms to
tell an exact spelling from a merely compatible one. Arabic-script names get the usual
orthographic normalisation (alef forms, taa marbuta, alef maqsura, diacritics, tatweel)
and keep their letters. Other scripts are only lower-cased.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

from .regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("names")

# Arabic definite articles as transliterated; dropped when they start a word of a name.
ARTICLES = frozenset({
    "al", "el", "il", "ul", "ol", "as", "es", "ash", "esh", "ad", "ed", "at", "et", "az", "ez",
    "an", "en", "ar", "er", "ath", "adh",
})

# Marks that carry no letter in transliteration: ʿayn, hamza, apostrophes, prime, backtick.
_MARKS = "ʿʾʼʻˁˀ'’‘`´′\u02bb\u02bc\u02be\u02bf"
_MARKS_TABLE = str.maketrans("", "", _MARKS)

# Letters unidecode would spell badly for place names (Turkish ğ is silent, dotless ı is i).
# ş and ç become s and c, like the ASCII spellings of Turkish names; "sh" is folded to "s".
_LATIN_PRE = str.maketrans({"ğ": "", "Ğ": "",
                            "ı": "i", "İ": "i", "ß": "ss", "æ": "ae", "ø": "o"})

# Generic words spelled many ways; mapped to one spelling before the skeleton is taken.
GENERIC_WORDS = {
    **dict.fromkeys(("tal", "tall", "tell", "tel", "til", "tiel"), "tal"),
    **dict.fromkeys(("ain", "ayn", "ein", "eyn", "ayin", "aïn", "ayun", "ainn"), "ayn"),
    **dict.fromkeys(("deir", "dayr", "dair", "der", "deyr", "dir"), "dayr"),
    **dict.fromkeys(("jabal", "jebel", "jabel", "jbel", "djebel", "gebel"), "jabal"),
    **dict.fromkeys(("abu", "abou", "abo", "ebu"), "abu"),
    **dict.fromkeys(("umm", "um", "om", "omm", "oum"), "umm"),
    **dict.fromkeys(("kafr", "kfar", "kafar", "kefr", "kfr"), "kafr"),
    **dict.fromkeys(("khirbet", "khirbat", "khirba", "kherbet"), "khirbat"),
    **dict.fromkeys(("bir", "beer", "bi'r", "bire"), "bir"),
    **dict.fromkeys(("ras", "raas", "rass"), "ras"),
}

_COMBINING_RE = _PATTERNS.compile("[\u0300-\u036f]")
_LATIN_TABLE = str.maketrans({**_LATIN_PRE, **_MARKS_TABLE})
_WORD_RE = _PATTERNS.compile(r"[^\W_]+", re.UNICODE)
_IYA_RE = _PATTERNS.compile(r"(?:iy+a+h?|iy+eh|iy+e|ieh|iah)$")
_DIGRAPHS = (("kh", "h"), ("sh", "s"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("dj", "j"),
             ("q", "k"), ("c", "k"), ("x", "h"), ("ck", "k"))
_VOWELS = frozenset("aeiouyw")
# a letter of each digraph rule's pattern (kh..ph: h; dj: j; ck: c): a word holding none of them
# is left as it is by every rule in turn (no rule fires, so none writes a letter for a later one),
# told by one C-level test instead of eleven (tests/test_speed89.py checks the rules hold one)
_DIGRAPH_LETTERS = frozenset("hjqcx")

# Arabic-script normalisation (Arabic, Persian, Kurdish letters onto one Arabic alphabet).
_AR_DIACRITICS = _PATTERNS.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_TABLE = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ء": "",
    "ک": "ك", "ی": "ي", "ي": "ي", "ە": "ه", "ۆ": "و", "ێ": "ي", "ڕ": "ر", "ڵ": "ل", "ۇ": "و",
    "ھ": "ه", "ہ": "ه", "ۀ": "ه", "ﻻ": "لا",
})
_AR_RANGE = _PATTERNS.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


_NON_LATIN = _PATTERNS.compile("[^\x00-\u024f\u02b0-\u036f\u1e00-\u1eff\u2000-\u206f]")


def _is_latinish(s: str) -> bool:
    """True when every letter is Latin (with or without diacritics)."""
    if s.isascii() or not _NON_LATIN.search(s):
        return True
    for ch in s:
        o = ord(ch)
        if o < 0x250 or 0x1E00 <= o <= 0x1EFF or 0x2B0 <= o <= 0x36F:
            continue
        if ch.isalpha():
            return False
    return True


def _latin_words(s: str) -> list[str]:
    if s.isascii():
        # (the table's only ASCII entries delete the apostrophe and the backtick: most names
        # a text asks about are ASCII, and str.translate with a dict is a look-up a character)
        if "'" in s or "`" in s:
            s = s.replace("'", "").replace("`", "")
        s = s.lower()
        # (most names asked are ASCII letters and digits between spaces: their words are the
        # word pattern's at C speed, ~4,000 instructions fewer a name than findall)
        if s.replace(" ", "").isalnum():
            return s.split()
        return _WORD_RE.findall(s)
    s = s.translate(_LATIN_TABLE)
    if not s.isascii():
        # strip combining accents at C speed; unidecode (pure Python) only for what is left
        s = _COMBINING_RE.sub("", unicodedata.normalize("NFKD", s))
        if not s.isascii():
            s = unidecode(s)
    return _WORD_RE.findall(s.lower())


def tokens(s: str) -> list[str]:
    """The words of a name as written (letters and digits), e.g. for n-gram lengths."""
    return _WORD_RE.findall(s.translate(_MARKS_TABLE))


def strip_article(s: str) -> str:
    """Drop a leading Arabic article: 'al-Malikiyah' -> 'Malikiyah', 'المالكية' -> 'مالكية'."""
    s = s.strip()
    m = re.match(r"(?i)(al|el|as|ash|ad|at|az|an|ar|ath|adh|es|ez|ed|et|en|er)[-\s'’ʼ]+(?=\w)", s)
    if m:
        return s[m.end():]
    if s.startswith("ال") and len(s) > 4:
        return s[2:]
    return s


_VOWEL_CLASS = {"a": "a", "e": "a", "i": "i", "y": "i", "o": "u", "u": "u", "w": "u"}


def _prepare(word: str) -> str:
    word = GENERIC_WORDS.get(word, word)
    if len(word) > 4 and word[-1] in "aeh":
        # the nisba ending (-iyah, -iyya, -iya, -iyeh) is kept as one consonant 'Y'
        word = _IYA_RE.sub("Y", word)
    if len(word) > 3 and word.endswith(("ah", "eh")):  # taa marbuta spelled with a final h
        word = word[:-1]
    if not _DIGRAPH_LETTERS.isdisjoint(word):  # (no rule fires in a word without h, j, q, c or x)
        for a, b in _DIGRAPHS:
            if a in word:
                word = word.replace(a, b)
    if "ee" in word or "oo" in word or "ou" in word:
        word = word.replace("ee", "i").replace("oo", "u").replace("ou", "u")
    return word


@lru_cache(maxsize=1 << 18)
def _fold_word(word: str, skeleton_only: bool = False) -> str:
    """Fold one word.

    Words with three or more consonants keep their first letter, their consonants and
    whether they end in a vowel (Malkiya = Malikiyah, Rmelan = Rumailan, Qamishli =
    Qamishlo). Shorter words keep their vowels as classes a/i/u, because two consonants
    alone would merge unrelated names (Raqqa and Rakka stay 'raka', Gaza is not Giza).
    """
    word = _spelled(word)
    first = word[0]
    rest = word[1:].translate(_NO_VOWELS)
    ncons = len(rest) + (0 if first in "aeiou" else 1)
    if ncons >= 3 or skeleton_only:
        tail = "a" if len(word) > 1 and word[-1] in _VOWELS else ""
        return (("a" if first in "aeiou" else first) + rest + tail).replace("Y", "y")
    classed = word[1:].translate(_CLASS_TABLE)
    head = _VOWEL_CLASS[first] if first in "aeiou" else first
    if head in "aiu":
        classed = head + classed
        head = ""
    return (head + _CLASS_RUN_RE.sub(_GROUP_1, classed)).replace("Y", "i")


_DOUBLE_RE = _PATTERNS.compile(r"(.)\1+")
# the replacement of a run by its letter: a function, not the template r"\1", which Python 3.11
# compiles through re._subx in Python on every sub() call (~5% of a first-seen look-up of a
# small key: each name met is folded by name_key and light_key)
_GROUP_1 = operator.itemgetter(1)


@lru_cache(maxsize=1 << 18)
def _spelled(word: str) -> str:
    """A word's spelling conventions folded (_prepare) and each run of one letter written once:
    what _fold_word folds further and light_key keeps. Kept a word: a name met for the first time
    is asked for both keys, and its words were prepared and substituted (~12,000 instructions a
    word) once by each."""
    return _DOUBLE_RE.sub(_GROUP_1, _prepare(word))


# The words folded are ASCII (_latin_words transliterates): their tables give every ASCII
# character, since str.translate pays a KeyError for each character its table lacks (a fold of
# 8 letters: ~2,800 instructions with every character, ~3,900 with only those it changes, ~6,300
# for the substitution of [aeiouyw]+ by '' it replaced).
_ASCII_SAME = {c: c for c in range(128)}
_NO_VOWELS = {**_ASCII_SAME, **str.maketrans("", "", "aeiouyw")}
_CLASS_TABLE = {**_ASCII_SAME, **str.maketrans("aeiyouw", "aaiiuuu")}
_CLASS_RUN_RE = _PATTERNS.compile("([aiu])[aiu]+")


def _arabic_key(s: str) -> str:
    s = _AR_DIACRITICS.sub("", s).translate(_AR_TABLE)
    words = _WORD_RE.findall(s)
    out = []
    for i, w in enumerate(words):
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        elif w.startswith("وال") and len(w) > 4 and i == 0:
            w = w[3:]
        elif w == "ال":
            continue
        out.append(w)
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def _latin_key_words(s: str) -> tuple[str, ...]:
    """The words of a Latin-script name without its articles (unless that leaves none): what
    plain, name_key and light_key each fold. Cached: a name met for the first time is folded by
    all three (the finder's plain form, the gazetteer's key and light key), and transliterating
    it (NFKD, unidecode, the word regex) was most of each one's cost."""
    words = _latin_words(s)
    if len(words) > 1 and not ARTICLES.isdisjoint(words):  # (few names hold an article)
        words = [w for w in words if w not in ARTICLES] or words
    return tuple(words)


@lru_cache(maxsize=1 << 17)
def name_key(s: str) -> str:
    """The folded transliteration key of a name ('' when nothing is left).

    'Al-Malikiyah', 'Malikiyah', 'al-Malkiya' and 'Malikiyeh' share one key; so do
    'Tal Tamr'/'Tell Tamer', 'Rmelan'/'Rumailan' and 'المالكية'/'مالكيه'.
    """
    if not s:
        return ""
    if s.isascii():  # (no Arabic letter, Latin: the last line below, without its generator)
        return "".join(map(_fold_word, _latin_key_words(s)))
    if _AR_RANGE.search(s):
        return _arabic_key(s)
    if not _is_latinish(s):
        return "".join(_WORD_RE.findall(unicodedata.normalize("NFKC", s).casefold()))
    return "".join(_fold_word(w) for w in _latin_key_words(s))


@lru_cache(maxsize=1 << 14)
def skeleton_key(s: str) -> str:
    """A coarser key (consonants only, for every word): a recall fallback, never proof."""
    if not s or not _is_latinish(s) or _AR_RANGE.search(s):
        return name_key(s)
    return "".join(_fold_word(w, skeleton_only=True) for w in _latin_key_words(s))


@lru_cache(maxsize=1 << 16)  # called for every candidate of every mention: a long report repeats names
def plain(s: str) -> str:
    """A name lower-cased, without diacritics, marks, articles or punctuation: for similarity."""
    if s.isascii():  # (no Arabic letter, Latin: the last line below)
        return " ".join(_latin_key_words(s))
    if _AR_RANGE.search(s):
        return " ".join(_WORD_RE.findall(_AR_DIACRITICS.sub("", s).translate(_AR_TABLE)))
    if not _is_latinish(s):
        return " ".join(_WORD_RE.findall(s.casefold()))
    return " ".join(_latin_key_words(s))


@lru_cache(maxsize=1 << 16)
def light_key(s: str) -> str:
    """A name with vowels kept but spelling conventions folded (q/k, kh/h, doubled letters,
    articles, -iyah): what rankers compare to tell 'Raqqa'~'Rakka' from 'Raokai'."""
    if not s.isascii() and (_AR_RANGE.search(s) or not _is_latinish(s)):
        return plain(s)
    return " ".join(_spelled(w).lower() for w in _latin_key_words(s))


# Head words reports abbreviate: 'St. Marc' for Saint-Marc, 'Ste. Genevieve', 'Mt. Pleasant', 'Ft. Worth'.
_HEAD_ABBREVIATED = _PATTERNS.compile(r"^(Saint|Sainte|Mount|Fort)[-\s]+(?=[^\W\d_])", re.UNICODE)
_ABBREVIATION = {"saint": "St.", "sainte": "Ste.", "mount": "Mt.", "fort": "Ft."}


def abbreviated_forms(name: str) -> list[str]:
    """The form a report writes with the head word abbreviated: 'Saint-Marc' -> ['St. Marc'],
    'Fort Worth' -> ['Ft. Worth'] (one key with 'St Marc'); [] for other names. (The name key keeps
    'St.' and 'Saint' apart on purpose: most places written 'St. X' in GeoNames are English-speaking
    towns, most written 'Saint-X' French villages; a key joining them lets hundreds of villages
    stand beside 'St. Thomas', Ontario.)"""
    m = _HEAD_ABBREVIATED.match(name.strip())
    if not m:
        return []
    short = _ABBREVIATION[m.group(1).lower()]
    rest = name.strip()[m.end():]
    return [f"{short} {rest}"]
_PATTERNS.save()
