"""Lines written all in capitals read in the case prose would give them: "MALIAN TROOPS ENTERED
KIDAL ON TUESDAY" as "Malian troops entered Kidal on Tuesday".

Military messages (SITREPs), flashes and some agencies' headlines are written in capitals. The
finder reads names by their capitals and the reading wing reads a sentence's words by their
case (a capitalised word after a verb is a name), so such a line read no place and no movement.
A line is recased when nearly all its letters are capitals; each word is then written as prose
would write it: a name the gazetteer knows (alone or with the one or two words after it: "PORT
SUDAN", "EL FASHER") that is no everyday English word, a demonym, a month or a day of the week
with a capital; a word that is no English word ("RSF", "FAMA", "MINUSMA") as written, in
capitals (an acronym); every other word in lower case; the first word of a sentence with a
capital. Each word keeps its length, so the text keeps every offset (and a mention's surface
is read back from the report as given: finder).
"""

from __future__ import annotations

import re

from ..names import name_key, plain
from ..wordlists import ACTOR_NOUNS, PLACE_NOUNS, STOPWORDS
from .words import english_zipf
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("mentions-recase")  # (kept code: ~1 M instructions a pattern otherwise)
# a cheap look first: three words in capitals in a row somewhere in the text. (The word's start
# is asked after its first capital, ``[A-Z](?<=\b[A-Z])``, not before it, ``\b[A-Z]``: the same
# matches, but a pattern that opens with a set of letters lets the engine skip in C to the next
# capital, where one opening with ``\b`` was tried at every character of every text, read
# twice by an extract: ~2x faster.)
_SHOUTING_SOMEWHERE = _PATTERNS.compile(r"[A-Z](?<=\b[A-Z])[A-Z'’-]{2,}\s+[A-Z][A-Z'’-]*\s+[A-Z][A-Z'’-]{2,}\b")
_WORD = _PATTERNS.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END = _PATTERNS.compile(r"[.!?]['\"’”)]*\s+$")
_CAPS_SHARE = 0.9   # of a line's letters, for it to be read as written in capitals
_MIN_WORDS = 3      # a line of fewer words is a label ("UPDATE", "BREAKING NEWS")
_ACRONYM_ZIPF = 2.0  # a short word English writes more rarely than this: initials, kept in capitals
_EVERYDAY_ZIPF = 4.5  # as mentions.words.is_everyday_word: "valley", "grand", "council"
_MONTHS_DAYS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())


def _title(word: str) -> str:
    """"AL-MALIKIYAH" -> "Al-Malikiyah", "D'IVOIRE" -> "D'Ivoire" (the length kept)."""
    out = re.sub(r"[^\W\d_]+", lambda m: m.group(0)[:1].upper() + m.group(0)[1:].lower(), word)
    return out if len(out) == len(word) else word


def _lower(word: str) -> str:
    out = word.lower()
    return out if len(out) == len(word) else word


_UPPER = _PATTERNS.compile(r"[^\W\d_]", re.ASCII)  # (ASCII letters: a cheap count, C-level)


def _shouting(line: str) -> bool:
    letters = _UPPER.findall(line)
    if len(letters) < 12:
        return False
    lower = sum(1 for c in letters if c.islower()) if len(letters) < 400 else len(re.findall(r"[a-z]", line))
    if lower > (1 - _CAPS_SHARE) * len(letters):
        return False
    return len(_WORD.findall(line)) >= _MIN_WORDS


# words that open a place's name of several words though English writes them ("PORT SUDAN",
# "EL FASHER", "CAMP LEMONNIER"), and the connectors written in lower case inside a name
_NAME_HEADS = frozenset("""port fort camp mount lake cape saint st san santa el al ad as ash ar an at az ez es ed
deir dayr tal tell ras bab bir ain jebel wadi new north south east west upper lower great little kafr umm abu
bani beni de del la le los las""".split())
_CONNECTORS = frozenset("of de du des del della la le el al ad as ash ar an az ez es ed".split())
# the initials of forces and bodies that reports write in capitals anyway (kept as written)
_ACRONYMS = frozenset("""UN US UK EU AU NATO FAMA FARDC ENDF IDF SAF RSF SDF HTS ADF PMF SNA TPLF ELN FARC CJNG PKK YPG
ISIS ISIL ISWAP JNIM AQIM M23 FDLR ATMIS AMISOM MINUSMA MONUSCO MINUSCA UNIFIL UNMISS KFOR ECOWAS SADC EAC UAE DRC""".split())


def _everyday(word: str) -> bool:
    """A word prose writes in lower case: an everyday English word, or a noun of forces and
    their kit or of places ("convoy", "brigade", "border")."""
    w = word.lower()
    return w in STOPWORDS or w in ACTOR_NOUNS or w in PLACE_NOUNS or english_zipf(w) >= _EVERYDAY_ZIPF


