"""A report that looks back: "Looking back: how NATO came to Kosovo, 27 years on", "On the
tenth anniversary of the withdrawal ...". Its past years are its subject, not the background of
today's news: "In 2004, KFOR flew 1,000 reinforcements to Pristina" is one of the movements it
reports, dated 2004 (the dates are those years, not the publication's).

Without this every movement told with a past year was background (status.past_year), the
reading meant for a news report's aside ("In 2023, KFOR sent troops to the north"), and a
retrospective reported none of the movements it is about. The cue must stand in the headline or
the lede: a past year in the body of a news report stays background."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate

_PATTERNS = CompiledPatterns("read-retrospective")

# the headline and the lede: where a report says what kind of report it is
OPENING_CHARS = 320

# "looking back", "we look back", "27 years on", "ten years since", "the 25th anniversary",
# "a retrospective"; not "two years ago" (a past event in today's news) nor "years after"
_LOOKS_BACK = _PATTERNS.compile(
    r"\b(?:look(?:s|ed|ing)?\s+back\b|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))\s+years\s+(?:on|since)\b|anniversary\b|retrospective\b)", re.I)
# (an opening without these words is not searched: read.gates)
_LOOKS_BACK_GATE = Gate(_LOOKS_BACK, ("look", "years", "anniversary", "retrospective"))


_FIRST_LINE = _PATTERNS.compile(r"\s*(?P<line>[^\n]*)")
_FIRST_SENTENCE = _PATTERNS.compile(r"\s*[^\n]*?(?:[.!?](?=\s)|\n|$)")


def _opening(text: str) -> int:
    """Where the headline and the lede's first sentence end: the first line, and when it is a
    headline (no full stop closing it) the first sentence after it; at most OPENING_CHARS."""
    first = _FIRST_LINE.match(text)
    end = first.end()
    if not first.group("line").rstrip().endswith((".", "!", "?", '"', "”")):
        end = _FIRST_SENTENCE.match(text, end).end()
    return min(end, OPENING_CHARS)


# the text last asked about and its answer: the status checks ask it of each clause of a report
# (~600 asks a batch), and each ask read the first line twice (the whole text, when it has no
# line break: ~50,000 instructions a report of 5,000 characters; speed111)
_LAST: list = [("", None)]


def looks_back(text: str) -> re.Match | None:
    """The words of the headline or the lede's first sentence that say the report looks back,
    or the span of years its headline names, else None."""
    last = _LAST[0]  # (one read: another thread may replace it)
    if last[0] is text:
        return last[1]
    found = _LOOKS_BACK_GATE.search(text, 0, _opening(text)) or _headline_span_of_years(text)
    _LAST[0] = (text, found)
    return found


# a span of years: "1977-1978", "1987-88", "1932 - 1935" (not a score or a range of numbers: the
# first a year, the second after it and within a generation of it)
_YEAR_SPAN = _PATTERNS.compile(r"(?<![0-9])((?:19|20)[0-9]{2})\s*[-–—]\s*((?:19|20)?[0-9]{2})(?![0-9])")
# a headline is one short line without a full stop closing it
HEADLINE_CHARS = 100


def _headline_span_of_years(text: str) -> re.Match | None:
    """The span of years a headline names ("THE OGADEN WAR, 1977-1978", "Cuito Cuanavale,
    1987-88"): a museum panel's or a history's title, which tells that the report's years are its
    subject, as "27 years on" does.

    why: a museum panel's moves, each opened by its month and year ("In July 1977 the army
    crossed into X"), were all background (status.past_year), read124. Only the first line, when
    it is a headline (short, no full stop closing it); a span in a sentence ("the 2019-2020
    budget") says nothing of the report."""
    first = _FIRST_LINE.match(text)
    line = first.group("line").rstrip()
    if not line or len(line) > HEADLINE_CHARS or line.endswith((".", "!", "?")):
        return None
    for m in _YEAR_SPAN.finditer(text, first.start("line"), first.start("line") + len(line)):
        start, end = int(m.group(1)), m.group(2)
        last = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
        if start < last <= start + 20:
            return m
    return None


_PATTERNS.save()
