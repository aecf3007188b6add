"""A verb of entering whose only place is the crossing passed: "The convoy entered via the al-Walid
crossing and headed to the base at al-Shaddadi". Entering by a crossing tells no stop: the verb
after "and" carries the same movement on, in the same clause, as after "crossed via C" or "passed
through C".

why: "entered" is a verb of arrival (cuts._ARRIVED), so "and headed to D" after it was cut off as
the next leg of a route that stopped; the first clause then had only a place passed and no end
(dropped, or held as a place passed by a route told before), and the second a destination with no
force and no crossing. An entry with an end of its own ("entered Syria via C and headed to D",
"entered through C into K and moved to D") still stops there: it keeps its cut."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-entered-via")

# right after the verb: a cue of a place passed ("via", "through", "by way of"), then no cue of an
# end ("into", "to", "towards") and no object of the verb before it
_BY_WAY_OF = _PATTERNS.compile(r"\s+(?:\w+ly\s+)?(?:via|through|by\s+way\s+of)\s+", re.I)
_END_CUE = _PATTERNS.compile(r"\b(?:into|to|towards|toward|onto)\b", re.I)
ENTERED_VERBS = frozenset({"enter"})


def entered_by_way_of(text: str, verb_end: int, and_at: int) -> bool:
    """Is ``text[verb_end:and_at]``, after a verb of entering, only the crossing it entered by
    ("entered via the al-Walid crossing with Iraqi territory ")?"""
    m = _BY_WAY_OF.match(text, verb_end, and_at)
    return m is not None and _END_CUE.search(text, m.end(), and_at) is None


_PATTERNS.save()
