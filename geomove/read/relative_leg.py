"""A move told in a relative clause on the subject, then the main clause's own move: "Senegalese
troops, who were flown to Bamako on 3 March, drove to Mopti on 9 March". The relative clause and
the main clause are read as two clauses (? -> Bamako, then ? -> Mopti); the main clause's subject
is the relative's antecedent, so it referred back and carried the flight on (one route through
Bamako, dated 3 March). Told on another day, the force got to Bamako and later left it again:
a next leg from Bamako, each move with its own day (GUIDELINES: split into legs where the report
tells of an arrival and a later departure; a different date makes a new movement).

A relative told as background (a past year) is no leg to go on from. On the same day, or with no
day told, the main clause carries the relative's move on as before (assemble.read_fragments):
"Troops, who were flown to A, drove to B" may be one trip through A. A departure told in the
relative clause is read.relative_departure's.

A day that opens the sentence before the antecedent ("On Friday, the battalion, which had reached
A on Tuesday, | was sent on to B") is the main clause's, not the relative's
(:func:`day_opening_antecedent`, :func:`dates_not_opening_antecedent`).

why: s50 read143 (the lead's probe; sentences of my own: Mali, Haiti, the Central African
Republic, North Kivu, Tanganyika)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-relative-leg")

# the relative clause's opening, from its clause's start to its verb: the antecedent (a noun
# phrase with no comma of its own, after an opening phrase and its comma: "On Friday, the
# battalion"), a comma, "who" / "which", its auxiliaries
_ANTECEDENT_WHO = _PATTERNS.compile(
    r"\s*(?:[^,;:.!?()\n]{2,40},\s*)?[^,;:.!?()\n]{2,80}?,\s*(?:who|which)\s+(?:(?:had|has|have|was|were|been|also|first|initially)\s+){0,3}$", re.I)
# the relative clause closed by a comma, with no end of a sentence after its verb
_CLOSED_BY_COMMA = _PATTERNS.compile(r"[^;:.!?\n]*,\s*$")
# the main clause's own words before its verb: none but auxiliaries and adverbs (no subject)
_NO_SUBJECT = _PATTERNS.compile(r"\s*(?:(?:had|has|have|was|were|been|then|later|also|finally|subsequently|\w+ly)\s+)*", re.I)


def main_after_relative_move(text: str, spans: list, i: int, frag, told) -> bool:
    """Is clause ``i`` (``frag``) the main clause whose subject's relative clause, clause ``i - 1``
    (``told``, the fragment of the movement told there), told a move: "<antecedent>, who were
    flown to A on D1, | drove to B on D2"?"""
    if told.sentence != i - 1 or not told.trigger or not frag.trigger or told.status != frag.status:
        # (a relative of background, "which deployed to the A sector in 2024, | rotated through
        # B on its way to C", tells where the force had been: no leg the main clause goes on from)
        return False
    s_told, s = spans[i - 1][0], spans[i][0]
    if _ANTECEDENT_WHO.fullmatch(text, s_told, told.trigger_start) is None:
        return False
    if _CLOSED_BY_COMMA.fullmatch(text, told.trigger_start, s) is None:
        return False
    return _NO_SUBJECT.fullmatch(text, s, frag.trigger_start) is not None



# only a preposition of time before a day that opens the sentence: "On Friday, the battalion"
_OPENS_WITH_DAY = _PATTERNS.compile(r"\s*(?:(?:on|early|late|by|last|this)\s+)*", re.I)


def day_opening_antecedent(text: str, dates: list, s: int, end: int):
    """The day that opens the antecedent's words [s, end) before a relative aside ("On Friday, the
    battalion" of "On Friday, the battalion, which had reached A on Tuesday, | was sent on to
    B"): the main clause's day, told before its subject; None when none opens them. ``dates``:
    the reader's dates of [s, end).

    why: the main clause, read after the aside, found no date of its own and was undated, while
    the day that opens the sentence is when it moved (s50 read143)."""
    return next((d for d in dates if d.end <= end and _OPENS_WITH_DAY.fullmatch(text, s, d.start)), None)



def dates_not_opening_antecedent(text: str, dates: list, s: int, anchor: int) -> list:
    """``dates`` (a clause's, from ``s``) without the day that opens the antecedent's words when
    the clause is the relative aside on them, its verb at ``anchor`` ("On Friday, the battalion,
    which had reached A, | was sent on to B"): that day is the main clause's
    (:func:`day_opening_antecedent`), not the relative's move's, told back; ``dates`` as they are
    otherwise.

    why: the relative's move, told with no day of its own, took the main clause's Friday (s50 read143)."""
    if not dates or dates[0].start - s > 16 or _ANTECEDENT_WHO.fullmatch(text, s, anchor) is None:
        return dates  # (cheap first: no date opening the clause)
    opening = day_opening_antecedent(text, dates, s, text.find(",", dates[0].end, anchor))
    return [d for d in dates if d is not opening]


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
