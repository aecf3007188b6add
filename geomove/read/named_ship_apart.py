"""One ship told by its name after a group of ships told with no actor: "Three Chinese Navy
warships were seen near X. The vessels then sailed into the Pacific Ocean. The carrier Shandong
sailed from the South China Sea into the western Pacific" -- the carrier is no ship of the group
(the group's words do not name it), and its route is a movement of its own.

events.same_event told the two apart by their actors; a group referred back to ("The vessels",
"The ships") has none of its own, and the shared sea alone made the two one movement, the
carrier's name its actor and the group's words what moved. A group whose words name the ship
("three warships led by the carrier Shandong") holds it, and is not told apart."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from ..wordlists import SHIP_KINDS_RE, SHIP_PREFIXES_RE

_PATTERNS = CompiledPatterns("read-named-ship-apart")

# what moved is one ship told by its name, whole: "The carrier Shandong", "the Russian cruiser
# Varyag", "HMS Defender" (a navy's prefix, or a noun of a ship's kind, then capitalised words)
_ONE_NAMED_SHIP = _PATTERNS.compile(
    r"\s*(?:(?i:the|a)\s+)?(?:(?:[\w-]+\s+){0,3}?(?i:" + SHIP_KINDS_RE + r")\s+(?:(?:" + SHIP_PREFIXES_RE + r")\s+)?"
    r"|(?:" + SHIP_PREFIXES_RE + r")\s+)(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})\s*")
# what moved is ships in the plural: "The vessels", "three warships", "the ships of the group"
_SHIPS = _PATTERNS.compile(r"\b(?:ships|vessels|warships|frigates|destroyers|corvettes|cruisers|boats|craft)\b", re.I)


def _named_ship(draft) -> str | None:
    """The name of the one ship every clause of ``draft`` names as what moved, else None."""
    names = set()
    for f in draft.frags:
        m = _ONE_NAMED_SHIP.fullmatch(f.what or "")
        if m is None:
            return None
        names.add(m.group("name").lower())
    return names.pop() if len(names) == 1 else None


def _group_of_ships_without(draft, name: str) -> bool:
    """Does ``draft``, with no actor, tell ships in the plural as what moved, no clause of it
    naming the ship ``name`` (in what moved or in its sentence)?"""
    if draft.actor is not None:
        return False
    whats = [f.what for f in draft.frags if f.what]
    return bool(whats) and all(_SHIPS.search(w) for w in whats) \
        and not any(name in (f.quote or "").lower() for f in draft.frags)


def one_ship_after_a_group(a, b) -> bool:
    """Is one of ``a`` and ``b`` a single ship told by its name and the other a group of ships
    with no actor, none of whose words name that ship? Then they are two movements."""
    for ship, group in ((b, a), (a, b)):
        name = _named_ship(ship)
        if name is not None and _group_of_ships_without(group, name):
            return True
    return False


# what moved is a ship told by its name alone, set after the noun of its kind by a comma in its
# sentence: "An Iranian navy frigate, the Jamaran, which left X ..." (what: "the Jamaran")
_THE_NAME = _PATTERNS.compile(r"\s*(?i:the\s+)(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})\s*")
_KIND_THEN_COMMA = r"\b(?i:" + SHIP_KINDS_RE + r"),\s+(?i:the)\s+"


def _ship_name_of(frag) -> str | None:
    """The ship's name ``frag`` tells as what moved: after its kind or a navy's prefix ("The
    Iranian naval support ship Behshad") or as its kind's apposition ("a frigate, the Jamaran")."""
    m = _ONE_NAMED_SHIP.fullmatch(frag.what or "")
    if m is not None:
        return m.group("name").lower()
    m = _THE_NAME.fullmatch(frag.what or "")
    if m is not None and re.search(_KIND_THEN_COMMA + re.escape(m.group("name")) + r"\b", frag.quote or ""):
        return m.group("name").lower()
    return None


def two_ships_named_apart(a, b) -> bool:
    """Do ``a`` and ``b`` each tell one ship by its name as what moved, and two different ships,
    neither named in the other's words? "The support ship Behshad left Bandar Abbas ..." and "a
    frigate, the Jamaran, which left Bandar Abbas with it, ... arrived in Djibouti" are two
    movements (read128: the shared port made them one, and the frigate's arrival carried the
    support ship's route on). (Asked only of drafts whose what is a ship's: cheap.)"""
    names = []
    for draft in (a, b):
        found = {n for f in draft.frags if f.what and (n := _ship_name_of(f)) is not None}
        if len(found) != 1:
            return False
        names.append(found.pop())
    if names[0] == names[1]:
        return False
    told = " ".join(f.what or "" for d in (a, b) for f in d.frags).lower()
    return told.count(names[0]) + told.count(names[1]) == sum(1 for d in (a, b) for f in d.frags if f.what)


def ship_named_after_group(frag, last, told_before: tuple[str, int] = ("", 0)) -> str | None:
    """The name of the ship a clause told with "the" names as what moved ("The cruiser Varyag
    sailed from X"), when the movement told before, ``last``, is a group of ships with no actor
    that does not name it, nor does the text before the clause (``told_before``: the report and
    where the clause's sentence begins; "Three warships led by the carrier Shandong were seen ...
    The vessels sailed ... The carrier Shandong had left X" is the group's carrier): a mover of
    its own, not the group referred back to (movers.another_mover). None otherwise."""
    m = _ONE_NAMED_SHIP.fullmatch(frag.what or "")
    if m is None or not _group_of_ships_without(last, m.group("name").lower()):
        return None
    if _named_in(m.group("name"), *told_before):
        return None
    return m.group("name")


def _named_in(name: str, text: str, end: int) -> bool:
    """Is the ship's ``name`` told in ``text`` before ``end``, as a whole word? (asked only of a
    clause whose subject is a named ship after a group of ships: a rare clause, one search)"""
    return re.compile(r"\b" + re.escape(name) + r"\b").search(text, 0, end) is not None


_PATTERNS.save()
