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
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-escort-went-back")

# the verbs of taking an object along, as a clause's trigger writes them
TAKING_ALONG = frozenset("""escorted accompanied carried ferried transported towed shepherded""".split())

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
    if trigger not in TAKING_ALONG or not frag.what or not frag.quote:
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


_PATTERNS.save()
