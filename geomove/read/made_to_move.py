"""A force made to move by someone else: "The army offensive forced the rebels to retreat to
Masisi", "clashes forcing hundreds of villagers to flee to Nabire". The object of "forced" is who
moved, and the move happened (to be forced to do it is to do it, as the passive "the rebels were
forced to retreat" already read): its status is reported, not the plan an infinitive tells
(lexicon._INFINITIVE_OK), and who forced it is not who moved. Civilians made to flee are no force
(GUIDELINES: a movement is of armed forces), as when they are the subject.

why: "The army offensive forced the rebels to retreat to Masisi" was a planned move of the army;
"the military build-up has forced hundreds of villagers to flee to Nabire" a planned move with
the build-up as what moved (Papua probe, s25)."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-made-to-move")

# "forced the rebels to", "forcing hundreds of villagers to" right before the verb of moving: the
# object (up to six words, no clause break) and "to"
_MADE_TO = _PATTERNS.compile(r"\b(?:forced|forcing|compelled|compelling|obliged|obliging)\s+"
                             r"(?P<np>(?!to\b)(?:[\w'’-]+\s+){1,6}?)to\s+(?:\w+ly\s+)?$", 0)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_MADE_TO_GATE = Gate(_MADE_TO, ("compelled", "compelling", "forced", "forcing", "obliged", "obliging"))


def object_made_to_move(text: str, s: int, verb_at: int) -> tuple[int, int] | None:
    """The span of the object of "forced" that the verb of moving at ``verb_at`` (in the clause
    from ``s``) tells the movement of ("the rebels" in "forced the rebels to retreat"), or None."""
    made = _MADE_TO_GATE.search(text, max(s, verb_at - 90), verb_at)
    return made.span("np") if made is not None else None


# the consequence verb a clause was cut after (read/cuts._CONSEQUENCE: "..., forcing | Congolese
# soldiers to retreat to X"): the clause opens with the object made to move
_MADE_TO_BEFORE_CUT = _PATTERNS.compile(r",\s+(?:forcing|compelling|obliging)\s+$", 0)


def made_to_before_clause(text: str, s: int) -> bool:
    """Does the clause from ``s`` open right after ", forcing" (", compelling", ", obliging"),
    the object of that verb its subject? Then its infinitive of moving tells what that force was
    made to do, so did (as "forced the rebels to retreat" in one clause), no plan.

    why: "Rebels advanced towards A on Saturday, forcing government soldiers to retreat to B":
    the sentence is cut after "forcing" (its own movement verb before it), and the retreat, read
    alone as "government soldiers to retreat to B", was a planned move (s28r)."""
    return s >= 9 and _MADE_TO_BEFORE_CUT.search(text, max(0, s - 16), s) is not None


_PATTERNS.save()
