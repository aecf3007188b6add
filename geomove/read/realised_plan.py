"""A plan and its realisation in one report: "The ministry said on Monday it would send 400
soldiers from A to B. The soldiers arrived in B on Wednesday."

Decision (GUIDELINES, "One movement or several"): a movement told more than once is
one movement; a move told as planned is optional and never counted as reported, and the move
the text tells as done is reported. The arrival told after the plan, by a subject that refers
back to what was planned ("the soldiers", "they") and to the same place, is that plan carried
out: ONE movement, status reported, with the arrival's date; what the plan told of it and the
arrival does not (where from, how many, what moved) is lent to it. Before, the report gave two
movements (one planned, one reported), and the reported one had neither the origin nor the
count the plan told.

Not merged: an arrival that is told apart ("a separate", "another", "a second"), one whose
subject names a force of its own ("Troops arrived", no article referring back), one at
another place, one told before the plan (but for the headline), one more than
PLAN_REALISED_SENTENCES clauses after it, one on a day before the day planned ("will send
300 more next week"), and any when a movement to the planned place was reported before the
plan ("sent 200 troops to X. It will send 300 more. The troops arrived in X": those may be
the 200).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import _AFTER_SPAN_GATE
from .force_kinds import draft_kind
from .kept import recompile as _recompile
from .place_index import SamePlaceIndex
from .places import same_place
from .state import Fragment
from .gates import Gate

# how many clauses after the plan its realisation may be told
PLAN_REALISED_SENTENCES = 4


def _first(d):
    return min(d.frags, key=lambda f: f.sentence)


def _last(d):
    return max(d.frags, key=lambda f: f.sentence)


def _carries_out(plan, done) -> bool:
    """Is ``done`` (reported) the realisation of ``plan`` (planned) told just before it?"""
    if plan.destination is None or done.destination is None:
        return False  # (asked first: a long text has many reported movements for each plan)
    told = [f for f in done.frags if not f.headline]  # (a headline may tell it before the plan)
    if not told:
        return False
    first = min(told, key=lambda f: f.sentence)
    if first.distinct or not (first.anaphoric or _dated_from_the_plan(plan, done, first)):
        return False
    if not 0 < first.sentence - _last(plan).sentence <= PLAN_REALISED_SENTENCES:
        return False
    if not same_place(plan.destination, done.destination):
        return False
    if not (done.origin is None or plan.origin is None or same_place(plan.origin, done.origin)):
        return False
    planned_for = [f.date.date_start for f in plan.frags if f.date is not None]
    arrived_on = [f.date.date_start for f in done.frags if f.date is not None]
    # a plan for a day after the arrival ("will send 300 more next week") is not what arrived
    return not (planned_for and arrived_on and max(planned_for) > min(arrived_on))


def _dated_from_the_plan(plan, done, first) -> bool:
    """Is the arrival (``first``, the first clause of ``done``) dated by a span counted from the
    plan's own day ("ordered the battalion to move from A to B on 15 March. Some 300 fighters
    reached B the following morning")? The span refers back to the day of the plan as "the
    battalion" would to its force, so a subject that counts a force of its own ("some 300
    fighters") may still be the force ordered; not one of another kind ("rebel fighters" after
    an army's battalions: force_kinds).

    why: a court's finding of an order and a witness's account of the arrival that carried it
    out were read as a plan and a movement without an origin (s49 read138, read75's Ituri
    judgment: "the Accused ordered the battalion to proceed from A to B on or about 15 March.
    A witness testified that some 300 fighters ... reached B the following morning")."""
    if first.date is None or _AFTER_SPAN_GATE.search(first.date.text) is None:
        return False
    planned_for = [f.date.date_start for f in plan.frags if f.date is not None]
    if not planned_for or not max(planned_for) < first.date.date_start:
        return False  # (the span counts from a day the plan was told with, before the arrival)
    kinds = (draft_kind(plan), draft_kind(done))
    return None in kinds or kinds[0] == kinds[1]


def _told_before(plan, drafts) -> bool:
    """Was a movement to the plan's place reported before the plan? Then "the troops" who
    arrive there may be those ("sent 200 troops to X. It will send 300 more. The troops
    arrived in X"): no realisation read. (The plain test of every draft: _ReportedIndex.told_before
    answers it for plan_carried_out.)"""
    start = min(f.sentence for f in plan.frags)
    # (a clause told before the plan is asked before the places: a long text has many drafts)
    return any(d is not plan and d.status == "reported" and d.destination is not None
               and any(not f.headline and f.sentence < start for f in d.frags)  # (a headline tells the whole story)
               and same_place(d.destination, plan.destination)
               for d in drafts)


def _first_told(d) -> int | None:
    """The first sentence of ``d`` told in the text (not in a headline): where _carries_out
    reads it; None when it has none."""
    return min((f.sentence for f in d.frags if not f.headline), default=None)


class _ReportedIndex:
    """The reported movements with a destination, indexed for plan_carried_out: by their place
    (was one told before the plan?) and by their first sentence told (which come just after it?).

    why: each plan tested every movement of the report twice (_told_before, then _carries_out for
    the first that carries it out), which a long report made quadratic. The drafts keep the
    order they have in the report's list (``seq``), so the first found is the one the scan of
    the list found; a movement that carries out a plan takes its clauses, so its first sentence
    told is read again (:meth:`moved`)."""

    def __init__(self, drafts):
        reported = [(seq, d) for seq, d in enumerate(drafts) if d.status == "reported" and d.destination is not None]
        self._by_place = SamePlaceIndex((d.destination, d) for _seq, d in reported)
        self._seq = {id(d): seq for seq, d in reported}
        self._first: dict[int, int | None] = {}
        self._by_first: dict[int, list] = {}  # first sentence told -> [(seq, draft)]
        for seq, d in reported:
            self._file(seq, d)

    def _file(self, seq: int, d) -> None:
        first = self._first[id(d)] = _first_told(d)
        if first is not None:
            self._by_first.setdefault(first, []).append((seq, d))

    def moved(self, d) -> None:
        """``d``'s clauses changed (it took a plan's): file it under its first sentence told now."""
        seq = self._seq.get(id(d))
        if seq is None:
            return
        first = self._first.get(id(d))
        if first is not None:
            self._by_first[first] = [(k, x) for k, x in self._by_first[first] if x is not d]
        self._file(seq, d)

    def told_before(self, plan) -> bool:
        """_told_before(plan, drafts), asked only of the movements that may share its place."""
        start = min(f.sentence for f in plan.frags)
        return any(d is not plan and any(not f.headline and f.sentence < start for f in d.frags)
                   and same_place(d.destination, plan.destination)
                   for d in self._by_place.near(plan.destination))

    def carrying_out(self, plan):
        """The first movement, in the report's order, that carries out ``plan`` (_carries_out):
        asked only of those first told within PLAN_REALISED_SENTENCES after the plan's last
        clause (_carries_out asks no other)."""
        last = _last(plan).sentence
        near = sorted((seq, d) for k in range(last + 1, last + PLAN_REALISED_SENTENCES + 1)
                      for seq, d in self._by_first.get(k, ()))
        return next((d for _seq, d in near if _carries_out(plan, d)), None)


def plan_carried_out(a) -> None:
    """Each planned movement whose realisation the next clauses tell (see _carries_out) is
    folded into it: the plan's clauses join the reported movement without their date (the
    arrival's day is the movement's), its origin and places passed are lent where the arrival
    names none, and the planned reading is dropped."""
    drafts = a.drafts
    if not drafts:
        return  # (no plan told, none carried out; speed151)
    reported = _ReportedIndex(drafts)  # (no status or destination changes in this pass)
    for plan in [d for d in drafts if d.status == "planned"]:
        if plan.destination is None or reported.told_before(plan):
            continue
        done = reported.carrying_out(plan)
        if done is None:
            continue
        done.frags.extend(replace(f, date=None, when=set()) for f in plan.frags)
        reported.moved(done)
        if done.origin is None and plan.origin is not None:
            done.origin = plan.origin
            if not done.via:
                done.via = list(plan.via)
        drafts.remove(plan)
        a.why.append(f"sentence {_first(done).sentence}: carries out the plan told in sentence "
                     f"{_last(plan).sentence} (to {plan.destination.get('name')}): one movement, reported")


# a clause that tells the planned move done by its noun, referred back to: "The brigade completed
# the move on Thursday", "the withdrawal was completed on Friday", "They finished the redeployment"
_COMPLETED = _recompile(
    r"\b(?:(?:completed|finished|carried\s+out)\s+(?:the|its|their|this)\s+(?:[\w-]+\s+)?(?P<noun>move|movement|redeployment|"
    r"relocation|transfer|withdrawal|pull-?out|pullback|deployment|rotation|march|handover)"
    r"|(?:the|its|their|this)\s+(?:[\w-]+\s+)?(?P<noun2>move|movement|redeployment|relocation|transfer|withdrawal|pull-?out|"
    r"pullback|deployment|rotation|march)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:completed|finished))\b", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_COMPLETED_GATE = Gate(_COMPLETED, ("carried", "completed", "finished"))
# ... and not one that denies or plans it ("has not completed", "is expected to complete")
_NOT_DONE = _recompile(r"\b(?:not|never|yet\s+to|expected|due|will|would|plans?|set\s+to)\b", re.I)


def plan_completed(a) -> None:
    """A planned movement whose next clauses tell it done by its noun, with no place of their own
    ("The 4th Brigade was ordered to move from A to B. The brigade completed the move on
    Thursday"): the plan carried out, reported, on the day of the completion (GUIDELINES: the
    move the text tells as done is reported), as plan_carried_out reads an arrival.

    why: the completion named no place, so no arrival carried the plan out, and the movement was
    left a plan (s26r, South Caucasus probe)."""
    reader = a.reader
    for plan in [d for d in a.drafts if d.status == "planned"]:
        last = _last(plan).sentence
        for i in range(last + 1, min(last + PLAN_REALISED_SENTENCES + 1, len(reader.spans))):
            s, e = reader.spans[i]
            done = _COMPLETED_GATE.search(reader.text, s, e)
            if done is None or _NOT_DONE.search(reader.text, s, done.start()) or reader._within(reader.places, s, e):
                continue
            plan.status = "reported"
            plan.frags.append(Fragment(sentence=i, trigger=done.group("noun") or done.group("noun2"), trigger_start=done.start(),
                                       quote=reader.text[s:e].strip(), date=reader._date(s, e, done.start())))
            a.why.append(f"sentence {i}: '{' '.join(done.group(0).split())}' tells the plan of sentence {last} done: reported")
            break

