"""A restrictive relative whose verb carried a load to a place, then the main clause's verb of
moving: "The drivers that took the fuel tankers to Tamale returned to Kumasi", "Twenty soldiers
that hauled the generators to Kasama flew back to Lusaka". "took", "hauled", "carried" are no
verbs of moving of the reader's, so the clause is read once, at the main verb, with two
destinations distributed as a list (? -> Tamale, ? -> Kumasi), both dated by the main clause;
and the words after "that" ("took the fuel tankers to Tamale") were read as what moved.

Two readings, both of the relative's words (relative_carried.json):

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

"took the tankers to A and returned to B" (no relative), "... were ambushed near B" (no verb of
moving in the main clause) and "... will return to B" (planned) are unchanged.

why: session 53 (read154) left "The Nigerian drivers that took the fuel tankers to Niamey last
month returned to Kano" with what = "took the fuel tankers to Niamey", no origin for Kano and
both legs dated by the main clause; golden lines s54-read155-relative-* of my own (Ghana, Zambia,
Mali, Kenya, South Sudan)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
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
_PATTERNS.save()


def relative_after_that(part: str) -> bool:
    """Is ``part`` (a subject's words cut right after "that") a relative clause's, opening with
    its past verb ("took the fuel tankers to A", "had brought the guns")?"""
    return _PAST_VERB_OPENS.match(part) is not None


def origin_where_carried_to(a) -> None:
    """An assembly pass: the second of two drafts of one fragment leaves from the first's end,
    when the first is where a relative's verb of carrying took its load and the fragment's own
    verb (the main clause's) stands between the two ends."""
    text = a.reader.text
    for first, second, frag, a_at, b_at in two_ends_of_one_clause(a.drafts):
        if not a_at < frag.trigger_start < b_at:
            continue
        rel = _CARRIED_TO_END.search(text, max(0, a_at - 120), a_at) if _TO_AT.match(text, a_at) else None
        if rel is None:
            continue
        second.origin = {**first.destination, "inferred": True}
        a.why.append(f"sentence {frag.sentence}: the main clause's leg leaves from where the relative's "
                     f"'{rel.group('verb')}' ended: {first.destination.get('name')}")
        _dates_of_each_leg(a, first, second, frag, frag.trigger_start, rel.start("verb"))
