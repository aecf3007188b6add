"""Where a force that left a place was next seen, told in the sentence after its departure with
no verb of movement: "A Malian column left Gao on Monday. It was spotted in Bourem the next day",
"The convoy left Kismayo at dawn. By noon the trucks were at the Afmadow checkpoint". The
departure told no end; the next sentence puts the same group (an anaphoric subject: "it", "the
column", "the trucks", reader.located) at a town or site: the furthest place the text says it got
to, its destination (GUIDELINES: the finest place the report offers for where the movement
ended; lexicon role_cues: 'seen in X' is where the force got to when no destination is told).

Only the sentence right after the departure's last clause; only a point (a town, a site), not an
area that holds the origin or lies in it; and not where the group had been before ("It had been
in Bourem since May": a pluperfect or "since" in the sentence is its earlier presence).

why: the sentence was queued as a place passed on the way, which only a route with both ends can
take, and the movement kept no end (probes of my own, read110)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _ANAPHOR_SUBJECT
from .places import _place_of, _spec, contains, same_place
from .state import Fragment, _Draft

_PATTERNS = CompiledPatterns("read-seen-later")

# the group's earlier presence, not where it got to: "had been in X", "was in X since May",
# "based in X", "stationed at X"
_EARLIER_PRESENCE = _PATTERNS.compile(r"\b(?:had|since|based|stationed|garrisoned|posted|usually|normally)\b", re.I)
# a verb of seeing and a word of nearness right before the place, which reader.located's cues
# ('in', 'at', 'on') do not read: "It was later seen near X", "it was spotted off Y"
_SEEN_NEAR_BEFORE = _PATTERNS.compile(r"\b(?:seen|spotted|sighted|observed|photographed|filmed)\s+"
                                      r"(?:near|off|outside|close\s+to)\s+(?:the\s+)?$", re.I)


def _seen_near(reader, index: int) -> dict | None:
    """The place sentence ``index`` sees its group near ("It was later seen near X"), with an
    anaphoric subject as reader.located asks; None otherwise."""
    s, e = reader.spans[index]
    if not _ANAPHOR_SUBJECT.match(reader.text[s:e]):
        return None
    for m in reader._within(reader.places, s, e):
        if m.get("lat") is not None and _SEEN_NEAR_BEFORE.search(reader.text, max(s, m["start"] - 40), m["start"]):
            return _place_of(m)
    return None


def end_where_seen_next(last: _Draft | None, reader, index: int) -> dict | None:
    """Give ``last`` (a reported movement with an origin and no destination, told in the
    sentence before ``index``) the place sentence ``index`` puts its group at, as its
    destination; the sentence joins its quote. The place set, or None."""
    if last is None or last.status != "reported" or last.origin is None or last.destination is not None:
        return None
    if last.frags[-1].sentence != index - 1:
        return None
    place = reader.located(index) or _seen_near(reader, index)
    if place is None or _spec(place) > 2 or same_place(place, last.origin) \
            or contains(place, last.origin) or contains(last.origin, place):
        return None
    s, e = reader.spans[index]
    if _EARLIER_PRESENCE.search(reader.text, s, e):
        return None
    last.destination = place
    last.frags.append(Fragment(sentence=index, trigger="", trigger_start=s, quote=reader.text[s:e].strip()))
    return place


_PATTERNS.save()
