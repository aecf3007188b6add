"""A restrictive relative whose verb carried a load to a place, then the main clause's verb of
moving: "The drivers that took the fuel tankers to Tamale returned to Kumasi", "Twenty soldiers
that hauled the generators to Kasama flew back to Lusaka". "took", "hauled", "carried" are no
verbs of moving of the reader's, so the clause is read once, at the main verb, with two
destinations distributed as a list (? -> Tamale, ? -> Kumasi), both dated by the main clause;
and the words after "that" ("took the fuel tankers to Tamale") were read as what moved.

Three readings of the relative's words (relative_carried.json):

- :func:`relative_after_that` (asked by clauses._Reader._what of each part of a subject cut at
  "that"): a part that opens with a past verb (an auxiliary may come first) is the relative's, no
  words of what moved; what moved is the antecedent ("The drivers"). A clause after "said that"
  opens with its subject, never with a past verb. (-ed forms were already set aside as asides.)
- :func:`origin_where_carried_to`, an assembly pass (assemble.PASSES, after
  relative_leg_end's): two drafts of one fragment whose main verb of moving stands between their
  destinations, the first told right after "that|who|which (had) <carrying verb> <object> to":
  the antecedent arrived there with its load, and the main clause's leg leaves from there
  (GUIDELINES.md: a stop where a force stays, then moves on, cuts its route into legs). Each leg
  then takes its own date, as relative_leg_end dates them.
- :func:`what_before_carrying_relative` (asked by clauses._Reader._what of the words read as what
  moved): a "who"/"which" relative is no cut of the subject, so its words stayed in what moved;
  one whose verb carried a load to a place ("who took the fuel tankers to A") is cut off there
  (session 55, read156). "who served in A", "who took part in the parade" stay, as before.

The same pass reads the subject's own carrying verb joined by "and" to the verb of moving: "took
the tankers to A and returned to B" (no relative) leaves B's leg from A (:func:`carried_then_moved`,
session 55, read156), with "and then" as with "and" (:func:`carried_then_chained`, session 55,
read157). "... were ambushed near B" (no verb of moving in the main clause) and "... will return to
B" (planned) are unchanged. Set off by commas (", which carried the fuel bladders to A, flew back
to B"), the relative is no aside whose places have no role (:func:`carried_to_in_aside`, session
55, read157): A is its end, and the same pass leaves B's leg from it.

why: session 53 (read154) left "The Nigerian drivers that took the fuel tankers to Niamey last
month returned to Kano" with what = "took the fuel tankers to Niamey", no origin for Kano and
both legs dated by the main clause; golden lines s54-read155-relative-* of my own (Ghana, Zambia,
Mali, Kenya, South Sudan)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .lexicon import _MOVER_GATE
from .relative_leg_end import _dates_of_each_leg, two_ends_of_one_clause

_PATTERNS = CompiledPatterns("read-relative-carried")
_DATA = read_data("relative_carried.json")
_AUX = r"(?:(?:" + "|".join(_DATA["auxiliaries"]) + r")\s+)?"
# a part of a subject, cut after "that", opening with a relative's past verb ("took part in the parade")
_PAST_VERB_OPENS = _PATTERNS.compile(r"\s*" + _AUX + r"(?:" + "|".join(_DATA["past_verbs"]) + r")\b", re.I)
# the relative's words ending where its destination's cue begins: "that took the fuel tankers (to A)"
_CARRIED_TO_END = _PATTERNS.compile(
    r"\b(?:" + "|".join(_DATA["relative_words"]) + r")\s+" + _AUX
    + r"(?P<verb>" + "|".join(_DATA["carrying_verbs"]) + r")\s+(?:[\w'’-]+\s+){1," + str(_DATA["object_words"]) + r"}$", re.I)
# the cue of the first destination: "to" (a draft's place is told at its cue)
_TO_AT = _PATTERNS.compile(r"to\b", re.I)
# the subject's own carrying verb, coordinated with the verb of moving after the first end: "took the
# fuel tankers (to A) and returned to B" (the verb's words up to the cue, as _CARRIED_TO_END's)
# (not an object that is a way: "took control of the road (to A)" names the road's end, no load's)
_CARRIED_VERB_TO_END = _PATTERNS.compile(
    r"\b(?P<verb>" + "|".join(_DATA["carrying_verbs"]) + r")\s+(?:[\w'’-]+\s+){0," + str(_DATA["object_words"] - 1) + r"}"
    r"(?!(?:" + "|".join(_DATA["road_nouns"]) + r")\s)[\w'’-]+\s+$", re.I)
# right before the verb of moving: "and", "and then", "and later" ("... to A on Monday and returned")
_AND_BEFORE = _PATTERNS.compile(r"\band\s+(?:(?:" + "|".join(_DATA["and_adverbs"]) + r")\s+)?$", re.I)
# inside what moved: "who|which (had) <carrying verb> <object> to", the relative's load carried to
# an end ("The drivers | who took the fuel tankers to A"); "who took part in the parade" carries
# nothing to a place and stays, as "who served in A" does
_CARRYING_RELATIVE_IN = _PATTERNS.compile(
    r"\s+(?:" + "|".join(w for w in _DATA["relative_words"] if w != "that") + r")\s+" + _AUX
    + r"(?:" + "|".join(_DATA["carrying_verbs"]) + r")\s+(?:[\w'’-]+\s+){1," + str(_DATA["object_words"]) + r"}?to\b", re.I)
# a relative set off by commas, its verb carrying a load to a place: ", which carried the fuel
# bladders to (A)," (clauses._subject_asides set its places aside, as of ", which fought at A,")
_CARRYING_ASIDE = _PATTERNS.compile(
    r",\s*(?:" + "|".join(w for w in _DATA["relative_words"] if w != "that") + r")\s+" + _AUX
    + r"(?:" + "|".join(_DATA["carrying_verbs"]) + r")\s+(?:[\w'’-]+\s+){1," + str(_DATA["object_words"]) + r"}?to\b", re.I)
# right before a carrying verb: the comma and relative word of an aside after the subject, with
# its auxiliary (", which (had) | carried wounded soldiers from A,")
_COMMA_RELATIVE_BEFORE = _PATTERNS.compile(
    r",\s*(?:" + "|".join(w for w in _DATA["relative_words"] if w != "that") + r")\s+" + _AUX + r"$", re.I)
_CARRYING_FORMS = frozenset(v.lower() for v in _DATA["carrying_verbs"])
# the same relative's words ending at its place: ", which carried the fuel bladders to (A)"
_CARRYING_ASIDE_TO = _PATTERNS.compile(_CARRYING_ASIDE.pattern + r"\s+(?:the\s+)?$", re.I)
# a comma relative after the subject whose verb carried a load from or to a place, the load its
# object: ", which carried injured police officers from (A)" (the object: up to the cue)
_CARRIED_LOAD_ASIDE = _PATTERNS.compile(
    r",\s*(?:" + "|".join(w for w in _DATA["relative_words"] if w != "that") + r")\s+" + _AUX
    + r"(?:" + "|".join(_DATA["carrying_verbs"]) + r")\s+(?P<load>(?:[\w'’-]+\s+){0," + str(_DATA["object_words"] - 1)
    + r"}?[\w'’-]+)\s+(?:from|to|into|out\s+of|across)\b", re.I)
# the load right after the carrying verb, up to where it went ("carried | wounded soldiers from A")
_LOAD_AFTER = _PATTERNS.compile(
    r"\s+(?P<load>(?:[\w'’-]+\s+){0," + str(_DATA["object_words"] - 1) + r"}?[\w'’-]+)\s+(?:from|to|into|out\s+of|across)\b", re.I)
_PATTERNS.save()


def relative_after_that(part: str) -> bool:
    """Is ``part`` (a subject's words cut right after "that") a relative clause's, opening with
    its past verb ("took the fuel tankers to A", "had brought the guns")?"""
    return _PAST_VERB_OPENS.match(part) is not None


def what_before_carrying_relative(what: str) -> str:
    """``what`` (the words read as what moved) up to a "who"/"which" relative whose verb carried a
    load to a place: "The drivers who took the fuel tankers to A" -> "The drivers". ("that" cuts
    the subject already: :func:`relative_after_that`.)

    why: session 54 (read155) left "who" relatives with a carrying verb in what moved, the
    relative's words and its end with them ("officers who took the trucks to A"); golden lines
    s55-read156-*-carried-what of my own (Rwanda, Zambia, Ghana)."""
    if " who " not in what and " which " not in what:
        return what  # (the cheap test: most of what moved holds no relative word)
    m = _CARRYING_RELATIVE_IN.search(what)
    return what[:m.start()] if m else what


def origin_where_carried_to(a) -> None:
    """An assembly pass: the second of two drafts of one fragment leaves from the first's end,
    when the first is where a relative's verb of carrying took its load and the fragment's own
    verb (the main clause's) stands between the two ends."""
    text = a.reader.text
    for first, second, frag, a_at, b_at in two_ends_of_one_clause(a.drafts):
        if not a_at < frag.trigger_start < b_at:
            continue
        if not _TO_AT.match(text, a_at):
            continue
        rel = _CARRIED_TO_END.search(text, max(0, a_at - 120), a_at)
        legs, whose = ("the relative's leg", "the main clause's leg"), "the relative's"
        if rel is None:
            rel = carried_then_moved(text, a_at, frag.trigger_start)
            if rel is None:
                continue
            legs, whose = ("the carrying verb's leg", "the leg after 'and'"), "the subject's"
        second.origin = {**first.destination, "inferred": True}
        a.why.append(f"sentence {frag.sentence}: {legs[1]} leaves from where {whose} "
                     f"'{rel.group('verb')}' ended: {first.destination.get('name')}")
        _dates_of_each_leg(a, first, second, frag, frag.trigger_start, rel.start("verb"), legs)


def carried_then_moved(text: str, to_at: int, verb_at: int) -> re.Match | None:
    """The subject's own verb of carrying right before the cue "to" at ``to_at`` (its object
    between), when "and" joins the verb of moving at ``verb_at`` to it: "took the fuel tankers to
    A and returned to B". The match names the carrying verb; None otherwise.

    why: session 54 (read155) left "took the tankers to A and returned to B" (no relative) with
    two ends and no origin, though the return is told after the load reached A (GUIDELINES.md: a
    force that arrived and then left again makes two legs); golden lines s55-read156-carried-and-*
    of my own (Ghana, Niger, Kenya)."""
    if _AND_BEFORE.search(text, max(0, verb_at - 30), verb_at) is None:
        return None
    return _CARRIED_VERB_TO_END.search(text, max(0, to_at - 120), to_at)


def carried_then_chained(text: str, goes: list[int], verb_at: int) -> bool:
    """Are the two destinations at ``goes`` (their cues) no route of the verb of moving at
    ``verb_at``, but the subject's carrying verb's end and then the verb's own: "carried the
    ammunition to A and then returned to B"? (asked by clauses._Reader of a fragment whose ends
    a word of going on, "then", "later", chained into one route through A.) The verb of moving
    stands between the two ends, the first told at "to" after a carrying verb, "and" (then|later)
    right before the verb: the fragment's ends are then read as two, and
    :func:`origin_where_carried_to` leaves B's leg from A.

    why: session 55 (read156) left "carried the ammunition to A and then returned to B" read as one
    move through A, though "... to A and returned to B" was two legs (GUIDELINES.md: a force that
    arrived and then left again makes two legs; "then" only says the order); golden lines
    s55-read157-* of my own (Niger, Kenya, Philippines, Armenia). "drove to A and then to B" (one
    verb, before both ends) and "took the road to A and then returned to B" (a road's end) stay routes."""
    if len(goes) != 2 or not goes[0] < verb_at < goes[1]:
        return False  # (the cheap test: a chained route's verb stands before both its ends)
    return _TO_AT.match(text, goes[0]) is not None and carried_then_moved(text, goes[0], verb_at) is not None


def carried_to_in_aside(text: str, start: int, end: int) -> bool:
    """Is the subject's aside at [start, end) (", which ... ,", clauses._subject_asides) a relative
    whose verb carried a load to a place: ", which carried the fuel bladders to A,"? Its places
    then keep their roles: A is where the antecedent went with its load, and
    :func:`origin_where_carried_to` leaves the main clause's leg from there.

    why: session 55 (read156) left "The helicopter, which carried the fuel bladders to A, flew back
    to B" with A dropped (an aside's places have no role) and B's leg with no origin, though the
    restrictive "The helicopter that carried ... to A flew back to B" read two legs; golden lines
    s55-read157-comma-* of my own (Chad, Ghana, Uganda, Zambia). ", which fought in A," and ", who
    took part in the parade in A," carry nothing to a place and stay asides."""
    return _CARRYING_ASIDE.match(text, start, end) is not None


def carried_to_in_aside_at(text: str, at: int) -> bool:
    """Does a relative set off by a comma carry its load to the place told at ``at`` (", which
    carried the fuel bladders to A")? roles._cue_for then reads A by its cue, as the subject's
    relative of an apposition (read.subject_relative) would otherwise set it aside; see
    :func:`carried_to_in_aside`."""
    return _CARRYING_ASIDE_TO.search(text, max(0, at - 120), at) is not None


def carried_in_comma_relative(text: str, s: int, verb: str, verb_at: int) -> bool:
    """Is the verb ``verb`` at ``verb_at`` a carrying verb of a relative set off by a comma after
    the subject (", which carried wounded soldiers from A,")? What moved is then the relative
    word's antecedent, the craft that carried them, not its load (clauses._Reader._what reads the
    subject, as it does after ", which" opening the clause).

    why: "The Chadian helicopter, which carried wounded soldiers from Abeche, flew to NDjamena"
    read what moved as "wounded soldiers", the load (session 55's Left; a one-word load, "soldiers",
    was already no object); golden s56-read158-comma-carried-from-what* (session 56, read158)."""
    if verb.lower() not in _CARRYING_FORMS:
        return False  # (the cheap test: most clauses' verbs carry nothing)
    if _COMMA_RELATIVE_BEFORE.search(text, max(s, verb_at - 30), verb_at) is None:
        return False
    # (a load that names a force is what moved, as in the restrictive relative: see load_of_aside)
    load = _LOAD_AFTER.match(text, verb_at + len(verb))
    return load is None or _MOVER_GATE.search(load.group("load")) is None


def load_of_aside(what: str) -> str | None:
    """The load of a comma relative inside ``what`` (a subject's words) whose verb carried a force
    from or to a place ("The Tanzanian ferry, which carried wounded soldiers from A,": "wounded
    soldiers"), or None. One convention for a craft's relative, set off by commas or not: what
    moved is the load where it names a force, as "The ferry that took 300 soldiers to A" and "A
    ferry carried 300 soldiers to A" read it (GUIDELINES count the people carried, and name as
    actor the force that moved); a load that names none ("which carried the fuel bladders to A")
    leaves the craft as what moved.

    why: session 56 (read158) read the aside's craft as what moved and the restrictive relative's
    load, two conventions for one construction (session 60's Left; session 61, read163)."""
    if ", " not in what:
        return None  # (the cheap test: most subjects have no aside)
    m = _CARRIED_LOAD_ASIDE.search(what)
    return m.group("load") if m is not None and _MOVER_GATE.search(m.group("load")) is not None else None


def force_carried_in_aside(text: str, start: int, end: int) -> bool:
    """Does a comma relative between ``start`` (the subject's first word) and ``end`` tell that
    the subject carried a force from or to a place (", which carried injured police officers from
    A,")? Then a force moved, whatever the carrier: a civilian ferry or a hired lorry is no force
    itself (lexicon.json not_forces vehicles), but the police it carried are.

    why: "The Kenyan ferry, which carried injured police officers from Lamu, sailed to Mombasa"
    read nothing once "ferry" was the boat (read.ferry_noun): the ferry's clauses were set aside
    as trade or travel, the police officers' move with them (session 56's Left; golden
    s57-read159-ferry-*, sentences of my own, session 57, read159). Only a load that names a
    force: "The ferry, which carried tourists from A, sailed to B" stays no force's move."""
    if "," not in text[start:end]:
        return False  # (the cheap test: most subjects have no aside)
    m = _CARRIED_LOAD_ASIDE.search(text, start, end)
    return m is not None and _MOVER_GATE.search(m.group("load")) is not None
