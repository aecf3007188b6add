"""What moved, when the clause's subject is a relative pronoun: "Among them were members of the
GIGN tactical unit, who were sent on to Dumbea in the afternoon." The clause cut at the comma
reads its subject as "who", and the movement's what was the pronoun. What moved is the noun
phrase the pronoun follows: "members of the GIGN tactical unit".

The antecedent is read back from the comma before the pronoun to the nearest word that opens
it: the verb of an inverted opening ("Among them were", "With them came"), a preposition of
company ("along with", "including"), another comma or the sentence's start.

why: a New Caledonia report of my own (s37 read100) gave the GIGN's onward move the what "who"."""

from __future__ import annotations

import re

from .kept import recompile as _recompile

_PRONOUN = frozenset(("who", "which"))
# the comma and the pronoun right after the antecedent
_COMMA_PRONOUN = _recompile(r",\s*(?:who|which)\s*$", re.I)
# what opens the antecedent, read backwards: the last of these before the comma
# (and a preposition of time before a movement noun: "entered X after the withdrawal of FARDC
# units, which fell back to Sake", read108)
_OPENER = _recompile(r"(?:^|[.;:,!?]|\b(?:were|was|came|arrived|including|along\s+with|together\s+with|among\s+them|with|"
                     r"after|before|following|amid|despite))\s+", re.I)
# a movement noun and its "of" opening the antecedent: who moved is told after it ("the withdrawal
# of FARDC units, which fell back to Sake": the units fell back)
_MOVE_NOUN_OF = _recompile(r"(?:the|a)\s+(?:[\w-]+\s+)?(?:withdrawal|retreat|departure|pull-?out|redeployment|evacuation|"
                           r"flight|exit|rout)\s+of\s+(?=\S)", re.I)
_LOOK_BACK = 160
_WORD = _recompile(r"\w+")
_MAX_WORDS = 10


def antecedent_what(text: str, pronoun_at: int) -> str | None:
    """The noun phrase the relative pronoun at ``pronoun_at`` follows ("members of the GIGN
    tactical unit"), or None when the words before it are no noun phrase of a few words."""
    word = _WORD.match(text, pronoun_at)
    if word is None or word.group(0).lower() not in _PRONOUN:
        return None
    start = max(0, pronoun_at - _LOOK_BACK)
    comma = _COMMA_PRONOUN.search(text[start:word.end()])
    if comma is None:
        return None
    head = text[start:start + comma.start()]
    opened = [m.end() for m in _OPENER.finditer(head)]
    phrase = head[opened[-1]:].strip() if opened else head.strip()
    if not phrase or len(phrase.split()) > _MAX_WORDS or not phrase[0].isalnum():
        return None
    moved = _MOVE_NOUN_OF.match(phrase)
    return phrase[moved.end():] if moved is not None else phrase


def mover_of_move_noun(what: str) -> str | None:
    """The mover a movement noun's "of" names, when ``what`` opens with one ("the retreat of
    Burundian troops" -> "Burundian troops"): read as what moved when the clause's verb is
    another ("..., which withdrew to Bujumbura"); None when it opens with none."""
    moved = _MOVE_NOUN_OF.match(what)
    return what[moved.end():] if moved is not None and moved.end() < len(what) else None

