"""A force that splits where it was: a part stays, the rest goes on. "Some of the troops stayed in
Bossangoa while the rest moved on to Bangui", "Two companies remained in A while the rest of the
battalion moved on to B", "A platoon was left behind in A; the others drove on to B".

Three readings, each a named function:

- :func:`bare_contrast_join`: a clause of staying (no verb of movement) ends at a bare "while" or
  "whereas" (no comma) when a subject and a finite verb of movement of its own follow
  (cuts._still_clause_joins asks it after its ", and"). Before, the sentence was one clause and
  what moved read "Some of the troops stayed in A while the rest".
- :func:`not_left_behind`: "left" in the passive with "behind" ("was left behind in A", "were
  left behind") tells who stayed: no trigger at all (read.idle_verbs). Before, "A platoon was
  left behind in A" read a departure of the platoon from A.
- :func:`origin_where_part_stayed`, an assembly pass: a movement of "the rest" (the whole
  subject, part_stayed.json rest_subjects) told with a verb of going on ("moved on to B",
  "continued to B"; read.on_another_day.went_on), with no origin of its own, left from the place
  where the part stayed, told right before it (in its sentence, or the one before:
  part_stayed.json stay_verbs, then "in"/"at" and the place). Going on says the rest was there
  with the part; without it ("the rest of the battalion moved to B") the rest may never have
  been there and no origin is read, as assemble._rest_went_on_from_last does (s45 read122).

- :func:`rest_counted` (s51 read147): "the remaining 300" / "the other 200" as a subject after a
  joiner is the rest of a force, counted, not a word of time (cuts._subject_then_verb takes a bare
  number for one, as in "and 2020 saw"): "Two companies were flown to A while the remaining 300
  pushed on to B" is two clauses, what moved in the second "the remaining 300". Before, the second
  clause was read as the first's subject going on ("Two companies").

- :func:`origin_where_left_behind`, an assembly pass (s51 read147): "The battalion left two
  platoons behind in A and drove on to B": the force that left a part in A was there, so its own
  next move, told right after "and" ("and (then) drove"), leaves from A when it names no origin.
  "left N behind" is no departure (lexicon.left_as_result: who stayed), so before, the move to B
  had no origin. Another subject after the "and" ("and Malian troops moved to B") is not the
  force that was in A: the "and" must be followed by the verb itself (part_stayed.json
  then_own_verb).

A part that stayed told after the movement ("Most of the soldiers returned to A, while a small
team stayed in B") gives nothing: B is no end of the movement.

why: the lead's probes (s50 read146) in the Central African Republic; golden lines
s50-read146-* of my own in Mali, Somalia, Mozambique and the DR Congo.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .on_another_day import went_on
from .places import _place_of, same_place

_PATTERNS = CompiledPatterns("read-part-stayed")
_DATA = read_data("part_stayed.json")

# a bare "while"/"whereas" between two clauses, no comma before it (", while" is cuts._CONTRAST's),
# before a new subject: not a pronoun of the subject before it ("Two trucks were hit near A while
# they were driving to B": the trucks moved, golden s23r-hit-while-driving-twin)
BARE_CONTRAST = _PATTERNS.compile(r"(?<![,;])\s+(?:while|whereas)\s+(?!(?:they|it|he|she|we|I)\b)", re.I)
# a part staying, then the cue of its place, ending right where the place's name begins
_STAYED_AT = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["stay_verbs"]) + r")\s+(?:" + "|".join(_DATA["place_cues"])
                               + r")\s+(?:the\s+(?:town|city|village|base|camp)\s+of\s+)?", re.I)
# the rest of the force as the movement's whole subject
_REST_WHAT = _PATTERNS.compile(r"(?:" + "|".join(_DATA["rest_subjects"]) + r")", re.I)
# a passive auxiliary right before "left" (an adverb between: "were quietly left behind")
_PASSIVE_BEFORE = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["passive_auxiliaries"]) + r")\s+(?:\w+ly\s+)?$", re.I)
_BEHIND_AFTER = _PATTERNS.compile(r"\s+behind\b", re.I)
# "left N behind in|at A", ending where the place's name begins (the force that left them was there)
_LEFT_BEHIND_AT = _PATTERNS.compile(r"\b(?:" + _DATA["left_behind"] + r")\s+(?:" + "|".join(_DATA["place_cues"])
                                    + r")\s+(?:the\s+(?:town|city|village|base|camp)\s+of\s+)?", re.I)
# between that place and the next verb: "and", maybe "then"/"later" (the same subject going on)
_THEN_OWN_VERB = _PATTERNS.compile(_DATA["then_own_verb"], re.I)
_PATTERNS.save()
# the words that make a bare number right after them the rest of a force ("the remaining 300")
_REST_BEFORE_NUMBER = frozenset(_DATA["rest_before_number"])

# how far before the verb of going on the part's staying may be told
_REACH = 220


def bare_contrast_join(text: str, s: int, first_verb: int) -> re.Match | None:
    """The bare "while"/"whereas" in [s, first_verb) that may end a clause of its own before the
    sentence's first verb of movement, or None (the caller asks that the words before it are a
    clause and a subject and a finite verb follow). The words are looked for first: most
    sentences hold neither."""
    if text.find("while", s, first_verb) < 0 and text.find("whereas", s, first_verb) < 0:
        return None
    return BARE_CONTRAST.search(text, s, first_verb)


def rest_counted(words: list) -> bool:
    """Is the last of a subject's tagged ``words`` a number right after a word of the rest
    ("the remaining 300", "the other 200")? Then it counts the rest of a force, a subject of its
    own, and is no word of time; with a noun after it ("the remaining two weeks") the noun
    decides, as before.

    why: "Two companies of Chadian soldiers were flown to Tessalit while the remaining 300 pushed
    on to Aguelhok" read the second move as the companies' (golden s51-read147-*)."""
    return len(words) >= 2 and words[-1].tag == "CD" and words[-2].text.lower() in _REST_BEFORE_NUMBER


