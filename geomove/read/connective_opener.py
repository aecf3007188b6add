"""A sentence opened by a connective and its comma: "However, ADF elements crossed from A into
B", "Separately, the army confirmed that it had pulled a company back to C". The connective
ties the sentence to the one before and names no force; who moved is told after the comma, as it
would be with no connective. The ways of finding an actor that read a subject from the clause's
start ("ADF elements" by its initials, "the army ... confirmed that it had") start after it.

A fronted adverbial phrase with its comma ("After a two-day march, the rebels entered X",
"Following heavy rains, the fighters left Y") is read the same way: it tells when or how.

why: with "However," in front, the initials of "ADF elements" were not at the subject's start
and the move had no actor; "Separately, the army confirmed that it had pulled" lost the army;
"After a two-day march, the rebels entered X" had no actor (session 46, the lead's probes).

A fronted participle clause with its comma ("Moving in small groups, the jihadists slipped across
the border", "Travelling by night, the militiamen crossed into K") tells how the subject moved and
has no subject of its own: the subject is what comes after the comma too. Only a word in -ing that
the tagger reads as a participle (not "Beijing, meanwhile, sent ..."), and not "According to X,"
(a speaker's phrase, read by its own rules).

why: "Moving in small groups, the jihadists slipped ..." read no actor where "The jihadists
slipped ..." read the jihadists (session 47, the lead's probes, read131)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .syntax import analyse

_PATTERNS = CompiledPatterns("read-connective-opener")
_DATA = read_data("connective_opener.json")
_WORDS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _DATA["words"]), key=len, reverse=True))
# the connective at the clause's start (after a list's bullet, if any), then its comma
_CONNECTIVE = _PATTERNS.compile(r"\s*(?:" + _WORDS + r")\s*,\s*", re.I)
_OPENERS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _DATA["phrase_openers"]), key=len, reverse=True))
# a fronted adverbial phrase: one of its prepositions, a few words with no comma, then the comma
# ("After a two-day march, ", "Following heavy rains, ")
_OPENING_PHRASE = _PATTERNS.compile(r"\s*(?:" + _OPENERS + r")\s+[^,;:()\n]{1,60}?,\s*", re.I)

# a fronted participle clause: a capitalised word in -ing at the clause's start (after a bullet or
# quote, if any), a few words with no comma, then the comma ("Moving in small groups, ")
_OPENING_PARTICIPLE = _PATTERNS.compile(r"\s*(?:[^\w\s]{1,4}\s*)?(?P<word>[A-Z][a-z]+ing)\b[^,;:()\n]{0,60}?,\s*")
# participles in -ing that open a speaker's or a list's phrase, not a manner of moving
_NOT_A_MANNER = frozenset(_DATA["participles_not_manner"])


def _opening_participle(text: str, s: int, verb_at: int) -> re.Match | None:
    """The fronted participle clause and its comma at ``s``, when its word in -ing is a
    participle (tagged VBG: not a name such as "Beijing") and no speaker's phrase; None otherwise."""
    m = _OPENING_PARTICIPLE.match(text, s, verb_at)
    if m is None or m.group("word").lower() in _NOT_A_MANNER:
        return None
    toks = analyse(text, m.start("word"), m.end("word"))
    return m if toks and toks[0].tag == "VBG" else None


def after_connective(text: str, s: int, verb_at: int) -> int:
    """Where the subject starts in a clause [s, verb_at) opened by a connective and a comma
    ("However, "), by a fronted adverbial phrase and its comma ("After a two-day march, ") or by a
    fronted participle clause and its comma ("Moving in small groups, "):
    right after the comma; ``s`` otherwise."""
    m = _CONNECTIVE.match(text, s, verb_at) or _OPENING_PHRASE.match(text, s, verb_at) \
        or _opening_participle(text, s, verb_at)
    return m.end() if m is not None and m.end() < verb_at else s


_PATTERNS.save()
