"""A force taken back to a place: "The aircraft took the outgoing contingent back to Latakia",
"two Il-76s took the rotated battalion home to Pskov". "take" is no verb of movement by itself
("Russian forces took Avdiivka" is a capture, "took part", "took control"), so it is a trigger
only where "back" or "home" and then "to"/"into" follow its object within a few words; it is
read as "carried" is (the object moved, and only a force carried counts: forces._without_idle_carry).

why: "The aircraft took the outgoing contingent back to Latakia" gave no movement where
"brought ... back to Latakia" gave one (read59)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from ..textutil import ANY_WORD, word_set

_PATTERNS = CompiledPatterns("read-took-back")

# the forms of "take" (English; not "take" itself: an order or a plan, "to take the troops back")
TAKE_FORMS = ("took", "takes", "taking", "taken")
# the words that say the object went back to where it belongs, before "to"/"into"
BACK_WORDS = ("back", "home")
# read as this verb (lexicon.verb_forms): its object is what moved
READ_AS = "carry"

# one to five words of object between the verb and "back to" ("took back control of X" has
# none: a thing regained, no movement); an empty "noun" group as the other triggers have
_TOOK_BACK_RE = _PATTERNS.compile(
    r"\b(?P<verb>" + "|".join(TAKE_FORMS) + r")\b"
    r"(?=(?:\s+[\w'’-]+){1,5}?\s+(?:" + "|".join(BACK_WORDS) + r")\s+(?:to|into)\b)(?:(?P<noun>(?!)))?", re.I)


# (the words of a text, as word_index lists them, of which a match holds one each: a non-ASCII
# word may be any, re.IGNORECASE folding the Kelvin sign onto "k"; asked of the text's kept set,
# where a lowered copy of every report was searched, speed126)
_TAKE_WORDS = frozenset(TAKE_FORMS) | {ANY_WORD}
_BACK_WORDS = frozenset(BACK_WORDS) | {ANY_WORD}


def took_back(text: str) -> list:
    """The matches of "took <object> back to" in ``text`` (each a trigger whose verb is the
    form of "take"), tried only where the text holds a form of "take" and a back word."""
    words = word_set(text)
    if _TAKE_WORDS.isdisjoint(words) or _BACK_WORDS.isdisjoint(words):
        return []
    return list(_TOOK_BACK_RE.finditer(text))


_PATTERNS.save()
