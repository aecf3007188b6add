"""A force named by its grouping, as Russian defence ministry statements name them in
translation: "Units of the Southern grouping of forces were redeployed from A to B", "A
battalion tactical group of the Western grouping of forces completed its march", "The Dnepr
group of forces moved units". The grouping is the moving force: its units, servicemen or a
battalion of it are parts of it (GUIDELINES: the actor is the moving force, named as the report
names it).

Without this the actor was none ("Units of ..." names no force noun the reader knows as a
name) or the generic noun ("battalion")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _BARE_SUBJECT_GAP

_PATTERNS = CompiledPatterns("read-groupings")

# the subject of the verb, up to it: at most a few words of the parts of the grouping ("Units
# of", "A battalion tactical group of", "Motorised rifle units of"), the grouping's name, then
# auxiliaries or a verb that carries a movement noun ("completed its march")
_GROUPING_SUBJECT = _PATTERNS.compile(
    r"^\s*(?:[-–—*•]\s+)?(?:(?:[\w-]+\s+){1,5}?of\s+)?(?:the\s+)?"
    r"(?P<g>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?:grouping|group)\s+of\s+(?:forces|troops))"
    r"(?:" + _BARE_SUBJECT_GAP.pattern + r"|\s+(?:completed|began|started|finished|continued|made)\s+(?:its|their|a|the)\s+)$", re.I)


def grouping_subject(text: str, s: int, verb_at: int) -> str | None:
    """The grouping of forces that is (or holds) the subject of the verb at ``verb_at`` in
    the clause starting at ``s``: "Units of the Southern grouping of forces were redeployed"
    -> "Southern grouping of forces"; None when the subject names none."""
    m = _GROUPING_SUBJECT.search(text[s:verb_at])
    return re.sub(r"\s+", " ", m.group("g")) if m else None


_PATTERNS.save()
