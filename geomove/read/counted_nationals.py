"""A count of a nation's people told by their plural name alone, as the subject of a verb of
movement: "18,000 Sudanese had crossed into Chad", "Thousands of Congolese fled into Uganda",
"About 2,000 Burundians crossed into Rwanda". Told so, they are people who fled or travelled,
not a force: a force is counted by its noun ("2,000 Burundian soldiers").

GUIDELINES: the moving force is never displaced civilians. Before (read81), "The U.N. refugee
agency said 18,000 Sudanese had crossed into Chad" was a reported movement Sudan -> Chad with the
actor "Sudanese". The definite plural with no count stays a force ("The Burundians pulled back to
Uvira": read.plural_demonym), as news names a nation's army so; so does an armed group's name
("hundreds of Houthis"), which is no demonym.

The plural must be a demonym mention (the finder reads "Sudanese", "Burundians" as such) and
stand right before the verb (an auxiliary between), after the count."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-counted-nationals")
# the count and the plural right before the verb: "18,000 Sudanese had", "Thousands of Congolese",
# "some 2,000 more Burundians have also"
_COUNTED_PLURAL = _PATTERNS.compile(
    r"(?<![\w,.])(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|up\s+to)\s+)?"
    r"(?:[0-9][0-9,.]*(?:\s+(?:million|thousand))?|(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|hundreds|dozens|scores)\s+of"
    r"|(?:several|many|a\s+few)\s+(?:hundred|thousand)|(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:hundred|thousand))"
    r"\s+(?:(?:more|other|fleeing)\s+)?(?P<w>(?-i:[A-Z][a-z]+))\s+"
    r"(?:(?:had|have|has|were|was|are|is)\s+(?:(?:also|already|now|reportedly)\s+)?(?:been\s+)?)?$", re.I)


def counted_nationals(text: str, s: int, verb_at: int, demonyms) -> str | None:
    """Why the subject of the verb at ``verb_at`` (clause from ``s``) is a count of a nation's
    people and no force ("18,000 Sudanese"), or None. ``demonyms``: the report's demonym mentions."""
    m = _COUNTED_PLURAL.search(text, max(s, verb_at - 90), verb_at)
    if m is None:
        return None
    at, end = m.start("w"), m.end("w")
    if not any(d.get("role") == "demonym" and d["start"] == at and d["end"] == end for d in demonyms):
        return None
    return f"a count of a nation's people by their plural name, no force ('{m.group(0).strip()}')"


_PATTERNS.save()
