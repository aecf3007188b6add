"""Where a force or a ship was seen, told in the sentence before it moved: "The landing ship was
photographed loading trucks at Baltiysk on Friday. It sailed for Kaliningrad's outer roads on
Sunday", "A column of tanks was spotted refuelling in Kupiansk. The column later pushed on to
Svatove". The sighting tells where the group was, with no verb of movement; the next sentence
moves the same group (an anaphoric subject: "it", "the ship", "the column") to a place of its
own and names no origin. The group left from where it was seen: the finest place the
report offers for where the movement began (GUIDELINES), inferred as a next leg's origin is.

The mirror of assemble._seen_just_before (an arrival with no subject arrived where the sentence
before saw the group) and of read.seen_later (a departure's group seen next at its end).

Only the sentence right before the movement's first clause, a sighting told in the passive of
the group itself ("was seen", "were spotted": its subject is the group the next sentence refers
back to; "Witnesses saw ..." is another's act), the place within a few words after the verb, a
point (a town or a site, not an area), and no movement read in that sentence (then the
movement's own chaining decides); not the movement's end, nor an area that holds it.

why: "The ship was seen loading at X. It sailed for Y on Monday." was read X-less, from no
origin (task read133, sentences of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _ANAPHOR_SUBJECT
from .drawn_before import place_drawn_from
from .places import _place_of, _spec, contains, same_place

_PATTERNS = CompiledPatterns("read-seen-before")

# the passive of a sighting and the words up to the place, which end on "at", "in" or "near"
# (through "loading trucks", "refuelling", "moored"): "was seen loading at", "were spotted in"
_SEEN_AT = _PATTERNS.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:(?:first|last|again)\s+)?"
                             r"(?:seen|spotted|sighted|observed|photographed|filmed|pictured|geolocated)\b"
                             r"(?:\s+[\w'’-]+){0,6}?\s+(?:at|in|near|off|outside)\s+(?:the\s+)?"
                             r"(?:(?:port|harbou?r|base|airfield|town|city|village)\s+of\s+)?$", re.I)
# the cheap gate: a word of sighting in the sentence before
_SIGHTED = _PATTERNS.compile(r"\b(?:seen|spotted|sighted|observed|photographed|filmed|pictured|geolocated)\b", re.I)
# how far before the place the sighting's verb may stand
_SEEN_REACH = 70
# a sighting of long before, no place the group was at when it left: "was last seen in X in 2019",
# "had been spotted there months ago"
_LONG_BEFORE = _PATTERNS.compile(r"\b(?:had|(?:in|since)\s+(?:19|20)[0-9][0-9]|last\s+year|(?:years|months)\s+(?:ago|earlier))\b", re.I)
_PATTERNS.save()


def _place_seen(reader, index: int, head: str | None) -> dict | None:
    """The point sentence ``index`` sees its subject at ("The ship was seen loading at X"); None
    when it sees none, or when ``head`` (the noun the next sentence refers back by, None for a
    pronoun) is no word of the group seen ("Two frigates were spotted at X. The convoy ...")."""
    s, e = reader.spans[index]
    sighted = _SIGHTED.search(reader.text, s, e)
    if sighted is None or _LONG_BEFORE.search(reader.text, s, e):
        return None
    if head is not None and re.search(r"\b" + re.escape(head), reader.text[s:sighted.start()], re.I) is None:
        return None
    for m in reader._within(reader.places, s, e):
        if m.get("lat") is not None and _SEEN_AT.search(reader.text, max(s, m["start"] - _SEEN_REACH), m["start"]):
            place = _place_of(m)
            return place if _spec(place) <= 2 else None
    return None


def _head_told_back(opening: re.Match) -> str | None:
    """The noun an anaphoric subject refers back by, in the singular's letters ("the column",
    "the ships" -> "ship"); None for a pronoun ("it", "they", "some of them")."""
    last = opening.group(0).split()[-1].lower()
    if last in ("it", "they", "them"):
        return None
    return last[:-1] if last.endswith("s") and len(last) > 3 else last


def origin_where_seen_before(a) -> None:
    """An assembly pass (assemble.PASSES): a reported movement with no origin, whose first
    clause opens with an anaphoric subject, left from where the sentence right before saw the
    group (no movement read in that sentence)."""
    told_in = None
    for d in a.drafts:
        if d.status != "reported" or d.origin is not None or not d.frags:
            continue
        first = min(f.sentence for f in d.frags)
        if first == 0:
            continue
        s, e = a.reader.spans[first]
        opening = _ANAPHOR_SUBJECT.match(a.reader.text[s:e])
        if opening is None:
            continue
        if told_in is None:
            told_in = {f.sentence for o in a.drafts for f in o.frags}
        if first - 1 in told_in:
            continue
        head = _head_told_back(opening)
        seen = _place_seen(a.reader, first - 1, head)
        # (or where the sentence before says the force was drawn from: read.drawn_before)
        drawn = place_drawn_from(a.reader, first - 1, head) if seen is None else None
        seen = seen or drawn
        if seen is None or same_place(seen, d.destination) or contains(seen, d.destination) \
                or contains(d.destination, seen):
            continue
        d.origin = {**seen, "inferred": True}
        a.why.append(f"sentence {first}: no origin told; the group left from where the sentence before "
                     f"{'says it was drawn from' if drawn is not None else 'saw it'} ({seen.get('name')})")
