"""A state's organ named alone as the subject that sent a force: "The junta flew 300 soldiers
to X", "the military government sent troops to Y", "The government deployed soldiers to Z".

The report names the organ with no state ("the junta", not "Mali's junta": read.state_organs
reads those), because its country is told elsewhere: in the sentence, the dateline or the lede,
as for a national service named alone ("Army troops": read.services). The actor is the organ
with that country ("Malian junta", "junta (Mali)"), or the organ alone when the report tells no
one country (GUIDELINES: the actor is the moving force, named as the report names it; the force is
told only by a common noun, so the organ that sent it is how the text names who moved).

why: "The junta flew 300 soldiers to Menaka" had no actor at all, where "The army flew 300
soldiers" had "army" and "Mali's junta flew" had "Mali's junta".
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _BARE_SUBJECT_GAP

_PATTERNS = CompiledPatterns("read-organ-alone")

# the organs that command a state's forces, told by their kind alone (not "authorities": who
# they send is as often prisoners or officials as a force)
_ORGAN = r"(?:junta|government|regime)"
# the kind of rule written before it ("the military government", "the transitional junta")
_RULE = r"(?:military|transitional|interim|ruling)"
# the organ as the whole subject of the verb: after the clause's start, an opening phrase's
# comma, a dateline's dash ("BAMAKO (Reuters) - The junta flew"), "that" or a verb of saying
# ("Rebels said the regime moved"); with "the" before it
_ORGAN_ALONE = _PATTERNS.compile(
    r"(?:^|[,;:]|\s[-–—]{1,2}|\b(?:that|said|says))\s*the\s+(?P<o>(?:" + _RULE + r"\s+)?" + _ORGAN + r")" + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# the cheap test first: one of the organ words in the subject
_ORGAN_WORDS = ("junta", "government", "regime")


def organ_alone_subject(text: str, s: int, verb_at: int) -> str | None:
    """The organ named alone as the whole subject of the verb at ``verb_at`` in the clause from
    ``s`` ("The junta flew" -> "junta", "the military government sent" -> "military
    government"), in lower case as a service word is; None otherwise."""
    subject = text[s:verb_at]
    low = subject.lower()
    if not any(w in low for w in _ORGAN_WORDS):
        return None
    m = _ORGAN_ALONE.search(subject)
    return re.sub(r"\s+", " ", m.group("o")).lower() if m else None


_PATTERNS.save()
