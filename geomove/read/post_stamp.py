"""A feed of posts, each under a line that is only its date and time: a ministry's Telegram
channel copied out ("[01.12.2026 18:05]", "01.12.2026, 09:14", "1 December 2026, 13:40"), a
press service's list of dated items. The stamp dates the post's sentences that tell no date of
their own, as a liveblog's entry stamp (read.liveblog) or a dateline dates a report.

why: a stamp stands on a line of its own, so it is a sentence of its own, and a move told below
it ("A column ... arrived in the village of Tegh from Goris") had no date. Only a feed: at least
two stamp lines (one dated line may be a heading or a table's cell), each a day's date with at
most a time of day and brackets around it. A post runs to the next stamp."""

from __future__ import annotations

from ..dates import DateMention
from ..regex_cache import CompiledPatterns
from ..textutil import sentence_spans

_PATTERNS = CompiledPatterns("read-post-stamp")

# what may stand on a stamp's line besides its date: brackets, a time of day, commas and dashes
_STAMP_REST = _PATTERNS.compile(r"[\s\[\](),|–—-]*(?:(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:\s*(?:UTC|GMT|MSK|local\s+time))?)?[\s\[\](),|–—-]*")
MIN_POSTS = 2


def _stamps(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The dates of ``dates`` that stand alone on their line (with a time and brackets at most)."""
    found = []
    for d in dates:
        if d.precision != "day" or not d.text:
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        if _STAMP_REST.fullmatch(text, line_start, d.start) and _STAMP_REST.fullmatch(text, d.end, line_end):
            found.append(d)
    return found


def post_stamp_dates(text: str, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` and, when ``text`` is a feed of stamped posts, a mark of no width at the start of
    each later sentence of a post that tells no date of its own, with its stamp's day."""
    stamps = _stamps(text, dates)
    if len(stamps) < MIN_POSTS:
        return dates
    marks = []
    for s, e in sentence_spans(text):
        stamp = next((d for d in reversed(stamps) if d.end <= s), None)
        if stamp is None or any(s <= d.start < e for d in dates):
            continue
        marks.append(DateMention(s, s, "", stamp.date_start, stamp.date_end, "day", True))
    return sorted(dates + marks, key=lambda d: d.start) if marks else dates


_PATTERNS.save()
