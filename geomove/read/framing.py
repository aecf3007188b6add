"""A place that frames the sentence ("In Malakal, a battalion arrived from Kigali on Monday"):
set before the subject, it tells where what the sentence reports happened. With a verb of
arriving and no place of arrival of its own, that is where the force arrived.

The reader takes "in X" as a destination only right after a verb of arriving ("arrived in X":
roles._arrival_near); set at the head of the sentence, the frame was no end at all, and "In
Malakal, a Bangladeshi battalion arrived from Dhaka" had no destination (a departure verb
already took it as the origin: "In X, the battalion departed", roles._departure_near).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _ARRIVAL, _stem

_PATTERNS = CompiledPatterns("read-framing")  # (kept compiled code, as read/lexicon.py's)

# the head of a sentence or of a line before the cue: nothing but spaces after a full stop
_SENTENCE_HEAD = _PATTERNS.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# the framing cue itself, written at the head ("In X,", "At X,")
_FRAME_CUE = _PATTERNS.compile(r"(?-i:In|At)\s+")
# a place of arrival of the verb's own after it ("arrived in Y", "to Y"), up to the sentence's end
# ("at the al-Rashid camp": any "the" after the cue counts, so that a lower-case name is one)
_OWN_END_AFTER = _PATTERNS.compile(r"[^.;]*?\b(?:in|at|to|into|inside|towards?|reached)\s+(?:the\b|(?-i:[A-Z]))", re.I)


def arrival_framed(text: str, cue_at: int, mention: dict, triggers: list[re.Match]) -> bool:
    """Is the mention a frame "In X," at the head of the sentence, whose verb (the first after
    the frame) is one of arriving, with no place of arrival of its own after it?

    why: "In Malakal, a Bangladeshi battalion arrived from Dhaka on Monday": Malakal is where it
    arrived (GUIDELINES: one end is enough, the most specific place the text gives); "In Sudan,
    RSF fighters arrived in El Fasher from Chad" keeps El Fasher, and "In Malakal, troops
    departed" stays an origin."""
    if not _FRAME_CUE.match(text, cue_at) or not _SENTENCE_HEAD.search(text, max(0, cue_at - 4), cue_at):
        return False
    if not text[mention["end"]:mention["end"] + 2].lstrip().startswith(","):
        return False
    verb = next((t for t in triggers if t.start() >= mention["end"]), None)
    if verb is None or not verb.group("verb") or _stem(verb.group("verb")) not in _ARRIVAL:
        return False
    if "." in text[mention["end"]:verb.start()]:
        return False  # (the verb of another sentence)
    return _OWN_END_AFTER.match(text, verb.end()) is None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
