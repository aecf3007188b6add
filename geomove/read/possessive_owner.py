"""A place in the possessive before the name of a force: "Moscow's Africa Corps", "Kigali's
troops", "Bujumbura's contingent". The place names whom the force belongs to (its state), not a
place where anything happened, so "the town" told after it does not refer back to it.

Without this "a column ..., which they believed to belong to Moscow's Africa Corps, passed
through the town" passed through Moscow, the last place told, instead of Ayorou, the town the
sentence's sources were in (RoleReading._antecedent asks ``owns_a_force``)."""

from __future__ import annotations

from .lexicon import _MOVER, _MOVER_GATE
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-possessive-owner")

# the possessive and the words of the force's name after it, up to a punctuation mark
_POSSESSIVE = _PATTERNS.compile(r"['’]s?\s+(?P<name>(?:[\w-]+\s+){0,3}[\w-]+)")
# the last word of a force's own name that _MOVER does not hold ("Africa Corps", "Foreign Legion")
_NAME_HEAD = _PATTERNS.compile(r"\b(?-i:Corps|Legion|Wagner)\b")


def owns_a_force(text: str, end: int) -> bool:
    """Is the place mention ending at ``end`` in the possessive before a force's name?"""
    m = _POSSESSIVE.match(text, end)
    return m is not None and (_MOVER_GATE.search(m.group("name")) is not None or _NAME_HEAD.search(m.group("name")) is not None)


_PATTERNS.save()
