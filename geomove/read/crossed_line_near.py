"""Where a force crossed a border or a line of contact told by a common noun: "Azerbaijani troops
crossed the line of contact near Fuzuli", "Ukrainian units crossed the border near Sudzha". The
line is the verb's object, named by no place; the place told "near" right after it says where
the crossing was made, the farthest point the text gives, so it is where the force went, as
"crossed the Dnipro near X" (read.crossed_near) and "crossed into K near X" are read
(GUIDELINES: a relative place is scored against its anchor; one end is enough).

why: "near X" after the line was read as a place passed (the crossing's via) and a movement with
only a via was dropped: nothing was read (probe of my own).

Not when the line names a place (a mention between: "the Syrian border near X" is that border,
read as before), and not for a border between states (border, frontier, boundary) when X lies in
the country the subject names the force after: "Turkish troops crossed the border near Kilis"
(a Turkish town) tells where they left from, not where they went. A line of contact or a front
line runs through land both sides claim: the town near it is where the force went."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-crossed-line-near")

# the nouns of a line inside contested land, no border between states
_CONTESTED_LINE = r"(?:line\s+of\s+contact|contact\s+line|front\s*line|frontline|demarcation\s+line|cease-?fire\s+line)"
# the line, the verb's object, with at most two words before its noun ("the old ceasefire line")
_LINE = _PATTERNS.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?P<border>border|frontier|boundary)|"
                          + _CONTESTED_LINE + r")\s+", re.I)


def crossed_line_near(text: str, mention: dict, verb_stem: str | None, verb_end: int, between: list[dict],
                      subject_states: list[dict]) -> bool:
    """Is ``mention`` a place told "near X" right after a line (a border, a line of contact) that
    a verb of crossing (``verb_stem``, ending at ``verb_end``) has as its object, with no place
    named between (``between``), and, for a border between states, in no country that
    ``subject_states`` (the state mentions of the clause's subject) name?"""
    phrase = mention.get("phrase")
    if verb_stem != "cross" or between or not phrase or (mention.get("relation") or {}).get("type") != "near":
        return False
    line = _LINE.fullmatch(text, verb_end, phrase["start"])
    if line is None:
        return False
    return not (line.group("border") and any(m.get("country") and m.get("country") == mention.get("country")
                                              for m in subject_states))


# a line inside contested land crossed (no border between states): "crossed the line of contact"
_LINE_INSIDE_CROSSED = _PATTERNS.compile(r"\bcross(?:ed|es|ing)?\s+the\s+(?:[\w-]+\s+){0,2}?" + _CONTESTED_LINE + r"\b", re.I)


def crossed_line_inside(quote: str | None) -> bool:
    """Does the clause ``quote`` tell a line of contact or a front line crossed? Such a line runs
    inside land both sides claim: a national force that crossed it came from its side of the
    line, not from its own country (events._routes_from gives a force crossing into a
    neighbour its own country as the origin: "Russian soldiers crossed the front line near X",
    X in Ukraine, came from no Russia told)."""
    return bool(quote) and _LINE_INSIDE_CROSSED.search(quote) is not None


_PATTERNS.save()
