"""A force that moved "in from" a place, told right after a movement that reached another: "South
Korea moved an artillery battery to Yeonpyeong Island, and additional marines were shipped in
from Incheon", "The first Marines arrived in Darwin on Friday. About 150 Marines flew in from
Hawaii". "In" is into the place the report has just told a force reaching: that place is the
destination (GUIDELINES: the finest place the report offers for where the movement ended),
as "moved in" after a place left is (read.opening_contrast.moved_in_where_left).

Only "in from" right after the verb, for a reported movement with an origin and no destination
of its own, and only from a reported movement with a destination told in the two clauses before
it; never back to its own origin.

With no movement told before, "in" is into the place of the event the report has just told:
"A raid was reported near Grayvoron; Rosgvardia units moved in from Belgorod", "Protests broke
out in Goma. Police units moved in from Bukavu" (event_place_before): the force came to where
the raid, the clashes or the protests were (s34 read93).

why: the movement in had an origin and no end (probes of my own, s27r; after an event, s34 read93)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .places import _place_of, contains, same_place

_PATTERNS = CompiledPatterns("read-in-from-told")  # (kept compiled code, as read/lexicon.py's)

_IN_FROM = _PATTERNS.compile(r"\s+in\s+from\b", 0)
# the words of an event told at a place, which a force may move in to: a raid, an attack,
# clashes, protests ("raid reported near X", "clashes erupted in X", "protests broke out in X")
_EVENT = _PATTERNS.compile(r"\b(?:raids?|raided|attacks?|attacked|clash(?:es|ed)|fighting|fought|ambush(?:es|ed)?|"
                           r"protests?|riots?|rioting|shelling|shelled|assaults?|assaulted|stormed|incursions?|"
                           r"unrest|violence|gunfire|shooting|explosions?|blasts?|bombing)\b", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)

# how many clauses back the movement that reached the place may be told
_CLAUSES_BACK = 2


def told_in_another_item(frag, draft) -> bool:
    """Is ``frag`` an item of a list (a sitrep's bullets, a thread's posts) and ``draft`` told
    only in other items of it? Each item tells its own axis ("- BELGOROD: ... units moved in
    from Belgorod city" after "- ZAPORIZHZHIA: ... to Melitopol AB"), so the place one item got
    to is no place another moved in to (s33m)."""
    return frag.list_item is not None and all(f.list_item is not None and f.list_item != frag.list_item
                                               for f in draft.frags)


def destination_moved_in_from(a) -> None:
    """An assembly pass (assemble.PASSES): a movement "in from X" with no destination goes to
    where the movement told just before it got to."""
    text = a.reader.text
    for d in a.drafts:
        if d.destination is not None or d.origin is None or d.status != "reported" or not any(" in from" in f.quote for f in d.frags):
            continue  # (the cheap check first: its quote holds the words)
        own = next((f for f in d.frags if f.trigger and _IN_FROM.match(text, f.trigger_start + len(f.trigger))), None)
        if own is None:
            continue
        before = [(max(f.sentence for f in b.frags if f.sentence < own.sentence), b) for b in a.drafts
                  if b is not d and b.status == "reported" and b.destination is not None
                  and any(own.sentence - _CLAUSES_BACK <= f.sentence < own.sentence for f in b.frags)]
        if not before:
            place = event_place_before(a.reader, own, d.origin, a.drafts)
            if place is not None:
                d.destination = {**place, "inferred": True}
                a.why.append(f"sentence {own.sentence}: moved in from {d.origin.get('name')} to where the event "
                             f"told before was, {place.get('name')}")
            continue
        last = max(before, key=lambda x: x[0])[1]
        if same_place(last.destination, d.origin) or told_in_another_item(own, last):
            continue
        d.destination = {**last.destination, "inferred": True}
        a.why.append(f"sentence {own.sentence}: moved in from {d.origin.get('name')} to where the movement "
                     f"told before got to, {last.destination.get('name')}")


def event_place_before(reader, own, origin: dict, drafts) -> dict | None:
    """The place of the event (a raid, clashes, protests: _EVENT) told in the clauses before the
    one moving "in from" (at most two back, or earlier in its own clause), when the clause that
    tells it tells no movement: the last place of such a clause before the verb, not the origin
    itself nor a place holding it. None if there is none."""
    own_start = reader.spans[own.sentence][0]
    moved = {f.sentence for b in drafts for f in b.frags}
    for i in range(own.sentence, max(-1, own.sentence - _CLAUSES_BACK - 1), -1):
        s, e = reader.spans[i]
        e = min(e, own.trigger_start) if i == own.sentence else e
        if i != own.sentence and (i in moved or any(t.group("verb") for t in reader._triggers_in(s, e))):
            return None  # (a movement told between, read or not: not the event's place)
        if i != own.sentence and own.list_item is not None and reader._list_item(s) != own.list_item:
            return None  # (another item of a list tells its own axis: told_in_another_item)
        if not _EVENT.search(reader.text, s, e):
            continue
        for m in reversed(reader._within(reader.places, s, e)):
            if i == own.sentence and m["start"] >= own_start and not _EVENT.search(reader.text, own_start, m["start"]):
                continue  # (in its own clause, only a place told with the event before the verb)
            place = _place_of(m)
            if m.get("role") == "place" and not same_place(place, origin) and not contains(place, origin):
                return place
    return None
