"""The tail of a compound Arabic name read as a place of its own: "drove south toward Brak
al-Shati" (Brak, the town of Wadi al-Shati in Libya) found as Brak and a separate "al-Shati",
the refugee camp in Gaza 2,000 km away. Arabic place names run on through the article
('al-', and its forms before a sun letter, 'ash-', 'ad-'; 'el-' in Egyptian and older
spellings) joined to the next word: "Jisr al-Shughur", "Ras al-Ain", "Deir el-Balah". The
scanner matches the longest name the index holds, so an article-led word written right after a
name (one space between, no comma or 'and') is the rest of that name, which the index lacks:
it names no place of its own. (The head keeps its reading: the index often holds the town by
its first word, as Brak.) See name_tails for the Romance tails ("San Martín de Turumbán").

But a generic head before such a tail names no place alone: "clashes in Bab al-Tabbaneh" (a
quarter of Tripoli, Lebanon) read Bab as al-Bab, a Syrian city 200 km away. 'Bab' (gate),
'Jabal' (mountain), 'Wadi' (valley), 'Tell' (hill), 'Ras' (cape, head), 'Deir' (monastery),
'Kafr' (village), 'Beit' (house), 'Ain' (spring), 'Umm' (mother), 'Jisr' (bridge), 'Khan'
(caravanserai), 'Bir' (well), 'Qasr' (palace), 'Nahr' (river), 'Sheikh', 'Abu' open hundreds
of names each: the head is a word of the compound, whose rest the index lacks (compound_heads)."""

from __future__ import annotations

import re

from .words import is_common_word

from ..regex_cache import CompiledPatterns

# (its patterns are built from code an earlier run kept: geomove.regex_cache)
_PATTERNS = CompiledPatterns("mentions-article-tails")

# the Arabic article as English transliterations write it, joined by a hyphen to the word it
# defines: al-/el- and the assimilated forms before the sun letters (at-, ath-, ad-, adh-, ar-,
# az-, as-, ash-, an-; ed-, er-, es-, et-, ez-, en- in the 'el' spelling)
ARTICLE_TAIL_RE = _PATTERNS.compile(r"(?:[ae]l|a[dnrstz]|ash|ath|adh|e[dnrstz])[-‑]\w", re.IGNORECASE)


def _is_article_led(surface: str) -> bool:
    """'al-Shati', 'el-Balah', 'ash-Shaddadi': a word opened by the Arabic article."""
    return bool(ARTICLE_TAIL_RE.match(surface))


def _name_right_before(text: str, start: int) -> bool:
    """A capitalised word, no everyday word, ends one space before ``start`` ("Brak al-Shati",
    "Jisr al-Shughur"); not "In al-Bab", "Near al-Tanf", "and al-Bab" or "Aleppo, al-Bab"."""
    if start < 2 or text[start - 1] != " ":
        return False
    w = _word_ending_at(text, start - 1)
    if not w:
        return False
    return w[:1].isupper() and not is_common_word(w)


_WORD_AT_END = _PATTERNS.compile(r"[\w'’]+$")
WORD_WINDOW = 64  # (characters before ``end`` searched first: a longer word is searched for whole)


def _word_ending_at(text: str, end: int) -> str:
    """The word (letters, digits, apostrophes) that ends right at ``end``, '' when none does.
    Searched in the WORD_WINDOW characters before ``end``, not in all the text before it: a
    section of a long text asks this of every article-led name, and a search of everything
    before each made the pass grow with the square of the section's length."""
    lo = end - WORD_WINDOW
    if lo < 0:
        lo = 0
    word = _WORD_AT_END.search(text, lo, end)
    if word is not None and word.start() == lo and lo > 0:
        word = _WORD_AT_END.search(text, 0, end)  # (the word may begin before the window)
    if word is None or word.end() != end:
        return ""
    return word.group()


# the generic first words of compound Arabic place names (see the module's docstring)
GENERIC_HEADS = frozenset(("bab", "jabal", "jebel", "wadi", "tell", "tal", "ras", "deir", "dayr", "kafr", "kfar",
                           "beit", "bayt", "ain", "ayn", "umm", "um", "jisr", "khan", "bir", "qasr", "nahr",
                           "sheikh", "abu", "bani", "tall", "marj", "souq", "suq"))


def compound_heads(text: str, mentions: list[dict]) -> list[dict]:
    """The place mentions that are a generic head word alone right before an article-led word
    ("Bab| al-Tabbaneh", "Wadi| al-Dawasir" when the index lacks the whole): no place of their
    own."""
    return [m for m in mentions
            if m.get("role") in ("place", "organisation") and (m.get("surface") or "").lower() in GENERIC_HEADS
            and _is_article_led(_word_after(text, m["end"]))]


def _word_after(text: str, end: int) -> str:
    """The word one space after ``end`` ('al-Tabbaneh' after 'Bab'), '' when none is there."""
    if end >= len(text) or text[end] != " ":
        return ""
    word = re.match(r"[\w'’‑-]+", text[end + 1:end + 40])
    return word.group() if word else ""


def compound_tails(text: str, mentions: list[dict]) -> list[dict]:
    """The mentions that are the article-led tail of a compound name written right before
    them ("Brak| al-Shati"): none of them is a place of its own."""
    return [m for m in mentions
            if m.get("role") in ("place", "organisation") and _is_article_led(m.get("surface") or "")
            and _name_right_before(text, m["start"])]
_PATTERNS.save()
