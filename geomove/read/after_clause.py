"""A clause of its own after "after", with a subject and a verb of moving of its own: "Armenian
border guards moved into Tegh on Wednesday after the Russian unit withdrew to Gyumri", "Kenyan
police took over the checkpoint after Haitian soldiers pulled back to X". The clause after
"after" tells another force's movement (GUIDELINES: a different actor makes a new movement):
its place is no end of the main clause's force.

The cut is asked as every other clause join is (cuts._subject_then_verb: a noun phrase by its
parts of speech, then a finite verb of moving); "after arriving in X", "after a three-day march"
have no subject and verb of their own and stay in the clause.

why: "Armenian border guards took up positions in Tegh on Wednesday after the Russian unit
stationed there withdrew to Gyumri" read the border guards going to Tegh and to Gyumri (probes
of my own, s32 read87, a Caucasus wire)."""

from __future__ import annotations

import bisect
import re

from ..regex_cache import CompiledPatterns
from .lexicon import _MOVER, _MOVER_GATE
from .gates import Gate

_PATTERNS = CompiledPatterns("read-after-clause")

# "after" opening a clause (after a comma or not); "shortly after", "days after", "soon after"
# keep their word of time before it
_AFTER = _PATTERNS.compile(r"(?:,\s*|\s+)(?:(?:shortly|soon|hours|days|weeks|just|only|minutes)\s+)?after\s+", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_AFTER_GATE = Gate(_AFTER, ("after",))
# the joiner a time clause was cut at, right before its words ("..., a day after | the soldiers
# stationed in X arrived from Y"), and a pronoun opening its subject (the same force: "after they
# arrived")
_TIME_JOINER_BEFORE = _PATTERNS.compile(r"\b(?:after|before|when|once)\s*$", re.I)
_PRONOUN_SUBJECT = _PATTERNS.compile(r"\s*(?:it|they|he|she|we|its|their|his|her|both|all|each)\b", re.I)
# ... or a movement told as a noun, of a force, from or to a place: "after the withdrawal of
# Israeli troops from Marjayoun was completed", "after the departure of UN peacekeepers from X"
# (matched where "after" ends: no "^", which never matches from an offset)
_NOMINAL_MOVE = _PATTERNS.compile(r"(?:the|a)\s+(?:[\w-]+\s+)?(?:withdrawal|pull-?out|departure|arrival|redeployment|"
                                  r"deployment|retreat|evacuation|entry|exit)\s+of\s+(?P<force>(?:[\w'’-]+\s+){1,5}?)"
                                  r"(?:from|to|into|out\s+of|in)\s+", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def after_joins(text: str, s: int, e: int) -> list[re.Match]:
    """Every "after" in the clause [s, e) that may open a clause of its own (the caller asks for
    a subject and a finite verb of moving after it)."""
    return list(_AFTER_GATE.finditer(text, s, e))


def subject_of_time_clause(text: str, s: int, upto: int) -> bool:
    """Is the clause from ``s`` (its subject up to ``upto``) a time clause cut after "after",
    "before", "when" or "once", with a noun phrase of its own for subject ("The company moved
    to A after | the soldiers stationed in B arrived from C")? Its definite subject is another
    force than the main clause's, none it refers back to: a force told again in its own time
    clause is told by a pronoun ("after they arrived from C").

    why: "the soldiers" read as the company told again, so its origin C carried the company's
    route (C -> A) and the soldiers' own move was lost (s33 read89, probes of my own)."""
    return _TIME_JOINER_BEFORE.search(text, max(0, s - 12), s) is not None \
        and _PRONOUN_SUBJECT.match(text, s, upto) is None
def nominal_move_after(text: str, after: re.Match, e: int) -> bool:
    """Does "after" (``after``, in a clause ending at ``e``) open a movement of a force told as a
    noun, with its place ("after the withdrawal of Israeli troops from Marjayoun was completed")?
    Then it is a clause of its own, as "after Israeli troops withdrew from Marjayoun" is.

    why: the phrase had no finite verb, so it stayed in the main clause and its place became the
    main clause's end: "Lebanese soldiers deployed to Khiam after the withdrawal of Israeli troops
    from Marjayoun" read the Lebanese coming from Marjayoun, the Israelis' move lost (probes of
    my own, s33 read90: a live blog)."""
    told = _NOMINAL_MOVE.match(text, after.end(), e)
    return told is not None and _MOVER_GATE.search(told.group("force")) is not None


def nominal_after_cuts(text: str, s: int, e: int, trigger_starts: list[int]) -> list[int]:
    """Where a movement told as a noun after "after" begins ("... deployed to Khiam after | the
    withdrawal of Israeli troops from Marjayoun was completed"), in the sentence [s, e), when a
    movement word stands before "after" (``trigger_starts``: every trigger's start, sorted)."""
    out = []
    for m in after_joins(text, s, e):
        if bisect.bisect_left(trigger_starts, m.start()) > bisect.bisect_left(trigger_starts, s) \
                and nominal_move_after(text, m, e):
            out.append(m.end())
    return out
