"""The next leg of a verb that takes its object along: "The frigate escorted the convoy to Aden and
returned to Djibouti", "Two helicopters escorted the trucks to Gao and flew back to Bamako", "The
ship carried 300 soldiers to Berbera and sailed on to Bosaso".

The first verb's object is what went to its end (the escorted convoy, the soldiers carried), and
the leg told next with no subject of its own lent that object as its mover
(assemble._leg_keeps_its_subject). But a verb after "and" shares the first verb's subject, not its
object: the frigate returned, the convoy stayed in Aden. GUIDELINES: the actor is the moving force,
named as the report names it, and the count is of what moved; so the next leg is moved by the
subject, with its count ("Two helicopters": 2) and its actor where the subject named it.

Only the verbs of taking along (escorting, carrying, ferrying): with them the subject goes to the
end too, and can go on or back from there. Not a verb of sending ("Kenya sent troops to A and
withdrew them from B": the subject stayed, and a second verb with its own object is read as before).

A craft's forms of taking along (craft_carries.json craft_taking_along: "took", "landed") are such
verbs only after a craft ("A ferry took 200 soldiers to A and returned to B", "A Kenyan Navy ship
landed 200 marines at A and returned to B"): after a force or a country "took" captures and
"landed" sends. And a craft of trade (lexicon.json not_forces vehicles: a ferry, a cargo ship) that
went on or back after it set its load down moved no force: its own leg is no movement
(:func:`trade_craft_went_on`), as a tug of trade's is none (read.towed.tower_went_on_alone).
why: "A ferry took 200 soldiers to A and returned to B" read the ferry's return as the soldiers'
leg A -> B, and "A ferry carried ... and then sailed back to B" as the ferry's (session 60's Left;
session 61, read163).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..regex_cache import CompiledPatterns
from .craft_carries import _after_relative, craft_before, tug_of_a_force
from .data_files import read_data
from .lexicon import _CIVILIAN_VEHICLES_GATE, _MOVER_GATE, object_after

_PATTERNS = CompiledPatterns("read-escort-went-back")

# the verbs of taking an object along, as a clause's trigger writes them
TAKING_ALONG = frozenset("""escorted accompanied carried ferried transported towed shepherded""".split())
# and the ones that do so only after a craft ("A ferry took", "The ship landed")
CRAFT_TAKING_ALONG = frozenset(read_data("craft_carries.json")["craft_taking_along"])

# the subject right before the verb: a short noun phrase, after the clause's opening phrase of
# time and its comma ("On Monday, two Indian helicopters"), with no verb of its own; an
# article, a number or a capital opens it
_SUBJECT = _PATTERNS.compile(
    r"(?:^|,\s*)(?P<np>(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[0-9][0-9,]*|[A-Z][\w-]*)"
    r"(?:\s+[\w'’-]+){0,5}?)\s*$")
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


class Escort(NamedTuple):
    """Who took the object along: the subject's words, its count (as the reader counts, [] when
    none is told) and its actor (None when the subject named none)."""
    what: str
    counts: list
    actor: str | None


def escort_of_leg(text: str, frag) -> Escort | None:
    """The subject of ``frag``'s verb when that verb takes its object along ("escorted the
    convoy") and what ``frag`` moved is that object; None otherwise."""
    trigger = (frag.trigger or "").lower()
    if not frag.what or not frag.quote or not _takes_along(text, trigger, frag.trigger_start):
        return None
    at = frag.trigger_start
    if text.find(frag.what, at, at + len(trigger) + 8 + len(frag.what)) < 0:
        return None  # (what moved is not the verb's object)
    start = text.rfind(frag.quote, max(0, at - len(frag.quote)), at + len(frag.quote))
    if start < 0 or start > at:
        return None
    m = _SUBJECT.search(text[start:at])  # (a slice: "^" is the clause start)
    if m is None:
        return None
    np = m.group("np")
    words = np.lower().split()
    counts = [c for c in frag.counts if str(c.get("unit") or "").lower() in words
              and (str(c.get("value")) in np or _NUMBER_WORDS.get(words[0]) == c.get("value"))]
    actor = frag.actor if frag.actor and frag.actor.lower() in np.lower() else None
    return Escort(np, counts, actor)


def _takes_along(text: str, trigger: str, at: int) -> bool:
    """Does the verb ``trigger`` at ``at`` take its object along: one of TAKING_ALONG, or of
    CRAFT_TAKING_ALONG with a craft as its subject ("A ferry took")?"""
    return trigger in TAKING_ALONG or (trigger in CRAFT_TAKING_ALONG and craft_before(text, at))


def trade_craft(words: str) -> bool:
    """Do ``words`` (a subject) name a craft of trade ("A ferry", "Two cargo ships"), not a
    force's ("A Navy salvage tug": read.craft_carries.tug_of_a_force)?"""
    return _CIVILIAN_VEHICLES_GATE.search(words) is not None and tug_of_a_force(words) is None


def trade_craft_went_on(text: str, frag) -> str | None:
    """The words of the craft of trade that took ``frag``'s load along (its verb's object) and
    then, in the leg told next with no subject of its own, went on or back alone; None
    otherwise. That leg moved no force: the load stayed where it was set down."""
    escort = escort_of_leg(text, frag)
    return escort.what if escort is not None and trade_craft(escort.what) else None


class CraftLoad(NamedTuple):
    """A craft's load told in a relative ("The ferry that took the soldiers to A"): its words, and
    whether the craft (the relative's antecedent) is one of trade."""
    load: str
    trade: bool


def craft_relative_load(text: str, frag, end_at: int) -> CraftLoad | None:
    """The load of ``frag``'s verb when that verb stands in a relative whose subject is a craft
    ("The ferry that took the soldiers to A returned to B") and its object, up to the place
    told at ``end_at``, names a force; None otherwise. The load moved to the relative's end; the
    main clause's leg on from there is the craft's (read.relative_leg_end asks it)."""
    trigger = (frag.trigger or "").lower()
    at = frag.trigger_start
    if not frag.what or not _after_relative(text, at) or not _takes_along(text, trigger, at) or not craft_before(text, at):
        return None
    load = object_after(text, at + len(trigger), end_at).strip()
    if not load or _MOVER_GATE.search(load) is None:
        return None
    return CraftLoad(load, trade_craft(frag.what))


_PATTERNS.save()
