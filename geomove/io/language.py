"""Is a report written in English? If not, which language is it, to say so on stderr.

Extraction reads English: a report in another language gives no movements, and saying
nothing would look like "nothing moved". The guess uses wordfreq (already a dependency):
the share of a text's words that are common English words; when that share is low, the
language whose common words cover the text best is named. Scripts no candidate list covers
(CJK, Thai, ...) are named by their script.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from functools import lru_cache

from ..regex_cache import CompiledPatterns

# Languages a report about military movements is often written in (wordfreq has lists).
CANDIDATES = {"ar": "Arabic", "fa": "Persian", "ur": "Urdu", "he": "Hebrew", "ru": "Russian",
              "uk": "Ukrainian", "bg": "Bulgarian", "fr": "French", "es": "Spanish", "pt": "Portuguese",
              "it": "Italian", "de": "German", "nl": "Dutch", "pl": "Polish", "cs": "Czech",
              "tr": "Turkish", "id": "Indonesian", "ro": "Romanian", "sv": "Swedish", "el": "Greek",
              "hi": "Hindi", "bn": "Bengali", "ta": "Tamil", "vi": "Vietnamese"}
_SCRIPTS = {"CJK": "Chinese or Japanese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese",
            "HANGUL": "Korean", "THAI": "Thai", "GEORGIAN": "Georgian", "ARMENIAN": "Armenian",
            "ETHIOPIC": "Amharic or Tigrinya", "KHMER": "Khmer", "LAO": "Lao", "MYANMAR": "Burmese"}
_PATTERNS = CompiledPatterns("language")  # (kept code: ~1 M instructions a pattern otherwise)
_WORD = _PATTERNS.compile(r"[^\W\d_]{2,}")
# the words of _WORD in a text of ASCII characters only (there ``[^\W\d_]`` is exactly
# [a-zA-Z]) that do not open with a capital, found directly: a whole run of letters whose first
# is in lower case (the scan tests no Unicode category, and makes no string of a capitalised
# word only to drop it: ~18% fewer instructions than finding every word, then the lower-case ones)
_LOWER_WORD_ASCII = _PATTERNS.compile(r"(?<![a-zA-Z])[a-z][a-zA-Z]+")
# _LOWER_WORD_ASCII's words found in the text with every character but a letter written as a
# space (_LETTERS_ONLY, one C pass over the bytes) and a space put before it: a word is then a
# space followed by a run of letters, and the regex engine skips in a C loop from one space to
# the next, where the look-behind was tried at every character (speed157: the 269 ASCII texts of
# the 380 dev documents, 113.7 -> 81.5 M instructions; the same words, tests/test_language_speed.py)
_LOWER_WORD_AFTER_A_SPACE = _PATTERNS.compile(r" ([a-z][A-Za-z]+)")
_LETTERS_ONLY = bytes(c if chr(c).isalpha() else 32 for c in range(128)) + bytes(range(128, 256))
ENGLISH_SHARE = 0.45   # below this share of common English words, a text is not English
SAMPLE_WORDS = 400


def _words(text: str) -> list[str]:
    """Lower-case words of the text; capitalised ones (names: "Homs", "Deir") left out, so a
    list of place names is not taken for Turkish."""
    head = text[:20_000]
    if head.isascii():
        return _lower_words_of_ascii(head)[:SAMPLE_WORDS]
    return [w for w in _WORD.findall(head) if not w[:1].isupper()][:SAMPLE_WORDS]


def _lower_words_of_ascii(text: str) -> list[str]:
    """``_LOWER_WORD_ASCII.findall(text)`` of an ASCII text, read after a space in its letters."""
    return _LOWER_WORD_AFTER_A_SPACE.findall(" " + text.encode("ascii").translate(_LETTERS_ONLY).decode("ascii"))


def _script_language(text: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in text[:5000]:
        if ch.isalpha() and ord(ch) > 0x2FF:
            name = unicodedata.name(ch, "").split(" ")[0]
            counts[name] = counts.get(name, 0) + 1
    letters = sum(1 for ch in text[:5000] if ch.isalpha())
    for script, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        if script in _SCRIPTS and n > letters / 2:
            return _SCRIPTS[script]
    return None


@lru_cache(maxsize=1 << 17)
def _common_english(word: str) -> bool:
    """Is ``word`` a common English word? Asked of every word of every report in a batch: a
    cache of one argument, counted with ``sum(map(...))``, costs a third of what a cache keyed
    by (word, language) asked from a generator did."""
    return english_zipf(word) >= 3.0


@lru_cache(maxsize=1 << 17)
def _common(word: str, lang: str) -> bool:
    """Is ``word`` a common word of ``lang``? A batch of reports asks for the same everyday
    words again and again (wordfreq tokenises and looks up each time): once per word."""
    if lang == "en":
        return _common_english(word)
    from wordfreq import zipf_frequency
    return zipf_frequency(word, lang) >= 3.0


# ---------------------------------------------------------------- common English words

COMMON_ZIPF = 3.0  # english_zipf is exact from here up


def _plain_word(word: str) -> bool:
    """Lower-case Latin letters only (with diacritics), NFC: wordfreq reads such a word as its
    own single token (checked against its whole English list, tests/test_speed_identity.py)."""
    return (word.isalpha() and max(word) < "\u0250" and word.casefold() == word
            and unicodedata.is_normalized("NFC", word))


def english_zipf(word: str) -> float:
    """wordfreq's ``zipf_frequency(word, "en")`` wherever that is at least :data:`COMMON_ZIPF`;
    below it, some value below it. Ask only "is it at least 3.0 (4.0, 4.5)?".

    Loading wordfreq costs ~0.14 s a process (its imports and a 320,000-word list); nearly
    every word asked is lower-case Latin letters, for which wordfreq's answer is its list's
    entry (the word is its own single token). Those words are looked up in the ~28,000 words
    with a Zipf frequency of at least 3.0, kept in a small file in the cache folder (keyed by
    wordfreq's version and list file); any other word is asked of wordfreq itself."""
    common = _english_common()
    if common is None:  # no cache folder to keep the words in: wordfreq for every word
        from wordfreq import zipf_frequency
        return zipf_frequency(word, "en")
    if _plain_word(word):
        return common.get(word, 0.0)
    folded = unicodedata.normalize("NFC", word).casefold()  # as wordfreq folds it ("pX", "Kyiv")
    if _plain_word(folded):
        return common.get(folded, 0.0)
    parts = folded.split("-")
    if len(parts) > 1 and all(_plain_word(p) for p in parts) and not all(p in common for p in parts):
        # wordfreq reads "al-minya" as the tokens al + minya and combines their frequencies
        # (1/f = 1/f1 + 1/f2): never more frequent than its rarest part, so a part below 3.0
        # puts the word below 3.0
        return 0.0
    return _asked_of_wordfreq(word)  # apostrophes, other scripts: wordfreq decides


# Words wordfreq itself had to answer (apostrophes, other scripts: a few in a batch), with its
# answers, kept in the cache folder beside the common words: a later process answers them
# without loading wordfreq (~0.14 CPU s). One JSON line a word, appended (a line is written in
# one call, so processes appending at once do not mix their lines); at most ASKED_MAX words.
ASKED_MAX = 100_000
_asked: dict[str, float] = {}
_asked_path = None


def _asked_of_wordfreq(word: str) -> float:
    z = _asked.get(word)
    if z is not None:
        return z
    from wordfreq import zipf_frequency
    z = _asked[word] = zipf_frequency(word, "en")
    if _asked_path is not None and len(_asked) <= ASKED_MAX:
        import json
        try:
            with open(_asked_path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps([word, z]) + "\n")
        except OSError:
            pass  # a read-only cache folder: asked again in the next process
    return z


def _load_asked(path) -> None:
    """Read the words wordfreq answered in earlier processes (a torn or foreign line is skipped)."""
    import json
    global _asked_path
    _asked.clear()
    _asked_path = path
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):
        return
    for line in lines:
        try:
            word, z = json.loads(line)
        except ValueError:
            continue
        if isinstance(word, str) and isinstance(z, float):
            _asked[word] = z


