"""A force carried, told in the passive with the means after "by": "About 300 soldiers were
taken by ferry from Mtwara to Lindi", "The police officers were carried by truck from Gao to
Kidal", "were taken by a chartered ferry", "by military helicopter".

In the active a verb of carrying moves its object ("A ferry took 300 soldiers",
read.craft_carries); in the passive the object is the subject, and "taken" or "carried" alone
tells no way of travel: "taken by surprise", "taken by rebels" (captives, and the takers did not
move as a force), "carried by the current", "flown by a pilot". So the passive is a trigger only
where a way of travel or a craft ends the phrase after "by" (passive_means.json means, and
craft_carries.json craft_nouns), read as lexicon.json's fixed phrases "taken by boat", "taken by
rail" are (their verb "take by means", read only with a force named before it: force_only).
Those fixed phrases stay the lexicon's trigger; this module adds the rest (another craft, "by
ferry", "by truck" after "carried", an article or a modifier before the means).

why: session 59 (read161) left "300 soldiers were taken by ferry to Lindi" read as nothing, and
"were carried by truck" was dropped as a carry with no force as its object
(forces._without_idle_carry). Golden s60-read162-*, sentences of my own (session 60, read162).

Whatever the subject: arms and ammunition "carried by truck" moved as "taken by truck" (the
lexicon's older reading, s26's "Ammunition and fuel were taken by road") and "transported by
truck" do. An active "carried" with arms as its object stays none (forces._carried_a_force:
"gunmen carried weapons" is how armed men are told), but a means after "by" can only tell
transport. why: session 60 set "Weapons and ammunition were carried by truck" aside while "taken
by" read the same load, the two forms disagreeing (session 61, read163)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from ..textutil import ANY_WORD, WordAnchored, word_set
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-passive-means")
_DATA = read_data("passive_means.json")

# read as this verb (lexicon.verb_forms): a verb of going whose subject moved, only with a force
# named before it (lexicon.json force_only)
READ_AS = _DATA["read_as"]
PASSIVE_FORMS = tuple(_DATA["passive_forms"])

# (longest first, then by letter: one pattern whatever the hash seed, kept across processes)
_MEANS = sorted(set(_DATA["means"]) | set(read_data("craft_carries.json")["craft_nouns"]), key=lambda m: (-len(m), m))
# "<taken|carried> by [a] [up to three modifiers] <means>", the means a whole word that no noun
# of who did it follows ("taken by truck drivers"); the whole phrase is the trigger's verb (as
# "taken by boat" is the lexicon's), with an empty "noun" group as the other triggers have
_PASSIVE_MEANS = _PATTERNS.compile(
    r"\b(?P<verb>(?:" + "|".join(PASSIVE_FORMS) + r")\s+by\s+"
    r"(?:(?:" + "|".join(_DATA["determiners"]) + r")\s+)?"
    r"(?:(?!(?:" + "|".join(_DATA["not_modifiers"]) + r")\b)[\w-]+\s+){0," + str(_DATA["modifier_words"]) + r"}?"
    r"(?:" + "|".join(m.replace(" ", r"\s+") for m in _MEANS) + r"))(?![\w'’-])"
    r"(?!\s+(?:" + "|".join(_DATA["not_means_after"]) + r")\b)(?:(?P<noun>(?!)))?", re.I)

# (the words of which a match holds one each, as word_set lists them: a report holding no
# passive form or no "by" is not searched)
_FORM_WORDS = frozenset(PASSIVE_FORMS) | {ANY_WORD}
_BY_WORDS = frozenset({"by", ANY_WORD})
_PASSIVE_SCAN = WordAnchored(_PASSIVE_MEANS, PASSIVE_FORMS)

# the fixed phrases the lexicon's trigger scan finds already ("taken by boat"): not read twice
_LEXICON_PHRASES = frozenset(" ".join(p.split()) for p in read_data("lexicon.json")["verb_forms"][READ_AS].split(","))


def passive_by_means(text: str) -> list[re.Match]:
    """The passive forms of a verb of carrying with a means after "by" in ``text`` ("were taken
    by ferry", "were carried by truck"), each a trigger read as "take by means"; none of the
    lexicon's own phrases. Searched only where the text holds a form and "by"."""
    words = word_set(text)
    if _FORM_WORDS.isdisjoint(words) or _BY_WORDS.isdisjoint(words):
        return []
    found = _PASSIVE_SCAN.finditer(text)  # (tried only at the passive forms: see textutil.WordAnchored)
    return [m for m in found
            if " ".join(m.group("verb").lower().split()) not in _LEXICON_PHRASES]


def is_passive_means(phrase: str) -> bool:
    """Is ``phrase`` (in lower case, spaces single) one of this module's triggers ("taken by a
    chartered ferry")? lexicon._stem asks it of a phrase it has no stem for, to read it as
    "take by means"."""
    return " by " in phrase and _PASSIVE_MEANS.fullmatch(phrase) is not None


def passive_why(main: re.Match) -> list[str]:
    """The why's note when the trigger ``main`` is a passive of carrying with its means after
    "by", this module's or one of the lexicon's fixed phrases ("taken by boat"); empty for most
    clauses (only a phrase of several words with "by" in it is asked)."""
    word = (main.group("verb") or "") if "verb" in main.re.groupindex else ""
    if " by " not in word or not is_passive_means(" ".join(word.lower().split())):
        return []
    return [f"'{' '.join(word.split())}': the passive of a verb of carrying with its means after 'by': "
            f"the subject was carried (read.passive_means)"]


_PATTERNS.save()
