"""A date told in the conjunct before the movement's, across ", but" or a semicolon: "Some of them
had been at Al Udeid until last month, but this group flew directly from the UK". The first
conjunct says where some of them were and until when; the date is its own, and the flight after
"but" has none of it.

Without this "last month" dated the flight (a month before the briefing), and the flight, told
again there, could not join the same flight told earlier with this week's date."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-conjunct-date")

# the join between two conjuncts with subjects of their own
_CONJUNCT_BREAK = _PATTERNS.compile(r",\s+(?:but|yet|whereas|while)\s+|;\s+", )


def conjunct_after_date(text: str, date_end: int, verb_at: int) -> int | None:
    """Where the movement's conjunct starts when the date ending at ``date_end`` is told before
    a ", but" / ";" join that comes before the movement's verb at ``verb_at``; None when no such
    join stands between them."""
    if date_end >= verb_at:
        return None
    joins = list(_CONJUNCT_BREAK.finditer(text, date_end, verb_at))
    return joins[-1].end() if joins else None


_PATTERNS.save()
