"""A place told by its bearing from a place the text refers back to: "pulled back to positions
west of the town", "withdrew to a line 10 km south of the city". The end is the place "the
town" refers to, seen through the bearing (relative.apply_relation: its precision "near" and its
uncertainty, or a point moved N km that way), as "west of Pokrovsk" is read when the town is named.

why: clauses._CUE_ANAPHOR took "to the town" and "to positions near the town" but not a bearing
before the anaphor, so the movement lost its end ("The brigade then pulled back to positions
west of the town" read nothing; "withdrew from A to positions west of the town" only A), s26r."""

from __future__ import annotations

from ..relative import relation_around, seen_through

# between a cue of direction and the anaphor: what stands there (positions, a line, villages),
# a distance, and the bearing with its "of" (clauses._CUE_ANAPHOR's alternatives; named group
# "bearing" says the anaphor is seen through it)
# (the ground there too: "retreated toward the mountains east of the town", s34m)
BEARING_BEFORE_ANAPHOR = (r"(?P<bearing>\s+(?:(?:the\s+)?(?:new\s+|defensive\s+|prepared\s+)?(?:positions|posts|lines?|areas?|villages?|"
                          r"mountains|hills|highlands|forests?|woods|bush|desert)\s+)?"
                          r"(?:(?:some\s+|about\s+|around\s+)?[\d.,]+\s*(?:km|kilomet(?:re|er)s|miles)\s+)?"
                          r"(?:north|south)?-?(?:east|west)?(?<=[a-z])\s+of)")


def seen_by_bearing(text: str, start: int, end: int, ref: dict) -> dict:
    """``ref`` (the place the anaphor at [start, end) refers to) seen through the bearing told
    before the anaphor; ``ref`` itself when no relation is read there."""
    rel = relation_around(text, start, end)
    if rel is None or rel.get("type") != "direction" or ref.get("lat") is None:
        return ref
    return {**ref, **seen_through(ref, rel, text, start, end)}  # (as a mention's relation is read)
