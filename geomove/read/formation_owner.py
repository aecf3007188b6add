"""A state named as the owner of a formation: "Nearly 500 soldiers from Bangladesh's 10th
Infantry Division were deployed in Rangamati", "Troops from Pakistan's 11th Corps were moved to
Bannu", "Soldiers from Russia's 76th Guards Air Assault Division arrived in Kursk from Pskov".
"X's 10th Infantry Division" names a unit of X's forces, as "Nigeria's army" does (the mention
finder reads that one as an actor); X is no place the soldiers left, though "from" stands before
it: the preposition governs the unit.

The formation is a name that ends in a formation word (Division, Corps, Brigade, Regiment,
Battalion, Army, Fleet, ...; lexicon._FORCE_NAME_END), perhaps after an ordinal ("10th", "76th
Guards Air Assault Division"); a possessive before a place ("Pakistan's Khyber district") or a
plain noun stays a place's.

why: the country was read as the origin ("from Bangladesh"), a wrong start for every movement
told so (probes of my own)."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from .lexicon import _FORCE_NAME_END

_PATTERNS = CompiledPatterns("read-formation-owner")

# "'s 10th Infantry Division", "'s 11th Corps", "’s Western Military District", "'s Pacific Fleet"
_FORMATION_AFTER = _PATTERNS.compile(
    r"(?:['’]s|['’])\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)?\s+|[A-Z][\w-]*\s+){1,5}?" + _FORCE_NAME_END + r"\b")


def owns_a_formation(text: str, mention: dict) -> bool:
    """Is the place ``mention`` named as the owner of a formation ("Bangladesh's 10th Infantry
    Division")?"""
    return _FORMATION_AFTER.match(text, mention["end"]) is not None


_PATTERNS.save()
