"""A route compared or set in the past by an apposition that closes the sentence: "The convoy
travelled from Juba to Bor on Monday, the same route that rebels used in 2014 to reach Malakal",
"The battalion moved from Kherson to Mykolaiv on Monday, a journey longer than the one from Odesa
to Izmail last year". The apposition speaks of another journey: its time does not date the
movement, and its places are no places of it (not ends, not places passed).

why: the task of read57 (places of a comparison or background sentence are no via). The past
year or "last year" in the apposition made the whole sentence background, so the movement of
the day was lost, and the other journey's places were read as a second route of the clause.

Only an apposition after a comma at the sentence's end, opening with a noun of a journey or a
way ("the same route", "a journey", "a distance"), and holding a word of comparison or a
relative clause ("than", "as", "like", "that", "which"): ", a journey of 300 km" and ", the
route of a previous convoy" are read as before."""

from __future__ import annotations

import re

from .kept import recompile as _recompile

_COMPARED = _recompile(
    r",\s*(?:(?:a|an|the|roughly|about|nearly|almost|twice|half)\s+){1,2}(?:(?:same|similar|longer|shorter|faster|"
    r"slower|familiar|well-worn|usual)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:route|road|journey|trip|drive|flight|voyage|distance|path|way|itinerary|passage)\b"
    r"(?P<rest>[^;,.]*?\b(?:than|as|like|that|which|once)\b[^;]*)$", re.I)


# ... of another journey: a comparison, "the same route", or another time ("in 2014", "last
# year", "years ago", "a previous"); not a relative that describes this route ("a route that
# passes through C": C is passed)
_ANOTHER = _recompile(r"\b(?:than|as|like|once|same|previous|earlier|ago|last\s+(?:year|month|week)|(?:in|since)\s+(?:19|20)[0-9]{2})\b", re.I)
_THIS_ROUTE = _recompile(r"\b(?:that|which)\s+(?:passes|runs|goes|leads|crosses|winds|follows|skirts|links|connects|took|takes)\b", re.I)


def compared_aside(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of an apposition closing the sentence [s, e) that tells of another journey, or
    None."""
    end = e
    while end > s and text[end - 1] in " \n.!?\"'”’":
        end -= 1
    m = _COMPARED.search(text, s, end)
    if m is None or _THIS_ROUTE.search(m.group(0)) or not _ANOTHER.search(m.group(0)):
        return None
    return m.start(), end


# the sentence last asked about and its apposition: a clause asks once for each of its places,
# and a sentence listing a thousand places searched itself a thousand times (the text is held,
# so ``is`` cannot meet another text at a reused address; one tuple, read once, so that two
# threads reading at once each get a whole answer)
_LAST_ASKED: list = [(None, -1, -1, None)]  # (text, s, e, span)


def within_compared_aside(text: str, s: int, e: int, at: int) -> bool:
    """Is the offset ``at`` inside such an apposition of the sentence [s, e)?"""
    last = _LAST_ASKED[0]
    if last[0] is not text or last[1] != s or last[2] != e:
        last = _LAST_ASKED[0] = (text, s, e, compared_aside(text, s, e))
    span = last[3]
    return span is not None and span[0] <= at < span[1]