@lru_cache(maxsize=1)
def _english_common() -> dict[str, float] | None:
    """The common words from the cache folder, computed and stored there on first use; None
    when they cannot be stored (working them out, ~0.4 s, would cost more than wordfreq)."""
    import json

    from .cache_files import keep_bytes
    path = _english_common_path()
    if path is None:
        return None
    _load_asked(path.with_name(path.name.replace("english-common-", "english-asked-") + "l"))
    try:
        return _ungrouped(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, AttributeError):
        pass
    words = english_common_words()
    if not keep_bytes(path, json.dumps(_grouped(words), separators=(",", ":")).encode("utf-8")):
        return None  # a read-only cache folder: this process asks wordfreq itself
    return words


# The file holds the words grouped by their Zipf value ({"3.01": "word word ...", ...}: ~360
# values, every word a plain lower-case word without spaces): a process reads it in ~4 ms,
# where a {word: zipf} object of the same 28,000 words took ~11 ms to parse.
_FILE_FORMAT = "grouped"


def _grouped(words: dict[str, float]) -> dict[str, str]:
    groups: dict[float, list[str]] = {}
    for word, z in words.items():
        groups.setdefault(z, []).append(word)
    return {repr(z): " ".join(group) for z, group in groups.items()}


def _ungrouped(groups: dict[str, str]) -> dict[str, float]:
    words: dict[str, float] = {}
    for z, group in groups.items():
        words.update(dict.fromkeys(group.split(" "), float(z)))
    return words


