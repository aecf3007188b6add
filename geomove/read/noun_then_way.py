"""A movement told by its noun, then the way it took in a participle after a comma: "On November
26, the battalion completed its transfer from Cotabato City to Marawi City by land, passing
through Iligan City", "The brigade began its withdrawal from A to B, crossing the river at C".

The noun (carried by a verb of its course, "completed", "began") tells who moved and from where
to where; the participle only says where the move passed. The participle was taken as the
clause's verb because it is the only verb form among the triggers, and what moved was then read
from the words before it: "On November 26" (a press office's numbered paragraphs, an own report
of s41 read111). The noun stays the clause's movement; the participle's place is read as a place
passed, as after a finite verb."""

from __future__ import annotations

import re
from typing import Callable

from ..regex_cache import CompiledPatterns
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-noun-then-way")

# the participles that tell the way a move took, not a move of their own (stems as lexicon._stem gives)
WAY_STEMS = frozenset(("pass through", "pass", "transit", "cross", "route through"))
# the comma right before the participle
_COMMA_BEFORE = _PATTERNS.compile(r",\s*$")
# no other clause between the noun and the participle
_CLAUSE_MARK = _PATTERNS.compile(r"[.;:!?\n]|\b(?:and|but|while|after|before|as|when|where|which|who)\b", re.I)


def noun_before_way_participle(text: str, s: int, triggers: list[re.Match], main: re.Match,
                               as_noun: Callable[[re.Match], bool]) -> re.Match | None:
    """The movement noun before ``main`` when ``main`` is a participle of the way after a comma
    and the clause's only other trigger before it is that noun (``as_noun``: a trigger with no
    verb, or a verb's form read as a noun, "its transfer"); else None."""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb or not verb.lower().endswith(("ing", "ing through", "ing via")) or _stem(verb) not in WAY_STEMS:
        return None
    if not _COMMA_BEFORE.search(text, max(s, main.start() - 4), main.start()):
        return None
    before = [t for t in triggers if s <= t.start() < main.start()]
    if len(before) != 1 or not as_noun(before[0]):
        return None
    noun = before[0]
    return None if _CLAUSE_MARK.search(text, noun.end(), main.start()) else noun


_PATTERNS.save()
