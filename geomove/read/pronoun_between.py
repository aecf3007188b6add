"""A pronoun refers to the subject of the sentence right before it, when that sentence names
another craft or force and tells no movement: "HMS Tyne sailed from Portsmouth on Monday. The
corvette turned off its transponder off Brest. It was later seen heading for Gibraltar." "It"
is the corvette, not HMS Tyne, whose route the last movement told: the sighting is no leg of
the patrol ship's route (its end was Gibraltar, borrowed from the corvette).

Only a bare "It" or "They" opening the clause; the sentence before opens with "The" and a noun
of a specific kind of craft or force (KINDS: "The corvette", "The submarine", "The column"), a
kind that the last movement's words do not hold ("the frigate" after "The frigate left Toulon"
is the same ship told again, and carries on as before). A general noun ("the ship", "the
vessel", "the troops") may name the force of the last movement: left as it was.

why: a ship-tracking note of my own (s37 read100) read HMS Tyne's sailing from Portsmouth as a
route to Gibraltar, the corvette's heading."""

from __future__ import annotations

import re

from .kept import recompile as _recompile

# specific kinds of craft and forces (singular and plural): a subject telling one of these is a
# craft or force told apart from another kind (not "convoy" nor "column": the words for any
# group on the move, "A convoy left A. The column halted near B. It then moved to C" is one)
KINDS = frozenset("""corvette corvettes frigate frigates destroyer destroyers submarine submarines cruiser cruisers
    tanker tankers carrier carriers icebreaker icebreakers minesweeper minesweepers trawler trawlers tug tugs
    bomber bombers fighter fighters drone drones helicopter helicopters
    rebels insurgents militants militia militiamen gunmen""".split())

_PRONOUN_OPENS = _recompile(r"\s*(?:It|They)\s+(?:was|were|is|are|had|has|have|then|later|also|\w+ed)\b")
# "The corvette turned ...", "The Russian submarine surfaced ...": up to two words before the noun
# (after a log entry's day or time and its colon: "27 Oct: The corvette turned ...")
_THE_KIND_OPENS = _recompile(r"\s*(?:[\w ]{1,16}:\s*)?The\s+(?:[\w'’-]+\s+){0,2}?(?P<kind>[a-z]+)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|t)\b")


# (the sentence before is read from its start only: a sentence with no full stop may be long)
_OPENING_CHARS = 200


def pronoun_of_another_subject(text: str, clause_start: int, before: tuple[int, int] | None) -> str | None:
    """The kind the clause opening at ``clause_start`` refers to with its pronoun: the subject
    of the sentence ``before`` (start, end), a specific kind ("corvette"); None for none."""
    if before is None or _PRONOUN_OPENS.match(text, clause_start) is None:
        return None
    m = _THE_KIND_OPENS.match(text[before[0]:min(before[1], before[0] + _OPENING_CHARS)])
    return m.group("kind") if m is not None and m.group("kind") in KINDS else None


def kind_told(kind: str, words: str) -> bool:
    """Do ``words`` (what moved and who, of a movement) name ``kind``?"""
    return re.search(r"\b" + re.escape(kind) + r"\b", words, re.I) is not None
