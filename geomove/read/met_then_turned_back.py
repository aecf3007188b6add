"""Where a force was met, then turned back: "The convoy was ambushed near X on Sunday and
returned to Kaya", "The troops came under fire in X and pulled back to Y", "After an ambush near
X, the soldiers fell back to Y".

The event's place is where the force was when it turned back, so it is where the move the clause
tells began (GUIDELINES: the origin is the most specific place the text gives for where the
movement began). Only for a verb of turning back (return, withdraw, retreat, fall back, pull back,
turn back): "was attacked near X and reached Y" tells no place it left. Only when the clause gives
no origin of its own ("withdrew from A to B after an ambush near X": A) and nothing of moving lies
between the place and the verb ("was ambushed near X while heading to Z, and returned"): the
place met is then on the way to Z, as assemble.via_where_met reads it.

why: "A convoy left Kaya for Djibo on Saturday. The convoy was ambushed near Bourzanga on Sunday
and returned to Kaya" read the return as a next leg from Djibo, a town the convoy never reached,
passing Bourzanga on the way (s35m, a Burkina Faso probe of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA, _stem

_PATTERNS = CompiledPatterns("read-met-then-turned-back")

# the verbs of turning back, by their stems (lexicon._stem: "fell back" -> "fall back")
_TURN_BACK = frozenset(("return", "withdraw", "retreat", "fall back", "pull", "pulled back", "turn back",
                        "headed back", "went back", "retire"))

_MET = _DATA["met_on_the_way"]
# the event that met the force, right before the place: a passive of the verbs that meet a moving
# group ("was ambushed near", "were shelled outside"), "came under fire in", or a noun of the
# event after a word of time ("After an ambush near"); past a few words of the place's name
_MET_BEFORE = _PATTERNS.compile(
    r"(?:\b(?:was|were|had\s+been|having\s+been|been)\s+(?:\w+ly\s+)?" + _MET["verbs"]
    + r"|\bcame\s+under\s+(?:heavy\s+|sustained\s+)?(?:fire|attack)"
    + r"|\b(?:after|following)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:ambush|attack|clash(?:es)?|firefight|skirmish)"
    + r")\s+(?:(?:on|along|by)\s+the\s+(?:road|highway)\s+)?" + _MET["cue"]
    + r"\s+(?:(?:the\s+)?[\w'’-]+\s+){0,3}$", re.I)
# nothing of moving between the place and the verb: no cue of direction nor a participle of going
_MOVING_BETWEEN = _PATTERNS.compile(r"\b(?:to|towards?|into|from|for|via|through|heading|moving|travell?ing|"
                                    r"driving|advancing|bound|en\s+route|on\s+(?:its|their)\s+way)\b", re.I)
_PATTERNS.save()

# how far before the place the event's words may begin, and the place from the verb
_EVENT_REACH = 90
_VERB_REACH = 80


def turns_back(verb: str | None) -> bool:
    """Is ``verb`` (a trigger's verb words) a verb of turning back?"""
    return bool(verb) and _stem(verb) in _TURN_BACK


def met_place_as_origin(text: str, slots: list, places: list, s: int, verb_at: int, why: list) -> list:
    """The clause's slots (role, places, cue offset) with the place where the force was met
    (``places``: the clause's mentions before its verb at ``verb_at``) added as the origin, when
    the clause tells none and its verb turns back (:func:`turns_back`, asked by the caller)."""
    if any(r == "origin" for r, _g, _a in slots):
        return slots
    taken = {id(g) for _r, grp, _a in slots for g in grp}
    for m in reversed(places):
        if id(m) in taken or not (s <= m["start"] and m["end"] <= verb_at) or verb_at - m["end"] > _VERB_REACH:
            continue
        if _MOVING_BETWEEN.search(text, m["end"], verb_at):
            return slots
        head = (m.get("phrase") or {}).get("start", m["start"])
        if _MET_BEFORE.search(text, max(s, head - _EVENT_REACH), m["start"]) is None:
            continue
        why.append(f"{m.get('surface')}: origin, where the force was met before it turned back (read.met_then_turned_back)")
        return slots + [("origin", [m], head)]
    return slots