def _names_a_place(gazetteer, words: list[str]) -> bool:
    """Do ``words`` (in capitals) spell a name the gazetteer knows: one word that is no everyday
    word, or two or three opening with a name's head word or ending in a word that is none?"""
    if len(words) > 1 and (words[0].lower() in STOPWORDS and words[0].lower() not in _NAME_HEADS):
        return False  # ("FROM GAO": the place is Gao alone)
    if _everyday(words[-1]) and len(words) == 1:
        return False
    if len(words) > 1 and not (words[0].lower() in _NAME_HEADS or not _everyday(words[0])) :
        return False
    if len(words) > 1 and _everyday(words[-1]) and words[-1].lower() not in _NAME_HEADS:
        return False
    key = name_key(" ".join(words))
    if not key or not gazetteer.has_key(key):
        return False
    if len(words) > 1 or len(words[0]) > 4:
        return True
    # a short word: a place of that very name among its first readings (the key folds hard:
    # "FATA" finds Pattaya, "SSG" Ségou; an acronym in a headline stays one, as written)
    word = plain(words[0])
    return any(plain(c.get("name") or "") == word for c in gazetteer.candidates(_title(words[0]))[:3])


_FAMOUS = 0.8  # the importance of a capital city (Paris 0.88): named so even where English has the word


def _famous_though_everyday(gazetteer, word: str) -> bool:
    """An everyday English word that is first of all a country or a famous city ("ISRAEL",
    "CHINA", "TURKEY", "PARIS"): written with a capital ("NICE", "MOBILE", "WILL" are not)."""
    if not _everyday(word) or word.lower() in STOPWORDS or not gazetteer.has_key(name_key(word)):
        return False
    first = next(iter(gazetteer.candidates(_title(word))), None)
    return first is not None and (first.get("name") or "").lower() == word.lower() \
        and (first.get("kind") == "country" or (first.get("importance") or 0) >= _FAMOUS)


def _recased_word(word: str, gazetteer) -> str:
    """One word of a line in capitals, as prose writes it (when it opens no name of several)."""
    if word.upper() in _ACRONYMS:
        return word  # "RSF", "FAMA": initials, as written
    if word.lower() in _MONTHS_DAYS or gazetteer.demonym(_title(word)) or _names_a_place(gazetteer, [word]) \
            or _famous_though_everyday(gazetteer, word):
        return _title(word)
    if len(word) <= 5 and not _everyday(word) and english_zipf(word.lower()) < _ACRONYM_ZIPF:
        return word  # initials no list holds ("SNA", "FPRC"), as written
    return _lower(word)


def _recased_line(line: str, gazetteer, memo: dict) -> str:
    words = list(_WORD.finditer(line))
    out = list(line)
    i = 0
    while i < len(words):
        w = words[i].group(0)
        run = 1
        for n in (3, 2):  # "PORT SUDAN", "EL FASHER", "GULF OF ADEN": a name of several words
            if i + n <= len(words) and all(line[words[k].end():words[k + 1].start()] == " " for k in range(i, i + n - 1)) \
                    and _names_a_place(gazetteer, [words[k].group(0) for k in range(i, i + n)]):
                run = n
                break
        if run > 1:
            new = [_lower(words[k].group(0)) if k > i and words[k].group(0).lower() in _CONNECTORS else _title(words[k].group(0))
                   for k in range(i, i + run)]
        else:
            if w not in memo:
                memo[w] = _recased_word(w, gazetteer)
            new = [memo[w]]
        for k, text in zip(range(i, i + run), new):
            out[words[k].start():words[k].end()] = text
        i += run
    # the first word of each sentence with a capital
    for k, m in enumerate(words):
        if k == 0 or _SENTENCE_END.search(line, 0, m.start()):
            out[m.start()] = out[m.start()].upper()
    return "".join(out)


# the last text found to hold no line to recase without asking the gazetteer (no line read as
# written in capitals: the answer is the text itself, whatever the gazetteer): `extract` asks of
# each report twice, in read.assemble and again in the mention finder it hands the same text to
# (a str is immutable: the same object has the same answer; as layout.squeeze's _last_plain)
_last_as_prose: str | None = None


def recased(text: str, gazetteer) -> str:
    """``text`` with each line written in capitals recased as prose (the same length); the text
    itself when it has none."""
    global _last_as_prose
    if text is _last_as_prose:
        return text
    pieces, last, changed, memo = [], 0, False, {}
    asked = False  # (was a line recased with the gazetteer's help?)
    for m in _SHOUTING_SOMEWHERE.finditer(text):  # (only the lines that hold three words in capitals)
        if m.start() < last:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        line = text[start:end]
        if _shouting(line):
            asked = True
            recast = _recased_line(line, gazetteer, memo)
            pieces += (text[last:start], recast)
            # (changed only when a letter was: a line of capitals that are no words to recase,
            # "VRAE VRAE VRAE VRAE", comes back as it was, and the text itself must be returned,
            # or find_mentions, which reads a recased text anew, recursed without end)
            changed = changed or recast != line
        else:
            pieces.append(text[last:end])
        last = end
    if changed:
        return "".join(pieces) + text[last:]
    if not asked:
        _last_as_prose = text
    return text


_PATTERNS.save()  # (the code of patterns compiled anew, for the next process)
