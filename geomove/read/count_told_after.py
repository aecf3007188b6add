"""The size of a group told in the sentence after its movement, with no place of its own: "A
detachment of the Congolese army arrived yesterday in Djugu from Bunia. According to our
correspondent, the soldiers, about two hundred of them, travelled by truck." The second
sentence refers back to the moving force ("the soldiers") and says how many they were: the
movement's count (GUIDELINES: count is of people when people are counted).

why: a clause with a verb of moving and no place is no movement, and what it said was lost; the
reverse order (the count told first, the places after) is assemble.lend_told_before. Only a
referring subject, of the same status, right after the movement (at most COUNT_AFTER_CLAUSES
clauses on), a count of people, not a part of the group ("120 of them", "some of the troops":
assemble._PART_OF), and a movement that counts no people of its own."""

from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import timedelta

from .apposed_counts import _APPOSED, _APPOSED_GATE
from .counts import _may_count
from .drafts_told import DraftsBySentence
from .lexicon import _PEOPLE, unit_names_people
from .place_referred_back import refers_back_by_place

COUNT_AFTER_CLAUSES = 2
# a referring clause dated further than this from the movement before it tells another event (dated_apart)
DATED_APART_DAYS = 7


def _a_part(text: str, s: int, e: int, part_of) -> bool:
    """Does [s, e) count a part of the group ("120 of them", "some of the troops"), other than
    in a count set in apposition ("the soldiers, about 200 of them,": all of them,
    read.apposed_counts)?"""
    apposed = [m.span() for m in _APPOSED_GATE.finditer(text, s, e)]
    return any(not any(a <= m.start() < b for a, b in apposed) for m in part_of.finditer(text, s, e))


def count_told_after(a) -> None:
    """An assembly pass (assemble.PASSES): lend the count of a referring clause with no place to
    the movement told just before it."""
    if not a.drafts:
        return  # (no movement to lend a count to: told_just_before is False for every clause)
    from .assemble import _PART_OF  # (the parts of a group, as lend_told_before reads them)
    reader = a.reader
    # (the drafts by the sentences of their clauses, filed once: this pass adds, removes and
    # moves no draft and no clause, it only lends counts)
    by_sentence = FiledOnAsk(a.drafts)
    # (a clause with no place of its own may also have been kept as told on the way: "the
    # soldiers ... travelled by truck", for via_on_the_way)
    # (no number in the clause: no count to lend; no movement told just before that counts no
    # people yet: none to lend one to, whatever the clause tells)
    for i, told in referring_clauses_after(a, _may_count, lambda i: any(map(_counts_no_people, drafts_told_before(a, i, by_sentence=by_sentence)))):
        people = [c for c in told.counts if c.get("value") and unit_names_people(c["unit"]) and not c.get("escort")]
        if not people or _a_part(reader.text, *reader.spans[i], _PART_OF):
            continue
        latest = latest_told_before(a, i, told.status, by_sentence=by_sentence)
        if latest is None:
            continue
        d, k = latest
        if not _counts_no_people(d):
            continue
        if dated_apart(told, d):
            a.why.append(f"sentence {i} '{told.trigger}' is dated apart from the movement of {d.frags[k].sentence} "
                         f"({told.date.text}): another event's count, not lent")
            continue
        d.frags[k] = replace(d.frags[k], counts=told.counts + d.frags[k].counts)
        a.why.append(f"sentence {i} '{told.trigger}' (no place read) tells how many moved in {d.frags[k].sentence}: "
                     f"{people[0]['value']}")


def _counts_no_people(draft) -> bool:
    """Does no fragment of the draft count people (a count this pass may still lend it)?"""
    return not any(unit_names_people(c["unit"]) for f in draft.frags for c in f.counts)


def dated_apart(told, draft) -> bool:
    """Is the referring clause dated by a date of its own that lies more than DATED_APART_DAYS
    from every date of the movement before it? It then tells another event of the same force
    ("A column of 60 vehicles left X on Wednesday. The contingent, which arrived in November
    2020, numbered about 2,000 soldiers": the arrival of 2020 and the size of the whole
    contingent, not how many left on Wednesday; GUIDELINES: a different date makes a new
    movement).

    why: the column's 60 vehicles were read as 2,000 (a report of my own on a withdrawal, read106)."""
    if told.date is None:
        return False
    own = [f.date for f in draft.frags if f.date is not None]
    if not own:
        return False
    gap = timedelta(days=DATED_APART_DAYS)
    return all(told.date.date_start > o.date_end + gap or told.date.date_end + gap < o.date_start for o in own)


