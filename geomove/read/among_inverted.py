"""A subject told last, after "Among the ... was / were": "Among the units moved to Pokrovsk last
week was the 155th Mechanized Brigade", "Among those flown to Goma on Monday were two companies
of the 31st Brigade"; or after a fronted participle of moving: "Also arriving in Kidal on Saturday
were around 150 Wagner contractors". The clause opens with the group the force belongs to, or
with its verb; what moved is the noun phrase after the copula at its end, not "Among the units"
(nor "Also", read as a person's name: no force).

Only a clause that opens with "Among", or with the verb of movement itself in -ing (an adverb
such as "Also" before it), and has "was" or "were" after its verb; the noun phrase runs to the
next comma, "according to" or the clause's end.

why: what moved was "Among the units"; "Also arriving ... were 150 contractors" was no
movement of a force at all (probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import PAST_PARTICIPLE

_PATTERNS = CompiledPatterns("read-among-inverted")

_AMONG = _PATTERNS.compile(r"\s*(?:[^\w\s]{1,4}\s*)?Among\s", re.I)
# the clause's own verb in -ing first, an adverb allowed before it: "Also arriving", "Arriving"
_FRONTED_VERB = _PATTERNS.compile(r"\s*(?:[^\w\s]{1,4}\s*)?(?:(?:also|meanwhile|then|now|later|earlier),?\s+)?$", re.I)
# the copula, then the subject up to a comma, a source or the end
_COPULA_SUBJECT = _PATTERNS.compile(r"\s(?:was|were)\s+(?P<np>(?:(?!\s+(?:according|said|officials|sources)\b)[^,;.:])+?)"
                                    r"\s*(?=,|;|\.|:|\s+(?:according|said)\b|$)", re.I)


def subject_told_last(text: str, s: int, e: int, verb_end: int) -> str | None:
    """The noun phrase after "was / were" at the end of a clause [s, e) that opens with "Among"
    ("... was the 155th Mechanized Brigade"), when the verb of movement ends at ``verb_end``;
    None otherwise."""
    if _AMONG.match(text, s) is None and not fronted_verb(text, s, verb_end):
        return None
    m = _COPULA_SUBJECT.search(text, verb_end, e)
    if m is not None and not _fronted_word(text, s, verb_end).lower().endswith("ing") and _AMONG.match(text, s) is None \
            and "," in text[verb_end:m.start()]:
        return None  # "Sent to Goma last week, the soldiers were ambushed": a participle's aside, no inversion
    return m.group("np").strip() if m else None


def _fronted_word(text: str, s: int, verb_end: int) -> str:
    start = text.rfind(" ", s, verb_end) + 1 if " " in text[s:verb_end].strip() else s
    return text[start:verb_end].strip()


# the past participles of moving that a clause may open with, its subject told after "was /
# were": "Also deployed to Kismayo were two companies of Kenyan soldiers" (s28m)
# (lexicon.PAST_PARTICIPLE, as read.reduced_relative's: the same forms, and "ridden")
_FRONTED_PARTICIPLE = _PATTERNS.compile(PAST_PARTICIPLE, re.I)


def fronted_verb(text: str, s: int, verb_end: int) -> bool:
    """Does the clause [s, ...) open with its verb in -ing, or its past participle, ending at
    ``verb_end`` ("Also arriving ...", "Also deployed ...")?"""
    word = _fronted_word(text, s, verb_end)
    start = verb_end - len(word) if word else s
    return (word.lower().endswith("ing") or _FRONTED_PARTICIPLE.fullmatch(word) is not None) \
        and _FRONTED_VERB.fullmatch(text, s, start) is not None


_PATTERNS.save()
