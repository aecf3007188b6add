"""A force named in full in one place and by its initials in another: "Rapid Support Forces
(RSF) fighters" in the body, "RSF fighters" in the highlights; "Sudanese Armed Forces" and
"SAF"; "Somali National Army" and "SNA". Sitreps and flash updates spell a name out once, with
its initials in brackets, and use the initials everywhere else.

Without this the two tellings had no actor word in common and were two movements (the
same-event decision's different_actors). When one actor is the initials of a run of three or
more capitalised words of the other and the two tell the very same route (both ends told, the
same places), they are not told apart by their actors (events.event_features asks
``same_route_by_initials``). Only the same whole route: "Rapid Support Forces (RSF) moved
fighters from Bara to Um Sumeima (unknown) ... Its fighters then left Bara for En Nahud" are two
movements, which the actor's two spellings had kept apart and a shared actor alone would join.

(A sitrep's highlights retell the body's route whole; where the ends differ, the other features
decide as before.)"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-initials-name")

# three to five capitalised words in a row ("of"/"and" may stand between: "Forces for the
# Defence of Democracy" is not read; "Rapid Support Forces", "Somali National Army" are)
_NAME_RUN = _PATTERNS.compile(r"\b(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){2,4}\b")


def initials_of(actor: str) -> set[str]:
    """The lower-cased initials of each run of three to five capitalised words in ``actor``."""
    return {"".join(w[0] for w in m.group(0).split()).lower() for m in _NAME_RUN.finditer(actor)}


def _words(actor: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w-]+", actor)}


def same_route_by_initials(a, b, same_place) -> bool:
    """Do drafts ``a`` and ``b`` tell the same whole route (both ends, the same places) with
    actors one of which spells out the other's initials ("Rapid Support Forces" / "RSF")?
    ``same_place``: read.places.same_place."""
    if not (a.actor and b.actor and a.origin and b.origin and a.destination and b.destination):
        return False
    if not (same_place(a.origin, b.origin) and same_place(a.destination, b.destination)):
        return False
    return bool(initials_of(a.actor) & _words(b.actor) or initials_of(b.actor) & _words(a.actor))


def named_by_initials(a: str | None, b: str | None) -> bool:
    """Does one of the actors ``a`` and ``b`` spell out the other's initials (the full name, then
    "RSF fighters")? For the halves of one movement told in two sentences
    (events._join_halves: "The Rapid Support Forces withdrew from Wad Madani. RSF fighters then
    moved north towards Khartoum"), where the first half names no end and so no whole route can
    be compared.

    why: the two spellings shared no actor word, so the departure and the move on were two
    movements (Wad Madani -> ? and ? -> Khartoum; Sudan probe of my own, s31)."""
    if not (a and b):
        return False
    return bool(initials_of(a) & _words(b) or initials_of(b) & _words(a))


_PATTERNS.save()
