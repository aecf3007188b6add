"""A leg told to its end on a day of its own, then the same force's next sentence on another day
told after its verb: "On Friday Colombian soldiers moved into Tibu. They reached Cucuta on
Saturday", "Somali marines were flown to Berbera on Wednesday. They drove to Hargeisa on Friday".
Two legs: ? -> Tibu on Friday, Tibu -> Cucuta on Saturday.

The convention (docs/reading.md, "Legs"): GUIDELINES split a route into legs where a report tells
that the force got to a place and later left it again, and make a different date a different
movement; a place passed on the way is one told by a word of passing ("through", "via",
"across"). A clause that tells the force got to A (its own end, its own day) and a next one
that tells it reached B on a later day say both: it arrived at A and left A again in between.
So the day told before the verb ("On Saturday they reached Cucuta", assemble._time_between), the
day told after it (this module), and a bare "overnight" before a day (read.day_after_the_night,
session 56) all read two legs; with no day on one side ("moved into Tibu. They then reached
Cucuta") nothing says the force stopped: a route through Tibu, as before.

:func:`dated_leg_then_day`, asked in assemble's going-on test with assemble._on_another_day:
the leg before was told with its end in its own clause and a date of its own told in that
clause, and the fragment's own day is told after its verb, inside its clause. Only where the
next sentence refers back by a bare pronoun ("They reached", "It drove") or by the bare noun of
the same force ("The troops reached", :func:`same_force_by_noun`, session 58): a noun with words
of its own may name another part of the force ("The brigade's tanks arrived at C on Tuesday") or
the force of an older movement (read.head_noun), read as before; and only after a leg told by a verb of moving, not a
sighting ("A convoy was filmed at a depot in A on Monday. It moved to B on Wednesday": A is where
the convoy was seen, the origin, read.seen_before) nor a movement noun alone.

why: "moved into A on Friday. They reached B on Saturday" read one route through A while
"... overnight. It reached B on Friday" read two legs (session 56's Left: one convention wanted);
golden s37-read101-date-opener-no-comma-what-colombia and s56-read158-next-day-after-days-near
now read two legs, s57-read159-legs-* sentences of my own (session 57, read159)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .head_noun import _head, a_word_of_its_mover, soldiers_told_last
from .lexicon import _FORCE_NOUN
from .places import _is_border, same_place

_PATTERNS = CompiledPatterns("read-dated-leg-then-day")
# a bare pronoun as the subject, right before the verb ("They reached", "it then drove")
_PRONOUN_BEFORE = _PATTERNS.compile(r"\b(?:they|it)\s+(?:(?:had|have|has|were|was|then|later|also|finally)\s+)*$", re.I)
# a subject that refers back by a force's noun alone ("The troops", "the column"): no name, no
# number, no possessive or adjective that could make it another part of the force
_BARE_NOUN_SUBJECT = _PATTERNS.compile(r"^\s*(?:the|these|those)\s+(?:" + _FORCE_NOUN + r")\s*$", re.I)
_PATTERNS.save()  # (every pattern of the module before this: kept compiled code)


def dated_leg_then_day(text: str, frag, last, s: int, e: int) -> bool:
    """Is the fragment ``frag``'s own day told after its verb, inside its clause ([s, e)), its
    subject a bare pronoun, after a leg ``last`` whose own clause told its end by a verb of
    moving and a date?"""
    told = last.frags[-1] if last.frags else None
    if told is None or not told.destination or told.date is None or told.sighted or told.noun_only:
        return False
    day = frag.date
    if day is None or day.precision != "day" or not frag.trigger_start + len(frag.trigger) <= day.start < e:
        return False
    return _PRONOUN_BEFORE.search(text, max(s, frag.trigger_start - 40), frag.trigger_start) is not None \
        or same_force_by_noun(frag, last)


def same_force_by_noun(frag, last) -> bool:
    """Does ``frag``'s subject refer back to ``last``'s force by its noun alone: "The troops"
    after "Malian troops moved into A", "The soldiers" after "... troops ..." (the plain nouns of
    a force's people name one another, read.head_noun.soldiers_told_last), "the column" after "A
    column ..."? Not a noun with words of its own ("The brigade's tanks", "A second column", "The
    Chadian troops"), nor one under another actor than the leg before's, nor after a leg to a
    border (the next sentence may tell the same border again in other words).

    why: session 57 (read159) read two legs only after a bare pronoun ("They reached B on
    Saturday"); "The troops reached B on Saturday" stayed a route through A though the noun names
    the same force (session 57's Left; golden s58-read160-legs-noun-*, sentences of my own)."""
    if _BARE_NOUN_SUBJECT.match(frag.what or "") is None:
        return False
    if frag.actor and last.actor and frag.actor != last.actor:
        return False  # (another force's)
    if last.destination is not None and _is_border(last.destination):
        return False  # ("to the Afghan border ... The troops reached the border with Afghanistan": one border told twice, s23)
    if soldiers_told_last(frag, last):
        return True
    noun = _head(frag.what)
    return noun is not None and a_word_of_its_mover(noun, last)


def leg_told_before(drafts: list, last, draft) -> bool:
    """Is the leg on from ``last``'s end to ``draft``'s end a movement told already, an earlier
    draft with those two ends ("The armed forces evacuated nationals from A to B aboard the
    frigate. The frigate sailed from C to A on Saturday. It docked in B on Sunday": A -> B is the
    evacuation the lede told)? Then the sentence tells that movement again (GUIDELINES: one
    movement told twice is one), no new leg: it is left to the merging, as before.

    why: a joint statement of our hand-counted reports (tests/fixtures/read56) read the leg to B
    twice, once as the lede's evacuation and once as the frigate's leg on."""
    return any(d is not last and d.origin is not None and d.destination is not None
               and same_place(d.origin, last.destination) and same_place(d.destination, draft.destination)
               for d in drafts)
