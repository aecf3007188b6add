"""A leg told by the stay at its end: "They had spent a week at Fort Bliss for medical checks
after leaving Camp Bondsteel on 27 October", "The company spent two nights in Gao after leaving
Kidal". The verb of moving is the participle after "after" and names only where the force left;
where it got to is where the main clause says it stayed (GUIDELINES: a route with stops is cut
into legs where the force got somewhere and afterwards set off again; the stay is the end of this leg).

Only a reported movement with an origin and no destination whose verb is "leaving" or
"departing" right after "after", in a sentence whose clause before it tells a stay ("spent",
"stayed", "remained" and, within a few words, "at", "in" or "on" and a place) and no verb of
moving of its own. "Troops spent a week in Gao before leaving for Kidal" (the stay at the start)
is another construction and is not read here.

why: tests/fixtures/read76 d_homecoming_local_virginia (read145): the leg Camp Bondsteel ->
Fort Bliss was read Camp Bondsteel -> nothing."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from .places import _place_of

_PATTERNS = CompiledPatterns("read-stay-after-leaving")
# "after" right before the participle
_AFTER = _PATTERNS.compile(r"\bafter\s+$")
# the stay before the place: a verb of staying, a span or none, then "at", "in" or "on"
_STAYED_AT = _PATTERNS.compile(r"\b(?:spent|spending|stayed|staying|remained)\b(?:\s+[\w,'-]+){0,4}?\s+(?:at|in|on)\s+(?:the\s+)?$")
# the rest of the stay's clause up to "after": no other clause (no full stop, no "and" of a new verb)
_REST = _PATTERNS.compile(r"[^.;:!?\n]{0,80}?\s$")
_PATTERNS.save()

_LEAVING = frozenset(("leaving", "departing"))
# how far before the participle the stay may be told
_REACH = 200


def place_of_stay(reader, frag) -> dict | None:
    """The place the clause before ``frag``'s "after leaving" says the force stayed at; None
    when the sentence tells no such stay."""
    verb_at = frag.trigger_start
    if _AFTER.search(reader.text, max(0, verb_at - 8), verb_at) is None:
        return None
    lo = max(0, verb_at - _REACH)
    cut = max(reader.text.rfind(c, lo, verb_at) for c in (". ", "\n"))
    s = lo if cut < 0 else cut + 1
    after_at = reader.text.rfind("after", s, verb_at)
    for m in reversed([m for m in reader._within(reader.places, s, after_at) if m["end"] <= after_at]):
        if _STAYED_AT.search(reader.text, max(s, m["start"] - 60), m["start"]) is None:
            continue
        return _place_of(m) if _REST.fullmatch(reader.text, m["end"], after_at) else None
    return None


def destination_where_stayed(a) -> None:
    """An assembly pass (assemble.PASSES): a reported departure with no end told as "after
    leaving A", after a clause of a stay at B, is the leg A -> B."""
    reader = a.reader
    if "after leaving" not in reader.text and "after departing" not in reader.text:
        return  # (the cheap test first)
    for d in a.drafts:
        if d.status != "reported" or d.origin is None or d.destination is not None or not d.frags:
            continue
        first = min(d.frags, key=lambda f: f.sentence)
        if not first.trigger or first.trigger.lower() not in _LEAVING:
            continue
        place = place_of_stay(reader, first)
        if place is None or place.get("name") == d.origin.get("name"):
            continue
        d.destination = {**place, "inferred": True}
        a.why.append(f"sentence {first.sentence} '{first.trigger}': the leg ends where the force stayed: {place.get('name')}")
