"""A place set as a line's label before a colon: "Kursk Vostochny airfield: 4x Su-34 arrived from
Voronezh", "- Belgorod: 14x T-90M on flatbeds heading south towards Shebekino". OSINT lists and
situation reports by place name the place once, as the item's label, and tell what was seen there
after the colon.

The label is where the line's movement was seen: with a verb of arrival (arrived, landed,
entered, unloaded) and no destination told, where it arrived; with a verb of going or leaving and
no origin told, where it was seen setting out from, the earliest point known (as "seen in X heading
to Y" reads: GUIDELINES, the origin is the finest place the report offers for where the
movement began). A country or a province so set is a heading that names the theatre
("Libya: fighters loyal to X move south"), no end. A label followed by a place of the same role ("Kursk: 4x Su-34 landed at
Khalino") adds nothing; nor does a label of a line with no verb of moving.

why: the label had no role (no cue before it), so the arrival had no end, and a line's arrival
with no place then took the destination of the line before it (probes of my own, s35m)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-place-label")

# before the label, from the line's start: nothing but a list mark or an item's number
_LINE_OPENING = _PATTERNS.compile(r"[ \t]*(?:[-–—*•]\s+|\d{1,3}[./)]\s+)?")
# after the label: a noun of the kind of place it is, then the colon
_LABEL_END = _PATTERNS.compile(r"(?:\s+(?:airfield|air\s+base|airbase|airport|rail\s+yard|railway\s+station|station|port|"
                               r"base|area|district|region|oblast|direction|axis|sector|front|border\s+crossing|crossing))?\s*:\s",
                               re.I)
_PATTERNS.save()

# the kinds of place a heading names as a theatre
_THEATRE_KINDS = frozenset(("country", "admin1", "region", "continent", "sea", "ocean"))

# verbs whose movement ended where it was seen, and verbs of setting out or going (by their stems)
_ARRIVAL = frozenset(("arrive", "land", "enter", "reach", "unload", "offload", "dock", "deploy", "redeploy"))
_GOING = frozenset(("head", "move", "leave", "depart", "drive", "roll", "travel", "go", "advance", "withdraw",
                    "retreat", "pull", "fly", "sail", "set off", "set out", "cross"))


# how far back from a clause the start of its line is looked for (textutil.line_start_near)
LINE_REACH = 200


def label_of(text: str, places: list, s: int, line_start: int) -> dict | None:
    """The place mention set as the label of the line starting at ``line_start`` that the clause
    at ``s`` opens ("Kursk:"), or None."""
    for m in places:
        head = (m.get("phrase") or {}).get("start", m["start"])
        if head < line_start:
            continue
        if head > s + 60:
            break
        opening = _LINE_OPENING.match(text, line_start)
        if opening.end() != head or not _LABEL_END.match(text, m["end"]):
            return None
        # (a country or a province as a heading names the theatre of what follows, "LEBANON:",
        # "Libya: fighters loyal to X move south", not where it was seen)
        return None if m.get("kind") in _THEATRE_KINDS else m
    return None


def label_as_end(text: str, slots: list, places: list, s: int, line_start: int, verb: str | None, why: list) -> list:
    """The clause's slots (role, places, cue offset) with the label place (:func:`label_of`) of
    the line starting at ``line_start`` as the end it tells, by the verb's kind (see the module's
    doc)."""
    if not verb:
        return slots
    label = label_of(text, places, s, line_start)
    if label is None or any(label is g for _r, grp, _a in slots for g in grp):
        return slots
    roles = {r for r, _g, _a in slots}
    stem = _stem(verb)
    if stem in _ARRIVAL and "destination" not in roles:
        role = "destination"
    elif stem in _GOING and "origin" not in roles:
        role = "origin"
    else:
        return slots
    why.append(f"{label.get('surface')}: {role}, the line's label (read.place_label)")
    return slots + [(role, [label], label["start"])]
