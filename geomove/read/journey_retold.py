"""A homecoming told whole in the lede and its last leg told again in the body: "About 180 Irish
soldiers returned to Dublin from Lebanon on Thursday. The troops landed at Dublin Airport on a
charter flight from Larnaca", "Families waved flags at Norfolk International Airport on Saturday
as 130 soldiers returned from a tour in Kosovo. The soldiers landed on a charter flight from El
Paso". The lede's journey (from the theatre, an area, to home, with the count and the day) and
the body's landing (the same end, the subject referring back, no count or day of its own) are
one movement (GUIDELINES: one movement retold in lede and body counts once).

:func:`journey_told_again`, an assembly pass, keeps one of them:

- when the body tells the journey's earlier legs too (a leg that leaves from within the lede's
  area: "They had spent a week at Fort Bliss after leaving Camp Bondsteel"), the lede sums up
  those legs and the body's landing is the last one: the landing is kept, with the lede's count,
  day and words (its end the finer of the two);
- else the lede is kept: a stop the landing names outside the lede's area is passed on the way
  (via: "from Larnaca"), one inside it is where the journey began ("from Beirut" after "from
  Lebanon", the finer origin), and the finer of the two ends is the destination.

Only a lede whose origin is an area (a country, a region: where the force served) and which
tells a count or a day; only a body's movement, told after it, of the same status, whose clauses
all refer back to a force told before ("The troops", "They"), with no count or day that differs
from the lede's, that is no next leg (it does not leave from the lede's end).

why: tests/fixtures/read76's homecoming (read145) read the lede (Kosovo -> the airport, 130,
Saturday) beside the body's landing (El Paso -> the airport, no day, no count): one spurious
reading (session 50's leftover, s51 read148; golden lines s51-read148-homecoming-* of my own in
Ireland, Ghana and Estonia)."""

from __future__ import annotations

from .places import _finer, _site_of_city, _spec, contains, same_place


def _same_end(a: dict, b: dict) -> bool:
    """Are ``a`` and ``b`` one end told twice: the same place, an airport or base and the city
    it serves, or an area and a place in it?"""
    return same_place(a, b) or _site_of_city(a, b) or _site_of_city(b, a) or contains(a, b) or contains(b, a)


def _count(d) -> int | None:
    return next((c.get("value") for f in d.frags for c in f.counts if c.get("value") is not None), None)


def _day(d):
    return next((f.date.date_start for f in d.frags if f.date is not None and f.date.precision == "day"), None)


def _may_retell(body) -> bool:
    """The tests of :func:`_retells` that ask of the body alone: an end, and clauses that all
    refer back and none of which is a next leg."""
    return body.destination is not None and bool(body.frags) and all(f.anaphoric for f in body.frags) \
        and not any(f.next_leg for f in body.frags)


def _retells(lede, body) -> bool:
    """Is ``body`` the lede's journey, or its last leg, told again (see the module)?"""
    if body.status != lede.status or not _may_retell(body):
        return False
    if not _same_end(lede.destination, body.destination):
        return False
    if body.origin is not None and (same_place(body.origin, lede.destination) or contains(lede.destination, body.origin)):
        return False  # (it leaves from where the lede's journey ended: a next leg)
    count, day = _count(body), _day(body)
    return (count is None or count == _count(lede)) and (day is None or day == _day(lede))


def journey_told_again(a) -> None:
    """An assembly pass (assemble.PASSES): a lede's journey from an area, with its count or day,
    and a body's movement of a force referred back to that ends where it ended are one movement
    (see the module)."""
    # (a long report has thousands of drafts and a lede every few reports: each lede walked every
    # draft after it, and asked the list whether it still held the lede by comparing drafts field
    # by field, which grew with the square of the report's length. Now the drafts that may retell
    # a lede at all (_may_retell: the body's own tests) are filed once, with their first sentence,
    # in list order, and filed again after a merge, the only change this pass makes; the list is
    # asked for a lede only when this pass took out a draft it was given (speed120))
    taken_out: set[int] = set()  # the ids of the drafts handed to a.drafts.remove (held by the copy below)
    bodies = None  # (first sentence, draft) of each draft that may retell a lede, in list order
    for lede in list(a.drafts):
        if lede.origin is None or lede.destination is None or _spec(lede.origin) < 3:
            continue
        if id(lede) in taken_out and lede not in a.drafts:
            continue
        if _count(lede) is None and _day(lede) is None:
            continue
        told_at = max(f.sentence for f in lede.frags)
        if bodies is None:
            bodies = [(min(f.sentence for f in d.frags), d) for d in a.drafts if _may_retell(d)]
        body = next((d for first, d in bodies if first > told_at and d is not lede and _retells(lede, d)), None)
        if body is None:
            continue
        later = [d for d in a.drafts if d is not lede and min(f.sentence for f in d.frags) > told_at]
        bodies = None  # (a merge follows: the lede and the body change)
        legs = any(d is not body and d.status == lede.status and d.origin is not None and contains(lede.origin, d.origin)
                   for d in later)
        if legs and body.origin is not None:
            # (the body tells the legs; the lede sums them up: the last leg keeps the count and day)
            body.frags[:0] = lede.frags
            body.destination = _finer(body.destination, lede.destination)
            a.drafts.remove(lede)
            taken_out.add(id(lede))
            a.why.append(f"'{body.frags[-1].trigger}': the lede's journey from {lede.origin.get('name')} told again by its "
                         f"last leg from {body.origin.get('name')}: one movement, the lede's count and day")
            continue
        if body.origin is not None and not same_place(body.origin, lede.origin):
            if contains(lede.origin, body.origin):
                lede.origin = body.origin  # ("from Lebanon ... from Beirut": where the journey began, finer)
            elif _spec(body.origin) < 3 and not any(same_place(body.origin, v) for v in lede.via):
                lede.via = [*lede.via, body.origin]  # ("on a charter flight from Larnaca": a stop on the way)
        lede.destination = _finer(lede.destination, body.destination)
        lede.frags.extend(body.frags)
        a.drafts.remove(body)
        taken_out.add(id(body))
        a.why.append(f"'{body.frags[0].trigger}': the lede's journey {lede.origin.get('name')} -> "
                     f"{lede.destination.get('name')} told again: one movement")
