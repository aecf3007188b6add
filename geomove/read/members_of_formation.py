"""The members of a named formation told by its possessive: "The 82nd Airborne's paratroopers
landed in Djibouti", "the Wagner Group's fighters left Bangui", "the 101st Division's soldiers".
The force that moved is the formation, as "The Sudanese army's 16th Infantry Division" names
its division: the possessive and the noun of its members are no part of the actor's name.

Only a formation's own name before the possessive (one ending in a formation word,
lexicon._FORCE_NAME_END: Division, Brigade, Group, Corps, "82nd Airborne", ...) and a noun of
members after it; "Sudan's army", "Haftar's fighters" (a state, a person) stay as they are.

why: the actor read "82nd Airborne's paratroopers", a name no other telling of the formation
shares (the lead's probe, s30)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _FORCE_NAME_END

_PATTERNS = CompiledPatterns("read-members-of-formation")

_MEMBERS = r"(?:paratroopers|fighters|soldiers|troops|servicemen|personnel|marines|commandos|units|elements|men)"
_OWNED = _PATTERNS.compile(
    r"(?P<owner>(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,4}" + _FORCE_NAME_END + r")['’]s\s+" + _MEMBERS)


def formation_of_members(actor: str) -> str | None:
    """The formation named in the possessive when ``actor`` is its members ("82nd Airborne's
    paratroopers" -> "82nd Airborne"); None otherwise."""
    m = _OWNED.fullmatch(actor.strip())
    return m.group("owner") if m is not None else None


_PATTERNS.save()