def referring_clauses_after(a, may_lend, may_take=None):
    """(index, fragment read whole) of each clause with no place of its own that refers back to
    the movement told just before it: a referring subject (anaphoric), nothing setting it apart,
    no end of its own, in the COUNT_AFTER_CLAUSES sentences after a movement. ``may_lend(text,
    s, e)`` is a cheap test of the clause, asked first: what this pass and read.date_told_after
    lend (a count, a date) must be in it. ``may_take(i)``: is there a movement told before
    clause ``i`` that may still take what the pass lends (one with no count of people, one
    undated)? Asked before the clause is read whole, which each pass skips otherwise anyway.
    (Cheap tests before the fragment: reading a clause whole was most of what these passes
    cost, ~1 ms a clause; the movements' test spared 8 of the 29 a batch of the dev reports read,
    speed103.)"""
    reader = a.reader
    told_in = None
    for i in a.clauses_without_place():
        s, e = reader.spans[i][:2]
        if not may_lend(reader.text, s, e):
            continue
        if told_in is None:  # (the sentences movements are told in: the passes that lend change none of them)
            told_in = sorted(a.clauses_taken())
        if not told_just_before(told_in, i):
            continue  # no movement told just before
        if may_take is not None and not may_take(i):
            continue  # (a movement told just before, but each has what the pass would lend)
        # ("Around 500 soldiers were airlifted to the region on Friday": the place before, read.place_referred_back)
        by_place = refers_back_by_place(reader.text, s, e)
        # (shared by the passes that lend: never changed here; without the place told again, a
        # clause whose subject cannot refer back is not read whole: most such clauses, speed156)
        told = a.clause_read_whole(i, referring=not by_place)
        if told is None or told.distinct or told.origin or told.destination:
            continue
        if not told.anaphoric and not by_place:
            continue
        yield i, told


def latest_told_before(a, i: int, status: str | None, reach: int = COUNT_AFTER_CLAUSES, by_sentence=None):
    """The movement of ``status`` told last in the ``reach`` sentences before ``i``, and the
    index of its last fragment before ``i``; None when there is none. (Shared with
    read.date_told_after.) ``by_sentence``: see :func:`drafts_told_before`."""
    before = [d for d in drafts_told_before(a, i, reach, by_sentence) if d.status == status]
    if not before:
        return None
    d = max(before, key=lambda d: max(f.sentence for f in d.frags if f.sentence < i))
    return d, max(range(len(d.frags)), key=lambda n: d.frags[n].sentence if d.frags[n].sentence < i else -1)


class FiledOnAsk:
    """The drafts of a pass that changes neither the list nor any draft's clauses, filed by
    sentence (read.drafts_told.DraftsBySentence) at the first ask: most reports have no clause
    that refers back, and file nothing."""

    def __init__(self, drafts: list):
        self.drafts = drafts
        self._index: DraftsBySentence | None = None

    def between(self, lo: int, hi: int) -> list:
        if self._index is None:
            self._index = DraftsBySentence(self.drafts)
        return self._index.between(lo, hi)


def drafts_told_before(a, i: int, reach: int = COUNT_AFTER_CLAUSES, by_sentence: FiledOnAsk | None = None) -> list:
    """The movements, of any status, with a fragment told in the ``reach`` sentences before ``i``,
    in list order. ``by_sentence``: the drafts filed by sentence (read.drafts_told) by a pass that
    changes neither the list nor any draft's clauses, read instead of every draft.

    why: a pass asked this of every draft for each clause that refers back, which grew with the
    square of a long report's length (10 MB of dev reports joined: count_told_after ~1.5 CPU s,
    its parts ~0.1; speed120)."""
    if by_sentence is not None:
        return by_sentence.between(i - reach, i - 1)
    return [d for d in a.drafts if any(i - reach <= f.sentence < i for f in d.frags)]


def told_just_before(told_in: list[int], i: int) -> bool:
    """Is a movement told in one of the COUNT_AFTER_CLAUSES sentences before ``i``? ``told_in``:
    the sorted sentences movements are told in (by bisection: a scan of every fragment for every
    clause was quadratic in a long report)."""
    k = bisect.bisect_left(told_in, i - COUNT_AFTER_CLAUSES)
    return k < len(told_in) and told_in[k] < i
