"""Where a force received what was sent to it: "The Nigerian army received 20 armoured vehicles
from Turkey at the port of Lagos". The subject of "received" is where they went when it is a
place ("Roraima received 16 armoured vehicles", clauses); when the subject is a force, the
place told after the verb with "at" or "in" is where the delivery was received, so where it
went.

Only a place right after "at" or "in" (through "the port / airport / base / city of"), after the
verb and in its clause, that no cue read already: "received vehicles from Turkey" names no
end but the origin; "received training in Lagos" is no movement, which the reader decides before
(training moves nothing).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .delivered import names_materiel
from .lexicon import _stem, object_after
from .gates import Gate

_PATTERNS = CompiledPatterns("read-received-at")

# the words right before the place: "at the port of", "in", "at the X air base" is the place's own name
_AT_BEFORE = _PATTERNS.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?:(?:(?:sea|river|naval|military)\s+)?(?:port|airport|air\s+base|airbase|base|harbour|harbor"
    r"|city|town|capital)\s+of\s+)?$", re.I)


def place_received_at(text: str, verb_end: int, e: int, mentions: list[dict], taken: set) -> dict | None:
    """The first place mention after the verb of receiving (ending at ``verb_end``) and before
    the clause's end ``e`` that "at" or "in" governs and no cue has read; None if none."""
    for m in sorted(mentions, key=lambda m: m["start"]):
        if verb_end <= m["start"] and m["end"] <= e and id(m) not in taken \
                and _AT_BEFORE.search(text, max(verb_end, m["start"] - 40), m["start"]) is not None:
            return m
    return None


_COUNT = _PATTERNS.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|"
                           r"thousands|batch|batches|shipment|shipments|consignment|delivery|deliveries)\b", re.I)


# a clause told about what was received, right after it: "received satellite imagery showing
# that six helicopters were moved", "received reports that 80 soldiers left X", "received
# testimony indicating ..."
_CLAUSE_ON_OBJECT = _PATTERNS.compile(r"\s+(?:(?:showing|indicating|suggesting|saying|stating|confirming)(?:\s+that)?|that)\s", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_CLAUSE_ON_OBJECT_GATE = Gate(_CLAUSE_ON_OBJECT, ("confirming", "indicating", "saying", "showing", "stating", "suggesting", "that"))
# (how far after the verb the object and its clause's opening are looked for)
_EVIDENCE_REACH = 80


def receives_evidence(text: str, verb) -> bool:
    """Is the verb of receiving ``verb`` (a trigger match) said of evidence with a clause of what
    it tells after it ("The Panel received satellite imagery showing that six helicopters were
    moved from A to B")? Then it is no verb of movement (read.idle_verbs): the movement is the
    clause's own, with its own subject; the count in the clause is not of what was received.
    The object before the clause names no force, arms or count ("received 300 soldiers that had
    flown in from X" keeps its verb).

    why: "received satellite imagery showing that six helicopters were moved from Meiktila air
    base to Naypyidaw" read "satellite imagery showing" as what moved (read107)."""
    end = verb.end()
    window = text[end:end + _EVIDENCE_REACH]
    m = _CLAUSE_ON_OBJECT_GATE.search(window)
    if m is None or "." in window[:m.start()]:
        return False
    obj = window[:m.start()]
    return bool(obj.strip()) and not names_materiel(obj) and _COUNT.search(obj) is None


def received_no_force(text: str, verb: str, verb_end: int, e: int) -> str | None:
    """Is ``verb`` a verb of receiving whose object names no force, arms, vehicle or count of
    them ("The army received training in Lagos", "received orders to move", "received
    assurances from X")? The subject of "received" is who received, never what moved: when the
    object is no force either, nothing moved. The object is the words after the verb up to a
    preposition (lexicon.json not_forces object_span); a number in it (a count of what was
    received) or a force or arms named in it keeps the movement."""
    if _stem(verb) != "receive":
        return None
    obj = object_after(text, verb_end, e)
    if not obj.strip() or names_materiel(obj) or _COUNT.search(obj):
        return None
    return f"what it received is no force, arms or vehicles ('{obj.strip()}')"


# a time told right after the object ("received reinforcements on Monday", "overnight"): no word of it
# ... nor a relative clause on it ("welcomed 150 police officers who landed in A")
_RELATIVE_AFTER = _PATTERNS.compile(r"\s+(?:who|which|that|whose)\b", re.I)
_TIME_AFTER_OBJECT = _PATTERNS.compile(r"\s+(?:overnight|yesterday|today|earlier|later|last\s+\w+|this\s+\w+)\s*$", re.I)


def what_received(text: str, verb: str, verb_end: int, e: int) -> str | None:
    """What a verb of receiving received, when it names a force, arms, vehicles or a count of
    them: the words after the verb up to a preposition ("Government forces received
    reinforcements from Shabwa" moved "reinforcements"); None for any other verb or object.
    The subject of "received" is who received, never what moved.

    why: with no count in the object, what moved was read from the subject, the receiver
    (Yemen probe of my own, s32m)."""
    if _stem(verb) != "receive":
        return None
    obj = object_after(text, verb_end, e)
    obj = _TIME_AFTER_OBJECT.sub("", _RELATIVE_AFTER.split(obj.strip())[0]) if obj else ""
    if not obj or not (names_materiel(obj) or _COUNT.search(obj)):
        return None
    return obj


_PATTERNS.save()
