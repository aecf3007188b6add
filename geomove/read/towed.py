"""A thing towed: "A tug towed the damaged frigate to Sevastopol", "The disabled corvette was
towed from Tartus to Novorossiysk", "Recovery vehicles towed two knocked-out T-72s to Donetsk".

What moved is what was towed (the active verb's object, or the passive's subject), not the one
that towed it: GUIDELINES counts a transfer of military equipment as a movement, so a warship, an
armoured vehicle or a gun towed to a place is one, whoever pulled it. A force towing what is no
equipment of war ("Police towed three parked cars to a depot", "The coast guard towed a fishing
boat to Mombasa") moves no force: the police were at work, the car is no materiel.

The verb is data (lexicon.json verb_forms "tow"); this module only says when the towed thing is
no materiel, asked of a clause whose verb is "tow" alone.

why: "towed" was no verb of movement, and a frigate towed to its home port was lost (task read133,
sentences of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _ARMS, _ARMS_GATE, _CIVILIAN_VEHICLES, _MATERIEL_MOVER, _MATERIEL_MOVER_GATE, _MOVER, _MOVER_GATE, _SHIP_NAME, _VESSEL_MOVER, _VESSEL_MOVER_GATE, _stem, object_after

_PATTERNS = CompiledPatterns("read-towed")

# equipment of war told in the singular, as a towed thing usually is ("the broken tank", "a
# damaged armoured vehicle", "the stricken warship", "the landing ship", "a patrol boat")
_WAR_THING = _PATTERNS.compile(
    r"\b(?:tanks?|warships?|armou?red\s+(?:[\w-]+\s+)?(?:vehicles?|personnel\s+carriers?|cars?)|APCs?|"
    r"(?:landing|patrol|missile|assault)\s+(?:ships?|craft|boats?|vessels?)|(?:navy|naval|military|army)\s+(?:[\w-]+\s+)?"
    r"(?:ships?|vessels?|boats?|trucks?|vehicles?|barges?|tugs?)|guns?|minesweepers?|minehunters?|icebreakers?)\b", re.I)
_PATTERNS.save()


def _war_thing(words: str) -> bool:
    if _CIVILIAN_VEHICLES.search(words):
        return False
    return any(p.search(words) for p in (_WAR_THING, _VESSEL_MOVER_GATE, _MATERIEL_MOVER_GATE, _ARMS_GATE, _SHIP_NAME, _MOVER_GATE))


def towed_no_materiel(text: str, subject: str, main: re.Match, e: int) -> str | None:
    """Why the clause of ``main`` (ending at ``e``), whose verb is "tow", moves no force: the
    thing towed (the object after the verb, else the subject of a passive) names no equipment of
    war; None when it does, or when the verb is another."""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb or _stem(verb) != "tow":
        return None
    towed = object_after(text, main.end(), e) or subject
    if _war_thing(towed):
        return None
    return f"a thing towed that is no equipment of war ('{towed.strip()}'): no force moved"
