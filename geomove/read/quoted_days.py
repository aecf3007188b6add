"""A weekday named inside a quotation: '"Our men left Minova on Sunday and are now in Kalehe,"
said a rebel commander'. The report's relative dates inside quotations are passed by
(clauses._date): "today", "yesterday" or "last night" are the day the words were said, which
the report may not give. A weekday's name is not tied so: said on any day of the week after it
and before the report, "on Sunday" is the same Sunday, the last one on or before the report's
date, as the reporter's own "on Sunday" is (GUIDELINES: dates are read relative to the
publication date).

why: a movement told in a quotation had no date though its day was named (the quote-heavy wire,
where the movements sit inside quotes and attributions)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-quoted-days")
# a weekday's name alone or with a part of the day: "Sunday", "on Monday night", not "last
# Sunday" (said a week on, "last" may reach back one more week) nor "this Sunday"
_WEEKDAY_NAMED = _PATTERNS.compile(r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                                   r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)


def names_a_weekday(date_text: str) -> bool:
    """Is the date's text a weekday's name (kept inside a quotation), not a day told relative
    to when the words were said ("today", "yesterday", "last night", "last Sunday")?"""
    return _WEEKDAY_NAMED.fullmatch(date_text.strip()) is not None


_PATTERNS.save()