def english_common_words() -> dict[str, float]:
    """{word: zipf_frequency(word, "en")} for every lower-case Latin word of wordfreq's English
    list whose Zipf frequency is at least :data:`COMMON_ZIPF` (from wordfreq itself)."""
    from wordfreq import get_frequency_dict, zipf_frequency
    # zipf = log10(frequency) + 9, rounded to 2 decimals: 3.0 needs a frequency near 1e-6;
    # words far below that are not asked (half of it leaves room for wordfreq's rounding)
    least = 0.5 * 10 ** (COMMON_ZIPF - 9)
    out = {}
    for word, freq in get_frequency_dict("en").items():
        if freq >= least and _plain_word(word):
            z = zipf_frequency(word, "en")
            if z >= COMMON_ZIPF:
                out[word] = z
    return out


def _english_common_path():
    """Where the common words are kept: the cache folder, keyed by wordfreq's version and its
    English list file (None when wordfreq cannot be found)."""
    import hashlib
    from pathlib import Path
    from .installed import package_origin
    origin = package_origin("wordfreq")
    if origin is None:
        return None
    version = _installed_version(Path(origin).parent.parent, "wordfreq")
    if version is None:
        return None
    data = Path(origin).parent / "data"
    try:
        lists = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in data.glob("*_en.msgpack.gz"))
    except OSError:
        return None
    from .cache_files import user_cache_dir
    key = hashlib.sha1(repr((version, lists, COMMON_ZIPF, "latin-nfc", _FILE_FORMAT)).encode()).hexdigest()[:16]
    return Path(user_cache_dir()) / f"english-common-{key}.json"


def _installed_version(folder, name: str) -> str | None:
    """``importlib.metadata.version(name)`` for a package installed in ``folder``: read from
    the name of its one ``<name>-<version>.dist-info`` folder there (a process need not import
    importlib.metadata, ~90M instructions, for it), else asked of importlib.metadata."""
    from .installed import dist_info_version
    version = dist_info_version(folder, name)
    if version is not None:
        return version
    import importlib.metadata
    try:
        return importlib.metadata.version(name)
    except (ValueError, importlib.metadata.PackageNotFoundError):
        return None


def _least_count(n: int) -> int:
    """The fewest common words of ``n`` that make ``count / n >= ENGLISH_SHARE``, as that
    division (floating point) decides it: the share grows with the count, so a count is enough
    exactly when it is at least this one."""
    least = math.ceil(ENGLISH_SHARE * n)
    while least > 0 and (least - 1) / n >= ENGLISH_SHARE:
        least -= 1
    while least / n < ENGLISH_SHARE:
        least += 1
    return least


def _reaches(flags, least: int) -> bool:
    """Are at least ``least`` of ``flags`` true? The running count steps through every integer
    up to the total, so it meets ``least`` exactly when the total reaches it, and ``in`` stops
    there (all in C: no Python step per word)."""
    return least <= 0 or least in itertools.accumulate(flags)


def report_language(text: str) -> str | None:
    """None when the text reads as English (or is too short to tell); else a language name."""
    words = _words(text)
    if len(words) < 8:
        script = _script_language(text)
        return script
    # (most reports are English: their words are counted only until the common ones make the
    # share, ~55% of them; the words never reached are not looked up)
    if _reaches(map(_common_english, words), _least_count(len(words))):
        return None
    english = sum(map(_common_english, words)) / len(words)  # (below ENGLISH_SHARE)
    script = _script_language(text)
    if script:
        return script
    best, best_share = None, 0.0
    for code, name in CANDIDATES.items():
        share = sum(_common(w, code) for w in words) / len(words)
        if share > best_share:
            best, best_share = name, share
    return best if best_share > english else "not English"


def language_warning(text: str, name: str) -> str | None:
    """One line for stderr when the report is not in English, else None."""
    language = report_language(text)
    if language is None:
        return None
    said = "is not in English" if language == "not English" else f"reads as {language}"
    return (f"{name}: the report {said}; geomove reads English, so places and movements "
            "in it may be missed")


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
