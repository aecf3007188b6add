"""A site handed over with the particle after its object: "Burundian soldiers handed the base at
Jowhar over to Somali forces", "the mission hands its camp in Kamanyola back to the army". It is
"handed over the base at Jowhar to ..." (read.handed_site): the leaver, the subject, moved, and
the site is where it left from (GUIDELINES: one end is enough, "withdrew from Y"; the actor is
the moving force, not the receiver after "to").

"handed" alone is no verb of movement ("handed a letter to", "handed out food"), so it is a
trigger only where "over" or "back" and then "to" follow its object within a few words, and only
when that object is a site a force held (lexicon.json handed_site object: "handed the prisoners
over to", "handed the town's administration over to" tell none).

why: the split particle left "handed" no trigger at all: the handover of a camp told nothing,
and its receiver ("over to Somali forces") was read as where a later flight went (read106)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from ..textutil import ANY_WORD, word_set

_PATTERNS = CompiledPatterns("read-handed-split")

# the forms of "hand" that take the particle after their object (read as "hand over", lexicon.verb_forms)
HAND_FORMS = ("hand", "hands", "handed", "handing")
READ_AS = "hand over"
# the particles after the object, then "to": "over to", "back to"
_PARTICLES = ("over", "back")

# one to eight words of object between the verb and "over to" ("the base at Jowhar", "Camp Novo
# Selo", "its last camp in South Kivu"); an empty "noun" group as the other triggers have. Words
# and spaces are told apart by class, so no run of words is tried two ways.
_HANDED_SPLIT_RE = _PATTERNS.compile(
    r"\b(?P<verb>" + "|".join(HAND_FORMS) + r")\b"
    r"(?=(?:\s+[\w'’.-]+){1,8}?\s+(?:" + "|".join(_PARTICLES) + r")\s+to\b)(?:(?P<noun>(?!)))?", re.I)
# the end of the object: the particle and "to" (the site must end before it)
_PARTICLE_TO = _PATTERNS.compile(r"\s+(?:" + "|".join(_PARTICLES) + r")\s+to\b", re.I)


# (the words of a text, as word_index lists them, of which a match holds one each: a non-ASCII
# word may be any; asked of the text's kept set, where a lowered copy of every report was searched, speed126)
_HAND_WORDS = frozenset(HAND_FORMS) | {ANY_WORD}
_PARTICLE_WORDS = frozenset(_PARTICLES) | {ANY_WORD}


def handed_site_over(text: str) -> list[re.Match]:
    """The matches of "handed <a site a force held> over/back to" in ``text`` (each a trigger
    whose verb is a form of "hand", read as "hand over"), tried only where the text holds "hand"
    and a particle."""
    words = word_set(text)
    if _HAND_WORDS.isdisjoint(words) or _PARTICLE_WORDS.isdisjoint(words):
        return []
    from .handed_site import hands_over_a_site  # (lexicon reads this module's forms: asked late)
    found = []
    for m in _HANDED_SPLIT_RE.finditer(text):
        to = _PARTICLE_TO.search(text, m.end())
        # (the site object ends before the particle: "handed the prisoners over to" is none)
        if to is not None and hands_over_a_site(text, m.end(), to.start()):
            found.append(m)
    return found


_PATTERNS.save()
