"""Two origins each told with its own "from", joined by "and": "About 1,500 soldiers rolled
into Guayaquil from Manta and from Quito", "arrived in Kindu from Goma and from the town of
Bunia". As "from Manta and Quito" is, this is a list of where two groups came from, one
movement from each (GUIDELINES: lists are distributed), not a route whose first origin is a
place passed (it was read Quito -> via Manta -> Guayaquil, or Manta -> Quito).

Each may say how its group came ("by rail from Goma and by road from Bunia", session 18).

"and then from B" tells a step after A, not a list, and stays as it was read.

Read in clauses._Reader (the roles of a clause's mentions): the second origin joins the list of
the first, sharing its cue."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-repeated-from")

# what stands between the first origin and the second: "and from", ", and from", "as well as
# from", with the kind words of the second ("from the town of") before its name
# (each origin may say how its group came: "by rail from A and by road from B", "from A by rail
# and from B by road": the groups' modes, not a route)
_MODE = r"(?:by\s+(?:road|rail|train|air|sea|truck|bus|plane|helicopter|ship|ferry|boat)|overland)"
_AND_FROM = _PATTERNS.compile(r"(?:\s+" + _MODE + r")?\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:also\s+)?"
                              r"(?:" + _MODE + r"\s+)?from\s+"
                              r"(?:the\s+)?(?:(?:[a-z][\w-]*\s+){1,2}of\s+(?:the\s+)?)?", re.I)


def second_origin_listed(gap: str, role: str | None, prev_role: str | None) -> bool:
    """Is a place cued as an origin, after the origin before it and ``gap`` ("and from"), the
    second member of a list of origins?

    why: "from Manta and from Quito" was read as a route through Manta."""
    return role == "origin" and prev_role == "origin" and _AND_FROM.fullmatch(gap) is not None


_PATTERNS.save()
