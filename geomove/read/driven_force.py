"""A force driven out of a place by another: "Rebels pushed government soldiers out of A and into
B", "M23 fighters drove army troops from A", "The militia chased the soldiers back to B".

The verb is the other side's (it pushed, drove, forced, chased), but the moving force is its
object: the soldiers left A (and went into B). GUIDELINES: the actor is the moving force, named as
the report names it, so the object is the actor, never the subject that drove it.

Only with a force as the object (lexicon._MOVER) and, right after it, the way it was driven: out
of a place ("out of", "from", "away from") or back ("back to", "back into", "back across"). A verb
of sending with an object and a direction ("Russia pushed reinforcements into Kursk") is no force
driven out: its subject sent its own force, and stays the actor.

why: "Rebels pushed government soldiers out of A and into B" read nothing ("pushed" tells a
movement only with a direction right after it), and "M23 fighters drove army troops out of A"
had the fighters as its actor (probes of my own, s27r)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA, _MOVER, _stem

_PATTERNS = CompiledPatterns("read-driven-force")  # (kept compiled code, as read/lexicon.py's)

# the verbs of driving a force somewhere (lexicon.json driving_verbs); "force" and "chase" tell
# a movement only so (lexicon.json driving_only)
DRIVING_VERBS = frozenset(v for v in _DATA["driving_verbs"] if not v.startswith("_"))
DRIVING_ONLY = frozenset(v for v in _DATA["driving_only"] if not v.startswith("_"))

# the object, a force (its article, count and up to three words before its noun: "government
# soldiers", "the last Malian army units"), then the way it was driven: out of a place, or back
_DRIVEN = _PATTERNS.compile(
    r"\s+(?P<object>(?:(?:the|a|an|their|its|his|some|about|around|nearly|more\s+than|hundreds\s+of|dozens\s+of|"
    r"[0-9][0-9,]*)\s+)*(?:(?!(?:out|from|away|back|into|to|towards?|across|and|or|but|who|which|that)\b)[\w'’-]+\s+){0,3}?"
    + _MOVER.pattern + r")"
    r"\s+(?:(?:out\s+of|(?P<from>from)|away\s+from)\b|back\s+(?:to|into|towards?|across|over|behind|beyond)\b)", re.I)
# verbs whose bare "from" may be a journey's start as well as a place driven out of: "drove 30
# trucks from A to B" is a drive, not a force driven out (only "out of", "away from", "back")
_FROM_IS_A_START = frozenset({"drive"})
# ... nor are vehicles the force driven out: what one drives is a vehicle ("drove the convoy out
# of A", "drove 30 trucks out of the depot")
_VEHICLE_END = _PATTERNS.compile(r"\b(?:vehicles|trucks|tanks|convoys?|columns?|lorries|buses|pickups|aircraft|helicopters|"
                                 r"ships?|boats|equipment|weapons)$", re.I)
_ARTICLE = _PATTERNS.compile(r"^(?:the|a|an)\s+", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def driven_force(text: str, verb: re.Match, e: int) -> re.Match | None:
    """The match of the force the verb at ``verb`` drove out of a place or back ("pushed
    government soldiers out of A"), its object in group "object", when the verb is one of
    driving and the clause (ending at ``e``) goes on so; else None."""
    form = verb.group("verb") if "verb" in verb.re.groupindex else None
    if not form or _stem(form) not in DRIVING_VERBS:
        return None
    if verb.start() > 0 and text[verb.start() - 1] == "-":
        return None  # ("a rebel-driven offensive")
    found = _DRIVEN.match(text, verb.end(), e)
    if found is not None and _stem(form) in _FROM_IS_A_START \
            and (found.group("from") or _VEHICLE_END.search(found.group("object"))):
        return None  # ("drove the convoy out of A": the vehicles were driven, by their crews)
    return found


def driven_actor(found: re.Match) -> str:
    """The force driven, as the text names it: its words without the leading article."""
    return re.sub(r"\s+", " ", _ARTICLE.sub("", found.group("object").strip()))
