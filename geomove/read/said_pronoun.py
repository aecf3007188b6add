"""A pronoun that follows the speaker of its own sentence: "The army said it sent reinforcements
from Juba to Yei", "The militia's spokesman said they withdrew from X". What the speaker says its
side did has the speaker as its subject: "it" is the army, not the subject of the sentence before.

Without this a bare "it" / "they" took the subject of the sentence before (clauses.
_Reader._pronoun_after_no_force): after "A medical team arrived in Wau." the army's own
reinforcements were read as the medical team's, no force, and the movement was lost."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-said-pronoun")

# the speaker, then a verb of saying (and "that"), then the pronoun's clause starts: the speaker's
# words are read from the clause's start or after a heading's colon or a dash
_SAID_BEFORE = _PATTERNS.compile(
    r"(?P<speaker>[^:;\n—–]{2,120}?)\s+(?:has\s+|had\s+)?(?:said|says|told\s+\w+|stated|announced|confirmed|"
    r"claimed|reported|added)\s*(?:on\s+\w+\s+|in\s+a\s+statement\s+|,\s*)?(?:that\s+)?$", re.I)


def speaker_of_pronoun(text: str, s: int, subject_start: int) -> str | None:
    """The words of the speaker whose verb of saying comes right before the subject starting at
    ``subject_start`` in the clause starting at ``s``, None when the subject follows no speaker
    of its own sentence."""
    before = text[s:subject_start]
    cut = max(before.rfind(":"), before.rfind("—"), before.rfind("–"), before.rfind(" - "))
    m = _SAID_BEFORE.search(before, cut + 1 if cut >= 0 else 0)
    if m is None or not re.search(r"[A-Za-z]", m.group("speaker")):
        return None
    return m.group("speaker").strip()


_PATTERNS.save()
