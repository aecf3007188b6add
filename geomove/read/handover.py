"""A handover of positions told by a participle of leaving: "Italian troops took over the
positions vacated by a Hungarian company at Zubin Potok", "marines moved into the trenches
abandoned by the rebels in X".

Two forces move, each its own way (GUIDELINES: a different actor makes a new movement; the
actor is the moving force): the force after "by" left X (origin X), and the subject went to
X (destination X), as "relieve / take over from (a unit) in X" is read (lexicon.json
relief_in_place). Before, the trigger was the participle ("vacated"), so the subject was read
as the force that left X -- one movement, the wrong actor, the wrong way -- and a later "The
Hungarian company moved to Y" joined it as the Italians' next leg.

Words are data (coordination.json "handover"); patterns kept compiled ("read-handover").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .lexicon import _stem
from .places import _spec, same_place
from .state import _Draft

_PATTERNS = CompiledPatterns("read-handover")
_DATA = read_data("coordination.json")
_WORDS = _DATA["handover"]


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_LEAVING = frozenset(_WORDS["leaving"])
# "took over the positions " right before the participle
_TAKEN_BEFORE = _PATTERNS.compile(
    r"\b(?P<take>" + _alt(_WORDS["taking"]) + r")\s+(?:the\s+|its\s+|their\s+|all\s+the\s+)?(?:former\s+|old\s+|forward\s+)?"
    r"(?:" + _alt(_WORDS["held"]) + r")\s+(?:(?:just|recently|hastily)\s+)?$", re.I)
# " by a Hungarian company" right after it
_BY_FORCE = _PATTERNS.compile(
    r"\s+by\s+(?P<force>(?:the|a|an|two|three|some)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _alt(_DATA["mover_nouns"]) + r")"
    r"|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:\s+(?:" + _alt(_DATA["mover_nouns"]) + r"))?)\b", re.I)
_ARTICLE = _PATTERNS.compile(r"^(?:the|a|an)\s+", re.I)


_PARTICIPLE = _PATTERNS.compile(r"(?P<verb>[a-z]+)\b", re.I)


def _coarser_end(told: dict, place: dict) -> bool:
    """Is the destination ``told`` coarser than the place of the positions taken over ("deployed
    1,500 soldiers south of the Litani, taking over positions vacated by X in Khiam": Khiam is
    where south of the Litani they went, s25)? An area, or a place told relative to an anchor."""
    return _spec(told) > _spec(place) or bool(told.get("relation")) and not place.get("relation")


def _handover_at(text: str, at: int) -> tuple[re.Match, str] | None:
    """(the taking words, the force after "by") when the word at ``at`` is a participle of
    leaving told of positions taken over: "took over the positions |vacated by a Hungarian
    company"; None otherwise."""
    word = _PARTICIPLE.match(text, at)
    if word is None or not {word.group("verb").lower(), _stem(word.group("verb"))} & _LEAVING:
        return None
    taken = _TAKEN_BEFORE.search(text, max(0, at - 80), at)
    by = _BY_FORCE.match(text, word.end())
    if taken is None or by is None:
        return None
    return taken, " ".join(by.group("force").split())


def handed_over(text: str, frag, routes: list, why: list) -> list[_Draft]:
    """The movements of the forces that left, when ``frag`` tells a handover by a participle of
    leaving (see the module): its origin X cued by "vacated by <force>" is where that force
    left (a movement of its own, returned) and where the subject went -- the subject's route
    from X becomes a route to X (in place of a coarser end it told: "deployed ... south of the
    Litani, taking over positions vacated by X in Khiam"); [] when ``frag`` tells none."""
    out = []
    for place, at in frag.origin:
        # the participle cues the place ("vacated by X at Z": cued by "vacated") or is the
        # clause's verb with the place after it ("the base left by X in Z": cued by "in")
        found = _handover_at(text, at) or (_handover_at(text, frag.trigger_start) if at > frag.trigger_start else None)
        if found is None:
            continue
        taken, force = found
        what = frag.what or ""
        k = what.lower().find(taken.group("take").split()[0].lower())
        subject = what[:k].strip() if k > 0 else what
        for draft in routes:
            if draft.origin is None or not same_place(draft.origin, place) \
                    or (draft.destination is not None and not _coarser_end(draft.destination, place)):
                continue
            # (the count told is the subject's: "deployed 1,500 soldiers ..., taking over positions
            # vacated by X" counts no one of X)
            left = replace(frag, actor=_ARTICLE.sub("", force), what=force, actor_home=None, anaphoric=False,
                           origin=[(place, at)], destination=[], counts=[])
            out.append(_Draft(draft.origin, [], None, [left], draft.status))
            draft.origin, draft.destination = None, draft.origin
            draft.frags = [replace(f, what=subject or f.what, origin=[], destination=[(place, at)]) if f is frag else f
                           for f in draft.frags]
            why.append(f"sentence {frag.sentence}: '{taken.group('take')} ... by {force}': {force} left "
                       f"{draft.destination.get('name')}, {subject or 'the subject'} went there")
    return out


_PATTERNS.save()
