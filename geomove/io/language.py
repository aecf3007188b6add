"""Is a report written in English? If not, which language is it, to say so on stderr.

Extraction reads English: a report in another language gives no movements, and saying
nothing would look like "nothing moved". The guess uses wordfreq (already a dependency):
the share of a text's words that are common English words; when that share is low, the
language whose common words cover the text best is named. Scripts no candidate list covers
(CJK, Thai, ...) are named by their script.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Languages a report about military movements is often written in (wordfreq has lists).
CANDIDATES = {"ar": "Arabic", "fa": "Persian", "ur": "Urdu", "he": "Hebrew", "ru": "Russian",
              "uk": "Ukrainian", "bg": "Bulgarian", "fr": "French", "es": "Spanish", "pt": "Portuguese",
              "it": "Italian", "de": "German", "nl": "Dutch", "pl": "Polish", "cs": "Czech",
              "tr": "Turkish", "id": "Indonesian", "ro": "Romanian", "sv": "Swedish", "el": "Greek",
              "hi": "Hindi", "bn": "Bengali", "ta": "Tamil", "vi": "Vietnamese"}
_SCRIPTS = {"CJK": "Chinese or Japanese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese",
            "HANGUL": "Korean", "THAI": "Thai", "GEORGIAN": "Georgian", "ARMENIAN": "Armenian",
            "ETHIOPIC": "Amharic or Tigrinya", "KHMER": "Khmer", "LAO": "Lao", "MYANMAR": "Burmese"}
_WORD = re.compile(r"[^\W\d_]{2,}")
ENGLISH_SHARE = 0.45   # below this share of common English words, a text is not English
SAMPLE_WORDS = 400


def _words(text: str) -> list[str]:
    """Lower-case words of the text; capitalised ones (names: "Homs", "Deir") left out, so a
    list of place names is not taken for Turkish."""
    return [w for w in _WORD.findall(text[:20_000]) if not w[:1].isupper()][:SAMPLE_WORDS]


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
def _common(word: str, lang: str) -> bool:
    """Is ``word`` a common word of ``lang``? A batch of reports asks for the same everyday
    words again and again (wordfreq tokenises and looks up each time): once per word."""
    from wordfreq import zipf_frequency
    return zipf_frequency(word, lang) >= 3.0


def report_language(text: str) -> str | None:
    """None when the text reads as English (or is too short to tell); else a language name."""
    words = _words(text)
    if len(words) < 8:
        script = _script_language(text)
        return script
    english = sum(_common(w, "en") for w in words) / len(words)
    if english >= ENGLISH_SHARE:
        return None
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
