"""A force another state "also" sent, with no place of its own: "Australia deployed 50 police
officers and 40 soldiers to Honiara on Thursday ... Papua New Guinea also sent 34 police and
soldiers, who landed on Friday".

"Also" says the second state did what the first did: the place is the destination of the
movement told just before. Only a clause with a movement verb and no place read
(Assembly.endless), "also" right before its verb (or "as well" / "too" closing it), a force as
what moved, and a reported movement with a destination at most two clauses before; the new
movement keeps its own actor, count, date and status ("Fiji said it would also send 50 troops":
planned), and is a movement of its own (GUIDELINES: a different actor is a new movement).

why: the sentence read no movement at all (s33m)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .drafts_told import ReportedEnds
from .lexicon import _MOVER, _MOVER_GATE, _stem
from .places import contains, same_place
from .state import _Draft

_PATTERNS = CompiledPatterns("read-also-sent")

# "also" right before the verb (past an auxiliary or two) ...
_ALSO_BEFORE_VERB = _PATTERNS.compile(r"\balso\s+(?:(?:has|have|had|will|would|is|are|was|were|been|be)\s+){0,2}$", re.I)
# ... or "as well" / "too" closing the clause
_AS_WELL_AFTER = _PATTERNS.compile(r"\b(?:as\s+well|too)\s*[.,;]?\s*$", re.I)
# "also" as a word before a verb: what _ALSO_BEFORE_VERB needs in the clause (the gate before
# reading the clause whole: "also" as a substring passed "Alsop", and "too" passed "took",
# "stood", "tool", so most clauses with no place were read whole for nothing)
_ALSO_WORD = _PATTERNS.compile(r"\balso\s", re.I)
# a purpose told after the verb: "to retake", "in order to secure" (a lower-case verb after "to")
_PURPOSE_AFTER = _PATTERNS.compile(r"\b(?:in\s+order\s+)?to\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]+\b")
# the verbs of sending a force somewhere (a departure or a withdrawal "also" is no such move)
SENDING_STEMS = frozenset({"send", "deploy", "dispatch", "despatch", "fly", "airlift", "move", "transfer", "rush"})
# how many clauses back the movement "also" repeats may be told
REACH_CLAUSES = 2


def _also_verb(text: str, trigger: str | None, at: int, s: int, e: int) -> bool:
    """Is the verb ``trigger`` (at ``at``) of clause [s, e) one of sending, with "also" right
    before it (or "as well" / "too" closing the clause)? The verb alone decides it: asked of the
    verb a clause's partial reading told (state.VerbTold), it spares the whole reading of a clause
    whose "also" belongs to another verb ("police also closed the bridge, sending traffic north")."""
    if not trigger or _stem(trigger) not in SENDING_STEMS:
        return False
    return bool(_ALSO_BEFORE_VERB.search(text, max(s, at - 40), at) or _AS_WELL_AFTER.search(text, s, e))


def _may_be_sent_also(text: str, verb, s: int, e: int) -> bool:
    """_also_verb asked of the verb the partial reading of placeless clause [s, e) told
    (state.VerbTold): the whole reading's trigger is that verb, so a clause it fails is passed
    over unread (_sent_also would fail it after the reading)."""
    return _also_verb(text, verb.trigger, verb.start, s, e)


def _sent_also(text: str, told, s: int, e: int) -> bool:
    """Does the fragment ``told`` of clause [s, e) tell a force sent "also": a verb of sending,
    "also" right before it (or "as well" / "too" closing the clause), a force as what moved, and
    no purpose after the verb? (also_sent and also_sent_from ask it alike.)"""
    if not _also_verb(text, told.trigger, told.trigger_start, s, e):
        return False
    if not (told.counts or (told.what and _MOVER_GATE.search(told.what))):
        return False  # ("also sent a letter": no force)
    # ("also sent reinforcements to retake Bara": the move's own aim, no place reached, GUIDELINES)
    return _PURPOSE_AFTER.search(text, told.trigger_start, e) is None


def also_sent(a) -> None:
    """Add, for each such clause, a movement of its own to the destination told just before."""
    if not a.drafts:
        return  # (no movement told before to lend a destination: 270 of the 380 dev reports; speed151)
    reader = a.reader
    ends = ReportedEnds(a.drafts, REACH_CLAUSES)
    for i in list(a.endless):
        s, e = reader.spans[i]
        if "also" not in reader.text[s:e] and "as well" not in reader.text[s:e] and "too" not in reader.text[s:e]:
            continue
        if not _may_be_sent_also(reader.text, a.endless[i], s, e):
            continue  # (what the tests after the whole reading ask of its verb, asked first)
        told = reader.fragment(i, whole=True)
        if told is None or told.origin or told.destination or not _sent_also(reader.text, told, s, e):
            continue
        first = ends.last_before(i)
        if first is None:
            continue
        told.distinct = set(told.distinct) | {"also"}
        second = _Draft(None, [], first.destination, [told], told.status)
        a.drafts.insert(a.drafts.index(first) + 1, second)
        a.why.append(f"sentence {i} '{told.trigger}': 'also' sent, with no place of its own: "
                     f"to {first.destination.get('name')}, where the movement told before went")


def also_sent_from(a) -> None:
    """A force "also" sent from a place of its own, with no end: "The army airlifted 400 troops to
    X overnight. Some 150 soldiers were also dispatched by road from Y". "Also" says it went where
    the movement told just before went: the end is lent to the route from Y (GUIDELINES: the
    destination is where the text says the movement ended; "also" says it). Only a reported route
    of one clause with an origin and no end or place passed, "also" right before its verb of
    sending (or "as well" / "too" closing the clause), a force as what moved, no purpose after the
    verb, and a reported movement with a destination at most REACH_CLAUSES clauses before, which
    its origin is not.

    why: the second group's route had an origin only (s42 lead, a report of my own on a border
    town reinforced by air and by road)."""
    reader = a.reader
    ends = None
    for k, d in enumerate(a.drafts):
        if d.destination is not None or d.origin is None or d.via or len(d.frags) != 1 or d.status != "reported":
            continue
        told = d.frags[0]
        if told.trigger_start is None or not _sent_also(reader.text, told, *reader.spans[told.sentence]):
            continue
        if ends is None:
            ends = ReportedEnds(a.drafts, REACH_CLAUSES)
        first = ends.last_before(told.sentence, besides=d)
        if first is None or first.destination is None or same_place(first.destination, d.origin) \
                or contains(d.origin, first.destination):
            continue
        a.drafts[k] = _Draft(d.origin, [], first.destination, d.frags, d.status)
        a.why.append(f"sentence {told.sentence} '{told.trigger}': 'also' sent from {d.origin.get('name')}, with no end "
                     f"of its own: to {first.destination.get('name')}, where the movement told before went")


_PATTERNS.save()
