"""Officials named by the service they belong to: "senior army officers", "top military
officers", "high-ranking police officers", "military officials", "defence officials".

The service word ("army", "military", "police") is what makes the reader's force test
(lexicon._MOVER) take such a subject for a force, but here it only says whose officials they
are: "Senior army officers travelled to X for talks" is a trip of officials, no force moving
(GUIDELINES: visits and trips of officials are no movement). Rank words ("senior", "top",
"high-ranking") make officers officials; "officials" are officials with or without them.
Officers with no rank word stay a force ("Army officers were deployed to X", "150 police
officers flew to Y"), and so does a force named beside the officials ("senior officers and 300
soldiers"): the phrase is taken out and what is left is asked for a force as before.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-officials-of-service")

# the words that name the service whose officials they are
_SERVICE = r"(?:army|military|police|defen[cs]e|navy|naval|air\s+force|security|intelligence|gendarmerie)"
# rank words that make officers a group of officials ("senior", "top", "high-ranking")
_RANK = r"(?:senior|top|high[\s-]ranking|high[\s-]level|top[\s-]ranking)"
# the phrase: "senior (army) officers", "(senior) military officials"
_OFFICIALS_OF_SERVICE = _PATTERNS.compile(
    # (and their state's name after the rank: "Senior Malian officers travelled to Moscow",
    # s32 read87, once "officers" named an actor's force)
    rf"\b(?:{_RANK}\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:{_SERVICE}\s+)?officers|(?:{_RANK}\s+)?{_SERVICE}\s+officials)\b", re.I)


def without_officials_of_service(subject: str) -> str:
    """The subject with its officials named by their service taken out ("Senior army officers
    and 300 soldiers" -> " and 300 soldiers"); the subject itself when it names none. Only a
    subject with "officers" or "officials" in it is searched (the cheap test first)."""
    if "offic" not in subject.lower():
        return subject
    return _OFFICIALS_OF_SERVICE.sub(" officials ", subject)


_PATTERNS.save()
