"""A subject that says it is the one told before: "the same column reportedly reached Tessalit
via Aguelhok", "the same convoy", "the same unit". "The same" with a noun points back to the
movement whose mover that noun named, not to any movement that shares an end.

Without this the clause joined the first movement told with the same destination (a plane's leg
to Tessalit told two posts before), and the column's own route lost its end. The movement it
names is the latest one told before whose mover's words hold the noun (read_fragments asks
``same_noun_named`` before the same-event search)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-same-noun")

# "the same column", "the same two battalions", "That same convoy" opening the clause's subject
# (after an item's short label, "4/ Thu 26 Nov: the same column")
_SAME = _PATTERNS.compile(r"(?:^|:\s*|\s)(?:the|that|this)\s+same\s+(?:[\w-]+\s+){0,2}?(?!(?:day|morning|afternoon|evening|night|week|time|date|period|area|place|road|route)s?\b)(?P<noun>[a-z]{3,}?)s?\b", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_SAME_GATE = Gate(_SAME, ("same",))


def same_noun_named(text: str, s: int, verb_at: int, drafts: list) -> int | None:
    """The index in ``drafts`` of the movement a subject "the same <noun>" in [s, verb_at) names:
    the latest whose what or actor holds the noun; None when there is no such subject or draft."""
    # (on the clause's own words, where "^" is the clause's start: searched from an offset into
    # the text, "^" matched only at the text's start, and "The same column" opening any
    # sentence but a report's first was never found, s28a)
    m = _SAME_GATE.search(text[s:verb_at])
    if m is None:
        return None
    noun = m.group("noun").lower()
    word = re.compile(r"\b" + re.escape(noun) + r"s?\b", re.I)
    for k in range(len(drafts) - 1, -1, -1):
        if any(word.search(f"{f.what or ''} {f.actor or ''}") for f in drafts[k].frags):
            return k
    return None


_PATTERNS.save()
