"""A route told in part of a counted group: "About 2,000 Russian troops arrived in Bakhmut on
Monday, many of them transferred from the Kherson front", "Some 300 Kenyan soldiers left Pemba,
most of them heading north to Mueda".

The count is of the whole ("2,000 troops"); the place told after ", many of them" is where only a
part of them came from or went. The movement read from the clause runs through that place
(Kherson -> Bakhmut), so it is the part's movement, and the number does not count what moved on
it (GUIDELINES: count is the number that moved; "most of the 300 soldiers left A" has no count
either, clauses._PART_OF_COUNT). A part with its own number ("some 500 of them") is not read
here: that number counts the part.

The same when the part is the subject of the verb of moving itself: "Around 2,000 servicemen,
many of them redeployed from the Nakhchivan garrison, are taking part" -- what moved is "many of
them", and the 2,000 count those taking part (:func:`part_is_the_subject`).

why: "2,000 troops arrived in Bakhmut, many of them transferred from Kherson" gave the route from
Kherson the count 2,000.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-part-route")

# the part of the group told before, after a comma, with no number of its own
_PART_OF_THEM = _PATTERNS.compile(
    r",\s*(?:most|many|some|several|half|part|a\s+few|the\s+rest|the\s+bulk|a\s+third|two-thirds)\s+of\s+(?:them|whom)\b", re.I)


# the comma that closes the part's aside
_ASIDE_CLOSED = _PATTERNS.compile(r"[,;]")


def route_told_of_a_part(text: str, verb_end: int, e: int, places_at: list[int]) -> bool:
    """Does the clause tell, after its verb (ending at ``verb_end``) and a comma, a part of its
    counted group (", many of them"), and a place of the route after that (``places_at``: where
    the route's places are cued)? A part told as an aside before the verb ("About 300 soldiers,
    many of them conscripts, moved from A to B") says what the group is made of: all of it moved;
    so does one set between commas after the verb, its place after the closing comma ("Chad sent
    500 soldiers, many of them from the presidential guard, to X": the 500 went to X)."""
    if "of them" not in text[verb_end:e] and "of whom" not in text[verb_end:e]:
        return False
    part = _PART_OF_THEM.search(text, verb_end, e)
    if part is None:
        return False
    # (the part's words end at the next comma: a place cued after it is the whole group's end,
    # the part an aside between commas, "sent 500 soldiers, many of them recruits, to X")
    closed = _ASIDE_CLOSED.search(text, part.end(), e)
    aside_end = closed.start() if closed is not None else e
    return any(part.end() < at < aside_end for at in places_at)


# the part right before the verb, as its subject: ", many of them (conscripts) redeployed"
_PART_SUBJECT = _PATTERNS.compile(
    r",\s*(?:most|many|some|several|half|part|a\s+few|the\s+rest|the\s+bulk|a\s+third|two-thirds)\s+of\s+(?:them|whom)"
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:(?:had|have|has|were|was|been|being|reportedly|recently|also)\s+)*$", re.I)


def part_is_the_subject(text: str, s: int, verb_at: int) -> bool:
    """Is the subject of the verb at ``verb_at`` (in the clause from ``s``) a part "of them" of
    the group named before it (", many of them redeployed from X")?"""
    window = text[max(s, verb_at - 60):verb_at]
    if "of them" not in window and "of whom" not in window:
        return False
    return _PART_SUBJECT.search(text, max(s, verb_at - 60), verb_at) is not None


# what moved named only as the rest of a group ("the rest", "the remainder", "the others"): a
# number of the clause counts another part ("Fewer than 100 soldiers remained in X after the rest
# were flown to Y": the 100 stayed)
_THE_REST = _PATTERNS.compile(r"(?:the\s+)?(?:rest|remainder|others)(?:\s+of\s+(?:them|the\s+\w+))?", re.I)


def the_rest_of_a_group(what: str | None) -> bool:
    """Is ``what`` (what moved, as the clause names it) the rest of a group, with no number?"""
    return bool(what) and _THE_REST.fullmatch(what.strip()) is not None


_PATTERNS.save()
