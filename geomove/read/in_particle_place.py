"""A force sent, moved or rolled "in" with no place after the particle, told right after a clause
of the same sentence that names a place: "The army took control of the prison in Guayaquil on
Monday, sending in 2,700 troops", "Government forces encircled Kidal on Tuesday and moved in
with armoured vehicles". "In" is into the place the clause before names (GUIDELINES: deployment
is movement; the destination is the most specific place the text gives for where it ended).

Only a clause with no place read (assemble: ``endless``) whose verb of moving (data:
in_particle_place.json) is followed by a bare "in" or by "in" and an object that names what was
sent (a count, a force noun); the place is the last one the same sentence names before the
verb, with only the time of the clause before, then a comma or "and", between them ("..., a
spokesman in Quito said the army was sending in" does not: words of another clause stand
between). With no place in the clause before ("took control of the situation, sending in
troops"), nothing is read, as before. A place the clause holds inside a larger one ("the prison
in Guayaquil, Ecuador") gives the smaller.

why: the movement had no place of its own and was dropped (probes of my own, read79)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .places import _place_of, contains
from .state import _Draft

_PATTERNS = CompiledPatterns("read-in-particle-place")
_DATA = read_data("in_particle_place.json")
_VERBS = frozenset(_DATA["verbs"])

# right after the verb: "in" with no place of its own, bare (before a clause's end or a
# preposition) or before what was sent, a force noun within four words ("sending in 2,700
# troops"; not "bringing in 12 suspects", nor "moved in 2024")
_IN_PARTICLE = _PATTERNS.compile(
    r"\s+in\b(?=\s*(?:[,.;]|$)|\s+(?:" + "|".join(_DATA["bare_followers"]) + r")\b"
    r"|\s+(?:[\w,'’-]+\s+){0,3}?(?:" + "|".join(_DATA["force_nouns"]) + r")\b)", re.I)
# between the place and the verb: the rest of the clause before (a time, no other clause; a
# comma after the place may close its country: "in Guayaquil, Ecuador, on Monday,"), then
# a comma or "and" right before the verb ("in Guayaquil on Monday, sending in")
_JOIN_BEFORE_VERB = _PATTERNS.compile(r"(?:,\s*)?[^,;.!?:\"“”()\n]{0,40}?(?:,\s*|\s+and\s+)(?:then\s+|later\s+|quickly\s+)?$", re.I)
# or a clause of time with a subject of its own, and maybe its auxiliary, right before the verb
# ("in Guayaquil after 500 soldiers were sent in from Quito", "of Esmeraldas on Monday, once the
# army had flown in troops"): the time clause's force went into the place (read86)
_TIME_CLAUSE_BEFORE_VERB = _PATTERNS.compile(
    r",?[^,;.!?:\"“”()\n]{0,40}?\s+(?:" + "|".join(_DATA["time_conjunctions"]) + r")\s+"
    r"(?:[\w'’-]+\s+){1,5}?(?:(?:were|was|had\s+been|have\s+been|has\s+been|had|have|has)\s+)?(?:\w+ly\s+)?$", re.I)
# right before the place: a word that governs it inside the clause (a preposition, a verb of
# taking or surrounding), "the" allowed between; not a place told as the clause's subject
_GOVERNED = _PATTERNS.compile(r"\b(?-i:" + "|".join(_DATA["governing_words"]) + r")\s+(?:the\s+)?$", re.I)
# a sentence's end between two places
_SENTENCE_END = _PATTERNS.compile(r"[;.!?]\s")
_PATTERNS.save()

# how far before the verb the clause naming the place may begin
_REACH = 160


def particle_in(text: str, frag) -> bool:
    """Is ``frag``'s verb one of moving followed by "in" with no place of its own ("sending in
    2,700 troops", "moved in with armoured vehicles", "rolled in.")?"""
    return bool(frag.trigger) and frag.trigger.lower() in _VERBS \
        and _IN_PARTICLE.match(text, frag.trigger_start + len(frag.trigger)) is not None


