"""A homecoming told by its welcome first, then by its flight: "Irish peacekeepers were welcomed
home at Shannon on Saturday. They flew in on a charter flight from Beirut." The welcome names no
verb of moving (no movement of its own), and the flight's clause names only where it came from:
the flight ended where the force was welcomed home (GUIDELINES: the destination is the finest
place the report offers for where the movement ended), on the welcome's day when the flight
tells none.

:func:`destination_where_welcomed_home`, an assembly pass (assemble.PASSES), takes only a reported
draft with an origin and no destination, whose first clause's verb is one of landing or arriving
(welcomed_before.json arrival_stems), and a place after "<be> welcomed home|back at|in" in that
clause's sentence or one of the two before. "The minister was welcomed in X" (no "home") is no
homecoming of a force; a flight with its own end ("landed at Z") keeps it.

why: session 52 (read150) left "touched down / flew in on a charter flight from Y" after a
homecoming lede not joined to it (Y -> nothing); golden lines s53-read152-welcomed-home-* of my
own (Ireland, Nepal)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .lexicon import _stem
from .places import _place_of
from .pronoun_antecedent import subject_before
from .state import Fragment

_PATTERNS = CompiledPatterns("read-welcomed-before")
_DATA = read_data("welcomed_before.json")
_ARRIVING = frozenset(_DATA["arrival_stems"])
_WELCOMED_HOME = _PATTERNS.compile(_DATA["welcome_words"], re.I)
# a verb of flying used for leaving ("flew out on a flight from Y"): no arrival
_OUT_AFTER = _PATTERNS.compile(r"\s+(?:out|off|away)\b", re.I)
_PATTERNS.save()

# how many sentences before the flight's the welcome may be told
_SENTENCES_BEFORE = 2
# how far before a place the welcome's words are looked for
_REACH = 60


def welcome_home_place(reader, sentence: int) -> tuple[int, dict] | None:
    """(the sentence, the place) of the last "<be> welcomed home at X" told in sentence
    ``sentence`` or the ones before it (up to _SENTENCES_BEFORE); None when none is."""
    text = reader.text
    for j in range(sentence, max(-1, sentence - _SENTENCES_BEFORE - 1), -1):
        s, e = reader.spans[j]
        if text.find("welcom", s, e) < 0 and text.find("greeted", s, e) < 0 and text.find("received", s, e) < 0:
            continue  # (the cheap test first: a word of the welcome in the sentence)
        for m in reversed([m for m in reader._within(reader.places, s, e) if m["end"] <= e]):
            if _WELCOMED_HOME.search(text, max(s, m["start"] - _REACH), m["start"]) is not None:
                return j, _place_of(m)
    return None


def destination_where_welcomed_home(a) -> None:
    """An assembly pass: a reported flight or arrival with an origin and no destination ends where
    the force was welcomed home, told in its sentence or the two before; the welcome's day dates it
    when none of its own does."""
    reader = a.reader
    for d in a.drafts:
        if d.status != "reported" or d.destination is not None or d.origin is None or not d.frags:
            continue
        first = min(d.frags, key=lambda f: f.sentence)
        if not first.trigger or _stem(first.trigger) not in _ARRIVING \
                or _OUT_AFTER.match(reader.text, first.trigger_start + len(first.trigger)) is not None:
            continue
        found = welcome_home_place(reader, first.sentence)
        if found is None:
            continue
        j, place = found
        if place.get("name") == d.origin.get("name"):
            continue
        d.destination = {**place, "inferred": True}
        a.why.append(f"sentence {first.sentence} '{first.trigger}': ended where the force was welcomed home "
                     f"(sentence {j}): {place.get('name')}")
        _what_welcomed(a, d, j)
        if j != first.sentence and not any(f.date is not None for f in d.frags):
            s, e = reader.spans[j]
            day = next((t for t in reader._dates_in(reader.dates, s, e) if t.precision == "day"), None)
            if day is not None:
                d.frags.append(Fragment(sentence=j, trigger="", trigger_start=s, quote=reader.text[s:e].strip(), date=day))
                a.why.append(f"sentence {j}: the welcome's day dates it: {day.text}")


def _what_welcomed(a, d, j: int) -> None:
    """A flight joined to a welcome home that names nothing that moved ("... Their families cheered
    as they landed. | They had flown in from Y": the pronoun's antecedent is no subject of the
    sentence before, read.welcomers_watched) moved the force welcomed: the welcome's subject, when
    it names a mover (pronoun_antecedent.subject_before).

    why: read154's welcomers' line read the flight with what = None; golden
    s53-read154-welcomers-*."""
    if any(f.what for f in d.frags):
        return
    s, e = a.reader.spans[j]
    span = subject_before(a.reader.text, s, e)
    if span is None:
        return
    what = a.reader.text[span[0]:span[1]]
    d.frags = [replace(f, what=what) for f in d.frags]
    a.why.append(f"sentence {j}: what moved is the force welcomed home: {what}")
