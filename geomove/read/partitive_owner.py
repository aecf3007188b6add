"""Whose forces a counted part is, when the group it is part of was told as a state's holding:
"Ethiopia has 3,000 troops in Somalia, and 500 of them moved to Baidoa", "Chad keeps 1,200
soldiers in Niger; 300 of them withdrew to Diffa". The state that has the group is the owner of
the part that moved: the actor is that state, as "Ethiopia sent 500 troops" names it.

why: the part ("500 of them", read.partitive_count) took the group's words as what moved and
named no actor, though the clause before it told whose the group is (probe of my own). Only a
state the report names as a country, as the subject of a verb of holding (has, keeps,
maintains, stations) right before the group's count; "Somalia hosts 3,000 Ethiopian troops"
names the force by its demonym, read as any subject is."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-partitive-owner")

# the verbs of holding a force somewhere, with the words a count may take before it
_HOLDS = (r"\s+(?:still\s+|now\s+|currently\s+|also\s+)?(?:has|had|have|keeps|kept|maintains|maintained|stations|stationed|"
          r"has\s+(?:deployed|stationed|kept)|had\s+(?:deployed|stationed|kept))"
          r"\s+(?:(?:about|some|around|nearly|roughly|over|almost|more\s+than|up\s+to)\s+)?")
_HOLDS_BEFORE_COUNT = _PATTERNS.compile(_HOLDS)
# (the same words ending right at the count: read.partitive_count asks whether a group is held)
_HELD_RIGHT_BEFORE = _PATTERNS.compile(_HOLDS + r"$")
# how far before the group's count the state may be named
OWNER_CHARS = 80


def owner_of_group(text: str, group_at: int | None, countries: list[dict]) -> dict | None:
    """The country mention (of ``countries``) that is the subject of a verb of holding right
    before the group's count at ``group_at``; None when there is none."""
    if group_at is None:
        return None
    for m in reversed(countries):
        if m["end"] > group_at:
            continue
        if m["end"] < group_at - OWNER_CHARS:
            break
        return m if _HOLDS_BEFORE_COUNT.fullmatch(text, m["end"], group_at) is not None else None
    return None



def group_is_held(text: str, group_at: int) -> bool:
    """Is the group whose count starts at ``group_at`` told as held somewhere by a verb of holding
    right before it ("Kenya has | 4,000 soldiers in Somalia")? A group told as moving ("2,000
    fighters withdrew from A") is not: a part of it that moves on carries on its route."""
    return _HELD_RIGHT_BEFORE.search(text, max(0, group_at - OWNER_CHARS), group_at) is not None

_PATTERNS.save()
