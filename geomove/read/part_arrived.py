"""The arrival of a part of what moved: "A brigade began moving from A to country K. The first
trains carrying its tanks reached T on Monday", "Its first elements arrived in T", "The lead
company reached T".

GUIDELINES: one movement retold in lede and body is a single movement, and its
destination is the finest place the report offers for where it ended. The first trains,
elements or company of a force that was told setting out are that force arriving, not a
movement of a force of their own: the clause names where (within the end told before) the
movement got to, T, finer than K.

why: with no actor of its own and a day after the one the departure was told on, the clause was
read as a second movement (? -> T), and the brigade's move kept only the country as its end.
Words are data (lexicon.json part_arrived)."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .lexicon import _DATA
from .places import contains, same_place
from .state import Fragment, _Draft
from .weights import NEXT_LEG_SENTENCES

_WORDS = _DATA["part_arrived"]
# a possessive pronoun that refers back to the mover told before ("its tanks", "their lead
# elements"), or a word of the front of a moving force ("the first trains", "the lead company")
_PART_OF_MOVER = _recompile(
    r"\b(?:(?:its|their)\b|(?:" + "|".join(_WORDS["front"]) + r")\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(_WORDS["parts"]) + r")\b)", re.I)
# words that make the subject another force ("a second brigade", "another convoy")
_ANOTHER = _recompile(r"\b(?:another|other|second|third|separate|new|more|additional)\b", re.I)


def _subject_is_a_part(subject: str) -> bool:
    """Do the words before the verb name a part of a force told before ("The first trains
    carrying its tanks", "Its first elements", "The lead company")?"""
    return _PART_OF_MOVER.search(subject) is not None and _ANOTHER.search(subject) is None


def _within_the_end(frag: Fragment, last: _Draft) -> dict | None:
    """The one place the clause arrived at, when it lies in the end ``last`` was going to (a
    country or province holding it) and is not where ``last`` left."""
    if len(frag.destination) != 1:
        return None
    place = frag.destination[0][0]
    # (a place finer than the end told: "there", the same end again, adds nothing to merge)
    if not contains(last.destination, place) or same_place(place, last.destination) or same_place(place, last.origin):
        return None
    return place


def _other_mode(frag: Fragment, last: _Draft) -> bool:
    """Did the part move by another means than the force told before (by road, by air)?"""
    told = {f.mode for f in last.frags if f.mode}
    return bool(frag.mode and told and frag.mode not in told)


def part_arrived(text: str, s: int, frag: Fragment, last: _Draft | None, i: int) -> bool:
    """Does the clause ``frag`` (its sentence beginning at ``s``) tell where a part of
    ``last``'s force arrived, within ``last``'s end ("The first trains carrying its tanks
    reached T")? A reported arrival with no origin of its own, told in the next sentences."""
    if last is None or frag.origin or frag.via or frag.status != "reported" or last.status != "reported" \
            or last.destination is None or last.actor is None or frag.actor is not None \
            or not i - NEXT_LEG_SENTENCES <= last.frags[-1].sentence < i:
        return False
    if any(w in frag.distinct for w in ("another", "separate", "second", "other")):
        return False
    if frag.contrasted or _other_mode(frag, last):
        # "were flown to A, while their trucks were driven there": a part that went its own
        # way, set against the rest, is a movement of its own (read/cuts._CONTRAST)
        return False
    if _arrived_before_it_left(frag, last):
        # "The main body left D for country K today. The advance party reached T on 24 November":
        # a front that arrived before the force set out went on its own trip, told apart (read121)
        return False
    return _within_the_end(frag, last) is not None and _subject_is_a_part(text[s:frag.trigger_start])


def _arrived_before_it_left(frag: Fragment, last: _Draft) -> bool:
    """Is the clause's arrival dated to a day before every day the force told before was dated
    to (so it cannot be that force arriving)?"""
    mine = frag.date
    if mine is None or getattr(mine, "precision", None) != "day":
        return False
    told = [f.date for f in last.frags if f.date is not None and getattr(f.date, "precision", None) == "day"]
    return bool(told) and mine.date_end < min(d.date_start for d in told)
