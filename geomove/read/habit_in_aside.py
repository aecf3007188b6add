"""A habit told in an aside of the subject: "CCG 3305, the 12,000-tonne cutter usually seen off
Hainan, left Sanya on 15 Nov", "The frigate, a ship regularly seen in the Gulf, sailed from A to B
on Monday". The adverb of habit describes the ship (where it is usually seen, what it does as a
rule), set off by commas between the subject and its verb; the movement itself is told once, on
its day (GUIDELINES: a habitual statement is no movement, but this one is not habitual).

read.status's "a habitual adverb" check searched the whole sentence, so such a move was
background: read62's ship-tracking thread lost the cutter leaving Sanya. A habit at the verb
("trucks usually cross from A") or after it stays a habit, and so does one in a relative clause
("Supply trucks, which usually carry grain, crossed ...": read44's twin, left as it was)."""

from __future__ import annotations

import re

from .kept import recompile as _recompile

# at least three words in the aside: an adverb alone between commas ("Convoys, usually, leave")
# is the sentence's own habit
_WORDS = _recompile(r"[\w'\u2019-]+")
_MIN_ASIDE_WORDS = 3
# a relative clause as the aside ("Supply trucks, which usually carry grain, crossed ...") stays
# as read44 left it (its golden twin: background); only an apposition is the subject's description
_RELATIVE_OPENS = _recompile(r"\s*(?:which|who|whose|that)\b", re.I)
# a comma that sets words off, not one inside a number ("the 12,000-tonne cutter")
_COMMA = _recompile(r",(?!\d{3}\b)")


def subject_aside_around(sentence: str, at: int, verb_at: int) -> tuple[int, int] | None:
    """The span of the aside set off by commas right after the subject (the sentence's first
    comma opens it, a comma before the verb at ``verb_at`` closes it) that holds offset ``at``;
    None when ``at`` is in no such aside. Offsets are the sentence's."""
    commas = [m.start() for m in _COMMA.finditer(sentence, 0, verb_at)]
    opening = max((c for c in commas if c < at), default=-1)
    closing = min((c for c in commas if c >= at), default=-1)
    if opening < 0 or closing < 0 or commas[0] != opening:
        return None
    if len(_WORDS.findall(sentence, opening, closing)) < _MIN_ASIDE_WORDS or _RELATIVE_OPENS.match(sentence, opening + 1):
        return None
    return opening, closing
