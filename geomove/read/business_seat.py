"""A business that moved its seat: "The company moved its headquarters to Dubai", "The mining
firm moved its head office from Lagos to Abuja". A firm is no force (GUIDELINES: a movement is a
transfer of armed forces, police, militias or military equipment); its headquarters moving is
no movement, while a force's ("The 3rd Division moved its headquarters to Kramatorsk": a
command post moved) is one.

"Company" is also a unit of soldiers, so the subject decides: a bare "the company" or a noun of
business ("firm", "bank", "group") with no word of a force before it ("infantry", "3rd",
"army"), and the object its seat ("its headquarters", "its head office").

why: "The company moved its headquarters to Dubai" was read as a movement to Dubai (probes of
my own, s34 read93)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-business-seat")

# the seat moved, right after the verb
_SEAT_OBJECT = _PATTERNS.compile(r"\s*(?:its|their|the\s+(?:company|firm|group|bank)'s)\s+(?:(?:global|regional|corporate|"
                                 r"registered|main|European|African|Asian|new)\s+)?(?:headquarters|head\s+offices?|"
                                 r"registered\s+office|main\s+office|offices)\b", re.I)
# the subject's head: a business
_BUSINESS_HEAD = _PATTERNS.compile(r"\b(?:company|firm|group|bank|business|corporation|conglomerate|operator|retailer|"
                                   r"airline|insurer|miner|manufacturer|lender|startup|start-up|exchange|carrier)\s*$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_BUSINESS_HEAD_GATE = Gate(_BUSINESS_HEAD, ("airline", "bank", "business", "carrier", "company", "conglomerate", "corporation", "exchange", "firm", "group", "insurer", "lender", "manufacturer", "miner", "operator", "retailer", "start-up", "startup"))
# a word that makes the subject a force ("infantry company", "the 3rd company", "army group")
_FORCE_WORD = _PATTERNS.compile(r"\b(?:infantry|rifle|marine|tank|airborne|commando|engineer|reserve|mechani[sz]ed|"
                                r"paratroop|army|military|militia|police|security|guard|special|[0-9]+(?:st|nd|rd|th)|"
                                r"first|second|third|fourth|fifth|battle|combat|task|assault|signals?|artillery|naval|"
                                r"air\s+defen[cs]e|Wagner|rebel|armed)\b", re.I)
_PATTERNS.save()


def business_moved_its_seat(text: str, subject: str, verb_end: int, e: int) -> str | None:
    """Why the clause is no movement when its subject is a business and what it moved its seat
    ("The company moved its headquarters to X"); None otherwise."""
    if not _BUSINESS_HEAD_GATE.search(subject.strip()) or _FORCE_WORD.search(subject):
        return None
    if _SEAT_OBJECT.match(text, verb_end, e) is None:
        return None
    return f"a business moved its seat ('{subject.strip()}'): no force moved"
