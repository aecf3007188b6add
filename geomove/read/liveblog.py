"""A liveblog: a day's heading ("Live updates, Thursday 19 November") over entries that open with
their time ("14:05 GMT – ...", newest first). The entries are written on the heading's day, not
on the day the page was published or last saved: "this morning", "yesterday", "at noon" are
that day's, and an entry that names no day is dated by it.

Without this the entries were dated against the publication date (a blog of Thursday kept on
the site and published Friday read "this morning" as Friday) and an entry with no date word
had no date."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..dates import DateMention, find_dates
from ..regex_cache import CompiledPatterns
from ..textutil import sentence_spans
from .line_starts import matches_at_line_starts

_PATTERNS = CompiledPatterns("read-liveblog")

# an entry's time stamp opening its line: "14:05 GMT –", "9.30am -", "16:40 –", "21:10 local time:",
# "09:30 --" (a dash typed as two hyphens, read51)
# (and "Update 14:05:", "UPDATED 9.30am -": an entry's stamp behind the word, read104)
_ENTRY_STAMP = _PATTERNS.compile(
    r"^[ \t]*(?:update[ds]?(?:[ \t]+at)?[ \t]*[:-]?[ \t]*)?(?P<stamp>(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:[ \t]*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|"
    r"local[ \t]+time))?)[ \t]*(?:--|[–—:-])[ \t]", re.M | re.I)
# entries enough to call the report a liveblog (one stamped line may be a quoted timetable)
MIN_ENTRIES = 3
# the day's heading: a short line before the first entry, a weekday or "Live"/"updates" in it, or
# the page's "Last updated 27 November 2026, 16:20 CET" (read51)
_HEADING_CUE = _PATTERNS.compile(r"\b(?:live|updates?|updated|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_HEADING_CHARS = 60


def blog_day(text: str, dates: list[DateMention]) -> DateMention | None:
    """The day the liveblog's heading names (the last full day on a short heading line before
    the first entry), when ``text`` is a liveblog (MIN_ENTRIES stamped entries); else None."""
    stamps = matches_at_line_starts(_ENTRY_STAMP, text)  # (its finditer's, read.line_starts)
    if len(stamps) < MIN_ENTRIES:
        return None
    first = stamps[0].start()
    heading = None
    for d in dates:
        if d.start >= first:
            break
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if d.precision == "day" and len(line.strip()) <= _HEADING_CHARS and _HEADING_CUE.search(line):
            heading = d
    return heading


def undated_blog_day(text: str, published) -> DateMention | None:
    """The publication day as the day of a liveblog whose heading names none ("Last updated
    16:20", a headline alone), when ``text`` is a liveblog (MIN_ENTRIES stamped entries); else None.

    why: its entries were dated only by their own day words, and an entry that names no day
    ("Update 14:05: ... has sent two companies from A to B") had no date, though a page of
    entries stamped by the hour alone tells the day it is published (read104)."""
    if published is None or len(matches_at_line_starts(_ENTRY_STAMP, text)) < MIN_ENTRIES:
        return None
    return DateMention(0, 0, "", published, published, "day", True)


def liveblog_dates(text: str, published, dates: list[DateMention]) -> list[DateMention]:
    """``dates`` (found against ``published``) as a liveblog's: resolved against its heading's day
    and with each entry's time stamp as a date of that day; ``dates`` unchanged for any other
    report."""
    day = blog_day(text, dates) or undated_blog_day(text, published)
    if day is None:
        return dates
    found = list(_ENTRY_STAMP.finditer(text))
    sections = _day_sections(text, dates, found[0].start(), day)
    if len(sections) > 1:
        dates = _dates_by_section(text, sections, published, dates)
    elif published is None or day.date_start != published:
        dates = find_dates(text, day.date_start)  # "this morning", "yesterday": the blog's day's
    starts = [at for at, _ in sections]
    stamps = []
    for m in found:
        told = sections[bisect_left(starts, m.start() + 1) - 1][1]
        stamps.append(DateMention(m.start("stamp"), m.end("stamp"), m.group("stamp"), told.date_start, told.date_end, "day", True))
    taken = [(d.start, d.end) for d in dates]
    free = [s for s in stamps if not any(a < s.end and s.start < b for a, b in taken)]
    return sorted(dates + free + _entry_sentences(text, stamps, dates + free), key=lambda d: d.start)


# what a day's heading between entries may hold beside its date: marks and a weekday
# ("Friday 27 November", "-- Tuesday, 1 December --", "**Saturday 5 December**")
_SECTION_REST = _PATTERNS.compile(r"[\W_]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\W_]*", re.I)


def _day_sections(text: str, dates: list[DateMention], first: int, day: DateMention) -> list[tuple[int, DateMention]]:
    """(where each day's part of a liveblog begins, its day): ``day`` (the heading's or the page's)
    from the text's start, then each line after the first entry (at ``first``) that holds a full
    day alone ("Friday 27 November"), from the line's start on. A blog that runs over two days
    heads the entries of each day with its day, oldest or newest first.

    why: every entry was dated by the heading's day, so the second day's entries ("06:30 - The
    police contingent landed at X", "this morning") took the first day's date (s48 read134, three
    live blogs of my own)."""
    sections = [(0, day)]
    for d in dates:
        if d.start < first or d.precision != "day":
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line_end = len(text) if line_end < 0 else line_end
        if line_end - line_start <= _HEADING_CHARS and _SECTION_REST.fullmatch(text, line_start, d.start) \
                and _SECTION_REST.fullmatch(text, d.end, line_end):
            sections.append((line_start, d))
    return sections


def _dates_by_section(text: str, sections: list[tuple[int, DateMention]], published, dates: list[DateMention]) -> list[DateMention]:
    """The dates of each day's part of a liveblog resolved against that day ("this morning"
    under "Friday 27 November" is Friday's), the day headings' own as found."""
    out = []
    for i, (at, day) in enumerate(sections):
        end = sections[i + 1][0] if i + 1 < len(sections) else len(text)
        told = dates if day.date_start == published else find_dates(text, day.date_start)
        out += [d for d in told if at <= d.start < end]
    return out


def _entry_sentences(text: str, stamps: list[DateMention], dates: list[DateMention]) -> list[DateMention]:
    """The entry's day for each later sentence of an entry that tells no date of its own (the
    stamp dates the whole entry, as a dateline dates a report): a mark of no width at the
    sentence's start. An entry ends at the next stamp or a blank line."""
    marks = []
    # (the stamp before a sentence and the dates inside it found by bisection: a liveblog of
    # thousands of entries asked every stamp and every date for each sentence)
    stamp_starts, told = [d.start for d in stamps], sorted(d.start for d in dates)
    for s, e in sentence_spans(text):
        k = bisect_left(stamp_starts, e)
        if k:
            marks += _after_colons(text, stamps[k - 1], told, s, e)
        k = bisect_left(stamp_starts, s)
        stamp = stamps[k - 1] if k else None
        if stamp is None or _told_within(told, s, e) or _BLANK_LINE.search(text, stamp.end, s):
            continue
        marks.append(DateMention(s, s, "", stamp.date_start, stamp.date_end, "day", True))
    return marks


def _told_within(told: list[int], a: int, b: int) -> bool:
    """Does a date start in [a, b) (``told``: the dates' starts, sorted)?"""
    i = bisect_left(told, a)
    return i < len(told) and told[i] < b


# a colon that opens a clause inside an entry's sentence: "says the checkpoint has been
# reinforced: around 60 fighters arrived there from Tripoli"
_CLAUSE_COLON = _PATTERNS.compile(r":[ \t]+(?=\S)")


def _after_colons(text: str, stamp: DateMention, told: list[int], s: int, e: int) -> list[DateMention]:
    """The entry's day at the start of each clause opened by a colon in the sentence [s, e) of the
    entry stamped ``stamp``, when the clause tells no date of its own (``told``: the dates' starts,
    sorted): the reader dates a clause by the dates inside it, and the stamp stands before the
    colon (read104: "11:15 - Our correspondent says ...: around 60 fighters arrived there from
    Tripoli at dawn" had no date)."""
    if text.find(":", max(s, stamp.end), e) < 0 or (stamp.start < s and _BLANK_LINE.search(text, stamp.end, s)):
        return []
    return [DateMention(m.end(), m.end(), "", stamp.date_start, stamp.date_end, "day", True)
            for m in _CLAUSE_COLON.finditer(text, max(s, stamp.end), e) if not _told_within(told, m.end(), e)]


_BLANK_LINE = _PATTERNS.compile(r"\n[ \t]*\n")

# an entry's stamp as the text of the day it gives: a time of day and its zone alone
_STAMP_TEXT = _PATTERNS.compile(r"(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?:[ \t]*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|"
                                r"local[ \t]+time))?", re.I)


def entry_day_only(date: DateMention) -> bool:
    """Is ``date`` only the day of the entry (or post) it stands in: its stamp's time of day, or
    a mark of no width (liveblog_dates, read.post_stamp), no day told in words?

    why: a newest-first blog tells a convoy seen parked on Saturday ("15:05 - A video appears to
    show the same column parked in B") before the entry of Friday evening it left in; the
    sighting's entry day was the movement's day, and the departure, dated "this afternoon" under
    Friday's heading, was another movement (s48 read134). A day told in words is the move's."""
    return not date.text or (date.text[0].isdigit() and _STAMP_TEXT.fullmatch(date.text) is not None)


# the hour and separator of a clock time, right before a number: "12:50", "9.30"
_HOUR_BEFORE = _PATTERNS.compile(r"(?<![\d.,:])(?:[01]?[0-9]|2[0-3])[:.]$")
_TWO_DIGITS = _PATTERNS.compile(r"[0-5][0-9](?![0-9])")


def clock_minutes(text: str, at: int) -> bool:
    """The number at ``at`` is the minutes of a clock time ("the 12:50 entry said the SDF
    fighters ...", "at 14:30 soldiers left"): no count of what moved."""
    # (minutes are two digits: "2.5 thousand troops" is a decimal, read.decimal_count)
    return _HOUR_BEFORE.search(text, max(0, at - 3), at) is not None and _TWO_DIGITS.match(text, at) is not None


_PATTERNS.save()
