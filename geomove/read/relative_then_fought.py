"""A move told in a relative clause on the subject, the main verb one of fighting: "Militants
believed to have crossed from A attacked a post in B on Friday", "Fighters thought to have come
from A raided a village near B", "Gunmen who crossed from A ambushed a patrol near B".

The convention (GUIDELINES: fighting, raids and attacks are no movement; one end is enough): the
move is the relative clause's own, A -> nothing; B is where they fought, no end of it and no
finer telling of A. The move is reported: "believed/thought/said to have" is a claim told as
having happened, as "are said to have moved into X" is read (golden ml-said-to-have-moved). As
"crossed from A into K and attacked a village near B" (lexicon.json fighting_joined: a verb of
fighting joined by a conjunction) -- here the verb of fighting follows the place with no
conjunction, the main clause's own verb after the subject's relative clause.

A main verb of moving keeps the relative clause's origin ("Troops said to have left A reached B":
A -> B, read as read.relative_departure reads "The column that left A ... arrived in B").

why: the place fought at was read as a finer origin of the crossing (the noun phrase after the
origin read on through the verb): "Tillaberi -> nothing" for a crossing from Mali (s48's gaps,
s49 read137)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-relative-then-fought")

# the gap between the relative clause's place and the next place: a verb of fighting in the past
# right after the place (an aside's comma, a day or an adverb may stand before it), then its
# object up to the next place; not a participle of the passive ("attacked by", "seized last year")
_FOUGHT_AFTER_PLACE = _PATTERNS.compile(
    r"\s*,?\s*(?:(?:on|late|early|last|overnight)\b(?:\s+[A-Za-z]+){0,2}\s*,?\s*)?(?:\w+ly\s+)?"
    r"(?:attacked|raided|ambushed|stormed|shelled|overran|looted|burned|burnt|besieged|struck|"
    r"kidnapped|abducted|killed|clashed|fired\s+on|opened\s+fire)"
    r"(?!\s+(?:by|last|earlier|in\s+[0-9]{4}|from)\b)\b",
    re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def fought_after_place(gap: str) -> bool:
    """Is ``gap`` (the words between a place of the move and the next place) the main clause's
    verb of fighting and its object ("attacked a post in")? The next place is where they fought.
    The cheap test first: a verb of fighting ends in "ed", "ot", "ck", "ran", "uck" -- asked only
    of gaps with a letter "d" or "t" in them."""
    return ("d" in gap or "t" in gap) and _FOUGHT_AFTER_PLACE.match(gap) is not None
