"""A place handed over by a force as it withdrew: "Kurdish fighters withdrew on Sunday, handing
Manbij over to government troops", "the garrison pulled out and handed the town of X over to the
army", "..., handing over X to the militia". The place handed over is the place the force left
(GUIDELINES: one end is enough, "withdrew from Y"): the withdrawal's origin, when it names none.

Only after a verb (or noun) of withdrawal, and only a place right after "handing" / "handed"
(with "over" or "back" before or after it) and followed by "to": "handed over 40 prisoners"
names no place, and "handed its base in X over" is read already (read.handed_site).

why: "handing X over" split the verb from its particle, so it was no trigger at all and X no
end; the withdrawal told no place and no movement was read (read75)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-handed-town")

# the verbs and nouns of a withdrawal (as lexicon._stem gives them)
WITHDRAWAL_STEMS = frozenset(("withdraw", "withdrawal", "retreat", "pull out", "pulled out", "pull back", "pulled back",
                              "fall back", "leave", "evacuate", "evacuation", "pullout", "pull-out"))
# right before the place (in a short window): "handing", "handed (over|back)", "and handed the town of"
_HANDING_BEFORE = _PATTERNS.compile(
    r"(?:^|\s)(?:handing|handed|hands)(?:\s+(?:over|back))?"
    r"(?:\s+(?:the\s+)?(?:town|city|village|district|port|area)\s+of)?(?:\s+the)?\s+$", re.I)
# right after the place: "over to", "back to", "to"
_TO_AFTER = _PATTERNS.compile(r"\s+(?:(?:over|back)\s+)?to\s", re.I)
_WINDOW = 50  # characters before the place read for the words of handing


# "pulled" is a withdrawal with its particle after it: "pulled out", "pulled back"
_PULL_PARTICLE = _PATTERNS.compile(r"\s+(?:out|back)\b", re.I)


def is_withdrawal(text: str, main: re.Match) -> bool:
    """Is the clause's trigger a verb or noun of withdrawal?"""
    word = main.group("verb") or ("noun" in main.re.groupindex and main.group("noun")) or ""
    if not word:
        return False
    stem = _stem(word)
    if stem == "pull":
        return _PULL_PARTICLE.match(text, main.end()) is not None
    return stem in WITHDRAWAL_STEMS


def handed_over_on_withdrawal(text: str, mention: dict, main: re.Match) -> bool:
    """Is ``mention`` a place handed over ("handing X over to", "handed over X to") in the clause
    of the withdrawal ``main``, after it?"""
    start = mention["start"]
    if start < main.end() or "hand" not in text[max(0, start - _WINDOW):start].lower():
        return False  # (cheap: most places have no word of handing before them)
    if _HANDING_BEFORE.search(text, max(main.end(), start - _WINDOW), start) is None:
        return False
    return _TO_AFTER.match(text, mention["end"]) is not None and is_withdrawal(text, main)



def handed_over(text: str, mention: dict) -> bool:
    """Is ``mention`` told as a place handed over to another ("handed over X to the police",
    "handing X over to", "handed X back to"), whatever verb the clause moves by?"""
    start = mention["start"]
    if "hand" not in text[max(0, start - _WINDOW):start].lower():
        return False  # (cheap: most places have no word of handing before them)
    return _HANDING_BEFORE.search(text, max(0, start - _WINDOW), start) is not None \
        and _TO_AFTER.match(text, mention["end"]) is not None



# between the place handed over and the verb of moving after it: its new holder and "and"
# ("handed over X | to the police and | redeployed to B"), no clause of its own
_THEN_MOVED = _PATTERNS.compile(r"\s+(?:(?:over|back)\s+)?to\s+[^,;.:]{1,60}?\s+and\s+(?:then\s+|later\s+)?(?:was\s+|were\s+)?$", re.I)


def handed_over_then_moved(text: str, mention: dict, main: re.Match) -> bool:
    """Is ``mention`` a place the subject handed over before the verb of moving ``main`` it then
    took ("handed over A to the police and redeployed to B")? The place handed over is the
    place left, as after a withdrawal (GUIDELINES: the origin is where the movement began).

    why: "handed over A ... and redeployed to B" read ? -> B, A no end (s33 read89)."""
    return mention["end"] <= main.start() and handed_over(text, mention) \
        and _THEN_MOVED.fullmatch(text, mention["end"], main.start()) is not None


_PATTERNS.save()
