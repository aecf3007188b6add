"""Several states that share one force noun: "Mozambican and Rwandan forces moved into X",
"South African, Malawian and Tanzanian troops withdrew from Y", "Kenyan and Ugandan soldiers
crossed into Z".

The demonyms before "and" have no force noun of their own: all of them own the one after the
last, so the moving force is the joint one, and the actor is the whole phrase (GUIDELINES:
the actor is the moving force, named as the report names it; the dev gold writes joint forces whole,
"South African, Malawian and Tanzanian troops"). Two forces each with its own noun ("Malian
troops and Russian instructors") are no such list: the first of them is the actor, as before
(forces._first_of_joined).

why: the reader took the last demonym with the noun ("Rwandan forces"), so a joint operation
was filed under one of its two armies.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .by_start import ByStart, mention_start

_PATTERNS = CompiledPatterns("read-joint-owners")

# what stands between the last owner but one and the last: "and", ", and", "&"
_LAST_JOIN = _PATTERNS.compile(r",?\s+(?:and|&)\s+")
# what stands between owners earlier in the list: a comma
_LIST_COMMA = _PATTERNS.compile(r"\s*,\s*")
# an actor that opens with two owners joined: "British and Slovak peacekeepers"
_JOINED_INSIDE = _PATTERNS.compile(r"(?:the\s+)?[A-Z][\w'’-]*\s+(?:and|&)\s+[A-Z]")


def with_joint_owners(text: str, s: int, start: int, actor: str, states: list[dict]) -> tuple[int, str]:
    """The actor ``actor`` (told from ``start``, in the clause from ``s``) with the states listed
    right before it that share its force noun ("Rwandan forces" after "Mozambican and " ->
    "Mozambican and Rwandan forces"); ``states``: the report's country and demonym mentions.
    Unchanged unless the actor itself opens with one of them."""
    # (by bisection among the states ordered by start: a pass over all of them per clause
    # grew with the square of a long report's length)
    told = ByStart.of(states, mention_start, "joint owners", any_order=True)  # (sorted below)
    if not told.between(start, start + 1):
        return start, actor
    before = sorted((m for m in told.between(s, start + 1) if m["end"] <= start), key=lambda m: m["start"], reverse=True)
    # (an actor that already holds the last join, "British and Slovak peacekeepers" after
    # "Argentine, ", is extended by the list's commas only, s37m)
    at, join = start, (_LIST_COMMA if _JOINED_INSIDE.match(actor) else _LAST_JOIN)
    for m in before:
        if m["end"] > at or not join.fullmatch(text, m["end"], at):
            break
        at, join = m["start"], _LIST_COMMA
    if at == start:
        return start, actor
    return at, re.sub(r"\s+", " ", text[at:start]) + actor


_PATTERNS.save()
