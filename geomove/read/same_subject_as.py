"""A force's own clause that is no movement, then a conjunction of time and a pronoun that refers
back to it: "Norwegian soldiers waved to their families in Oslo as they left for Kirkenes", "The
marines said goodbye to relatives at Toulon before they sailed for Djibouti". The pronoun's
clause is the movement; what moved is the subject of the clause before it, and the place where
that clause puts the force as it left is where the move began.

- :func:`subject_before_pronoun_clause` (asked by clauses._what before
  subordinate.subject_after_conjunction): the subject words "<noun phrase> <finite verb> ...
  as|before|when they" end with a pronoun after a conjunction (same_subject_as.json); what moved
  is the noun phrase before the first verb ("Norwegian soldiers"), when the pronoun agrees with
  it ("it" a singular noun). Before, the pronoun alone named what moved ("they": nothing).
- :func:`origin_where_they_were`, an assembly pass: such a move with no origin leaves from the
  place told after "in"/"at" in the clause before the conjunction, the force's own place at the
  moment it left (GUIDELINES: the finest place the report offers for where the move began).
  A crowd's clause with another subject ("Relatives waved flags in Bergen as 150 marines left for
  Kirkenes", read.subordinate) is not this: what moved is not the sentence's opening subject,
  and the crowd's place stays no origin (s51 read147); nor a clause of fighting ("The army
  shelled rebel positions at A before it withdrew": the target was at A). A stop read at that
  place ("rested in A before they drove on": a via) becomes the origin.

why: session 51 (read147) left "Soldiers waved to their families in A as they left for B" (what
moved: nothing; a move to A); golden lines s52-read150-waved/hugged/saluted-* of my own in Norway,
France and Kenya."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-same-subject-as")
_DATA = read_data("same_subject_as.json")

_PRONOUNS = tuple(_DATA["pronouns_plural"] + _DATA["pronouns_singular"])
_SINGULAR = frozenset(_DATA["pronouns_singular"])
# the conjunction and the pronoun that end the subject words
_CONJUNCTION_PRONOUN = _PATTERNS.compile(
    r"\s(?:" + "|".join(_DATA["conjunctions"]) + r")\s+(?P<pronoun>" + "|".join(_PRONOUNS) + r")\s*$", re.I)
# the same, at departure, right before the verb of moving (auxiliaries between)
_AT_DEPARTURE = _PATTERNS.compile(
    r"\s(?:" + "|".join(_DATA["at_departure"]) + r")\s+(?:" + "|".join(_PRONOUNS) + r")\s+(?:had\s+|have\s+|were\s+)?$", re.I)
_PLACE_CUE = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["place_cues"]) + r")\s+(?:the\s+)?$", re.I)
_FIGHTING = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["fighting_verbs"]) + r")\b", re.I)
_PATTERNS.save()
_MAIN_VERB_TAGS = frozenset(_DATA["main_verb_tags"])
_SUBJECT_TAGS = frozenset(_DATA["subject_tags"])
_NOT_MAIN_VERBS = frozenset(_DATA["not_main_verbs"])
_FAREWELLS = frozenset(_DATA["farewell_objects"])


def subject_before_pronoun_clause(subject: str) -> str | None:
    """The noun phrase that opens ``subject`` when ``subject`` is "<noun phrase> <verb> ...
    <conjunction> <pronoun>" (see the module); else None."""
    if not subject.rstrip().lower().endswith(_PRONOUNS):
        return None  # (the cheap test first: most subjects end with a noun)
    conj = _CONJUNCTION_PRONOUN.search(subject)
    if conj is None:
        return None
    from .syntax import analyse
    words = analyse(subject, 0, conj.start())
    verb = next((j for j, w in enumerate(words) if w.tag in _MAIN_VERB_TAGS and j > 0), None)
    if verb is None or not words[verb - 1].tag.startswith("NN") \
            or any(w.tag not in _SUBJECT_TAGS for w in words[:verb]):
        return None
    if words[verb].text.lower() in _NOT_MAIN_VERBS \
            and (verb + 1 == len(words) or words[verb + 1].text.lower() not in _FAREWELLS):
        return None  # ("Officials said as they ...": what was said; "said goodbye" is the force's own)
    if conj.group("pronoun").lower() in _SINGULAR and words[verb - 1].tag not in ("NN", "NNP"):
        return None  # ("The soldiers waved as it left": "it" is something else)
    return subject[words[0].start:words[verb - 1].end]


def origin_where_they_were(a) -> None:
    """An assembly pass (assemble.PASSES): a move with no origin whose verb follows "as|before|when
    they" and whose what is the sentence's opening subject leaves from the place told after
    "in"/"at" in the clause before (see the module)."""
    # (the drafts that can qualify first, the imports only when there are some: cProfile put this
    # pass's own time at ~10 ms a batch, most of it the two imports of every call, s52 speed123)
    drafts = [(d, d.frags[0]) for d in a.drafts if d.origin is None and d.destination is not None
              and d.status == "reported" and len(d.frags) == 1]
    if not drafts:
        return
    from .places import _place_of, same_place
    from .part_stayed import _leaves_from
    reader = a.reader
    text = reader.text
    for d, frag in drafts:
        lo = reader.spans[frag.sentence][0]
        conj = _AT_DEPARTURE.search(text, max(lo, frag.trigger_start - 40), frag.trigger_start)
        if conj is None or not frag.what or not text[lo:conj.start()].lstrip().startswith(frag.what):
            continue  # (what moved is not the sentence's opening subject: a crowd's clause, s51 read147)
        if _FIGHTING.search(text, lo, conj.start()) is not None:
            continue  # ("shelled rebel positions at A before it withdrew": the target was at A)
        place = None
        for p in reader._within(reader.places, lo, conj.start()):
            if _PLACE_CUE.search(text, max(lo, p["start"] - 12), p["start"]) is not None:
                place = p
        if place is not None:
            # (a stop read there, "rested in A before they drove on", is where it left from, no
            # place passed)
            d.via = [v for v in d.via if not same_place(v, _place_of(place))]
            _leaves_from(a, d, place, frag.sentence, "the force was in {} as it left (the clause before the pronoun's)")