def not_left_behind(text: str, verb: re.Match) -> bool:
    """Is the "left" at ``verb`` anything but the passive "was left behind" (who stayed)?"""
    if verb.group(0).lower() != "left" or _BEHIND_AFTER.match(text, verb.end()) is None:
        return True
    return _PASSIVE_BEFORE.search(text, max(0, verb.start() - 24), verb.start()) is None


def _stayed_place(reader, lo: int, hi: int) -> dict | None:
    """The place of the last part's staying told in [lo, hi) ("stayed in A"), or None."""
    text = reader.text
    if not any(text.find(w, lo, hi) >= 0 for w in ("stay", "remain", "left")):
        return None
    found = None
    for m in _STAYED_AT.finditer(text, lo, hi):
        place = next((p for p in reader._within(reader.places, m.end(), hi) if p["start"] == m.end()), None)
        if place is not None:
            found = place
    return found


def _drafts_with_no_origin(a):
    """(draft, its one fragment) of each reported move of one fragment with a destination and no
    origin: the moves both passes below may give the place where a part stayed as origin."""
    for d in a.drafts:
        if d.origin is None and d.destination is not None and d.status == "reported" and len(d.frags) == 1:
            yield d, d.frags[0]


def _leaves_from(a, d, place: dict, sentence: int, told: str) -> None:
    """Draft ``d`` leaves from ``place`` (inferred), unless that is where it went; ``told`` (with {}
    for the place's name) says why."""
    origin = _place_of(place)
    if same_place(origin, d.destination):
        return
    d.origin = {**origin, "inferred": True}
    a.why.append(f"sentence {sentence} [? -> {d.destination.get('name')}]: " + told.format(origin.get("name")))


def origin_where_part_stayed(a) -> None:
    """An assembly pass (assemble.PASSES): "the rest" going on, with no origin, left from where
    the part told right before it stayed (see the module's docstring)."""
    reader = a.reader
    text = reader.text
    for d, frag in _drafts_with_no_origin(a):
        if not frag.what or _REST_WHAT.fullmatch(frag.what.strip()) is None \
                or not went_on(text, frag.trigger_start, frag.trigger_start + len(frag.trigger)):
            continue
        i = frag.sentence
        lo = reader.spans[i - 1][0] if i > 0 else reader.spans[i][0]
        place = _stayed_place(reader, max(lo, frag.trigger_start - _REACH), frag.trigger_start)
        if place is None:
            continue
        _leaves_from(a, d, place, i, "the rest went on from where a part stayed: {}")


def origin_where_left_behind(a) -> None:
    """An assembly pass (assemble.PASSES): a force's move with no origin, told right after "left N
    behind in|at A and (then)" in its own clause, leaves from A (see the module's docstring)."""
    reader = a.reader
    text = reader.text
    for d, frag in _drafts_with_no_origin(a):
        lo = reader.spans[frag.sentence][0]
        # (the word looked for in the clause before the verb only: a search of the whole text
        # for it cost more, by callgrind, than the few drafts with no origin)
        if text.find("behind", lo, frag.trigger_start) < 0:
            continue
        place = None
        for m in _LEFT_BEHIND_AT.finditer(text, lo, frag.trigger_start):
            place = next((p for p in reader._within(reader.places, m.end(), frag.trigger_start)
                          if p["start"] == m.end()), None)
        if place is None or _THEN_OWN_VERB.fullmatch(text, place["end"], frag.trigger_start) is None:
            continue
        _leaves_from(a, d, place, frag.sentence, "the force left a part behind in {} and went on from there")
