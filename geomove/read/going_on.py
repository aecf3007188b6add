""""Go on" telling that something continues, not that anyone went anywhere: "Russia's shift of
logistics from Syria to Libya is still going on.", "The fighting went on for three days", "The
pullout goes on despite the rain". With nothing after "on" but the sentence's end, a time or a
joiner, the phrase is the verb "continue"; "went on to Kidal", "moved on toward X" keep their
direction and stay movements.

Without this "going" was the verb of the sentence, and the places of the noun phrase before it
("from Syria to Libya") became the ends of a movement of no force."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-going-on")

_GO_FORMS = frozenset(("go", "goes", "going", "went", "gone"))
# "on" closing the clause, or followed by a time, a cause or a joiner, never by a direction
_ON_CONTINUING = _PATTERNS.compile(
    r"\s+on\b(?!\s*(?:to|into|toward|towards|for\s+(?:[A-Z]|the\s+[A-Z])|through|across|via)\b)"
    r"(?=\s*(?:[.,;:!?)\]]|$|\s(?:for|and|but|since|despite|unabated|apace|until|regardless|as\s+before|today|now)\b))", re.I)


def goes_on_as_continuing(text: str, trigger: re.Match) -> bool:
    """Is the trigger a form of "go" followed by "on" that tells something continues ("is still
    going on.", "went on for three days")?"""
    return trigger.group(0).lower() in _GO_FORMS and _ON_CONTINUING.match(text, trigger.end()) is not None


_PATTERNS.save()
