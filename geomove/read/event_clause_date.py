"""A date told for another event, in a clause of its own after the movement's verb: "a Jamaican
platoon was deployed to Cabaret after gangs attacked the town last week", "soldiers rolled into
Guayaquil, the third deployment to the city since the president declared a state of emergency
in January 2024". The clause opened by "after", "since", "before", "when", "because", "once" or
"until" has a finite verb of its own: its date is when the attack or the declaration happened,
not when the force moved (the movement's date was last week, or 2024-01-01).

A phrase without a verb of its own ("entered X after two days of fighting on Wednesday") dates
the movement as before.

Read in clauses._Reader where a fragment's date is chosen: the date is looked for again before
the subordinate clause."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .syntax import analyse

_PATTERNS = CompiledPatterns("read-event-clause-date")

_SUBORDINATOR = _PATTERNS.compile(r"\b(?:after|since|before|when|because|once|until)\s+", re.I)
# a break between the subordinator and the date: the date is no longer in its clause
_BREAK = _PATTERNS.compile(r"[,;:()]|\s[-–—]\s")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def other_event_clause(text: str, date_start: int, verb_end: int) -> int | None:
    """The start of the subordinate clause that holds the date at ``date_start`` when it
    opens after the movement's verb (ending at ``verb_end``) with a subordinator and has a finite
    verb of its own before the date ("after gangs attacked the town last week"); else None.

    why: "deployed to Cabaret after gangs attacked the town last week" was dated last week."""
    if date_start <= verb_end:
        return None
    stay = stay_where_before(text, date_start, verb_end)
    if stay is not None:
        return stay
    subs = list(_SUBORDINATOR.finditer(text, verb_end, date_start))
    if not subs:
        return attack_phrase_before(text, date_start, verb_end)  # ("following clashes near X last month")
    sub = subs[-1]
    if _BREAK.search(text, sub.end(), date_start):
        return None
    toks = analyse(text, sub.start(), date_start)
    if any(_finite(toks, i) for i in range(1, len(toks))):
        return sub.start()
    return attack_phrase_before(text, date_start, verb_end)


# an attack told by its noun after "after" / "following", with where it struck: "after an attack
# on a military post near Ayorou last week", "following clashes near Geneina last month" (not "after
# two days of fighting on Wednesday": no target or place of the fighting told, the day may be the move's)
_AFTER_ATTACK = _PATTERNS.compile(
    r"\b(?:after|following)\s+(?:(?:an?|the|two|three|several|repeated|renewed|deadly|fresh|heavy|recent)\s+){0,2}"
    r"(?:[\w-]+\s+)?(?:attacks?|ambush(?:es)?|clashes|raids?|assaults?|bombings?|massacres?|killings?|incursions?)\s+"
    r"(?:on|near|in|at|against|around)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:posts?|bases?|camps?|towns?|villages?|positions?|checkpoints?|convoys?|barracks|prisons?|markets?|airports?|(?-i:[A-Z])[\w'’-]*)"
    r"(?:\s+(?:near|in|at|outside)\s+(?-i:[A-Z])[\w'’-]*)?(?:\s+(?:on|in|at|early|late))?\s+$", re.I)
# how far before the date the attack's words are looked for
ATTACK_REACH_CHARS = 120


def attack_phrase_before(text: str, date_start: int, verb_end: int) -> int | None:
    """The start of an attack told by its noun, with its target or place, right before the date
    at ``date_start`` and after the movement's verb ("redeployed a battalion from A to B after an
    attack on a military post near Ayorou last week"): the date is the attack's; else None.

    why: a radio bulletin of my own (s40 read108, Niger) dated the battalion's redeployment by
    the attack it answered, last week."""
    lo = max(verb_end, date_start - ATTACK_REACH_CHARS)
    m = _AFTER_ATTACK.search(text[lo:date_start])
    if m is None or _BREAK.search(text, lo + m.end() - 1, date_start):
        return None
    return lo + m.start()


# ", where it stayed for five months", ", where they remained": a relative clause on the place
# reached that tells the stay there, not the move (a stay is no movement: GUIDELINES)
_STAY_WHERE = _PATTERNS.compile(r",\s+where\s+(?:[\w'’-]+\s+){1,3}?(?:(?:has|have|had|will|would)\s+)?"
                                r"(?:stayed|stay|remained|remain|remains|stays|been\s+stationed|(?:was|were)\s+stationed)\b", re.I)
# (a comma may close the relative clause as an aside: "withdrew from A, where they had been
# stationed since 2022, to B on Sunday" is dated Sunday, the move's day)
_SENTENCE_BREAK = _PATTERNS.compile(r"[.;!?]\s|,")


def stay_where_before(text: str, date_start: int, verb_end: int) -> int | None:
    """The start of a relative clause of staying on the place reached (", where it stayed for
    five months until its withdrawal in September") that holds the date at ``date_start``,
    after the movement's verb and still open there (no comma between); else None. Its date is when the stay went on or ended, not when
    the force moved.

    why: "deployed the cutter to Sabina Shoal, where it stayed for five months until its
    withdrawal in September" was dated September: "until" opened no clause with a verb of its
    own, and the relative clause's verb was not looked at (read86)."""
    for m in _STAY_WHERE.finditer(text, verb_end, date_start):
        if _SENTENCE_BREAK.search(text, m.end(), date_start) is None:
            return m.start()
    return None


def _finite(toks: list, i: int) -> bool:
    """Is token ``i`` a finite verb? The tagger, reading the clause alone, calls a past tense
    after a noun a participle ("after gangs attacked the town": VBN); a participle right after
    the subject's noun and before its object's determiner or noun is that past tense."""
    t = toks[i]
    if t.tag in _FINITE:
        return True
    # (and right after a relative pronoun: "after an attack that killed 12 soldiers last week",
    # the tagger reading "that" as a preposition, s32m)
    return t.tag == "VBN" and (toks[i - 1].tag.startswith(("NN", "PRP")) or toks[i - 1].text.lower() in ("that", "which", "who")) \
        and i + 1 < len(toks) and toks[i + 1].tag.startswith(("DT", "PRP$", "NN", "CD"))


_PATTERNS.save()
