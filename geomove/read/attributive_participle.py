"""A participle of a verb of moving that describes the force before its noun: "A reinforced
brigade moved from A to B", "the advancing troops entered C", "a retreating column reached D".
It says what kind of force it is, or what it was doing, not the move the clause tells: the
clause's own verb comes after the noun ("moved", "entered", "reached").

Only after a determiner or a number ("a", "the", "its", "two"), right before a force noun (a word
or two may stand between: "a reinforced armoured brigade"), and only when a verb of moving
follows in the clause, so a clause with no other verb still reads what it did before. A bare
"-ing" that opens the clause ("Moving troops to A, the army ...") is a verb with its object and
is left alone.

why: taken as the clause's verb, "reinforced" made the words after it, "brigade of the 5th
Infantry Division moved", what moved, and the move had no actor."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .abandoned import SITE_NOUNS
from .lexicon import _FORCE_NOUN

_PATTERNS = CompiledPatterns("read-attributive-participle")

# a determiner or a number right before the participle
_DETERMINER_BEFORE = _PATTERNS.compile(r"\b(?:the|a|an|its|their|his|her|our|these|those|this|that|some|several|"
                                       r"two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+$", re.I)
# the force noun it describes, perhaps after another word or two ("reinforced armoured brigade")
_FORCE_AFTER = _PATTERNS.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + _FORCE_NOUN + r")\b", re.I)


def describes_force(text: str, t: re.Match, triggers: list[re.Match]) -> bool:
    """Is the verb trigger ``t`` an -ed or -ing participle set before a force noun after a
    determiner ("a reinforced brigade"), with another verb trigger after it in the clause?"""
    verb = t.group("verb")
    if not verb or not verb.lower().endswith(("ed", "ing")) or t.end() - t.start() != len(verb):
        return False
    if _DETERMINER_BEFORE.search(text, max(0, t.start() - 12), t.start()) is None:
        return False
    noun = _FORCE_AFTER.match(text, t.end())
    if noun is None:
        return False
    return any(u.group("verb") and u.start() >= noun.end() for u in triggers)


# a determiner of a site described by the participle: "an abandoned post", "their evacuated bases"
# (not "that", "those": "units that evacuated bases near X" is a relative clause's verb)
_SITE_DETERMINER_BEFORE = _PATTERNS.compile(r"\b(?:the|a|an|its|their|his|her|our|several|two|three|four|five|\d[\d,]*)\s+$", re.I)
# the site noun right after it, perhaps after one word ("an abandoned army post")
_SITE_AFTER = _PATTERNS.compile(r"\s+(?:[\w-]+\s+)?" + SITE_NOUNS + r"\b", re.I)


def describes_site(text: str, t: re.Match) -> bool:
    """Is the verb trigger ``t`` an -ed participle set before a site's noun after a determiner
    ("overran an abandoned post near Jowhar", "moved into the evacuated base in X")? It says what
    the site is, no movement of its own (whoever left it is not told).

    why: "Al-Shabaab fighters overran an abandoned post near Jowhar" was read as the fighters
    leaving Jowhar (abandon: object role origin) -- fighting, no movement (Somalia probe, s25)."""
    verb = t.group("verb")
    if not verb or not verb.lower().endswith("ed") or t.end() - t.start() != len(verb):
        return False
    return _SITE_DETERMINER_BEFORE.search(text, max(0, t.start() - 12), t.start()) is not None \
        and _SITE_AFTER.match(text, t.end()) is not None


_PATTERNS.save()
