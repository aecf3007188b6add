"""A date told in an aside between the subject and its verb dates the aside, not the movement,
when the clause has a date of its own: "The frigate, detached on Sunday, sailed from Djibouti to
Jeddah on Tuesday" sailed on Tuesday; it was detached on Sunday.

The clause's date is the one nearest to its verb (clauses._Reader._date), and the aside stands
right before the verb, so its date won. A date in the aside stays the clause's when it is the
only one ("The frigate, detached on Sunday, sailed from A to B": no other day is told).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-aside-date")
# the aside: set off by commas, opened by a participle ("detached", "withdrawn") or a relative
# word with its auxiliary ("which was detached", "who had landed"), closed by a comma that a
# verb (with up to two words: "then", "has") follows
_ASIDE_BEFORE_VERB = _PATTERNS.compile(
    r",\s*(?:(?:who|which)\s+(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?)?(?:\w+ly\s+)?\w+(?:ed|en|ing)\b[^,;.:]{0,100},\s*"
    r"(?:(?:had|has|have|was|were|then|later|finally)\s+){0,2}$", re.I)


def dates_not_of_an_aside(text: str, dates: list, s: int, anchor: int) -> list:
    """``dates`` (the clause's, from ``s``) without those inside an aside that ends right before
    the verb at ``anchor``, when a date outside it remains; else ``dates`` as they are.

    why: "The frigate, detached on Sunday, sailed from Djibouti to Jeddah on Tuesday" was dated
    Sunday (nearest to 'sailed')."""
    if len(dates) < 2 or "," not in text[s:anchor]:
        return dates
    aside = _ASIDE_BEFORE_VERB.search(text, s, anchor)
    if aside is None:
        return dates
    kept = [d for d in dates if not aside.start() <= d.start < aside.end()]
    return kept or dates


_PATTERNS.save()
