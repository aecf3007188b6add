"""A state's organ as the subject that sent a force: "The Ethiopian government moved troops from
A to B", "Mali's junta sent soldiers to C", "the Government of National Unity moved units of its
brigade", "The Pentagon sent 300 troops". The force is told only by a common noun ("troops",
"units of its brigade"), so the organ is how the text names who moved (GUIDELINES: the actor
is the force that moved, as the text names it; the dev gold writes a state for such a sender).

why: "Ethiopia moved troops" named Ethiopia, but "the Ethiopian government moved troops" named
no one: the demonym was followed by a word that is no force noun, and "government" is no force."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _BARE_SUBJECT_GAP

_PATTERNS = CompiledPatterns("read-state-organs")

_NAME = r"(?-i:[A-Z])[\w'’.-]+"
_ORGAN = r"(?:government|junta|administration|authorities|cabinet)"
# the organ, the whole subject of the verb: its state or town before it ("the Ethiopian
# government", "Mali's junta", "the Tripoli government"), or its name or state after it ("the
# Government of National Unity", "the government of Ethiopia", "the government in Khartoum"),
# or an organ known by one name ("the Pentagon"); what stands before it is the clause's opener
_ORGAN_SUBJECT = _PATTERNS.compile(
    r"(?:^|[,;:]|\bthat)\s*(?:the\s+)?(?P<a>"
    r"(?:" + _NAME + r"(?:'s|’s)?\s+){1,2}(?:(?:military|transitional|interim|federal|national|central)\s+)?" + _ORGAN +
    r"|(?:(?:military|transitional|interim|federal|national|central)\s+)?" + _ORGAN
    + r"\s+(?:of|in)\s+(?:the\s+)?(?:" + _NAME + r"\s+){0,3}" + _NAME
    + r"|(?-i:Pentagon|Kremlin))" + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# words that open a sentence in capitals without naming a state: "Then the government", "But"
_NOT_A_NAME = frozenset(("the", "then", "but", "and", "meanwhile", "later", "now", "its", "their", "a", "an", "this", "that"))


def organ_subject(text: str, s: int, verb_at: int) -> str | None:
    """The state's organ that is the whole subject of the verb at ``verb_at`` ("The Ethiopian
    government moved" -> "Ethiopian government"), or None."""
    m = _ORGAN_SUBJECT.search(text, s, verb_at)
    if m is None:
        return None
    name = re.sub(r"\s+", " ", m.group("a"))
    if name.split()[0].lower() in _NOT_A_NAME:
        return None
    return name


_PATTERNS.save()
