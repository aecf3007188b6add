"""A date told inside a comma relative belongs to the relative's leg, the main clause's date to
the main leg: "Ghanaian sappers, who hauled the pontoons to Tamale on Monday, returned to Accra on
Friday" -- the sappers got to Tamale on Monday and left for Accra on Friday.

The clause is read once, at its main verb, and split into two legs where the relative's end was
reached and the main verb leaves it again (clauses' onward_at, read.onward_told_after and the
others that set it). Both legs then had the clause's one date, the main verb's, or the later leg
took a date told after the first end -- which, inside the relative, is still the relative's own
("who took the equipment to Yola in August"). GUIDELINES date a movement by when it is told to
have happened: the relative tells its own leg's time, the main clause its own.

:func:`dates_of_relative_and_main` answers (the relative's date, the main clause's date) for a
clause whose first end is told inside ", who|which ... ," closed before the main verb, when the
relative tells a date of its own; None otherwise (read as before: a relative with no date of its
own leaves both legs as they were read).

why: session 56 (read158) left "Nigerian engineers, who took the bridging equipment to Yola in
August, drove back to Abuja on Tuesday" with the Yola leg dated Tuesday (golden
s56-read158-comma-relative-month-took); "who hauled ... on Monday, returned ... on Friday" dated
both legs Friday. Golden s57-read159-relative-date-*, sentences of my own (session 57, read159)."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-relative-clause-date")
# the comma and relative word that open a relative set off by commas
_COMMA_RELATIVE = _PATTERNS.compile(r",\s*(?:who|which)\b")
_PATTERNS.save()  # (every pattern of the module before this: kept compiled code)


def dates_of_relative_and_main(text: str, s: int, main_at: int, first_at: int, told: list):
    """(the relative's date, the main clause's date) when the first end (its cue at ``first_at``)
    is told in a comma relative opened after ``s`` and closed by a comma before the main verb at
    ``main_at``, and a date of ``told`` (the clause's dates) stands inside the relative; the main
    clause's date is the first told after the main verb, else one told before the relative, else
    None. None when the clause is no such relative's."""
    if not s <= first_at < main_at or "," not in text[s:first_at]:
        return None  # (the cheap test: the first end after the main verb, or no comma before it)
    opened = None
    for opened in _COMMA_RELATIVE.finditer(text, s, first_at):
        pass
    if opened is None:
        return None
    close = text.rfind(",", first_at, main_at)
    if close < 0 or text[close + 1:main_at].strip():
        return None  # (the relative closes right before the main verb: ", drove back to ...")
    inside = [d for d in told if opened.end() <= d.start < close]
    if not inside:
        return None
    after = [d for d in told if d.start >= main_at]
    before = [d for d in told if d.start < opened.start()]
    return inside[0], (after[0] if after else before[-1] if before else None)
