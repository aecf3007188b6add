"""A demonym that names a force, not a place: "handing the positions over to Azerbaijani border
service units", "... to Kurdish peshmerga units". The mention finder reads a demonym after "to"
as a place (its country: "moved to Azerbaijani territory"); when a noun phrase that ends in a
force noun follows it, the demonym is the nationality of that force (who received a handover,
who was joined), and its country is no end of the movement.

Without this "Armenian border guards withdrew from Voskepar, handing the positions over to
Azerbaijani border service units" went to Armenia (Azerbaijan, then Armenia's own side of its
border)."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from .lexicon import _FORCE_NOUN

_PATTERNS = CompiledPatterns("read-demonym-force")

# at most two words, a force noun, and the noun phrase ends there: "Azerbaijani border service
# units." / "Azerbaijani troops and ..."; not "Ukrainian army positions" (the army's positions: a place)
_FORCE_PHRASE_AFTER = _PATTERNS.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+" + _FORCE_NOUN + r"\b(?=\s*(?:[.,;:)]|$|\s(?:and|or|in|at|on|from|to|who|which|that|with|for|near|by|"
    r"under|after|before|as|on)\b))")


def demonym_of_force(text: str, mention: dict) -> bool:
    """The demonym ``mention`` is followed by a noun phrase that ends in a force noun: it names
    the force's nationality, not a place."""
    return mention.get("role") == "demonym_place" and _FORCE_PHRASE_AFTER.match(text, mention["end"]) is not None


_PATTERNS.save()
