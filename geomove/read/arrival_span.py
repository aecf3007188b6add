"""The day of an arrival told in an opening participle with a span: "Two days after arriving in
Mombasa, the frigate left for the Gulf of Aden on 9 March". The clause is split into the arrival
and the move on from there (clauses' onward_at); the day told is the main verb's, the leaving,
and the arrival was the span before it (7 March), not the same day. When the day is told inside
the participle ("Three days after docking at A on 2 March, the ship sailed for B") it is the
arrival's, and the move on is the span after it (GUIDELINES: dates are read relative to the
publication date; a different date makes a new movement).

why: both legs had the clause's one date, so the arrival was dated the day the ship left. Only a
count of days or weeks ("two days", "a week") right before "after" and a verb of arriving that
opens the clause; "hours after arriving" is the same day, and "after arriving" with no span tells
no day apart."""

from __future__ import annotations

import re

from ..dates import DateMention, date_after_span
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-arrival-span")

# the span and "after" right before the participle of arriving, at the clause's opening
_SPAN_AFTER = _PATTERNS.compile(
    r"\s*(?P<span>(?:[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?))\s+"
    r"after\s+$", re.I)


# no span, or one that is no day apart: "After reaching A", "Having reached A", "Days after
# landing in A"; but "hours after", "shortly after" keep the one day (_told_apart)
_SAME_DAY_AFTER = _PATTERNS.compile(r"\b(?:hours|minutes|moments|shortly|soon|just|right|immediately)\s+after\s+$", re.I)


def arrival_and_onward_days(text: str, s: int, arrived_at: int, main_at: int, date: DateMention | None,
                            published, told: list[DateMention] = ()) -> tuple[DateMention | None, DateMention] | None:
    """(The arrival's day, the onward leg's day) when the clause from ``s`` opens with "<span>
    after" before the participle of arriving at ``arrived_at`` and tells a day (``date``); None
    otherwise. The day told before the main verb at ``main_at`` (inside the participle) is the
    arrival's; after it, the move on's. With no span, see _told_apart (``told``: the clause's
    dates)."""
    m = _SPAN_AFTER.fullmatch(text, s, arrived_at)
    if m is None:
        return _told_apart(text, s, arrived_at, main_at, told)
    if date is None:
        return None
    span = m.group("span")
    if arrived_at < date.start < main_at:
        onward = date_after_span(f"{span} later", date, published, at=date.start)
        return (date, onward) if onward is not None else None
    arrival = date_after_span(f"{span} earlier", date, published, at=m.start("span"))
    return (arrival, date) if arrival is not None else None


def _told_apart(text: str, s: int, arrived_at: int, main_at: int,
                told: list[DateMention]) -> tuple[DateMention | None, DateMention] | None:
    """With no count of days before "after" ("After reaching A on 13 March, the battalion moved
    on to B on 20 March", "Having reached A, it moved on to B on 20 March", "A few days after
    landing in A, ..."): a day told after the main verb at ``main_at`` is the move on's, never the
    arrival's; the arrival's is the day told inside the participle, or none (the text tells only
    that it came before). None (both legs the clause's one day, as before) when no day follows the
    main verb, or the arrival is told as the same day ("hours after", "shortly after").

    why: "A week after reaching Goma" was read with no span ("reaching" set the arrival apart
    only after "arriving"), and "After reaching A on 13 March, ... on 20 March" dated the
    arrival the 20th, the day it left (s33 read89)."""
    if _SAME_DAY_AFTER.search(text, max(s, arrived_at - 30), arrived_at):
        return None
    after = [d for d in told if d.start >= main_at and d.precision == "day"]
    if not after:
        return None
    inside = [d for d in told if arrived_at <= d.start < main_at]
    return (inside[-1] if inside else None), min(after, key=lambda d: d.start)


_PATTERNS.save()
