"""A force told heading for a place, then, in a later sentence, reaching another that lies off
its way there: "The column left Nyala and drove towards El Fasher. By Wednesday it had reached
Kabkabiya." El Fasher was only the heading ("towards", "for", "bound for"): the text never says
the column got there, so it is neither the end nor a place passed (GUIDELINES: via is a place
gone through en route: "through", "via", "across"). The one movement is Nyala -> Kabkabiya.

The twin of read.short_of_aim (a place reached on the way to the aim is passed, the aim stays
the end); this one takes what that leaves: an arrival verb, a subject that refers back (the
caller asks that), an end told only as an aim, and a place reached that is not that aim nor
within it, nor the place it left. The aim is dropped, not kept as passed, even where it lies roughly on the way to the
place reached: the road's detour allowance (places.on_the_way) takes El Fasher as "on the way"
from Nyala to Kabkabiya, and a heading the text never says was reached is no place passed.
A place reached beyond the aim ("left Damascus for Homs. On Monday the convoy reached Hama") is
the end too, no next leg from the aim: the text never says the force arrived there and left
again (GUIDELINES: legs only where it did; s35's near miss read Homs -> Hama as a leg).

why: session 49's probe read Nyala -> via El Fasher -> Kabkabiya (the aim, incompatible with
the place reached, was carried on as a place passed, events._chain)."""

from __future__ import annotations

from .lexicon import _stem
from .places import compatible
from .short_of_aim import end_only_aimed
from .weeks_later_leg import LEG_DAYS_APART, _first_day

# the verbs of getting somewhere (as read.short_of_aim)
_ARRIVAL_STEMS = frozenset(("reach", "arrive", "enter"))


def reached_off_the_aim(text: str, trigger: str, last, draft) -> bool:
    """Does ``draft`` (read from a clause whose verb is ``trigger``) tell the force of ``last``
    reaching a place other than ``last``'s end, an end told only as an aim?"""
    if _stem(trigger) not in _ARRIVAL_STEMS or draft.origin is not None or draft.destination is None:
        return False
    if last.origin is None or last.destination is None or compatible(last.destination, draft.destination):
        return False
    if compatible(last.origin, draft.destination):
        return False  # (back where it left from: a trip of its own, "left the Red Sea ... arrived in the Red Sea in February")
    if not end_only_aimed(text, last.destination):
        return False
    # (an arrival told weeks after the departure may well have come after the aim was reached
    # and left: "left A for B on 1 February. On 25 February it entered C" stays as read before)
    mine, theirs = _first_day(draft), _first_day(last)
    return mine is None or theirs is None or (mine[0] - theirs[1]).days <= LEG_DAYS_APART
