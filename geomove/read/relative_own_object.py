"""A subject told with a restrictive relative clause whose verb of moving takes an object of its
own, then the main clause's verb: "Six pilots that flew the jets from Lille returned to Istres",
"The sailors who brought the frigate from Toulon flew back to Paris". The clause is read at its
first verb of moving (the relative's), so what moved was that verb's object ("the jets", "the
frigate"); the main verb's mover is the relative's antecedent ("Six pilots", "The sailors"), who
moved in both (they flew the jets, they brought the frigate), and whose count the clause already
read.

:func:`antecedent_of_relative_verb` gives the antecedent when the clause's verb at ``main``
stands right after "that"/"who" (an auxiliary between: "who had flown"), an object opens after it
(a determiner, a possessive or a number: relative_own_object.json), and a finite verb of moving
of the main clause follows within the clause; else None. "Soldiers who flew from Lille returned
to Istres" (no object: the soldiers, as before) and "Pilots who trained in Lille returned"
(no verb of moving in the relative) are unchanged.

why: session 51 (read148) left "Six pilots that flew the jets from A returned to B" reading what
moved as "the jets"; golden lines s52-read150-relative-object-* of my own in France, Kenya and
Poland."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-relative-own-object")
_DATA = read_data("relative_own_object.json")

# the antecedent (up to antecedent_words words, no comma), then the relative word and any
# auxiliary, ending where the relative's verb begins
_ANTECEDENT_THEN_RELATIVE = _PATTERNS.compile(
    r"(?P<np>[\w'’-]+(?:\s+[\w'’-]+){0," + str(_DATA["antecedent_words"] - 1) + r"})\s+(?:"
    + "|".join(_DATA["relative_words"]) + r")\s+(?:(?:" + "|".join(_DATA["auxiliaries"]) + r")\s+)?$", re.I)
# a clause of saying before the antecedent ("Officials said the pilots who ..."): its words are no
# part of it
# the same without the antecedent, searched first: the antecedent's words are then read backwards
# from where it ends (a search of the whole pattern backtracked through its words at every
# position of the 120 characters: ~0.3 ms a clause, by cProfile, s52 speed123)
_RELATIVE_AT_END = _PATTERNS.compile(
    r"\s+(?:" + "|".join(_DATA["relative_words"]) + r")\s+(?:(?:" + "|".join(_DATA["auxiliaries"]) + r")\s+)?$", re.I)
# the antecedent's words read on the reversed text before the relative word (at most
# antecedent_words, greedy: the same words the leftmost match of _ANTECEDENT_THEN_RELATIVE takes)
_WORDS_REVERSED = _PATTERNS.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0," + str(_DATA["antecedent_words"] - 1) + r"}")
_SAID_FIRST = _PATTERNS.compile(r"^.*\b(?:said|says|say|told|reported|stated|added)\s+(?:that\s+)?", re.I)
_OBJECT_OPENS = _PATTERNS.compile(r"\s+(?:" + "|".join(_DATA["object_opens"]) + r")\s", re.I)
_PATTERNS.save()


def antecedent_of_relative_verb(text: str, s: int, e: int, main: re.Match, later) -> tuple[str, int] | None:
    """The words of the subject before "that"/"who" and where they end, when the clause [s, e)'s
    verb at ``main`` is a restrictive relative's, with an object of its own and a finite verb of
    moving of the main clause among ``later()`` (the clause's triggers after it, asked only when
    the rest holds); else None."""
    if "verb" not in main.re.groupindex or not main.group("verb") or main.start() - s < 8:
        return None
    lo = max(s, main.start() - 120)
    if text.find(" that ", lo, main.start()) < 0 and text.find(" who ", lo, main.start()) < 0:
        return None  # (the cheap test first: most clauses hold no relative word before their verb)
    rel = _antecedent_then_relative(text[lo:main.start()])
    if rel is None or "," in rel[0] or _OBJECT_OPENS.match(text, main.end(), e) is None:
        return None
    own = next((t for t in later() if t.start() > main.end() and t.group("verb")
                and not t.group("verb").lower().endswith("ing")
                and text[max(s, t.start() - 3):t.start()].lower() != "to "), None)
    if own is None:
        return None
    np = _SAID_FIRST.sub("", rel[0])
    return (np, lo + rel[1]) if np else None


def _antecedent_then_relative(before: str) -> tuple[str, int] | None:
    """The "np" group of _ANTECEDENT_THEN_RELATIVE's search of ``before`` and where it ends, or
    None: the relative word at the end found first, then the words before it read backwards."""
    rel = _RELATIVE_AT_END.search(before)
    if rel is None:
        return None
    end = rel.start()
    words = _WORDS_REVERSED.match(before[end - 1::-1]) if end else None
    if words is None:
        return None
    return before[end - words.end():end], end
