"""Who moves in a clause told right after another: a subject told with "the" may still name a
mover of its own, not the one told before ("The aircraft carrier USS X repositioned from A to B.
The French frigate Y called at C": two ships, two movements; "A contingent arrived in A from B.
The outgoing battalion was repatriated to B": the two sides of a rotation).

The reader takes a subject with "the" before a force's noun for one that refers back (lexicon's
_ANAPHOR_SUBJECT: "the convoy", "the troops"), and such a clause carries the movement told just
before on (assemble.read_fragments). These functions say when the subject names another mover;
read_fragments then reads the clause as a movement of its own. And an official's trip told with
the force that escorted him ("The governor returned to X, escorted by 200 soldiers") is the
force's movement (escorted_by_force).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .book import PlaceBook
from .events import _actor_words
from .lexicon import _DATA, _MOVER, _MOVER_GATE
from .named_ship_apart import ship_named_after_group
from .places import same_place
from .state import Fragment, _Draft
from .gates import Gate

_PATTERNS = CompiledPatterns("read-movers")  # (kept compiled code, as read/lexicon.py's)

# a side of a rotation of units (lexicon.json rotation_sides): "the outgoing battalion"
_ROTATION_SIDE = _PATTERNS.compile(r"\b(?:" + "|".join(map(re.escape, _DATA["rotation_sides"]["words"])) + r")\b", re.I)
# the side that leaves (lexicon.json rotation_sides "leaving"): "the outgoing battalion"
_LEAVING_SIDES = frozenset(_DATA["rotation_sides"]["leaving"])
# a name in an actor: a capitalised word, not a determiner ("USS Carney", "Rwandan peacekeepers";
# not "the army", "troops")
_NAME_WORD = _PATTERNS.compile(r"\b(?!(?:The|A|An|This|That|These|Those|Its|Their)\b)[A-Z][\w.'’-]*")


def named_apart(frag: Fragment, last: _Draft, book: PlaceBook) -> bool:
    """Does the subject name a mover of its own by a proper name ("The French frigate
    Languedoc", "The aircraft carrier USS Harry S. Truman", "the Ugandan troops") that shares no
    word with the force of the movement told before ("USS Carney", "Rwandan peacekeepers")?

    why: "the frigate X" refers back only to a frigate X; read as "the frigate" alone it carried
    the last ship's route on to where the next one called (GUIDELINES: a different actor makes
    a new movement). A subject with no name of its own ("the carrier", "the vehicles") still
    refers back."""
    if frag.actor is None or last.actor is None or not _NAME_WORD.search(frag.actor) or not _NAME_WORD.search(last.actor):
        return False
    mine, theirs = _actor_words(frag.actor, book), _actor_words(last.actor, book)
    return mine is not None and theirs is not None and not mine & theirs


def rotation_side_told(frag: Fragment, routes: list[_Draft], last: _Draft) -> str | None:
    """The word that tells the subject as one side of a rotation ("The outgoing battalion was
    repatriated to Kigali" after "a contingent of 250 peacekeepers arrived in Malakal from
    Kigali"), when the clause goes back to where the movement told before came from and that
    movement was not told with the same word; else None.

    why: a rotation tells two units, the one arriving and the one it relieves, going opposite
    ways; read as "the battalion" told before, the outgoing unit's trip home became a return
    leg of the incoming one's ("Kigali -> Malakal -> Kigali"). Only a trip back to where the
    last one began: "The Kenyan battalion arrived in Bunia. The incoming battalion had left
    Kampala on Saturday" still tells the Kenyans' departure."""
    side = _ROTATION_SIDE.search(frag.what or "")
    if side is None:
        return None
    told = " ".join(f.what or "" for f in last.frags).lower()
    if side.group(0).lower() in told:
        return None
    if side.group(0).lower() in _LEAVING_SIDES:
        # "The 129th Infantry Battalion replaced the 128th at Naqoura. The outgoing battalion
        # flew home to Dublin": the side that leaves is the unit relieved, wherever the one told
        # before began (read56; before, Dublin became the 129th's next leg through Naqoura)
        return side.group(0)
    if last.origin is None:
        return None
    if not any(d.destination is not None and same_place(d.destination, last.origin) for d in routes):
        return None
    return side.group(0)


# "The soldiers of the 129th Infantry Battalion": the head noun, then the unit it belongs to
_HEAD_OF_UNIT = _PATTERNS.compile(r"\s*the\s+(?P<head>[a-z]+)\s+of\s+the\s+", re.I)


def head_told_again(frag: Fragment, last: _Draft) -> bool:
    """Is the subject "the <noun> of the <unit>" with the noun the movement told before was told
    by, that movement's force named by no unit of its own ("340 Irish soldiers returned home ...
    The soldiers of the 129th Infantry Battalion landed at ...")? Then it refers back and names
    the unit of the same soldiers.

    why: the unit's name shared no word with "Irish soldiers", so the landing was read as another
    mover's: one return read twice (read51)."""
    m = _HEAD_OF_UNIT.match(frag.what or "")
    if m is None or last.actor is None or re.search(r"[0-9]", last.actor):
        return False
    told = last.actor.lower().split()
    return bool(told) and told[-1] == m.group("head").lower() and not _NAME_WORD.search(" ".join(last.actor.split()[1:]))


# the unit a relief verb names as its object: "replaced the 128th Infantry Battalion", "relieved
# the Bangladeshi contingent" (lexicon.json relief_in_place verbs, in their past forms)
_RELIEVED_OBJECT = _PATTERNS.compile(
    r"\b(?:replaced|relieved|took\s+over\s+from)\s+the\s+(?P<unit>(?:[\w'’-]+\s+){0,4}?"
    r"(?:battalion|contingent|company|brigade|regiment|unit|detachment|squadron|platoon)s?)\b", re.I)


def relieved_unit(frag: Fragment, last: _Draft) -> str | None:
    """The unit the movement told before relieved ("The 129th Infantry Battalion replaced the
    128th Infantry Battalion at Naqoura"), as the actor of a subject told as the side that
    leaves ("The outgoing battalion flew home"), when that subject names no actor of its own."""
    side = _ROTATION_SIDE.search(frag.what or "")
    if frag.actor is not None or side is None or side.group(0).lower() not in _LEAVING_SIDES:
        return None
    for f in last.frags:
        m = _RELIEVED_OBJECT.search(f.quote or "")
        if m is not None:
            return " ".join(m.group("unit").split())
    return None


def another_mover(frag: Fragment, routes: list[_Draft], last: _Draft, book: PlaceBook, told_before: tuple[str, int] = ("", 0)) -> str | None:
    """Why a subject told with "the" names another mover than the movement told before, or None."""
    if named_apart(frag, last, book) and not head_told_again(frag, last):
        return f"'{frag.actor}' is named apart from '{last.actor}': a mover of its own"
    side = rotation_side_told(frag, routes, last)
    if side is not None:
        return f"'{side}': the other side of a rotation, a unit of its own going back"
    ship = ship_named_after_group(frag, last, told_before)
    if ship is not None:  # ("The vessels sailed into X. The cruiser Varyag sailed from Y into X", read.named_ship_apart)
        return f"'{ship}' is one ship named after a group of ships that does not name it: a mover of its own"
    return None


# a force told as escorting the subject, set off after the verb: ", escorted by 200 soldiers"
_ESCORTED_AFTER = _PATTERNS.compile(r",\s*(?:escorted|accompanied|protected|guarded)\s+by\s+([^,;.]{1,60})", re.I)


def escorted_by_force(text: str, start: int, end: int) -> bool:
    """Is the subject told, after its verb, as escorted by a force ("The governor returned to
    Maiduguri on Sunday, escorted by 200 soldiers from Damaturu")?

    why: an official's trip is no movement (GUIDELINES), but the soldiers who came with him
    moved; read as the official alone, the clause told nothing."""
    told = _ESCORTED_AFTER.search(text, start, end)
    return bool(told and _MOVER_GATE.search(told.group(1)))


# a time conjunction that opens a clause of its own inside the sentence: "..., hours after
# government forces left the town", "days before the brigade withdrew"
_TIME_CONJUNCTION = _PATTERNS.compile(
    r"\b(?:(?:hours|days|weeks|minutes|moments|months|(?:a|one|two|three|several|few)\s+(?:hours?|days?|weeks?))|"
    r"shortly|soon|just|only|immediately|long)\s+(?:after|before)\s+", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_TIME_CONJUNCTION_GATE = Gate(_TIME_CONJUNCTION, ("after", "before"))

# a bare conjunction of time at the clause's start (after a bullet or quote, if any), before a
# noun phrase: no pronoun (read by the anaphora rules) and no participle ("After being flown in
# from X, ...", read.participle_after)
_OPENING_CONJUNCTION = _PATTERNS.compile(
    r"\s*(?:[^\w\s]{1,4}\s*)?(?:after|when|once|as\s+soon\s+as)\s+(?!(?:it|they|he|she|we|being|having)\b|\w+ing\b)", re.I)


def subject_after_time_conjunction(text: str, s: int, verb_at: int) -> int | None:
    """Where the subject of the verb begins when a time conjunction opens its clause inside the
    sentence ("Al-Shabaab fighters overran X on Monday, hours after government forces left the
    town for Y": "government forces"); None when there is none.

    why: the words before the conjunction are another clause with a subject of its own; read as
    the mover's, the clause was moved by Al-Shabaab and what moved was "hours after government
    forces" (GUIDELINES: the actor is the moving force, named as the report names it). Only a noun
    phrase between the conjunction and the verb, with no comma."""
    last = None
    for m in _TIME_CONJUNCTION_GATE.finditer(text, s, verb_at):
        last = m
    if last is None:
        # (or a conjunction of time that opens the sentence, the main clause told after the
        # verb's: "After Malian soldiers left on Tuesday, JNIM fighters occupied the camp at X"
        # read "After Malian soldiers" as the actor and the main clause as what moved, read131)
        last = _OPENING_CONJUNCTION.match(text, s, verb_at)
    if last is None or verb_at - last.end() > 80 or "," in text[last.end():verb_at]:
        return None
    return last.end() if text[last.end():verb_at].strip() else None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
