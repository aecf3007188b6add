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
sentences of my own).

A force that tows what is no materiel and then moves on by itself ("Mozambican soldiers towed the
damaged lorries to Pemba and then drove to Montepuez") did move: the clause is not set aside
(:func:`towed_then_moved`), and read.relative_carried, which counts "towed" among its carrying
verbs, reads ? -> Pemba, Pemba -> Montepuez, as it reads "carried the ammunition to A and then
returned to B" (session 56, read158; golden s56-read158-towed-*)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .escort_went_back import escort_of_leg
from .craft_carries import tug_of_a_force
from .lexicon import _VERBS, _ARMS, _ARMS_GATE, _CIVILIAN_VEHICLES, _MATERIEL_MOVER, _MATERIEL_MOVER_GATE, _MOVER, _MOVER_GATE, _SHIP_NAME, _VESSEL_MOVER, _VESSEL_MOVER_GATE, _stem, object_after

_PATTERNS = CompiledPatterns("read-towed")

# equipment of war told in the singular, as a towed thing usually is ("the broken tank", "a
# damaged armoured vehicle", "the stricken warship", "the landing ship", "a patrol boat")
_WAR_THING = _PATTERNS.compile(
    r"\b(?:tanks?|warships?|armou?red\s+(?:[\w-]+\s+)?(?:vehicles?|personnel\s+carriers?|cars?)|APCs?|"
    r"(?:landing|patrol|missile|assault)\s+(?:ships?|craft|boats?|vessels?)|(?:navy|naval|military|army)\s+(?:[\w-]+\s+)?"
    r"(?:ships?|vessels?|boats?|trucks?|vehicles?|barges?|tugs?)|guns?|minesweepers?|minehunters?|icebreakers?)\b", re.I)
# the subject's own verb of moving joined by "and" after what it towed: "towed the lorries to A
# and (then) drove to B" (the adverbs read.relative_carried allows there; data: relative_carried.json)
_AND_VERB = _PATTERNS.compile(r"\band\s+(?:(?:" + "|".join(read_data("relative_carried.json")["and_adverbs"])
                              + r")\s+)?(?P<verb>[a-z]+)\b")
# where the sentence of a towing ends: the force's own move is told before it
_SENTENCE_END = _PATTERNS.compile(r"[.;!?](?:\s|$)")
_PATTERNS.save()  # (every pattern of the module before this: after it, one is compiled anew in every process)
# the verbs of moving (lexicon verb_forms) but "tow" itself ("towed the barge and towed ...")
_MOVING_FORMS = frozenset(v for v in _VERBS if " " not in v and not v.startswith("tow"))


def names_war_thing(words: str) -> bool:
    """Do the words name equipment of war or a force (a warship, a tank, guns, soldiers), and no
    craft of trade ("a fishing boat", "a tug")? (Asked by read.carrier_load of what a tug tows.)"""
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
    if names_war_thing(towed):
        return None
    if towed_then_moved(text, main.end(), e):
        return None  # ("towed the lorries to A and then drove to B": the force went on itself)
    return f"a thing towed that is no equipment of war ('{towed.strip()}'): no force moved"


def towed_then_moved(text: str, after: int, e: int) -> bool:
    """Does the sentence go on, after the verb "tow" (ending at ``after``), with "and"
    (then|later) and a verb of moving of its subject's own: "towed the damaged lorries to Pemba
    and then drove to Montepuez"? The force then moved by itself, whatever it towed. (The clause
    ends at ``e``; the move on may be cut into a clause of its own, a next leg: :func:`towed_then_own_move`.)

    why: read.towed set aside the whole clause of a force towing what is no materiel, its own
    drive on with it: the sentence read nothing (session 55's Left)."""
    end = _SENTENCE_END.search(text, after, max(e, after + 300))
    end = end.start() if end else max(e, after + 300)
    if " and " not in text[after:end]:
        return False  # (the cheap test: most towing clauses end where the towing does)
    return any(m.group("verb") in _MOVING_FORMS for m in _AND_VERB.finditer(text, after, end))


def towed_then_own_move(text: str, left: list, and_at: int, verb: re.Match) -> bool:
    """Is the verb of moving ``verb`` after "and" (at ``and_at``) a next leg of the force that
    towed something to a place before it: "towed the broken trucks to Lodwar and (then) drove to
    Kitale"? One of the triggers ``left`` of the clause before "and" is "tow", with "to" after it;
    cuts._clauses then cuts the clause at "and", a next leg from where the towing ended, as it
    cuts "landed at A and drove to B".

    why: "towed ... to A and then drove to B" was one move through A, though the towing ended at
    A and the force left it again by its own verb (GUIDELINES.md: arrived and left again makes two
    legs); read.relative_carried reads "carried the ammunition to A and then drove to B" so
    (session 56, read158; golden s56-read158-towed-*)."""
    if _stem(verb.group("verb")) == "tow":
        return False
    return any(t.group("verb") and _stem(t.group("verb")) == "tow" and " to " in text[t.end():and_at] for t in left)


def tower_went_on_alone(text: str, towing) -> str | None:
    """The words of the one that towed, when the next leg told with no subject of its own after
    the towing fragment ``towing`` ("Two tugs towed the stricken landing ship to Tartus and then
    sailed back to Latakia") is that tower's and it names no force and no equipment of war (a
    tug, a salvage tug): its voyage on is no movement of a force. None otherwise (the leg is read
    as before: "A navy tug towed ... and returned to Aden", "Kenyan soldiers towed ... and then
    drove to Kitale").

    Decided (GUIDELINES: a movement is the transfer of forces or of military equipment, and what
    moved is the actor): in a towing, the equipment moved is what was towed -- the landing
    ship's leg to Tartus is the movement, as "Two tugs towed the landing ship to Tartus" alone reads. The
    tug moved too, but a tug named by its trade alone is neither a force nor equipment of war,
    any more than the police who tow parked cars (the near miss of this module). A tower named as
    a force's (soldiers, "a navy tug", a frigate) is one: its leg on is a movement, as session 56
    read "towed <no materiel> to A and then drove to B" (read158) -- one rule for both: the
    tower's own leg is reported where the tower is a force.

    why: "A tug towed the damaged frigate to Sevastopol and then sailed on to B" gave the tug a
    leg Sevastopol -> B (session 56's Left); golden s57-read159-tug-*, sentences of my own
    (session 57, read159)."""
    if (towing.trigger or "").lower() != "towed":
        return None  # (the cheap test: most legs before are no towing)
    tower = escort_of_leg(text, towing)
    if tower is None or names_war_thing(tower.what) or tug_of_a_force(tower.what) is not None:
        return None  # (a force's tug, "A Navy salvage tug", is a force: read.craft_carries.tug_of_a_force)
    return tower.what
