"""A force that moved with no place of its own, then a participle of taking over what lies in a
named place: "Kosovo police special units moved into the north on Sunday, taking over the
municipal buildings in Zvecan and Leposavic", "Government troops moved in on Monday, seizing
the airport at Kindu". The places taken over are where the force went (GUIDELINES: the capture
of a town is a movement when the text says the force moved; the destination is the most
specific place given; a list of ends is distributed, one movement each).

Only a clause read with no place (assemble: ``endless``), reported, whose verb of moving (data:
taking_over_after.json) is followed in the same sentence, with no other clause between, by a
comma and one of the participles; the places are those the participle's phrase governs (a
preposition right before them, or "and" after such a place), up to the sentence's end or a
break of clause. A participle with no place ("taking over the checkpoint") reads nothing, as
before; so does a clause of moving that names a place of its own (its place stands).

why: the movement had no place and was dropped (read86's probes: Kosovo police in the north).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .places import _place_of, contains
from .state import _Draft

_PATTERNS = CompiledPatterns("read-taking-over-after")
_DATA = read_data("taking_over_after.json")
_VERBS = frozenset(_DATA["verbs"])
# after the verb: the rest of its clause (a direction with no place, a time), no other clause,
# then a comma and the participle ("into the north on Sunday, taking over")
_PARTICIPLE_AFTER = _PATTERNS.compile(r"[^,;.!?:\"“”()\n]{0,60}?,\s+(?:" + "|".join(_DATA["participles"]) + r")\b", re.I)
# right before a place in the participle's phrase: a preposition that puts what was taken in it,
# or "and" / a comma after another such place ("in Zvecan and Leposavic")
_GOVERNED = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["governing_words"]) + r")\s+(?:the\s+(?:town|city|village|port|district)\s+of\s+)?$", re.I)
_JOINED = _PATTERNS.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
# where the participle's phrase ends: the sentence's end or another clause
_PHRASE_END = _PATTERNS.compile(r"[;.!?]\s|[;.!?]$|,\s+(?:after|before|while|when|as|where|which|but|and\s+then)\b", re.I)
_PATTERNS.save()


def places_taken_over(reader, frag, e: int) -> list[dict]:
    """The places the participle of taking over after ``frag``'s verb governs, in the same
    clause (to ``e``), in order; [] when there is no such participle or it names none."""
    verb_end = frag.trigger_start + len(frag.trigger)
    told = _PARTICIPLE_AFTER.match(reader.text, verb_end, e)
    if told is None:
        return []
    end = _PHRASE_END.search(reader.text, told.end(), e)
    stop = end.start() if end is not None else e
    found, last = [], None
    for m in reader._within(reader.places, told.end(), stop):
        if m["end"] > stop:
            break
        governed = _GOVERNED.search(reader.text, max(told.end(), m["start"] - 40), m["start"]) is not None
        joined = last is not None and _JOINED.fullmatch(reader.text, last["end"], m["start"]) is not None
        if not (governed or joined):
            continue
        found.append(_place_of(m))
        last = m
    # a place held by another told with it ("in Zvecan, Kosovo"): the smaller
    return [p for p in found if not any(q is not p and contains(p, q) for q in found)]


def moved_in_taking_over(a) -> None:
    """An assembly pass (assemble.PASSES): a clause of moving with no place read whose force then
    took over what lies in named places (:func:`places_taken_over`) went to each of them."""
    reader = a.reader
    taken = a.clauses_taken()
    for i in a.endless:
        if i in taken:
            continue
        s, e = reader.spans[i]
        if not any(t.group(0).lower() in _VERBS and _PARTICIPLE_AFTER.match(reader.text, t.end(), e)
                   for t in reader._triggers_in(s, e)):
            # (the cheap tests first: reading a clause whole is costly, ~2.5 ms. The clause's
            # verb is one of its triggers, and places_taken_over finds nothing unless the
            # participle follows that verb: no trigger of moving with the participle after it,
            # no place taken over)
            continue
        frag = reader.fragment(i, whole=True)
        if frag is None or frag.status != "reported" or frag.origin or frag.destination \
                or not frag.trigger or frag.trigger.lower() not in _VERBS:
            continue
        places = places_taken_over(reader, frag, e)
        if not places:
            continue
        later = next((k for k, o in enumerate(a.drafts) if min(f.sentence for f in o.frags) > i), len(a.drafts))
        for n, place in enumerate(places):
            a.drafts.insert(later + n, _Draft(None, [], {**place, "inferred": True}, [frag], "reported"))
        a.why.append(f"sentence {i}: '{frag.trigger}', then taking over what lies in "
                     + ", ".join(str(p.get("name")) for p in places))
