"""Where a force was met, then turned back: "The convoy was ambushed near X on Sunday and
returned to Kaya", "The troops came under fire in X and pulled back to Y", "After an ambush near
X, the soldiers fell back to Y".

A stay told by a participle of the subject works alike ("Some 40 police officers trained in Mexico
returned to Port-au-Prince", "pilots trained in Russia flew back to Bamako"): where the force was
before it came back.

The event's place is where the force was when it turned back, so it is where the move the clause
tells began (GUIDELINES: the origin is the finest place the report offers for where the
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
                        "headed back", "went back", "retire", "flew back", "came back", "sailed back", "drove back"))

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
# ... or a stay told by a participle of the subject ("Some 40 police officers trained in Mexico
# returned to X", "pilots trained in Russia flew back to Y", "soldiers held in X returned"): where the
# force was before it came back (s35m)
_STAYED_BEFORE = _PATTERNS.compile(r"\b(?:trained|training|treated|held|hosted|sheltered|interned|stranded|exercising)\s+"
                                   r"(?:in|at)\s+(?:(?:the\s+)?[\w'’-]+\s+){0,3}$", re.I)
# ... or the force's own attack on the place ("Gunmen attacked Mopti and then withdrew to Sevare",
# "raided a camp near X before pulling back to Y"): the attackers were there when they turned back,
# so a withdrawal to a place told is a move from the one attacked (GUIDELINES: the raid itself is
# no movement; the withdrawal after it is). Only with an end told: "attacked A and then withdrew"
# tells the raid, not a move (s47 read127)
# The place must be the attack's one object: a list's "and"/"or" between the verb and it ("attacked
# Tessalit and Aguelhok before withdrawing to Kidal") leaves the withdrawal's start untold (s47 gaz85).
_STRUCK_BEFORE = _PATTERNS.compile(r"(?<!\bwas\s)(?<!\bwere\s)\b(?:attacked|raided|stormed|overran|assaulted|struck)\s+"
                                   r"(?:(?:the|a|an)\s+)?(?:(?!(?:and|or)\s)[\w-]+\s+){0,2}?(?:(?:near|in|at|outside)\s+)?"
                                   r"(?:(?:the\s+)?(?!(?:and|or)\s)[\w'’-]+\s+){0,2}$", re.I)
# nothing of moving between the place and the verb: no cue of direction nor a participle of going
_MOVING_BETWEEN = _PATTERNS.compile(r"\b(?:to|towards?|into|from|for|via|through|heading|moving|travell?ing|"
                                    r"driving|advancing|bound|en\s+route|on\s+(?:its|their)\s+way)\b", re.I)

# how far before the place the event's words may begin, and the place from the verb
_EVENT_REACH = 90
_VERB_REACH = 80


# verbs of going that turn back with "back" after them ("flew back to", "drove back to")
_GOING = frozenset(("fly", "drive", "sail", "come", "go", "head", "march", "move", "travel"))
_BACK_AFTER = _PATTERNS.compile(r"\s+back\b", re.I)


def turns_back(verb: str | None, text: str = "", end: int = 0) -> bool:
    """Is ``verb`` (a trigger's verb words, ending at ``end`` of ``text``) a verb of turning back
    ("returned", "fell back"), or a verb of going with "back" after it ("flew back to")?"""
    if not verb:
        return False
    stem = _stem(verb)
    return stem in _TURN_BACK or (stem in _GOING and _BACK_AFTER.match(text, end) is not None)


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
        since = max(s, head - _EVENT_REACH)
        met = _MET_BEFORE.search(text, since, m["start"]) is not None
        if met:
            how = "met"
        elif _STAYED_BEFORE.search(text, since, m["start"]) is not None:
            how = "staying"
        elif any(r == "destination" for r, _g, _a in slots) and _STRUCK_BEFORE.search(text, since, m["start"]) \
                and not any(o is not m and m["end"] <= o["start"] and o["end"] <= verb_at for o in places):
            # (the last place before the verb: a list attacked, "Tessalit and Aguelhok", tells no one start)
            how = "attacking"
        else:
            continue
        why.append(f"{m.get('surface')}: origin, where the force was {how} before it turned back "
                   f"(read.met_then_turned_back)")
        return slots + [("origin", [m], head)]
    return slots


_PATTERNS.save()