def place_of_clause_before(reader, s: int, verb_at: int) -> dict | None:
    """The most specific place the clause right before the verb at ``verb_at`` names, in the same
    sentence (from ``s``), joined to the verb by only a time and a comma or "and"; else None."""
    told = [m for m in reader._within(reader.places, max(s, verb_at - _REACH), verb_at) if m["end"] <= verb_at]
    if not told:
        return None
    last = told[-1]
    if _JOIN_BEFORE_VERB.fullmatch(reader.text, last["end"], verb_at) is None \
            and _TIME_CLAUSE_BEFORE_VERB.fullmatch(reader.text, last["end"], verb_at) is None:
        return None
    # (a country after its town, "in Guayaquil, Ecuador,", is governed as the town is)
    head = told[-2] if len(told) > 1 and reader.text[told[-2]["end"]:last["start"]].strip() == "," else last
    if _GOVERNED.search(reader.text, max(s, head["start"] - 40), head["start"]) is None:
        return None  # "Washington, sending in 2,000 marines, said": the place is the subject, no place the force went
    # the clause's places run back to a break of clause before the last one
    clause = [m for m in told if _SENTENCE_END.search(reader.text, m["end"], last["start"]) is None]
    places = [_place_of(m) for m in clause]
    smallest = [p for p in places if not any(q is not p and contains(p, q) for q in places)]
    return (smallest or places)[-1]


def _particle_verbs_at(reader, s: int, e: int) -> list[int]:
    """Where the clause [s, e) has a trigger that :func:`particle_in` would take: a verb of moving
    followed by "in" with no place of its own. The verb a clause is read by is one of its
    triggers (``_Reader.fragment``'s ``main``), so a clause read whole can pass
    :func:`particle_in` only at one of these offsets, and go into a place only where
    :func:`place_of_clause_before` finds one before it: both are asked before the reading.
    (A clause read whole costs ~1.5 ms; in the 270 dev reports with no movement one clause had
    such a verb and no place before it, speed154.)"""
    return [t.start() for t in reader._triggers_in(s, e)
            if t.group(0).lower() in _VERBS and _IN_PARTICLE.match(reader.text, t.end())]


def moved_in_where_told(a) -> None:
    """An assembly pass (assemble.PASSES): a clause with no place read whose force was sent or
    moved "in" (:func:`particle_in`) goes into the place the clause before it in the same
    sentence names (:func:`place_of_clause_before`)."""
    reader = a.reader
    taken = a.clauses_taken()
    for i in a.endless:
        if i in taken:
            continue  # (a movement took the clause already: read.opening_contrast)
        s, e = reader.spans[i]
        places_at = {at: place for at in _particle_verbs_at(reader, s, e)
                     if (place := place_of_clause_before(reader, s, at)) is not None}
        if not places_at:
            continue  # (the cheap tests first, by the clause's triggers: reading a clause whole is costly)
        frag = reader.fragment(i, whole=True)
        if frag is None or frag.status != "reported" or frag.origin or frag.destination or not particle_in(reader.text, frag):
            continue
        at = frag.trigger_start  # (one of places_at's offsets when particle_in passes: see _particle_verbs_at)
        place = places_at[at] if at in places_at else place_of_clause_before(reader, s, at)
        if place is None:
            continue
        d = _Draft(None, [], {**place, "inferred": True}, [frag], "reported")
        later = next((k for k, o in enumerate(a.drafts) if min(f.sentence for f in o.frags) > i), len(a.drafts))
        a.drafts.insert(later, d)
        a.why.append(f"sentence {i}: '{frag.trigger} in' into the place the clause before names: {place.get('name')}")
    sent_in_from_where_told(a)


def sent_in_from_where_told(a) -> None:
    """A movement read with an origin and no end, one clause's, whose force was sent or moved
    "in" from there (:func:`particle_in`: "after 500 soldiers were sent in from Quito") ends
    in the place the clause before it in the same sentence names ("took over the penitentiary
    in Guayaquil after ...", :func:`place_of_clause_before`), as a clause with no place does
    in :func:`moved_in_where_told`.

    why: "in" was read as no direction, and the movement had its origin alone (read86's
    probes: a prison taken over after troops were sent in; the lead's, s31)."""
    reader = a.reader
    for d in a.drafts:
        if d.destination is not None or d.origin is None or len(d.frags) != 1 or d.status != "reported":
            continue
        frag = d.frags[0]
        if frag.destination or not particle_in(reader.text, frag):
            continue
        s, _e = reader.spans[frag.sentence]
        place = place_of_clause_before(reader, s, frag.trigger_start)
        if place is None:
            continue
        d.destination = {**place, "inferred": True}
        a.why.append(f"sentence {frag.sentence}: '{frag.trigger} in' from {d.origin.get('name')} into the place "
                     f"the clause before names: {place.get('name')}")
