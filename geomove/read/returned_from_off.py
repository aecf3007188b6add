"""A ship that did something at a position at sea, then went back: "The Italian frigate handed the
convoy over off Hodeidah on Monday and returned to Djibouti", "the destroyer took on fuel off
Crete and sailed back to Toulon". Where the ship was ("off X") is where the way back began: the
origin of the return (GUIDELINES: one movement, its two ends the most specific places the text
gives for where it began and ended).

why: the verb before "off X" moves nothing ("handed over", "took on fuel"), so "off X" was
governed by no cue and only the return's end was read (probe of my own: the lead's note on
issue 12, a frigate's handover off a Red Sea port).

Only "off" (a position at sea: a ship's, never a town it entered), no verb of movement before it
in the clause, and "and" (with "then", "later", a date between) right before a verb of going
back after it."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-returned-from-off")

# "off X", "off the coast of X" right before the place
_OFF = _PATTERNS.compile(r"\boff\s+(?:the\s+(?:coast|port)\s+of\s+)?$", re.I)
# between the place and the verb of going back: a date, then "and" ("... off X on Monday and returned")
_AND_BEFORE_RETURN = _PATTERNS.compile(r"\s*(?:(?:on|early\s+on|late\s+on)\s+\w+(?:\s+[0-9]{1,2})?\s*)?,?\s*and\s+(?:then\s+|later\s+)?",
                                       re.I)
_BACK_AFTER = _PATTERNS.compile(r"\s+back\b", re.I)


def returned_from_off(text: str, phrase_start: int, mention_end: int, verb_before, verb_after, stem) -> bool:
    """Is the place told "off X" (its phrase, or name, at ``phrase_start``, ending at
    ``mention_end``) where a return began: no verb of movement before it (``verb_before`` None),
    and the next one (``verb_after``) a verb of going back joined by "and"? ``stem`` gives a
    verb's stem."""
    if verb_before is not None or verb_after is None or not verb_after.group("verb"):
        return False
    if _OFF.search(text, max(0, phrase_start - 30), phrase_start) is None:
        return False
    if _AND_BEFORE_RETURN.fullmatch(text, mention_end, verb_after.start()) is None:
        return False
    return stem(verb_after.group("verb")) == "return" or _BACK_AFTER.match(text, verb_after.end()) is not None


_PATTERNS.save()
