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


def looks_back(text: str) -> re.Match | None:
    """The words of the headline or the lede's first sentence that say the report looks back,
    else None."""
    return _LOOKS_BACK_GATE.search(text, 0, _opening(text))


_PATTERNS.save()
