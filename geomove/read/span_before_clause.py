"""A clause of its own joined by a span and "after" or "before": "Troops left A on Tuesday, a day
after militiamen were seen moving from B", "Marines landed at C on 4 May, two days before a
second company flew in from D". The joined clause tells another movement whose day is the main
clause's, counted back ("a day after": one day before it) or on ("two days before": two days
after it).

why: the joined clause names no date of its own, so its movement had none, though the sentence
tells it exactly (the lead's probes, s48 read135). Only a day-precise date of the same sentence,
told before the joiner, anchors it; never a day past publication."""

from __future__ import annotations

import datetime as dt
import re

from ..dates import _NUMBER_WORDS, DateMention
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-span-before-clause")

# the joiner right before the clause: "a day after", "two days before", "the night before",
# "three weeks after" (searched in a short window ending where the clause starts: no "^")
_SPAN_JOINER = _PATTERNS.compile(
    r"(?:(?P<n>[0-9]{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)"
    r"|the\s+(?P<the>day|night|morning|evening))\s+(?P<rel>after|before)(?=\s*$)", re.I)

# a subject that may be the main clause's force told again ("Police arrived in A from B on
# Monday, a day after the officers left the city": one movement, its departure the day before;
# tests/golden s28b twin): no date is lent, the movements' joining decides
_DEFINITE_SUBJECT = _PATTERNS.compile(r"\s*(?:the|these|those|its|their|his|her|they|it)\b", re.I)

def span_joiner_before(text: str, s: int) -> re.Match | None:
    """The span joiner ("a day after") that ends right where the clause at ``s`` starts, if any
    (a cheap look at the last word before it first: most clauses open with none), and the
    clause's subject no definite noun phrase or pronoun that may tell the main clause's force
    again."""
    tail = text[max(0, s - 8):s].lower()
    if "after" not in tail and "before" not in tail:
        return None
    if _DEFINITE_SUBJECT.match(text, s) is not None:
        return None  # (the main clause's force told again, maybe)
    return _SPAN_JOINER.search(text, max(0, s - 30), s)


def date_of_joined_clause(joiner: re.Match, anchor: DateMention | None,
                          published: dt.date | None) -> DateMention | None:
    """The date of the clause after ``joiner`` from the main clause's day ``anchor``: "a day
    after" is one day before the anchor, "two days before" two days after it; weeks give that
    week's window. None without a day to count from or past publication."""
    if anchor is None or anchor.precision != "day":
        return None
    if joiner.group("the"):
        n, unit = 1, "day"
    else:
        n_text = joiner.group("n").lower()
        # (the date module's number words; "an", which it lacks, is one)
        n = int(n_text) if n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
        unit = joiner.group("unit").lower().rstrip("s")
    sign = -1 if joiner.group("rel").lower() == "after" else 1
    start = anchor.date_start + dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
    end, precision = (start + dt.timedelta(days=6), "week") if unit == "week" else (start, "day")
    if published is not None and start > published:
        return None
    end = min(end, published) if published is not None else end
    return DateMention(joiner.start(), joiner.end(), joiner.group(0), start, end, precision, True)


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
