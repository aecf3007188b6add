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
        return None
    sub = subs[-1]
    if _BREAK.search(text, sub.end(), date_start):
        return None
    toks = analyse(text, sub.start(), date_start)
    if any(_finite(toks, i) for i in range(1, len(toks))):
        return sub.start()
    return None


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
