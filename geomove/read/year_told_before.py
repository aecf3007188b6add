"""A sentence that opens with a year told by reference to one told before: "In November of the
same year police reinforcements were flown from A to B", "Later that year, a second battalion
moved from A to C". The dates reader resolves the year from the sentence before (dates
_in_year_told_before); when that lands a year or more before publication the sentence tells the
past, as "In July 2024, ..." (status.month_a_year_before) and "In 2024, ..." (past_year) do, and
the movement is background, not this report's news -- when the sentence before opens with its
own past year (the account of the past goes on; a year told in passing dates the move only).

why: in a wire's "Background" section "In July 2024 the army sent a wing of the Frontier Corps
from Kohat to Parachinar" was background and the next sentence, "In November of the same year
police reinforcements were flown from Peshawar to Parachinar", reported (read104)."""

from __future__ import annotations

import re

from ..dates import MONTH_NAMES
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-year-told-before")

# the opening: a month or a part of the year, and the year told before ("of the same year",
# "that year", "the following year"), up to its comma
_OPENS_WITH_YEAR_TOLD_BEFORE = _PATTERNS.compile(
    r"\s*(?:(?:later|earlier|early|late)\s+(?:in\s+)?|(?:in|during|by)\s+)?(?:(?:early|late|mid)[\s-]+)?"
    r"(?:" + MONTH_NAMES + r"\s+(?:of\s+)?)?"
    r"(?:that(?:\s+same)?\s+year|the\s+same\s+year|the\s+(?:following|next|previous|preceding)\s+year)\b", re.I)
# how far back a month must lie for the sentence to tell the past: here and in
# status.month_a_year_before ("In July 2021, ...")
MONTHS_BACK = 12


def months_before(published, year: int, month: int) -> int:
    """How many months the month ``year``-``month`` lies before the publication month."""
    return (published.year * 12 + published.month) - (year * 12 + month)
# the sentence before opens with a past year of its own ("In July 2024 the army sent ...", "In
# 2023, ..."): the account of the past goes on. After a sentence that tells the year in passing
# ("Burkina Faso cut ties with Paris in 2022. In February that same year, 300 French soldiers
# flew ...": golden r33) the move is dated, and reported as before.
_PAST_OPENING = _PATTERNS.compile(
    r"\s*(?:in|during|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:" + MONTH_NAMES + r"\s+(?:of\s+)?)?(?:19|20)[0-9][0-9]\b", re.I)
# a sentence's end before the opening: the sentence before starts after the one before it
_SENTENCE_END = _PATTERNS.compile(r"[.!?][\"'’”)]*\s+")
# how far back the sentence before is looked for
_BEFORE_CHARS = 400


def year_told_before_opening(text: str, s: int, verb_at: int, dates: list, published) -> re.Match | None:
    """The opening of the clause at ``s`` (its verb at ``verb_at``) when it tells a year by
    reference to one told before and its date (of ``dates``, those of the clause) ends
    MONTHS_BACK months or more before ``published``; else None."""
    if published is None or not dates:
        return None
    m = _OPENS_WITH_YEAR_TOLD_BEFORE.match(text, s, verb_at)
    if m is None:
        return None
    d = next((d for d in dates if d.start < m.end()), None)
    if d is None:
        return None
    return m if months_before(published, d.date_end.year, d.date_end.month) >= MONTHS_BACK \
        and _past_told_before(text, s) else None


def _past_told_before(text: str, s: int) -> bool:
    """Does the sentence before the one at ``s`` open with a past year of its own?"""
    lo = max(0, s - _BEFORE_CHARS)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, s)]
    if not ends:
        return False
    start = ends[-2] if len(ends) > 1 else (0 if lo == 0 else None)
    if start is None:
        return False
    return _PAST_OPENING.match(text, start, ends[-1]) is not None


_PATTERNS.save()
