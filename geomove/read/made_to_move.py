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

_PATTERNS = CompiledPatterns("read-made-to-move")

# "forced the rebels to", "forcing hundreds of villagers to" right before the verb of moving: the
# object (up to six words, no clause break) and "to"
_MADE_TO = _PATTERNS.compile(r"\b(?:forced|forcing|compelled|compelling|obliged|obliging)\s+"
                             r"(?P<np>(?!to\b)(?:[\w'’-]+\s+){1,6}?)to\s+(?:\w+ly\s+)?$", 0)


def object_made_to_move(text: str, s: int, verb_at: int) -> tuple[int, int] | None:
    """The span of the object of "forced" that the verb of moving at ``verb_at`` (in the clause
    from ``s``) tells the movement of ("the rebels" in "forced the rebels to retreat"), or None."""
    made = _MADE_TO.search(text, max(s, verb_at - 90), verb_at)
    return made.span("np") if made is not None else None


_PATTERNS.save()
