"""A restrictive relative's leg, then the main clause's leg from where it ended: "Twelve pilots who
flew the jets to Niamey returned home to Dijon", "The sailors who had sailed the frigate to
Djibouti flew back to Toulon". The clause is read at the relative's verb and its two ends are
distributed as a list would be (? -> Niamey, ? -> Dijon); but the main verb between them says the
antecedent, who got to Niamey by the relative's move, left it again: GUIDELINES split a route into
legs where the report tells of an arrival and a later departure, so the relative's leg stays a
movement of its own and the next leg leaves from its end.

:func:`origin_where_relative_leg_ended`, an assembly pass (assemble.PASSES), takes two drafts of one
fragment whose verb stands right after "who"/"that" (an auxiliary of the past between, not "will":
a leg still to come ended nowhere yet), the second with no origin, and a finite verb of moving of
the reader's between the first's destination and the second's (not "-ing", not after "to"). "Flew
the jets to A and B" (no verb between) is a list, as before; "Engineers who built the bridge at A
returned to B" has no verb of moving in the relative and one draft only.

why: session 52 (read150) left "Twelve pilots who flew the Rafales to Niamey returned home to B"
with no origin for the return; golden lines s53-read152-relative-leg-* of my own (Niger,
Djibouti, Rwanda and Congo)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .escort_went_back import craft_relative_load

_PATTERNS = CompiledPatterns("read-relative-leg-end")
# the relative word right before the fragment's verb, an auxiliary of the past between
_RELATIVE_BEFORE = _PATTERNS.compile(r"\b(?:who|that)\s+(?:(?:had|have|has)\s+)?$", re.I)
_PATTERNS.save()


def _main_verb_between(reader, lo: int, hi: int) -> int | None:
    """Where the first finite verb of moving (a trigger's verb, no "-ing", not after "to") in
    [lo, hi) starts; None when there is none."""
    text = reader.text
    return next((t.start() for t in reader._triggers_in(lo, hi) if "verb" in t.re.groupindex
                 and t.group("verb") and not t.group("verb").lower().endswith("ing")
                 and text[max(0, t.start() - 3):t.start()].lower() != "to "), None)


def _dates_of_each_leg(a, first, second, frag, main_at: int, rel_at: int | None = None,
                       legs: tuple[str, str] = ("the relative's leg", "the main clause's leg")) -> None:
    """Each leg its own date: the relative's leg the date told inside the relative (from its
    verb up to the main verb: "who flew the jets to A in October"), the main clause's leg a date
    told outside it (after the main verb, "flew back to B on Monday", or before the subject).
    The clause was read once, with one date: the nearest to the relative's verb, which dated both
    legs.

    why: "The sailors who had sailed the frigate to A flew back to B on Monday" dated the first
    leg Monday, though only the return is told on Monday; "who flew the jets to A in October came
    back to B on Friday" dated the return October (session 53 read152's Left; golden
    s53-read154-relative-leg-date-*). ``rel_at``: where the relative's verb starts, when it is no
    trigger and the fragment's is the main verb (read.relative_carried); the fragment's own by default.
    ``legs``: how the why names the two legs ("took the tankers to A and returned to B" has no
    relative: read.relative_carried.carried_then_moved)."""
    rel_at = frag.trigger_start if rel_at is None else rel_at
    date = frag.date
    if date is None or getattr(date, "start", None) is None:
        return
    reader = a.reader
    s, e = reader.spans[frag.sentence]
    told = [d for d in reader._dates_in(reader.dates, s, e) if not reader._dateline(d)]
    inside = [d for d in told if rel_at <= d.start < main_at]
    outside = [d for d in told if not rel_at <= d.start < main_at]
    if rel_at <= date.start < main_at:
        own, main = date, (outside[0] if outside else None)
    else:
        own, main = (inside[0] if inside else None), date
    if own is date and main is date:
        return
    for d, day in ((first, own), (second, main)):
        if day is frag.date:
            continue
        d.frags = [replace(frag, date=day, when={day.text.lower()} & frag.when if day is not None else set())]
        a.why.append(f"sentence {frag.sentence}: {legs[0] if d is first else legs[1]} "
                     f"{'dated by its own words: ' + day.text if day is not None else 'tells no date of its own'}")


def two_ends_of_one_clause(drafts):
    """Each two drafts in a row read from one clause's list of destinations, both reported, the
    second with no origin yet: ``(first, second, frag, a_at, b_at)``, the offsets where each
    draft's destination is told. The passes that give the second leg the first's end as its
    origin (this module's, read.relative_carried's) each test where the clause's verb stands."""
    for k in range(1, len(drafts)):
        first, second = drafts[k - 1], drafts[k]
        if second.origin is not None or second.destination is None or first.destination is None \
                or second.status != "reported" or first.status != "reported" \
                or len(second.frags) != 1 or len(first.frags) != 1:
            continue
        frag = second.frags[0]
        if first.frags[0] is not frag or len(frag.destination) < 2 or not frag.trigger:
            continue
        at = {p.get("name"): at for p, at in frag.destination}
        a_at, b_at = at.get(first.destination.get("name")), at.get(second.destination.get("name"))
        if a_at is not None and b_at is not None:
            yield first, second, frag, a_at, b_at


def origin_where_relative_leg_ended(a) -> None:
    """An assembly pass: the second of two drafts read from one relative's clause leaves from where
    the first ended, when the main clause's verb stands between their destinations."""
    reader, text = a.reader, a.reader.text
    dropped = []
    for first, second, frag, a_at, b_at in two_ends_of_one_clause(a.drafts):
        if not frag.trigger_start < a_at < b_at:
            continue
        if _RELATIVE_BEFORE.search(text, max(0, frag.trigger_start - 20), frag.trigger_start) is None:
            continue
        main_at = _main_verb_between(reader, a_at, b_at)
        if main_at is None:
            continue
        second.origin = {**first.destination, "inferred": True}
        a.why.append(f"sentence {frag.sentence}: the main clause's leg leaves from where the relative's "
                     f"'{frag.trigger}' ended: {first.destination.get('name')}")
        _dates_of_each_leg(a, first, second, frag, main_at)
        if (carried := craft_relative_load(text, frag, a_at)) is not None and _craft_went_on(a, first, second, carried):
            dropped.append(second)
    if dropped:
        a.drafts[:] = [d for d in a.drafts if all(d is not x for x in dropped)]


def _craft_went_on(a, first, second, carried) -> bool:
    """"The ferry that took the soldiers to A returned to B": the relative's leg is the load's
    (what moved: "the soldiers", as a craft's carrying is read in its own clause,
    read.craft_carries), the main clause's the craft's own, as a craft that went on after it set
    its load down is read (read.escort_went_back). True when that craft is one of trade, its leg
    no movement (the caller drops it).

    why: both legs were the antecedent's, "The ferry", as a pilot's who flew a jet to A and
    returned are his (session 60's Left; session 61, read163)."""
    frag = first.frags[0]
    first.frags = [replace(f, what=carried.load) for f in first.frags]
    a.why.append(f"sentence {frag.sentence}: the relative's leg is its load's, '{carried.load}'; the main clause's is "
                 f"the craft's, '{frag.what}'" + (", a craft of trade: no force moved" if carried.trade else ""))
    if not carried.trade:
        second.frags = [replace(f, counts=[]) for f in second.frags]  # (the count told was the load's)
    return carried.trade
