"""Dates in report text, resolved against the publication date.

A report says "on Tuesday", "yesterday", "last week" or "on November 5": words that only
mean a date once we know when the report was published. :func:`find_dates` finds such
expressions with their offsets and turns each into a window (``start``, ``end``) with a
``time_precision`` of day, week, month or year, as ACLED codes event dates.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from dataclasses import dataclass

from .errors import DateError
from .regex_cache import CompiledPatterns
from .textutil import WordAnchored, WordAnchoredGroup
from .gates import Gate

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH_RE = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAY_ABBREVIATED = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4, "Sat": 5, "Sun": 6}
_WEEKDAY_ABBREVIATIONS = "(?:" + "|".join(sorted(_WEEKDAY_ABBREVIATED, key=len, reverse=True)) + ")"
# the names of days and months written in full, for other stages' patterns of time words (compile
# them with re.I): one spelling of the calendar, not one per module
WEEKDAY_NAMES = _WEEKDAY_RE
MONTH_NAMES = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# ... and the months also as abbreviated ("Nov", "Sept."), for patterns that must pass over any month
MONTH_WORDS = _MONTH_RE
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 3, "several": 5}


@dataclass(frozen=True)
class DateMention:
    start: int          # offsets into the text
    end: int
    text: str
    date_start: dt.date
    date_end: dt.date
    precision: str      # day | week | month | year
    relative: bool      # resolved against the publication date

    def as_props(self) -> dict:
        return {
            "start": self.date_start.isoformat(),
            "end": self.date_end.isoformat(),
            "time_precision": self.precision,
            "date_text": self.text,
        }


def parse_published(value: str | dt.date | None, *, source: str = "--published") -> dt.date | None:
    """Read a publication date: YYYY-MM-DD, YYYY-MM (first of month) or a date; None passes."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    day = _iso_day(text)
    if day is not None:
        return day
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise DateError(f"{text!r} is not a date (expected YYYY-MM-DD)", source=source)


def _iso_day(text: str) -> dt.date | None:
    """``text`` as parse_published's strptime formats read it when it is exactly YYYY-MM-DD or
    YYYY-MM (the first of the month) in ASCII digits and a real day; else None (parse_published
    then asks strptime). The first strptime of a process imports _strptime and builds its
    locale tables (~11M instructions), which a batch of reports dated so need not pay."""
    if len(text) == 7 and text[4] == "-" and text.isascii():
        text += "-01"  # ("%Y-%m": two-digit months 01-12 read as strptime reads them)
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
        year, month, day = text[:4], text[5:7], text[8:]
        if year.isdigit() and month.isdigit() and day.isdigit():
            try:
                return dt.date(int(year), int(month), int(day))
            except ValueError:  # (day 31 of a 30-day month, month 13, year 0: strptime says so)
                return None
    return None


# the months in Roman numerals, as a day is dated "27.XI" (the dayroman pattern)
_ROMAN_MONTHS = {r: i for i, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1)}


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """Reports speak of the past: a month-day without a year is the latest one not after publication."""
    if published is None:
        return None
    year = published.year
    candidate = _safe_date(year, month, day)
    if candidate is not None and candidate > published + dt.timedelta(days=1):
        year -= 1
    return year


# (the patterns below are compiled from code an earlier run kept, geomove.regex_cache: the same)
_REGEX = CompiledPatterns("dates")
_recompile = _REGEX.compile
# Each pattern maps a match to (start, end, precision, relative) or None.
_PATTERNS: list[tuple[re.Pattern, str]] = [
    # a military date-time group, "081400Z MAR 26" (day 08, 14:00 in the Z zone, March 2026), as
    # SITREPs and signals date their lines; first, so that "MAR 26" is not read as 26 March (s29m)
    (_recompile(rf"\b(?P<dtgd>[0-3][0-9])(?P<dtgt>[0-2][0-9][0-5][0-9])(?P<dtgz>[A-Za-z])?\s*"
                rf"(?P<dtgm>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s*(?P<dtgy>[0-9]{{2}})\b", re.I), "dtg"),
    # a span across a month's end, before the spans in one month and the single days, so that it
    # claims both ends: "30 April-2 May", "from 30 November to 6 December", "between 28 Feb and
    # 3 March", "April 30-May 2" ("and" only after "between": "on 5 May and 6 June" is two days)
    # (and a year after the first end too, "between 5 November 1977 and 20 January 1978": read126,
    # two days were read)
    (_recompile(rf"\b(?P<btw>between\s+)?(?:(?P<x1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<xm1>{_MONTH_RE})"
                rf"|(?P<xm1b>{_MONTH_RE})\s+(?P<x1b>[0-9]{{1,2}})(?:st|nd|rd|th)?)"
                rf"(?:,?\s+(?P<xy1>(?:19|20)[0-9][0-9]),?)?"
                rf"(?:\s*[-–—]\s*|\s+(?:to|until|till|through)\s+|(?(btw)\s+and\s+|(?!)))"
                rf"(?:(?P<x2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<xm2>{_MONTH_RE})|(?P<xm2b>{_MONTH_RE})\s+(?P<x2b>[0-9]{{1,2}})(?:st|nd|rd|th)?)"
                rf"(?:,?\s+(?P<xy>(?:19|20)[0-9][0-9]))?\b", re.I), "crossspan"),
    # "in the first week of November", "the last week of October": days 1-7, 8-14, 15-21, 22-28,
    # or the month's last seven (s23: no date was read)
    (_recompile(rf"\bthe\s+(?P<nthw>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<nwm>{_MONTH_RE})"
                rf"(?:,?\s+(?P<nwy>(?:19|20)[0-9][0-9]))?\b", re.I), "nthweek"),
    # "in the week to 14 November", "the week ending November 14", "the seven days through 14 Nov":
    # the seven days up to that day; "the week of 3 November": the seven days from it (weekly
    # roundups, as ACLED's and think tanks' are dated; s23: the day alone was read). Before the
    # single days, so that it claims the day it holds
    (_recompile(rf"\bthe\s+(?:(?P<wkof>week\s+of)|(?:week|seven\s+days)\s+(?:to|ending|ended|up\s+to|through))\s+"
                rf"(?:{_WEEKDAY_RE},?\s+)?(?:(?P<wd1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<wm1>{_MONTH_RE})"
                rf"|(?P<wm2>{_MONTH_RE})\s+(?P<wd2>[0-9]{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?P<wy>(?:19|20)[0-9][0-9]))?\b", re.I), "weekspan"),
    # a span of days in one month, before the single days so that it claims both ends:
    # "3 to 5 November", "between 3 and 5 November", "the night of 3 to 4 November", "3-4 Nov"
    (_recompile(rf"\b(?:between\s+)?(?P<r1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(?P<r2>[0-9]{{1,2}})(?:st|nd|rd|th)?"
                rf"\s+(?:of\s+)?(?P<rm>{_MONTH_RE})(?:,?\s+(?P<ry>(?:19|20)[0-9][0-9]))?\b", re.I), "dayspan"),
    # "November 3-4", "Nov. 3 to 5", "between November 3 and 5"
    (_recompile(rf"\b(?P<qm>{_MONTH_RE})\s+(?P<q1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(?P<q2>[0-9]{{1,2}})(?:st|nd|rd|th)?\b"
                rf"(?!\s*(?:%|per\s*cent|percent|[a-z]))(?:,?\s+(?P<qy>(?:19|20)[0-9][0-9]))?", re.I), "monthdayspan"),
    # "overnight into Tuesday", "in the night to Friday", "on the night of Monday to Tuesday",
    # "overnight Monday into Tuesday": the night before the day it runs into, both dates (read51;
    # before, "overnight" read the night before publication and "Tuesday" that day alone)
    # (and "on Sunday night into Monday", "Sunday night to Monday": the weekday before "night", s30m)
    (_recompile(rf"\b(?:overnight|(?:in|during)\s+the\s+night|(?:on\s+)?the\s+night\s+(?:of|from))\s+"
                rf"(?:(?P<nfrom>{_WEEKDAY_RE})\s+)?(?:into|to|till)\s+(?P<ninto>{_WEEKDAY_RE})\b"
                rf"|\b(?:(?:on|late)\s+)?(?P<nfrom2>{_WEEKDAY_RE})\s+night\s+(?:into|to|till)\s+(?P<ninto2>{_WEEKDAY_RE})\b", re.I), "nightinto"),
    # "on Tuesday and Wednesday", "between Monday and Thursday", "from Friday to Sunday",
    # "Tuesday-Wednesday": the days from the first to the second, the second the latest such day
    # up to publication (before, the first day alone: a convoy "passed through on Tuesday and
    # Wednesday" was dated Tuesday); not days given "respectively", one to each of a list
    # (the word after them or right before them: "to A and B respectively on Tuesday and
    # Wednesday", read68)
    (_recompile(rf"(?<!respectively\s)(?<!respectively\son\s)\b(?:(?:between|from)\s+)?(?P<wa>{_WEEKDAY_RE})\s*(?:\s(?:and|to|through|till|until)\s|[-–])\s*"
                rf"(?P<wb>{_WEEKDAY_RE})\b(?!,?\s+respectively)", re.I), "weekdayspan"),
    # a sitrep's day in brackets, abbreviated: "(Mon)", "(Tue-Wed)", "(Thu.)": the latest such day up
    # to publication, or the days from the first to the second (s23: no date was read; only in
    # brackets, where "Sun", "Sat" and "Wed" are no words of the sentence)
    (_recompile(r"(?<=\()(?P<ab1>" + _WEEKDAY_ABBREVIATIONS + r")\.?(?:\s*[-–]\s*(?P<ab2>" + _WEEKDAY_ABBREVIATIONS + r")\.?)?(?=\))"),
     "weekdayabbr"),
    # and after "on", as a brief writes it: "advanced toward X on Mon", "a statement on Tue." (s24:
    # no date was read) -- not before another capitalised word ("on Sun Island", "on Mon State")
    (_recompile(r"(?<=\b[Oo]n\s)(?P<ab3>" + _WEEKDAY_ABBREVIATIONS + r")\.?(?=[,;:]?(?:\s+(?![A-Z])|$)|\.)"),
     "weekdayabbron"),
    # "over the weekend", "last weekend": the latest Saturday and Sunday up to publication
    # (and "throughout the weekend", "across the weekend": the same two days, read75)
    # (and "this past weekend": the same; "this weekend": the same in a report of the past
    # tense, "the troops arrived this weekend" -- a plan's "will arrive this weekend" is the
    # one to come, ahead_when_planned; s28r)
    (_recompile(r"\b(?:(?:over|during|at|on|throughout|across)\s+the|last|past|this(?:\s+past)?)\s+weekend\b", re.I), "weekend"),
    # "next weekend", "the coming weekend", "over the next weekend": a weekend to come, for a
    # plan (before, no date was read, s28r): "next" the weekend of the calendar week after
    # publication, "coming" the first Saturday and Sunday from publication on
    (_recompile(r"\b(?:(?:over|during|at|on|throughout|across)\s+)?(?:the\s+)?(?P<nwk>next|coming|upcoming)\s+weekend\b", re.I), "nextweekend"),
    # 5 November 2021 / November 5, 2021 / November 5 / 5 Nov
    # (with the weekday told before it, one date: "on Friday 13 November" is the 13th, not the
    # last Friday before publication and the 13th as two dates of one clause)
    # ("since 1 March": from that day up to publication, as "since Monday" is; read83)
    (_recompile(rf"\b(?:(?P<since1>since)\s+)?(?:{_WEEKDAY_RE},?\s+(?:the\s+)?)?(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_RE})(?:,?\s+(?P<y1>(?:19|20)[0-9][0-9]))?\b", re.I), "daymonth"),
    (_recompile(rf"\b(?:(?P<since2>since)\s+)?(?:{_WEEKDAY_RE},?\s+)?(?P<m2>{_MONTH_RE})\s+(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>(?:19|20)[0-9][0-9]))?", re.I), "monthday"),
    # "on the 21st": a day of the month told alone, the latest such day up to publication; only
    # after "on the" and before a punctuation mark or a word of the clause ("on the 21st, ...",
    # "on the 3rd and", "on the 21st when"), never before a noun ("on the 5th day", "on the 3rd
    # Brigade's orders") nor a month ("on the 21st of March" is daymonth)
    # (and before the next clause's subject opened by a determiner or a number, no comma between:
    # "On the 16th a convoy left ...", "on the 3rd about 200 police arrived", as a dated paragraph
    # opens; read104: no date was read and "On the 16th" was taken into what moved)
    # (and a part of that day: "By the morning of the 13th they were ...", read145's interview,
    # where "The same morning" after it is the 13th)
    (_recompile(rf"\b(?:on|(?:morning|afternoon|evening|night)\s+of)\s+the\s+(?P<dom>[0-9]{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{_MONTH_RE}(?![a-z]))"
                r"(?=\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:and|or|but|when|as|after|before|while|at|in|into|to|"
                r"from|for|with|near|toward|towards|through|via|by|on|under|amid|following)\b"
                r"|\s+(?:a|an|the|some|about|around|nearly|almost|more\s+than|several|two|three|four|five|six|seven|"
                r"eight|nine|ten|dozens|hundreds|they|we)\s|\s+[0-9][0-9,]*\s)", re.I), "dayofmonth"),
    (_recompile(r"\b(?P<iso>(?:19|20)[0-9][0-9]-[0-9][0-9]-[0-9][0-9])\b"), "iso"),
    # 12/03/2024, 12.03.2024: day first unless that cannot be (03/25/2024 is month first) or
    # falls after publication when month first does not; a date is never a count
    (_recompile(r"(?<![0-9/.])\b(?P<n1>[0-9]{1,2})(?P<sep>[/.])(?P<n2>[0-9]{1,2})(?P=sep)(?P<ny>(?:19|20)[0-9][0-9])\b(?![/.]?[0-9])"), "numeric"),
    # a day and month told by numbers without a year, as translated Central and East European
    # papers write them: "left on 01.12", "since 27.11." -- only after a preposition of time and
    # with a two-digit month, so that "on 1.5 hectares" or "by 3.12 million" is no date; the
    # latest such day up to publication (read121: no date was read)
    (_recompile(r"\b(?:on|since|from|until|till|by)\s+(?:the\s+)?(?P<sd>[0-3]?[0-9])\.(?P<sm>0[1-9]|1[0-2])\b(?!\.?[0-9])"
                r"(?!\s*(?:%|per\b|percent|million|billion|bn\b|thousand|km\b|kilomet|miles?\b|hectares?|met(?:re|er)s?\b"
                r"|tonnes?|tons?\b|kg\b|hours?\b|hrs?\b|h\b|gmt|utc|local\b|[ap]\.?m\b))", re.I), "daymonthnum"),
    # a day with its month in Roman numerals, "27.XI", "27.XI.2026", "3.XII", as Polish,
    # Bulgarian or Russian papers date a day (read121: no date was read); capitals only
    (_recompile(r"(?<![0-9.])\b(?P<rd>[0-3]?[0-9])\.\s?(?P<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\b"
                r"(?:\.?\s?(?P<ry>(?:19|20)[0-9][0-9])\b)?(?![.\s]?[0-9])"), "dayroman"),
    # "between June and August", "from March to May 2026": from the first month's first day to the
    # second's last (s31m: no date was read; only after "between" / "from", so that "in June and
    # August" stays two months and a list of months no span)
    # A year may follow the first month too ("between November 1977 and January 1978": read126,
    # only the second month's year was read, as one month)
    (_recompile(rf"\b(?:between|from)\s+(?P<ms1>{_MONTH_RE})(?:,?\s+(?P<msy1>(?:19|20)[0-9][0-9]),?)?\s+(?:and|to|until|till|through)\s+(?P<ms2>{_MONTH_RE})"
                rf"(?!\s*[0-9]{{1,2}}\b)(?:,?\s+(?P<msy>(?:19|20)[0-9][0-9]))?\b", re.I), "monthspan"),
    # "in October of last year", "March this year", "in late October last year": the month in the
    # year told by its word, not the latest such month (read45)
    (_recompile(rf"\b(?:(?:in|during)\s+)?(?:(?P<third6>early|late|mid)(?:-|\s+))?(?P<m6>{_MONTH_RE})\s+(?:of\s+)?"
                rf"(?P<which6>last|this|next)\s+year\b", re.I), "monthofyear"),
    (_recompile(rf"\b(?:in\s+)?(?P<m3>{_MONTH_RE})\s+(?:of\s+)?(?P<y3>(?:19|20)[0-9][0-9])\b", re.I), "monthyear"),
    # "in 2019", "since 2017": a year
    (_recompile(r"\b(?:in|since|during|until|by|through)\s+(?:early\s+|late\s+|mid-?)?(?P<y5>(?:19|20)[0-9][0-9])\b(?![-/][0-9])", re.I), "year"),
    # "the summer of 1999", "in the winter of 1950": the year (a season is no month: which months
    # it holds depends on the hemisphere), so that a memoir's bare days after it are read in that
    # year (_in_history_season, read124)
    (_recompile(r"\b(?:the\s+)?(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+(?P<y5>(?:19|20)[0-9][0-9])\b(?![-/][0-9])", re.I), "seasonyear"),
    # "in August", "since early March": the latest such month not after publication; the
    # preposition and the capital letter tell the month from the verbs "may" and "march"
    # "in late October", "early March": the third of the month it names (_third_of_month), not
    # after "since", "until", "through", "by" (a stretch from or up to it)
    # (and "at the end of October", "at the start of March", "in the middle of June": the same
    # thirds told by a noun, read44)
    # (and "last December": the latest December before the month of publication, read81; no
    # date was read)
    (_recompile(rf"\b(?:(?P<m4p>in|during|since|until|through|by)\s+|(?<!\bthe\s)(?P<last4>last)\s+|(?P<third1>early|late|mid)(?:-|\s+)|"
                rf"(?:at|in|towards?)\s+the\s+(?P<third3>end|beginning|start|middle|(?:last|final|first)\s+days)\s+of\s+)(?:(?P<third2>early|late|mid)-?\s*)?"
                rf"(?P<m4>{_MONTH_RE})(?!\s*[0-9])\b", re.I), "month"),
    # ("since Monday": from that day up to publication, as a stretch told from it; read82)
    (_recompile(rf"\b(?:(?P<since6>since)\s+)?(?:(?P<which>last|this|past|previous)\s+)?(?P<wd>{_WEEKDAY_RE})(?:\s+(?:morning|evening|night|afternoon))?\b", re.I), "weekday"),
    (_recompile(r"\b(?P<rel>yesterday|today|tonight|this\s+(?:morning|evening|afternoon)|last\s+night)\b", re.I), "relday"),
    # "withdrew from X overnight": the night before publication, as "last night" (not "stopping
    # overnight at X", "an overnight march": a stay or a kind of trip, no date)
    (_recompile(r"(?<!stopping\s)(?<!stopped\s)(?<!stayed\s)(?<!staying\s)(?<!\ban\s)(?<!\bthe\s)\b(?P<over>overnight)\b"
                r"(?!\s+(?:stays?|stops?|march|journey|trip|drive|flights?|camp|halt|rest|bus|train|ferry|at|in\s+(?:a|the)\b))", re.I), "overnight"),
    # "late last month", "early this month", "at the end of last month": that third of the month
    # (s23: the whole month was read); "late last week", "early this week": that part of the
    # calendar week (s24: the whole week was read); before "last month / week" so that it claims the words
    (_recompile(r"\b(?:(?P<tr1>early|late|mid)(?:-|\s+)|(?:at|in|towards?)\s+the\s+(?P<tr3>end|beginning|start|middle)\s+of\s+)"
                r"(?P<trw>last|this|previous)\s+(?P<tru>month|week)\b", re.I), "thirdofunitrel"),
    # "last week" is the calendar week before; "the past week" is the seven days up to publication
    (_recompile(r"\b(?<!the )(?P<lw>last|this|previous)\s+(?P<lunit>week|month|year)\b", re.I), "lastunit"),
    # "next week", "the coming month": the calendar week (month, year) after publication, for
    # what is to happen (a plan's date)
    (_recompile(r"\b(?:the\s+)?(?:next|coming)\s+(?P<nunit>week|month|year)\b", re.I), "nextunit"),
    # ("the previous day" is the day before one told, not the day up to publication: date_after_span;
    # so are "the previous week" and "the previous month", s23r)
    (_recompile(r"\b(?:in\s+)?(?:the\s+)?(?:past|last|previous(?!\s+(?:day|week|month)\b))\s+(?P<n>[0-9]{1,6}|a|one|two|three|four|five|six|seven|few|several)?\s*(?P<unit>days?|weeks?|months?|hours?)\b", re.I), "pastspan"),
    (_recompile(r"\b(?P<n2>[0-9]{1,6}|a|one|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+(?P<unit2>days?|weeks?|months?)\s+ago\b", re.I), "ago"),
    (_recompile(r"\brecently\b|\bin recent days\b", re.I), "recent"),
    # "earlier in the month", "later in the month": the month of publication (read45)
    (_recompile(r"\b(?:earlier|later)\s+in\s+the\s+month\b", re.I), "inthemonth"),
    # "for the second day", "for a third straight day": the days up to publication (_days_running)
    (_recompile(r"\bfor\s+(?:a|the)\s+(?P<nth>second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|7th)\s+"
                r"(?:(?:straight|consecutive|successive)\s+)?day(?:\s+(?:running|in\s+a\s+row))?\b(?!\s+of\b)", re.I), "nthday"),
]


def _span_precision(start: dt.date, end: dt.date) -> str:
    """A span of days told as one: a night across two dates is still a day; up to ten days a
    week (as ACLED codes "sometime that week"), longer a month."""
    days = (end - start).days + 1
    return "day" if days <= 2 else "week" if days <= 10 else "month"


def _day_span(first: int, last: int, month_word: str, year_text: str | None, published: dt.date | None):
    """Days ``first`` to ``last`` of one month: None when they are no span (5 to 3, 0, 32)."""
    if not 1 <= first < last <= 31:
        return None
    month = MONTHS[month_word.lower().rstrip(".")]
    year = int(year_text) if year_text else _year_for(month, last, published)
    if year is None:
        return None
    start, end = _safe_date(year, month, first), _safe_date(year, month, last)
    if start is None or end is None:
        return None
    return start, end, _span_precision(start, end), not year_text


def _month_span(first: int, first_month: str, last: int, last_month: str, year_text: str | None,
                published: dt.date | None, first_year_text: str | None = None, told_as_span: bool = False):
    """From day ``first`` of one month to day ``last`` of a later one ("30 April-2 May"); the
    year told or found for the last day, the year before for the first when the span crosses
    the new year ("30 December-2 January"). A span in one month whose month is written twice
    ("between March 1 and March 3", "from 1 March to 3 March": no one-month pattern reads the
    month twice) is that span. None when the days are none, or the same month's first day is not
    before its last. ``told_as_span``: "between" says it is one stretch ("between 5 November and
    20 January"), so a span longer than two months is read as one too, in the year found for its
    last day (as with each end's year told, read126), not only a span of days (s47 read127: only
    the last day was read). "from 5 May to 6 September" stays two dates (read41)."""
    m1, m2 = MONTHS[first_month.lower().rstrip(".")], MONTHS[last_month.lower().rstrip(".")]
    if first_year_text:
        # (each end with its year, "5 November 1977 to 20 January 1978": the writer dates both,
        # so a span of months is told too; the last end without one is the first such day after)
        y1 = int(first_year_text)
        start = _safe_date(y1, m1, first)
        end = _safe_date(int(year_text) if year_text else y1 + ((m1, first) >= (m2, last)), m2, last)
        if start is None or end is None or end <= start or (end - start).days > 366:
            return None
        return start, end, _span_precision(start, end), False
    if m1 == m2 and first >= last:
        return None
    year = int(year_text) if year_text else _year_for(m2, last, published)
    if year is None:
        return None
    start, end = _safe_date(year - (m1 > m2), m1, first), _safe_date(year, m2, last)
    if start is None or end is None or (end - start).days > (366 if told_as_span else 62):
        return None  # (a span of months is no span of days: "5 May to 6 September")
    return start, end, _span_precision(start, end), not year_text


def _months_span(first_month: str, last_month: str, year_text: str | None, published: dt.date | None,
                 first_year_text: str | None = None):
    """From the first day of one month to the last of a later one ("between June and August"):
    the year told, else the latest such last month up to publication; the year before for the
    first month when the span crosses the new year ("from November to January"). None for one
    month told twice or no year to be had. With the first month's own year ("between November
    1977 and January 1978") each end keeps its year; the last month without one is the first
    such month after the first."""
    m1, m2 = MONTHS[first_month.lower().rstrip(".")], MONTHS[last_month.lower().rstrip(".")]
    if first_year_text:
        y1 = int(first_year_text)
        y2 = int(year_text) if year_text else y1 + (m1 >= m2)
        if (y2, m2) <= (y1, m1):
            return None
        start, end = dt.date(y1, m1, 1), _month_end(y2, m2)
        return start, end, _span_precision(start, end), False
    if m1 == m2:
        return None
    year = int(year_text) if year_text else _latest_year_of(m2, published) if published else None
    if year is None:
        return None
    start, end = dt.date(year - (m1 > m2), m1, 1), _month_end(year, m2)
    return start, end, _span_precision(start, end), not year_text


def _week_span(day: int, month_word: str, year_text: str | None, from_the_day: bool, published: dt.date | None):
    """The seven days up to day ``day`` of the month ("the week to 14 November"), or from it
    (``from_the_day``: "the week of 3 November"); the year told, else the latest such day up to
    publication. None for a day that is none."""
    month = MONTHS[month_word.lower().rstrip(".")]
    year = int(year_text) if year_text else _year_for(month, day, published)
    if year is None:
        return None
    told = _safe_date(year, month, day)
    if told is None:
        return None
    start, end = (told, told + dt.timedelta(days=6)) if from_the_day else (told - dt.timedelta(days=6), told)
    return start, end, _span_precision(start, end), not year_text


def _latest_year_of(month: int, published: dt.date) -> int:
    """The year of the latest such month up to publication (its own year, else the year before)."""
    return published.year if month <= published.month else published.year - 1


def _latest_weekdays(first: int, last: int, published: dt.date) -> tuple[dt.date, dt.date]:
    """The days from weekday ``first`` to weekday ``last`` (0 Monday), the last the latest such
    day up to publication."""
    end = published - dt.timedelta(days=(published.weekday() - last) % 7)
    return end - dt.timedelta(days=(last - first) % 7), end


_NTH_WEEK = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _nth_week(nth: str, month_word: str, year_text: str | None, published: dt.date | None):
    """"The first (second, third, fourth) week of a month": its days 1-7 (8-14, 15-21, 22-28);
    "the last (final) week": its last seven days. The year told, else the latest such month up to
    publication."""
    month = MONTHS[month_word.lower().rstrip(".")]
    if year_text:
        year = int(year_text)
    elif published is None:
        return None
    else:
        year = _latest_year_of(month, published)
    if nth in _NTH_WEEK:
        start = dt.date(year, month, 1 + 7 * _NTH_WEEK[nth])
        end = start + dt.timedelta(days=6)
    else:
        end = _month_end(year, month)
        start = end - dt.timedelta(days=6)
    return start, end, _span_precision(start, end), not year_text


_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}  # (31: the month's last day, whichever)
# the thirds told by a noun: "at the end of October" is late October (_resolve, "month")
_THIRD_NOUNS = {"end": "late", "beginning": "early", "start": "early", "middle": "mid",
                "last days": "late", "final days": "late", "first days": "early"}  # ("in the last days of July", read124)
# the days of a calendar week (Monday 0) that "early", "mid" and "late" say of it
_WEEK_PARTS = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}


def _part_of_week(before: bool, part: str | None, published: dt.date):
    """The days "early", "mid" or "late" (this / last) week say: Monday to Wednesday, Tuesday to
    Thursday, Thursday to Sunday of that calendar week, up to publication.

    why: "pulled back to Surin late last week" was read as the whole week, Monday to Sunday, as
    "late last month" was the whole month before s23."""
    if part is None:
        return None
    monday = published - dt.timedelta(days=published.weekday()) - dt.timedelta(days=7 if before else 0)
    first, last = (monday + dt.timedelta(days=d) for d in _WEEK_PARTS[part.lower()])
    # ("will arrive late this week" told on a Tuesday: a plan's days, after publication, as
    # "late this month" and "next week" are)
    last = min(last, published) if first <= published else last
    return first, last, _span_precision(first, last), True


def _third_of_month(year: int, month: int, word: str | None) -> tuple[dt.date, dt.date] | None:
    """The days "early", "mid" or "late" say of a month: its first, second or last third (1-10,
    11-20, 21 to its end); None without such a word.

    why: "in late October" was the whole month, 1-31 October, so a movement told in late
    October took the 1st as its start, three weeks early. A third is 10 or 11 days: its
    precision is "week" (ACLED's code for a span of some days within the month, not the month)."""
    if not word:
        return None
    first, last = _THIRDS[word.lower()]
    return dt.date(year, month, first), min(_month_end(year, month), dt.date(year, month, min(last, 28)) + dt.timedelta(days=max(0, last - 28)))


_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7}


def _days_running(nth: str, published: dt.date):
    """"For the second day, columns moved ...": the day of the report and the one before it
    (the third day: two before it), a span of days up to the day the report tells from.

    why: the phrase named no date, so a movement told only by it had none, though it says the
    movement went on up to the report's day. "The second day of the exercise" counts from a
    start the report may not give: no date (the pattern does not take "of")."""
    n = _NTH[nth.lower()]
    start = published - dt.timedelta(days=n - 1)
    return start, published, _span_precision(start, published), True


def _resolve(kind: str, m: re.Match, published: dt.date | None):
    g = m.groupdict()
    if kind == "crossspan":
        return _month_span(int(g["x1"] or g["x1b"]), g["xm1"] or g["xm1b"], int(g["x2"] or g["x2b"]),
                           g["xm2"] or g["xm2b"], g.get("xy"), published, g.get("xy1"),
                           told_as_span=bool(g.get("btw")))
    if kind == "monthspan":
        return _months_span(g["ms1"], g["ms2"], g.get("msy"), published, g.get("msy1"))
    if kind == "dayspan":
        return _day_span(int(g["r1"]), int(g["r2"]), g["rm"], g.get("ry"), published)
    if kind == "monthdayspan":
        return _day_span(int(g["q1"]), int(g["q2"]), g["qm"], g.get("qy"), published)
    if kind == "nthweek":
        return _nth_week(g["nthw"].lower(), g["nwm"], g.get("nwy"), published)
    if kind == "weekspan":
        return _week_span(int(g["wd1"] or g["wd2"]), g["wm1"] or g["wm2"], g.get("wy"), bool(g.get("wkof")), published)
    if kind in ("daymonth", "monthday"):
        day = int(g.get("d1") or g.get("d2"))
        month = MONTHS[(g.get("m1") or g.get("m2")).lower().rstrip(".")]
        year_text = g.get("y1") or g.get("y2")
        year = int(year_text) if year_text else _year_for(month, day, published)
        if year is None:
            return None
        day_date = _safe_date(year, month, day)
        if day_date and (g.get("since1") or g.get("since2")) and day_date <= published:
            # "since 1 March": the stretch from that day runs to publication, its start told to
            # the day (as "since Monday", read82)
            return day_date, published, "day", not year_text
        return (day_date, day_date, "day", not year_text) if day_date else None
    if kind in ("year", "seasonyear"):
        year = int(g["y5"])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", False
    if kind == "dtg":
        day_date = _safe_date(2000 + int(g["dtgy"]), MONTHS[g["dtgm"].lower()], int(g["dtgd"]))
        return (day_date, day_date, "day", False) if day_date else None
    if kind == "iso":
        try:
            day_date = dt.date.fromisoformat(g["iso"])
        except ValueError:
            return None
        return day_date, day_date, "day", False
    if kind == "numeric":
        first, second, year = int(g["n1"]), int(g["n2"]), int(g["ny"])
        day, month = (second, first) if second > 12 >= first else (first, second)
        day_date = _safe_date(year, month, day)
        other = _safe_date(year, first, second) if second <= 12 else None
        if published is not None and day_date and other and day_date > published + dt.timedelta(days=1) >= other:
            day_date = other  # reports speak of the past: 3.12.2024 in a March 2024 report is 12 March
        return (day_date, day_date, "day", False) if day_date else None
    if kind in ("daymonthnum", "dayroman"):
        day = int(g.get("sd") or g.get("rd"))
        month = int(g["sm"]) if g.get("sm") else _ROMAN_MONTHS[g["rm"]]
        year_text = g.get("ry")
        year = int(year_text) if year_text else _year_for(month, day, published)
        if year is None:
            return None
        day_date = _safe_date(year, month, day)
        return (day_date, day_date, "day", not year_text) if day_date else None
    if kind == "monthyear":
        month = MONTHS[g["m3"].lower().rstrip(".")]
        year = int(g["y3"])
        return dt.date(year, month, 1), _month_end(year, month), "month", False
    if published is None:
        return None
    if kind == "month":
        word = g["m4"]
        if not word[:1].isupper():
            return None
        month = MONTHS[word.lower().rstrip(".")]
        year = _latest_year_of(month, published)
        if g.get("last4") and month == published.month:
            year -= 1  # ("last March" told in March: the March of the year before)
        # (a stretch told from or up to it is read as before: "since early June" runs to publication)
        third = _third_of_month(year, month, g.get("third2") or g.get("third1") or _THIRD_NOUNS.get(" ".join((g.get("third3") or "").lower().split()))) \
            if (g.get("m4p") or "in").lower() in ("in", "during") else None
        if third is not None:
            return third[0], (min(third[1], published) if third[0] <= published else third[1]), "week", True
        return dt.date(year, month, 1), min(_month_end(year, month), published), "month", True
    if kind == "weekday":
        target = WEEKDAYS[g["wd"].lower()]
        back = (published.weekday() - target) % 7
        if (g.get("which") or "").lower() in ("last", "past", "previous") and back == 0:
            back = 7
        day_date = published - dt.timedelta(days=back)
        if g.get("since6"):
            # "since Monday": the stretch from that day runs to publication (not that day alone);
            # its start is told to the day, as the day it began (a day of another movement inside
            # the stretch is still another day: "Since Monday, paratroopers have flown to K" and
            # "units moved to K on Tuesday" are two movements, as they were when it ended on Monday)
            return day_date, published, "day", True
        return day_date, day_date, "day", True
    if kind == "weekdayabbron":
        start, end = _latest_weekdays(_WEEKDAY_ABBREVIATED[g["ab3"]], _WEEKDAY_ABBREVIATED[g["ab3"]], published)
        return start, end, "day", True
    if kind == "weekdayabbr":
        start, end = _latest_weekdays(_WEEKDAY_ABBREVIATED[g["ab1"]], _WEEKDAY_ABBREVIATED[g["ab2"] or g["ab1"]], published)
        return start, end, _span_precision(start, end), True
    if kind == "weekdayspan":
        first, last = WEEKDAYS[g["wa"].lower()], WEEKDAYS[g["wb"].lower()]
        if first == last:
            return None  # "Monday and Monday": no span
        start, end = _latest_weekdays(first, last, published)
        return start, end, "day", True
    if kind == "nightinto":
        # the night runs into the latest such day up to publication (a day told with the day
        # before it: "Monday into Tuesday" only when Monday is the day before)
        into = WEEKDAYS[(g.get("ninto") or g["ninto2"]).lower()]
        day_date = published - dt.timedelta(days=(published.weekday() - into) % 7)
        night_of = g.get("nfrom") or g.get("nfrom2")
        if night_of and (WEEKDAYS[night_of.lower()] + 1) % 7 != into:
            return None
        return day_date - dt.timedelta(days=1), day_date, "day", True
    if kind == "weekend":
        # the Saturday on or before publication (published on a Sunday: the day before)
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        return saturday, min(saturday + dt.timedelta(days=1), published), "day", True
    if kind == "nextweekend":
        if g["nwk"].lower() == "next":
            saturday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=12)
        else:
            saturday = _weekend_from(published)
        return saturday, saturday + dt.timedelta(days=1), "day", True
    if kind == "overnight":
        night = published - dt.timedelta(days=1)
        return night, night, "day", True
    if kind == "relday":
        word = g["rel"].lower()
        day_date = published - dt.timedelta(days=1) if word in ("yesterday", "last night") else published
        return day_date, day_date, "day", True
    if kind in ("pastspan", "ago"):
        n_text = (g.get("n") or g.get("n2") or "").lower()
        unit = (g.get("unit") or g.get("unit2")).lower().rstrip("s")
        n = int(n_text) if n_text.isascii() and n_text.isdigit() else _NUMBER_WORDS.get(n_text, 1)
        if unit == "hour":
            # "over the past 48 hours", "in the last 24 hours": the days those hours reach back
            # into, up to publication; a count is needed ("in the last hours of the siege" is no
            # span up to publication) (s49 lead: "airlifted 1,200 soldiers over the past 48 hours"
            # read no date)
            if not n_text:
                return None
            return published - dt.timedelta(days=max(1, -(-n // 24))), published, "day", True
        days = n * {"day": 1, "week": 7, "month": 30}[unit]
        precision = "week" if days <= 10 else "month" if days <= 62 else "year"
        if kind == "ago":
            centre = published - dt.timedelta(days=days)
            if unit == "day":
                return centre, centre, "day", True
            half = dt.timedelta(days=3 if unit == "week" else 15)
            return centre - half, min(centre + half, published), precision, True
        return published - dt.timedelta(days=days), published, precision, True
    if kind == "monthofyear":
        word = g["m6"]
        if not word[:1].isupper():
            return None  # ("may", "march" as verbs)
        month = MONTHS[word.lower().rstrip(".")]
        year = published.year + {"last": -1, "this": 0, "next": 1}[g["which6"].lower()]
        third = _third_of_month(year, month, g.get("third6")) if g.get("third6") else None
        if third is not None:
            return third[0], third[1], "week", True
        return dt.date(year, month, 1), _month_end(year, month), "month", True
    if kind == "inthemonth":
        first = published.replace(day=1)
        return first, min(_month_end(first.year, first.month), published), "month", True
    if kind == "thirdofunitrel":
        part = g.get("tr1") or _THIRD_NOUNS.get((g.get("tr3") or "").lower())
        if g["tru"].lower() == "week":
            return _part_of_week(g["trw"].lower() != "this", part, published)
        first = published.replace(day=1)
        if g["trw"].lower() != "this":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        third = _third_of_month(first.year, first.month, part)
        if third is None:
            return None
        return third[0], (min(third[1], published) if third[0] <= published else third[1]), "week", True
    if kind == "lastunit":
        which, unit = g["lw"].lower(), g["lunit"].lower()
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday())
            if which != "this":
                monday -= dt.timedelta(days=7)
            return monday, min(monday + dt.timedelta(days=6), published), "week", True
        if unit == "month":
            first = published.replace(day=1)
            if which != "this":
                first = (first - dt.timedelta(days=1)).replace(day=1)
            return first, min(_month_end(first.year, first.month), published), "month", True
        year = published.year - (which != "this")
        return dt.date(year, 1, 1), min(dt.date(year, 12, 31), published), "year", True
    if kind == "nextunit":
        unit = g["nunit"].lower()
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(days=7)
            return monday, monday + dt.timedelta(days=6), "week", True
        if unit == "month":
            first = (published.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
            return first, _month_end(first.year, first.month), "month", True
        return dt.date(published.year + 1, 1, 1), dt.date(published.year + 1, 12, 31), "year", True
    if kind == "recent":
        return published - dt.timedelta(days=7), published, "week", True
    if kind == "nthday":
        return _days_running(g["nth"], published)
    if kind == "dayofmonth":
        return _day_of_month(int(g["dom"]), published)
    return None


def _day_of_month(day: int, published: dt.date):
    """Day ``day`` of the month of publication, or of the month before when that day is still
    to come ("on the 21st" in a report of 3 March is 21 February); None for no such day."""
    if not 1 <= day <= 31:
        return None
    year, month = published.year, published.month
    if day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    day_date = _safe_date(year, month, day)
    return (day_date, day_date, "day", True) if day_date else None


_MONTH_WORDS = list(MONTHS)
_WEEKDAY_WORDS = list(WEEKDAYS)
# the words each pattern can start with (a digit: ``digits``), in the order of _PATTERNS: each
# is scanned for only where such a word begins (tests/test_scan_identity.py checks that the
# scans find what finditer finds)
_FIRST_WORDS: dict[str, tuple[list[str], bool]] = {
    "dtg": ([], True),
    "weekspan": (["the"], False),
    "weekdayabbr": ([w.lower() for w in _WEEKDAY_ABBREVIATED], False),
    "weekdayabbron": ([w.lower() for w in _WEEKDAY_ABBREVIATED], False),
    "nthweek": (["the"], False),
    "thirdofunitrel": (["early", "late", "mid", "at", "in", "toward", "towards"], False),
    "crossspan": (["between", *_MONTH_WORDS], True),
    "dayspan": (["between"], True),
    "monthdayspan": (_MONTH_WORDS, False),
    "nightinto": (["overnight", "in", "during", "on", "the", "late", *_WEEKDAY_WORDS], False),
    "weekdayspan": (["between", "from", *_WEEKDAY_WORDS], False),
    "weekend": (["over", "during", "at", "on", "throughout", "across", "last", "past", "this"], False),
    "nextweekend": (["over", "during", "at", "on", "throughout", "across", "the", "next", "coming", "upcoming"], False),
    "daymonth": ([*_WEEKDAY_WORDS, "since"], True),
    "monthday": ([*_MONTH_WORDS, *_WEEKDAY_WORDS, "since"], False),
    "dayofmonth": (["on", "morning", "afternoon", "evening", "night"], False),
    "iso": ([], True),
    "numeric": ([], True),
    "daymonthnum": (["on", "since", "from", "until", "till", "by"], False),
    "dayroman": ([], True),
    "monthspan": (["between", "from"], False),
    "monthofyear": (["in", "during", "early", "late", "mid", *_MONTH_WORDS], False),
    "monthyear": (["in", *_MONTH_WORDS], False),
    "year": (["in", "since", "during", "until", "by", "through"], False),
    "seasonyear": (["the", "early", "late", "spring", "summer", "autumn", "fall", "winter"], False),
    "month": (["in", "during", "since", "until", "through", "by", "early", "late", "mid", "at", "toward", "towards", "last"], False),
    "weekday": (["since", "last", "this", "past", "previous", *_WEEKDAY_WORDS], False),
    "relday": (["yesterday", "today", "tonight", "this", "last"], False),
    "overnight": (["overnight"], False),
    "lastunit": (["last", "this", "previous"], False),
    "nextunit": (["next", "coming", "the"], False),
    "pastspan": (["in", "the", "past", "last", "previous"], False),
    "ago": (list(_NUMBER_WORDS), True),
    "recent": (["recently", "in"], False),
    "inthemonth": (["earlier", "later"], False),
    "nthday": (["for"], False),
}
# the words one of which every match of a pattern holds as a whole word (set off by white space
# or a word boundary on both sides in the pattern), where the words it starts with are common ones
# ("the", "in", "on", "last"): a report holding none of them is not scanned with the pattern,
# which was tried at each of those words (speed107: "nightinto" ~11,500 tries over the 380 dev
# reports, none matching). tests/test_speed107.py checks each word stands so in its pattern and
# that the scans find what the patterns' own finditer finds.
_WORDS_HELD: dict[str, tuple[str, ...]] = {
    "nightinto": ("overnight", "night"),  # "overnight into", "during the night of", "Monday night into"
    "nthweek": ("week",),  # "the second week of May"
    "weekspan": ("week", "seven"),  # "the week of", "the week to", "the seven days ending"
    "weekend": ("weekend",),
    "nextweekend": ("weekend",),
    "seasonyear": ("spring", "summer", "autumn", "fall", "winter"),  # "the summer of 2021"
    "lastunit": ("week", "month", "year"),  # "last week"
    "nextunit": ("week", "month", "year"),  # "next month"
    "ago": ("ago",),  # "two weeks ago"
    "recent": ("recently", "recent"),  # "recently", "in recent days"
    "inthemonth": ("month",),  # "later in the month"
    "nthday": ("day",),  # "for a third straight day"
    "pastspan": ("past", "last", "previous"),  # "in the past two weeks" (tried at each "in" and "the")
    "thirdofunitrel": ("month", "week"),  # "at the end of last month"
    "weekdayspan": tuple(_WEEKDAY_WORDS),  # "from Monday to Wednesday" (tried at each "from")
    "relday": ("yesterday", "today", "tonight", "morning", "evening", "afternoon", "night"),  # ("this", "last")
}
_SCANS = WordAnchoredGroup([WordAnchored(pattern, _FIRST_WORDS[kind][0], digits=_FIRST_WORDS[kind][1])
                            for pattern, kind in _PATTERNS],
                           [frozenset(_WORDS_HELD[kind]) if kind in _WORDS_HELD else None for _pattern, kind in _PATTERNS])

# the patterns' matches in the last text read: the clause reader asks twice for a report
# without a publication date (once to resolve, once for the date words)
_last_scan: tuple[str, list[list[re.Match]]] = ("", [[] for _ in _PATTERNS])


def _pattern_matches(text: str) -> list[list[re.Match]]:
    """Each pattern's ``finditer`` matches in ``text``, in the order of _PATTERNS."""
    global _last_scan
    last = _last_scan  # one read: another thread may replace it
    if last[0] == text:
        return last[1]
    found = _SCANS.finditer_each(text)
    _last_scan = (text, found)
    return found


def _across_paragraphs(text: str, m: re.Match) -> bool:
    """A date's words never stand in two paragraphs: a blank line inside the match joined a
    month ending one paragraph to a number opening the next (a liveblog's "09:00 GMT")."""
    return "\n" in m.group(0) and _BLANK_LINE.search(text, m.start(), m.end()) is not None


_BLANK_LINE = _recompile(r"\n[ \t]*\n")

# a vessel named with a month and a number: "the chartered boat Unaizah May 5", "the resupply
# vessel Unaizah May 4" (read62: Philippine resupply boats to Second Thomas Shoal are so named).
# "May" with its number right after a capitalised word that follows a word for a boat is the
# end of the boat's name, not a day
_VESSEL_NAME_BEFORE = _recompile(
    r"\b(?:boats?|ships?|vessels?|ferry|ferries|tugs?|tugboats?|trawlers?|tankers?|barges?|launch|freighters?|supply\s+craft)"
    r"\s+(?-i:[A-Z][a-z][\w'-]*)\s+$", re.I)


def _vessel_named_may(text: str, m: re.Match) -> bool:
    """Is the date "May N" the end of a vessel's name ("the boat Unaizah May 5 left X")?
    why: the boat's name dated the resupply it made to 5 May."""
    words = m.group(0)
    if not words.startswith("May ") or not words[4:].strip().isdigit():
        return False
    return _VESSEL_NAME_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Date expressions in ``text``, left to right, without overlaps (longest wins)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []  # (start, end) of found, sorted, never overlapping
    for (pattern, kind), matches in zip(_PATTERNS, _pattern_matches(text)):
        for m in matches:
            # overlap test by bisection: a long text has thousands of dates (was quadratic)
            i = bisect.bisect_left(taken, (m.start(), -1))
            if (i < len(taken) and taken[i][0] < m.end()) or (i > 0 and taken[i - 1][1] > m.start()):
                continue
            if _across_paragraphs(text, m):
                continue  # "... in December.\n\n09:00 GMT –": a month and the next paragraph's number
            if _vessel_named_may(text, m):
                continue  # "the boat Unaizah May 5": a name, not a day
            try:
                resolved = _resolve(kind, m, published)
            except (OverflowError, ValueError):
                # beyond the calendar (year 0 or 10000: "1000000 weeks ago", "last year" in a
                # report of 0001-01-01): no date rather than a wrong one
                resolved = None
            if resolved is None:
                continue
            start, end, precision, relative = resolved
            found.append(DateMention(m.start(), m.end(), m.group(0).strip(), start, end, precision, relative))
            bisect.insort(taken, (m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    found = _weekday_told_before(text, _part_of_day_after_told(_since_unit_told(text, _weekday_of_week_told(text, found, published), published)))
    return _overnight_before_day_told(text, _at_the_time_told_before(text, _in_chronology_year(text, _in_year_told_before(text, _dated_by_list_head(text, found, published)), published)))


# what may stand between "overnight" and the day told after it in its sentence: no end of a
# sentence (a stop before a space and a capital, "?", "!", a line break)
_SENTENCE_END_BETWEEN = _recompile(r"[.!?](?=\s+[A-Z\"“])|[!?]|\n")
# the most characters from "overnight" to that day ("flown into A overnight and driven to B on Friday")
OVERNIGHT_DAY_REACH = 160
# right before "overnight": an arrival at a named place ("into Goma", "to Port-au-Prince", "reached
# Tartu"), so the day told after it is of a later step. Not a departure ("Moving from Gao overnight,
# troops reached Kidal on Monday": one move into that day), nor a sentence's opener ("Overnight,
# the army withdrew the troops that had been brought there on Monday": an earlier day)
_ARRIVED_AT_NAME_BEFORE = _recompile(r"\b(?:to|into|in|at|reached|entered)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                                     r"(?:[\s-]+[A-Z][\w'’.-]*){0,3}\s+$")


def _overnight_before_day_told(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with a bare "overnight" (read as the night before publication) told right after an
    arrival at a named place, dated as the night before the day told next in its sentence, when
    that day is earlier: "flown into A overnight and driven to B on Friday" flew on Thursday night. A day told after the night is later than
    it, so the night before publication, after that day, cannot be it; a day on or after the
    night as read ("overnight ... on Tuesday" in Wednesday's report) leaves it as it was.

    why: in a report of a Tuesday, "flown into Goma overnight and driven to Sake on Friday" dated
    the flight Monday, three days after the drive it came before (session 53 read153's Left;
    golden s54-read155-overnight-*)."""
    out = found
    for k, d in enumerate(found):
        if not d.relative or d.text.lower() != "overnight" \
                or _ARRIVED_AT_NAME_BEFORE.search(text, max(0, d.start - 60), d.start) is None:
            continue
        day = next((p for p in found[k + 1:] if p.start - d.end <= OVERNIGHT_DAY_REACH), None)
        if day is None or day.start - d.end > OVERNIGHT_DAY_REACH or day.precision != "day" \
                or day.date_start != day.date_end or day.date_start >= d.date_start \
                or _SENTENCE_END_BETWEEN.search(text, d.end, day.start) is not None:
            continue
        night = day.date_start - dt.timedelta(days=1)
        out = out if out is not found else list(found)
        # (no longer counted from publication: a day of saying, read.speech_day, or a day told
        # before, read.overnight_told_day, moves it no more)
        out[k] = DateMention(d.start, d.end, d.text, night, night, "day", False)
    return out


# a part of a day told by its ordinal: "the morning of the 13th", "the evening of the 6th"
_PART_OF_NTH = _recompile(r"(?:morning|afternoon|evening|night)\s+of\s+the\s+", re.I)


def _part_of_day_after_told(found: list[DateMention]) -> list[DateMention]:
    """``found`` with "the morning of the 13th" dated as the first 13th on or after the last
    day told before it ("On the night of 12 October we moved ... By the morning of the 13th"),
    within a month; with no day told before, as read from publication.

    why: the ordinal alone was read from publication (the month of publication, or the one
    before), which put "arriving on the evening of the 6th" after "On 3 June" in August
    (unseen49's regimental history; read145's interview)."""
    out = found
    for k, d in enumerate(found):
        if d.precision != "day" or not _PART_OF_NTH.match(d.text):
            continue
        told = next((p for p in reversed(found[:k]) if p.precision == "day" and p.date_start == p.date_end), None)
        if told is None:
            continue
        day, month, year = d.date_start.day, told.date_start.month, told.date_start.year
        if day < told.date_start.day:
            month, year = (month + 1, year) if month < 12 else (1, year + 1)
        at = _safe_date(year, month, day)
        if at is None or at == d.date_start:
            continue
        out = out if out is not found else list(found)
        out[k] = DateMention(d.start, d.end, d.text, at, at, "day", d.relative)
    return out


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# the calendar weeks a weekday may be told in ("on Tuesday last week"), and what may stand between
# the two: the weekday first ("Monday last week", "the Tuesday of last week") or the week first
# ("last week, on Thursday")
_WEEKS_TOLD = ("last week", "this week", "previous week")
_WEEKDAY_THEN_WEEK = _recompile(r"\s*,?\s*(?:of\s+)?")
_WEEK_THEN_WEEKDAY = _recompile(r"\s*,?\s*on\s+(?:the\s+)?")


def _weekday_of_week_told(text: str, found: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """``found`` with a weekday told with its calendar week ("on Monday last week", "on the
    Tuesday of last week", "last week, on Thursday", "on Wednesday this week") as one date: that
    weekday of that week (of "last week": the week before publication's), over both; a day after
    publication is left as it was read. Told with "since" ("since Tuesday last week"), the
    stretch from that weekday runs to publication, as "since Monday" does (read153: it was the
    whole of last week, the weekday read alone as the Tuesday of publication's week).

    why: in a report published on a Monday, "on Monday last week" was read as that Monday (the
    weekday alone, resolved to the last Monday on or before publication) and "on Tuesday last
    week" told on a Friday as the Tuesday three days before (read151)."""
    if published is None or not any(d.text.lower() in _WEEKS_TOLD for d in found):
        return found
    out, k = [], 0
    while k < len(found):
        d = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None:
            pair = (d, nxt) if d.text.lower() not in _WEEKS_TOLD else (nxt, d)
            day, week = pair
            gap = _WEEKDAY_THEN_WEEK if day is d else _WEEK_THEN_WEEKDAY
            words = day.text.lower().split()
            since = words[0] == "since" and day is d  # ("since Tuesday last week"; not "last week, since Tuesday")
            if since:
                words = words[1:]
            if week.text.lower() in _WEEKS_TOLD and day.relative and day.precision == "day" \
                    and words and words[0] in _WEEKDAYS and len(words) <= 2 \
                    and gap.fullmatch(text, d.end, nxt.start) is not None:
                at = week.date_start - dt.timedelta(days=week.date_start.weekday()) \
                    + dt.timedelta(days=_WEEKDAYS.index(words[0]))
                if at <= published:
                    out.append(DateMention(d.start, nxt.end, text[d.start:nxt.end], at, published if since else at, "day", True))
                    k += 2
                    continue
        out.append(d)
        k += 1
    return out


# a unit told relative to publication that "since" may open: "last week", "last month", "early
# last month", "late last week", "last year", "previous week" (not "this week": no stretch
# from it runs on)
_SINCE_UNIT = _recompile(r"(?:(?:early|late|mid)(?:-|\s+))?(?:last|previous)\s+(?:week|month|year)", re.I)
_SINCE_BEFORE = _recompile(r"\bsince\s+$", re.I)


def _since_unit_told(text: str, found: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """``found`` with a unit told relative to publication after "since" ("since last week",
    "since early last month", "since last year") as the stretch from that unit's first day up
    to publication, over "since" and the unit; its precision the unit's (the start is told no
    closer).

    why: GUIDELINES resolve dates against publication, and "since Monday" or "since 1 March"
    already runs up to it (read82, read83); "since last week" was read as last week alone and
    "since early last month" as the first ten days of that month, so a movement going on up to
    the report ended weeks before it (read153)."""
    if published is None:
        return found
    out = found
    for k, d in enumerate(found):
        if not d.relative or d.date_start > published or _SINCE_UNIT.fullmatch(d.text) is None:
            continue
        since = _SINCE_BEFORE.search(text, max(0, d.start - 12), d.start)
        if since is None:
            continue
        out = out if out is not found else list(found)
        out[k] = DateMention(since.start(), d.end, text[since.start():d.end], d.date_start, published, d.precision, True)
    return out


def _weekday_told_before(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with a weekday told with "the" ("We left before dawn on the Thursday") dated as
    the last day told before it that fell on that weekday ("On Thursday, 19 November, a column
    left ..."); with none told, as it was read.

    why: "the Thursday" names a day the text has told, and was read as the last Thursday before
    publication: a witness's retelling of the move became a second movement two weeks later."""
    out = found
    for k, d in enumerate(found):
        if d.precision != "day" or not d.relative or d.text.lower() not in _WEEKDAYS \
                or text[max(0, d.start - 4):d.start].lower() != "the ":
            continue
        day = _WEEKDAYS.index(d.text.lower())
        told = next((p for p in reversed(found[:k]) if p.precision == "day" and p.date_start == p.date_end
                     and p.date_start.weekday() == day and p.date_start != d.date_start), None)
        if told is not None:
            out = out if out is not found else list(found)
            out[k] = DateMention(d.start, d.end, d.text, told.date_start, told.date_end, "day", True)
    return out


# a time told by reference to the one told just before: "At the time, the army deployed 5,000
# soldiers" (and "at that time", "back then"), and "then" right before a past verb ("In May 2023,
# clashes broke out. NATO then sent 700 troops"); not "since then", "until then", "by then"
# (a span, a limit), nor "at the time of" (a time named after it)
_AT_THE_TIME = _recompile(r"\b(?:at\s+(?:the|that)\s+time\b(?!\s+of\b)|back\s+then\b"
                          r"|(?P<then>(?<!\bsince\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\bjust\s)(?<!\bonly\s)then)"
                          r"(?=\s+(?:[a-z]+ed|sent|flew|went|withdrew|drove|rode|left|came|began|took|led|brought|swept|fled|ran)\b))", re.I)
_AT_THE_TIME_SCAN = WordAnchored(_AT_THE_TIME, ["at", "back", "then"])


def _at_the_time_told_before(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with a date for each "at the time" (or "back then", or "then" before a past
    verb) that has no date of its own: the date told last before it in the same paragraph,
    at its precision. "then" takes only a month or a year written with its year ("In May 2023,
    ...; NATO then sent"): after a day ("on Monday ... then moved on") the next leg may be
    another day, which the reader dates by its own rules (read.onward_date).

    why: "In 2025, the government declared an emergency. At the time, the army deployed 5,000
    soldiers to the area" read a movement of no date, reported as this week's news (read81);
    "later that year" was dated (_in_year_told_before) and "at the time" was not."""
    if not found:
        return found
    refs = list(_AT_THE_TIME_SCAN.finditer(text))
    if not refs:
        return found
    around = _DatesAround(found)
    starts = [d.start for d in found]
    added: list[DateMention] = []
    for m in refs:
        if around.overlaps(m.start(), m.end()):
            continue
        k = bisect.bisect_left(starts, m.start())
        before = found[k - 1] if k else None
        if before is None or before.end > m.start() or "\n" in text[before.end:m.start()]:
            continue  # (no date before it in its paragraph)
        if m.group("then") and (before.relative or before.precision not in ("month", "year")):
            continue
        added.append(DateMention(m.start(), m.end(), m.group(0), before.date_start, before.date_end, before.precision, before.relative))
    if not added:
        return found
    return sorted(found + added, key=lambda d: d.start)


# a list item that opens with its day: "12 March – ...", "- 14 March: ...", "• March 14: ..."
# (the text between the line's start and the date: indentation and a bullet at most)
_ITEM_LEAD = _recompile(r"[ \t]*(?:[-–—*•·][ \t]*)?")
# ... and after the date, the mark that closes an item's date
# (or a full stop: a timeline's "6 June. Israeli tanks reach X.", read124)
_ITEM_MARK = _recompile(r"[ \t]*(?:[:–—-]|\.[ \t]|\s*\n)")
# the one year a list's head names: "Timeline of the 2025 withdrawal", "In 2025:", "2024:"
_HEAD_YEAR = _recompile(r"(?<![0-9])((?:19|20)[0-9][0-9])(?![0-9])")
# a head is one short line: a heading, or a phrase closed by a colon (not a sentence of text)
_HEAD_CHARS = 90
# ... or a line of text above the list that says in so many words which year its dates are in
# (a chronology's note: "The dates below are all in 2025.", "All dates 2025, times local.", "Dates
# are in 2024 unless stated."; read63), not any year a sentence names ("the dates of the 2025 talks")
_DATES_YEAR = _recompile(r"\bdates\b(?:\s+(?:below|here|above|that\s+follow|which\s+follow|listed|given|shown|are|all|"
                         r"in|from|of\s+(?:this|the)\s+(?:list|timeline|chronology))\b)*\s*:?\s*((?:19|20)[0-9][0-9])(?![0-9])", re.I)


_STARTS_OF: tuple = (None, 0, None)  # the last list of dates asked, its length, its starts (None: not sorted)


def dates_within(dates: list[DateMention], lo: int, hi: int):
    """The dates ``d`` of ``dates`` with ``lo <= d.start`` and ``d.end <= hi``, in list order.
    A list sorted by start (find_dates') is cut by bisection, where a test of every date per
    clause was quadratic in a long report; the last list's starts are kept."""
    global _STARTS_OF
    kept = _STARTS_OF  # (one read: another thread may replace it)
    if kept[0] is not dates or kept[1] != len(dates):
        starts = [d.start for d in dates]
        kept = _STARTS_OF = (dates, len(dates), starts if all(a <= b for a, b in zip(starts, starts[1:])) else None)
    starts = kept[2]
    if starts is None:
        return (d for d in dates if lo <= d.start and d.end <= hi)
    return (d for d in dates[bisect.bisect_left(starts, lo):bisect.bisect_right(starts, hi)] if d.end <= hi)


def item_lead_end(text: str, line: int) -> int:
    """The farthest a list item's lead (white space, a bullet) reaches from the start of its
    line ``line``: a date starting past it opens no item (opens_list_item), so a pass over
    the dates of one line need ask only those up to it."""
    return _ITEM_LEAD.match(text, line).end()  # (greedy: the longest lead there is)


def opens_list_item(text: str, d: DateMention) -> bool:
    """Does the date ``d`` open its line as a list item's date does ("12 March – troops left
    A", "- 14 March: ...")? A dateline's date comes after the place ("MOGADISHU, Nov 18
    (Reuters) -"), never first on its line."""
    line = text.rfind("\n", 0, d.start) + 1
    return _ITEM_LEAD.fullmatch(text, line, d.start) is not None and _ITEM_MARK.match(text, d.end) is not None


def item_date_before(text: str, dates: list[DateMention], at: int) -> DateMention | None:
    """The date that opens the list item a clause starting at ``at`` belongs to: "- 14 March:
    French troops left Gao": the clause after the item's date mark is dated by it.

    why: the item's date was cut off into a clause of its own (at its colon or dash), and the
    movement after it had no date. Only a date that opens its line (:func:`opens_list_item`)
    with nothing but its mark between it and the clause."""
    line = text.rfind("\n", 0, at) + 1
    for d in dates_within(dates, line, at):
        if opens_list_item(text, d) \
                and (re.fullmatch(r"[\s:–—.-]*", text[d.end:at]) or _rest_of_item(text, dates, d, at)):
            return d
    return None


def _rest_of_item(text: str, dates: list[DateMention], d: DateMention, at: int) -> bool:
    """Is the clause at ``at`` a later sentence or clause of the item ``d`` opens, with no other
    date between ("5 June 1967. At dawn the air force strikes. By noon, tanks cross into X.";
    "20 August - A ceasefire takes effect; observers arrive in Y")? why: a timeline's entry of
    several clauses dated only its first (read124)."""
    return text.find("\n", d.end, at) < 0 and next(dates_within(dates, d.end, at), None) is None


# a line that is a list item: a bullet, a dash or a number with its mark ("- 0600L: ...", "3) ...")
# (or a war diary's or log's 24-hour time: "0700: the battalion left A", "1430 hrs - ...", read124)
_ITEM_LINE = _recompile(r"[ \t]*(?:[-–—*•]|[0-9]{1,2}[.)]|[0-2][0-9]:?[0-5][0-9](?:[ \t]*(?:hrs|hours|[A-Z]))?[ \t]*[:–—-])\s")


def heading_date_before(text: str, dates: list[DateMention], at: int) -> DateMention | None:
    """The day a list's heading gives ("SITREP 14 NOV", "Update, 3 March:") for a clause in an
    item of that list that has no date of its own (outside a list, a paragraph's heading with a
    colon: :func:`paragraph_heading_date`).

    why: a situation report dates its items once, in its heading; the items ("- 0930L: 2 x
    Ka-52 flew from A to B") had no date. Only a short heading line (60 characters at most, no
    full stop inside) right above the list, with nothing but items between, and a date of a
    day on it."""
    line = text.rfind("\n", 0, at) + 1
    if _ITEM_LINE.match(text, line) is None:
        return paragraph_heading_date(text, dates, line)
    while line > 0:
        end = line - 1
        line = text.rfind("\n", 0, end) + 1
        if not text[line:end].strip() or _ITEM_LINE.match(text, line) is not None:
            continue  # (an empty line, or another item of the list)
        heading = text[line:end].strip()
        if len(heading) > 60 or ". " in heading:
            return None  # (a sentence, not a heading)
        return next((d for d in dates_within(dates, line, end) if d.precision == "day"), None)
    return None


# how many lines up a paragraph's heading is looked for (a constant walk per clause: a report of
# one endless paragraph is never walked whole)
HEADING_REACH_LINES = 6
# ... and how many characters up (each line up is found by a search back: lines of any length
# would make the walk grow with the report's)
HEADING_REACH_CHARS = 2000
# a thread's numbered post ("1/ ...", "2/5 ...")
_POST_LINE = _recompile(r"[ \t]*[0-9]{1,3}/[0-9]{0,3}\s")


def paragraph_heading_date(text: str, dates: list[DateMention], line: int) -> DateMention | None:
    """The day of a heading line that ends with a colon ("Sightings, 5 March:") above the
    paragraph whose line starts at ``line``, when nothing but lines of that paragraph stand
    between (a blank line ends a heading's reach).

    why: s34's xfail "Sightings, 5 March: / A convoy of 20 trucks entered Kherson." read no day:
    only list items took a heading's. The colon marks the line as a heading of what follows (a
    headline with a day, "Troops enter Kherson on 5 March", has none and dates nothing below it);
    short (60 characters at most) and no sentence inside, as heading_date_before asks."""
    floor = max(0, line - HEADING_REACH_CHARS)
    for _ in range(HEADING_REACH_LINES):
        if line == 0 or _POST_LINE.match(text, line) is not None:
            return None  # (numbered posts of a thread, "1/ ...": each told on its own, its heading no day of theirs)
        end = line - 1
        line = text.rfind("\n", floor, end) + 1
        if line == 0 and floor > 0:
            return None  # (lines longer than the reach: no heading's paragraph)
        heading = text[line:end].strip()
        if not heading:
            return None  # (a blank line: the paragraph began below it)
        if heading.endswith(":") and len(heading) <= 60 and ". " not in heading:
            return next((d for d in dates_within(dates, line, end) if d.precision == "day"), None)
    return None


def _list_head_year(text: str, d: DateMention, heads: dict[int, int | None]) -> int | None:
    """The year named by the head of the list whose item ``d`` opens: the nearest line above
    it that is no item of the list (blank lines and other items are passed), when that line is
    a short heading or ends with a colon and names exactly one year. ``heads``: the answer for
    each item line read before (by its start), so that a long list is walked once, not once
    per item."""
    here = text.rfind("\n", 0, d.start) + 1
    end = here - 1
    passed = [here]
    year = None
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if start in heads:
            year = heads[start]  # an item of the same list, read before
            break
        item = _ITEM_LEAD.match(line)
        if _DAY_FIRST.match(line, item.end()):
            passed.append(start)  # another item of the same list
            continue
        years = set(_HEAD_YEAR.findall(line))
        if len(years) == 1 and len(line) <= _HEAD_CHARS and (line.endswith(":") or not _SENTENCE_END.search(line)):
            year = int(years.pop())
        elif (told := _DATES_YEAR.search(line)) is not None:
            year = int(told.group(1))  # "The dates below are all in 2025.": a sentence that says the list's year
        break
    for at in passed:
        heads[at] = year
    return year


# the day and month an item opens with (either order), without a year
_DAY_FIRST = _recompile(rf"(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}|{_MONTH_RE}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?)\b"
                        rf"(?!,?\s+(?:19|20)[0-9][0-9])", re.I)
_SENTENCE_END = _recompile(r"[.!?](?:\s|$)")


def _dated_by_list_head(text: str, found: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """The days of a dated list read in the year its head names: under "Timeline of the 2025
    withdrawal" or "In 2025:", the item "12 March – troops left A" is 12 March 2025.

    why: an item's day told without a year was read as the latest such day before publication
    (2026 in a report of November 2026), though the list had said its year once, at its head.
    Only a day that opens its line as an item (:func:`opens_list_item`) and was read without a
    year; a year after publication is no head's year of the past."""
    if "\n" not in text:
        return found
    out = []
    heads: dict[int, int | None] = {}
    item_before: dt.date | None = None  # the day of the last item, written with its year or read in one
    for d in found:
        item = opens_list_item(text, d)
        if d.relative and d.precision == "day" and _DAY_FIRST.fullmatch(d.text) and item:
            year = _list_head_year(text, d, heads)
            if year is None and item_before is not None:
                # a chronology with no year at its head: an item's day follows the item before it
                # ("- 25 June 2024: ... - 16 July: ..." is 16 July 2024), the next year when the
                # day comes before the last one's (s25)
                year = item_before.year + ((d.date_start.month, d.date_start.day) < (item_before.month, item_before.day))
                if published is not None and (_safe_date(year, d.date_start.month, d.date_start.day) or published) > published:
                    year = None  # (no day after publication: the day keeps its own reading)
            if year is not None and (published is None or year <= published.year) and year != d.date_start.year:
                day = _safe_date(year, d.date_start.month, d.date_start.day)
                if day is not None:
                    d = DateMention(d.start, d.end, d.text, day, day, d.precision, False)
        if item and d.date_start.year == d.date_end.year and (d.precision == "day" or not d.relative):
            item_before = d.date_start  # (a day, or a month written with its year: "- March 2025: ...")
        out.append(d)
    return out


# a year told by reference to the one told before: "in December of that year", "in May that
# same year", "in March the following year", "later that year", "the year before"
_YEAR_TOLD_BEFORE = _recompile(
    r"\s*,?\s*(?:of\s+)?(?:(?P<same>that(?:\s+same)?\s+year|the\s+same\s+year)"
    r"|(?P<next>the\s+(?:following|next)\s+year)|(?P<prev>the\s+(?:previous|preceding)\s+year|the\s+year\s+before(?!\s+(?:the|a|an|its|their|his|her|[0-9]|last)\b)))\b", re.I)
# ... with no month of its own: "later that year", "that same year", "the following year"
_YEAR_ALONE = _recompile(r"\b(?:(?:later|earlier|early|late)\s+(?:in\s+)?)?(?:in\s+)?(?:(?P<same>that(?:\s+same)?\s+year|the\s+same\s+year)"
                         r"|(?P<next>the\s+(?:following|next)\s+year)|(?P<prev>the\s+(?:previous|preceding)\s+year|the\s+year\s+before(?!\s+(?:the|a|an|its|their|his|her|[0-9]|last)\b)))\b", re.I)


# _YEAR_ALONE tried only at the words a match can begin with (textutil.WordAnchored: the same
# matches): a long report that says "year" anywhere was scanned at every character for it
_YEAR_ALONE_SCAN = WordAnchored(_YEAR_ALONE, ["later", "earlier", "early", "late", "in", "that", "the"])
# ... and in a long text only before each "year" (speed146): a match is words and spaces ending
# in "year", so it begins after the last character before that "year" that is neither (found
# within _YEAR_LOOK_BACK characters, else further back), at one of its first words; a day of
# wire copy pasted as one text was scanned at every such word of every report for its few
_YEAR_WINDOWS_FROM = 20_000
_YEAR_LOOK_BACK = 200
_LAST_NOT_IN_A_MATCH = _recompile(r"[^\w\s](?=[\w\s]*\Z)")
_YEAR_ALONE_FIRST = _recompile(r"\b(?:later|earlier|early|late|in|that|the)\b", re.I)


def _year_shift(m: re.Match) -> int:
    return 1 if m.group("next") else -1 if m.group("prev") else 0


# "the next year" told as history ("followed over the next year by ..."), not as a plan: no word
# of the future before it in its sentence
_FUTURE_BEFORE = _recompile(r"\b(?:will|would|could|may|might|shall|plans?|planned|expected|due|intends?|aims?|hopes?|set\s+to|going\s+to)\b", re.I)
_NEXT_YEAR_TOLD = 300  # characters at most between the year told and "the next year"


def _year_after_told(text: str, d: DateMention, told_year: int | None, told_end: int) -> DateMention | None:
    """"the next year" a sentence after a date written with its year ("arrived in June 2024 ...
    followed over the next year by smaller contingents"): the year after that one, not the year
    after publication; None for any other date, or a plan ("will grow over the next year").

    why: a feature's background was dated a year after publication, a past move read as news."""
    if told_year is None or not d.relative or d.precision != "year" or d.start - told_end > _NEXT_YEAR_TOLD \
            or not d.text.lower().startswith("the next year"):
        return None
    s = max(text.rfind(".", 0, d.start), text.rfind("\n", 0, d.start), told_end)
    if _FUTURE_BEFORE.search(text, s + 1, d.start) is not None:
        return None
    return DateMention(d.start, d.end, d.text, dt.date(told_year + 1, 1, 1), dt.date(told_year + 1, 12, 31), "year", False)


def _in_year_told_before(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with the dates told in the year of the date before them: "The junta expelled
    French forces in 2023; the last soldiers left in December of that year" is December 2023.

    why: a month or day without a year is otherwise resolved against publication (December
    of the publication year), and "later that year" is no date at all, so a movement told as
    history was dated as news (and merged with, or kept apart from, the wrong ones). The year
    is that of the nearest date before with a year of its own (one written with its year, not
    resolved against publication); "the following year" / "the year before" shift it by one.
    With no such date before, nothing changes."""
    if not found:
        return found
    lowered = _lower_one_for_one(text)
    if "year" not in lowered:
        return found
    out: list[DateMention] = []
    told_year: int | None = None  # the year of the last date written with its year
    told_end = -1  # (where that date ends)
    for d in found:
        after = _YEAR_TOLD_BEFORE.match(text, d.end)
        if (year_after := _year_after_told(text, d, told_year, told_end)) is not None:
            d = year_after
        elif d.relative and after and told_year is not None and d.precision in ("day", "month") \
                and d.date_start.year == d.date_end.year:
            year = told_year + _year_shift(after)
            start = _safe_date(year, d.date_start.month, d.date_start.day)
            end = _month_end(year, d.date_start.month) if d.precision == "month" else \
                _safe_date(year, d.date_end.month, d.date_end.day)
            if start is not None and end is not None:
                d = DateMention(d.start, after.end(), text[d.start:after.end()], start, end, d.precision, False)
        elif not d.relative:
            told_year = d.date_end.year if d.date_start.year == d.date_end.year else None
            told_end = d.end
        out.append(d)
    # "later that year", "the following year" with no month: the year itself
    alone = _years_alone(text, lowered)
    if alone:
        around = _DatesAround(out)
        alone = [m for m in alone if not around.overlaps(m.start(), m.end())]
    told = len(out)  # (the dates added here come after them: the last one added is the latest before)
    for m in alone:
        before = out[-1] if len(out) > told else around.last_with_year_ending_by(m.start())
        if before is not None:
            year = before.date_end.year + _year_shift(m)
            out.append(DateMention(m.start(), m.end(), m.group(0), dt.date(year, 1, 1), dt.date(year, 12, 31), "year", False))
    if alone:
        out.sort(key=lambda d: d.start)
    return out


def _lower_one_for_one(text: str) -> str:
    """The text in lower case, one character for each of its own (so its offsets hold): "İ",
    the one character lower() makes two of ("i" and a combining dot), as "i"; the same words
    for "year" either way."""
    return (text.replace("\u0130", "I") if "\u0130" in text else text).lower()


def _years_alone(text: str, lowered: str) -> list[re.Match]:
    """``list(_YEAR_ALONE_SCAN.finditer(text))``; in a long text tried only at the first words
    that stand before a "year" with nothing but words and spaces between (``lowered``: the text
    in lower case, _lower_one_for_one)."""
    if len(text) <= _YEAR_WINDOWS_FROM or len(lowered) != len(text):
        return list(_YEAR_ALONE_SCAN.finditer(text))
    # (only ASCII letters are "y", "e", "a", "r" to re.IGNORECASE, and a lower case text of
    # the same length has each of its characters where the text has it: the finds are the
    # places where the pattern's "year" can match)
    starts: list[int] = []
    tried_to = 0  # (the words before it are listed)
    year = lowered.find("year")
    while year >= 0:
        lo = max(_match_floor(text, year), tried_to)
        starts += [m.start() for m in _YEAR_ALONE_FIRST.finditer(text, lo, year)]
        tried_to = year
        year = lowered.find("year", year + 4)
    return list(_YEAR_ALONE_SCAN.finditer(text, starts))


def _match_floor(text: str, year: int) -> int:
    """Where a match of _YEAR_ALONE whose "year" is at ``year`` may begin at the earliest: right
    after the last character before it that is no word character and no space."""
    back = _YEAR_LOOK_BACK
    while True:
        m = _LAST_NOT_IN_A_MATCH.search(text, max(0, year - back), year)
        if m is not None:
            return m.end()
        if back >= year:
            return 0
        back *= 10


# a chronology of the past: a day told with its year, then days told with their month only
# ("On 25 May 2006 the advance party landed ... on 27 May the company moved"): the bare days are
# read in the year told, when they follow it by at most this many days, within this many
# characters of the text, and the year told is at least a year before publication
_CHRONOLOGY_DAYS = 62
_CHRONOLOGY_CHARS = 1500
_CHRONOLOGY_PAST_DAYS = 365
# ... and a history: a chronology whose date written with its year is this many years before
# publication (a war of past decades told by a history, a museum panel, an anniversary feature).
# Its bare days and months ("on 7 December", "in September") are read in its year within a
# campaign's season around the date before them: from _HISTORY_DAYS_BEFORE before it (a history
# steps back to tell another front) to _HISTORY_DAYS_AFTER after it, the next year's when the
# season crosses the new year; and publication's last weeks are no guard (an anniversary is
# published in the weeks of the days it retells)
_CHRONOLOGY_HISTORY_YEARS = 20
_HISTORY_DAYS_BEFORE = 62
_HISTORY_DAYS_AFTER = 183


def _in_chronology_year(text: str, found: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """``found`` with each day written with its month but no year ("on 26 May"), after a day
    written with its year long before publication ("On 25 May 2006"), read in that year when it
    falls within _CHRONOLOGY_DAYS after it: the next day told of the same history.

    why: an inquiry's account of a 2006 deployment dated its second and third days 2026 (resolved
    against publication: the latest 26 May not after it), read119. Only a day with a month word
    (weekdays and "yesterday" keep publication's reading), only after a day of a year at least
    _CHRONOLOGY_PAST_DAYS before publication (a recent year is publication's own reading), and
    only forward, within _CHRONOLOGY_CHARS of the day before it in the chronology, and not a day
    publication's reading puts in the last _CHRONOLOGY_DAYS ("signed on 12 October 2024 ... moved
    on 1 December", read in December: the news of the week). The day read so is the next one's
    anchor ("26 May", then "27 May")."""
    if published is None or not any(not d.relative and (published - d.date_end).days >= _CHRONOLOGY_PAST_DAYS
                                    and (d.precision == "day" or d.date_end.year <= published.year - _CHRONOLOGY_HISTORY_YEARS)
                                    for d in found):
        return found
    out: list[DateMention] = []
    anchor: DateMention | None = None  # the last day of the chronology (written with its year, or read in it)
    for d in found:
        if not d.relative:
            if d.precision == "year" and not _SEASON_OF_YEAR.search(d.text):
                # (a year alone, "built in 1995", anchors no history's days: it may be a news
                # report's background; "that year" keeps the anchor of its own year)
                anchor = anchor if anchor is not None and anchor.date_end.year == d.date_end.year else None
            else:
                anchor = d if (published - d.date_end).days >= _CHRONOLOGY_PAST_DAYS \
                    and (d.precision == "day" or _tells_history(d, published)) else None
        elif anchor is not None and _tells_history(anchor, published):
            read = _in_history_season(d, anchor, published)
            if read is not None:
                d = anchor = read
        elif anchor is not None and d.precision == "day" and d.date_start == d.date_end \
                and d.start - anchor.end <= _CHRONOLOGY_CHARS and (published - d.date_end).days > _CHRONOLOGY_DAYS \
                and _MONTH_WORD.search(d.text) is not None:
            day = _safe_date(anchor.date_end.year, d.date_start.month, d.date_start.day)
            if day is not None and 0 <= (day - anchor.date_end).days <= _CHRONOLOGY_DAYS:
                d = DateMention(d.start, d.end, d.text, day, day, d.precision, False)
                anchor = d
        out.append(d)
    return out


# a season of a year ("the summer of 1999"): a memoir's year, which anchors its bare days
_SEASON_OF_YEAR = _recompile(r"\b(?:spring|summer|autumn|fall|winter)\s+of\b", re.I)
# a day of the month told by its ordinal alone ("on the 26th")
_ORDINAL_DAY = _recompile(r"(?:on\s+|(?:morning|afternoon|evening|night)\s+of\s+)?the\s+[0-9]{1,2}(?:st|nd|rd|th)", re.I)


def _tells_history(d: DateMention, published: dt.date) -> bool:
    """``d`` (written with its year, or read in one) is of a year _CHRONOLOGY_HISTORY_YEARS or
    more before publication, in one year (a day, a month, "in 1999", "the summer of 1999")."""
    return d.date_start.year == d.date_end.year and d.date_end.year <= published.year - _CHRONOLOGY_HISTORY_YEARS


def _in_history_season(d: DateMention, anchor: DateMention, published: dt.date) -> DateMention | None:
    """The bare day or month ``d`` ("on 7 December", "in September", "in late July") read in the
    year of the history's date before it (``anchor``), or in the next year when that puts it in the
    season after the anchor; None when it is no day or month told by its month word, is too far
    in the text, or falls outside the season (_HISTORY_DAYS_BEFORE before the anchor to
    _HISTORY_DAYS_AFTER after it; a year anchor takes any day of its year but one publication's
    reading puts in its last _CHRONOLOGY_DAYS).

    why: a memoir of 1999, a 1971 anniversary feature and a 1987 museum panel dated their bare
    days and months in the publication's year (the latest such day: 2026), read124; the
    chronology rule of read119 (_in_chronology_year) asks a day, forward, within two months, and
    not in publication's last weeks, which a history of decades ago need not."""
    if d.precision not in ("day", "month", "week") or d.date_start.year != d.date_end.year \
            or (d.date_end - d.date_start).days > 31 or d.start - anchor.end > _CHRONOLOGY_CHARS:
        return None
    if _MONTH_WORD.search(d.text) is None:
        # "on the 26th": the day in the month of the date before it, or the month after
        if not _ORDINAL_DAY.fullmatch(d.text) or anchor.precision == "year":
            return None
        month, year = anchor.date_end.month, anchor.date_end.year
        # (after a whole month told, "In May 1982 ... On the 26th", the day is in that month, not
        # the next: its last day is no day told; read126)
        if anchor.precision != "month" and d.date_start.day < anchor.date_end.day:
            month, year = (month + 1, year) if month < 12 else (1, year + 1)
        day = _safe_date(year, month, d.date_start.day)
        return DateMention(d.start, d.end, d.text, day, day, "day", False) if day else None
    whole_month = d.precision == "month"  # (a month read up to publication: its whole month in the year told)
    for year in (anchor.date_end.year, anchor.date_end.year + 1):
        start = _safe_date(year, d.date_start.month, d.date_start.day)
        end = _month_end(year, d.date_end.month) if whole_month else _safe_date(year, d.date_end.month, d.date_end.day)
        if start is None or end is None:
            continue
        if anchor.precision == "year":
            # (a season says less than a day: a day publication's reading puts in its last weeks
            # is the news of the week)
            if year == anchor.date_end.year and (published - d.date_end).days > _CHRONOLOGY_DAYS:
                return DateMention(d.start, d.end, d.text, start, end, d.precision, False)
            continue
        if -_HISTORY_DAYS_BEFORE <= (start - anchor.date_start).days and (start - anchor.date_end).days <= _HISTORY_DAYS_AFTER:
            return DateMention(d.start, d.end, d.text, start, end, d.precision, False)
    return None


class _DatesAround:
    """Bisection indexes of a list of dates for _in_year_told_before (a long report has
    thousands of dates and many a "that year": a scan of every date for each cost it the
    square of its length)."""

    def __init__(self, dates: list[DateMention]):
        by_start = sorted(dates, key=lambda d: d.start)
        self.starts = [d.start for d in by_start]
        self.reach = list(itertools.accumulate((d.end for d in by_start), max))  # furthest end so far
        # the dates with a year of their own, by end, with the latest place in the list so far
        own = sorted((d.end, k) for k, d in enumerate(dates)
                     if not d.relative and d.date_start.year == d.date_end.year)
        self.ends = [e for e, _k in own]
        self.latest = list(itertools.accumulate((k for _e, k in own), max))
        self.dates = list(dates)

    def overlaps(self, start: int, end: int) -> bool:
        """Does a date hold ``start``, or begin within [start, end)? (the plain test: any(d.start
        <= start < d.end or start <= d.start < end))"""
        k = bisect.bisect_right(self.starts, start)  # the dates that begin at or before start
        if k and self.reach[k - 1] > start:
            return True
        return bisect.bisect_left(self.starts, end) > bisect.bisect_left(self.starts, start)

    def last_with_year_ending_by(self, at: int) -> DateMention | None:
        """The last date in the list's order with a year of its own that ends at or before
        ``at`` (the plain test: [d for d in dates if d.end <= at and ...][-1])."""
        k = bisect.bisect_right(self.ends, at)
        return self.dates[self.latest[k - 1]] if k else None


# a span of time after the telling before: "Two days later", "a week later", "The next day",
# "the following morning" (date_after_span); vague spans ("days later", "a few weeks later") date nothing
_AFTER_SPAN = _recompile(
    r"\b(?:(?P<n>[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|months?)\s+later"
    # "over the following eleven days": from the day after to the last of them
    r"|(?:over|in|during|within)\s+the\s+(?:next|following)\s+(?P<over_n>[0-9]{1,3}|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fourteen|fifteen|twenty|thirty)\s+days"
    # "hours later", "a few hours later", "minutes later": the same day (_SAME_DAY_SPAN)
    r"|(?P<hours>(?:(?:a\s+few|several|two|three|some)\s+)?(?:hours|minutes))\s+later"
    r"|(?:the\s+)?(?:next|following)\s+(?P<next>day|morning|afternoon|evening|night|week|month))\b"
    # "The day after, ...", "withdrew the morning after.": told with no event after it, the day
    # after the one told before, as "the next day" (read104: no date was read); "the day after the
    # attack", "the day after they arrived" count from an event, which is no date told
    r"|\bthe\s+(?P<after>day|morning|afternoon|evening|night)\s+after(?=\s*(?:[,.;:!?)\u2014\u2013]|$))", re.I)
# (a text without these words, nearly every one, is not searched: the pattern is tried at every
# character of it; geomove.gates)
_AFTER_SPAN_GATE = Gate(_AFTER_SPAN, ("later", "next", "following", "after"))


# ... and a span before it: "Two days earlier an armoured column had advanced" (date_after_span
# counts back from the date told before)
_BEFORE_SPAN = _recompile(
    r"\b(?:(?P<n>[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|months?)\s+"
    r"(?:earlier\b|before\b(?!\s+(?:the|a|an|its|their|his|her|[0-9])))"
    # "the day before", "the previous day", "the night before" (not "the day before the attack")
    r"|the\s+(?:previous|preceding)\s+(?P<prev>day|morning|afternoon|evening|night|week|month)\b"
    r"|the\s+(?P<before>day|morning|evening|night|week|month)\s+before\b(?!\s+(?:the|a|an|its|their|his|her|[0-9]|last|yesterday))"
    # "Hours earlier, 200 paratroopers had driven ...": the same day
    r"|(?P<hours>(?:(?:a\s+few|several|two|three|some)\s+)?(?:hours|minutes))\s+(?:earlier|before)\b(?!\s+(?:the|a|an|its|their|his|her|[0-9])))", re.I)
_BEFORE_SPAN_GATE = Gate(_BEFORE_SPAN, ("earlier", "before", "previous", "preceding"))  # (as _AFTER_SPAN_GATE)

# ... and the rest of the week of a day told before: "Earlier in the week, a column had moved",
# "later that week they moved on" (within_week_told)
_WEEK_TOLD = _recompile(r"\b(?P<side>earlier|later)\s+(?:in\s+the|(?P<that>that)(?:\s+same)?)\s+week\b", re.I)
_WEEK_TOLD_GATE = Gate(_WEEK_TOLD, ("week",))


_SPAN_DAYS = {"eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30}


def tells_a_span(text: str) -> bool:
    """Does ``text`` tell a span after or before a date told earlier ("two days later", "the
    previous day"), which date_after_span dates? Without one it needs no date before (a caller
    may skip listing them)."""
    return _AFTER_SPAN_GATE.search(text) is not None or _BEFORE_SPAN_GATE.search(text) is not None \
        or _WEEK_TOLD_GATE.search(text) is not None


def tells_a_week_told(text: str) -> bool:
    """Does ``text`` tell the rest of the week of a day told before ("earlier in the week",
    "later that week": within_week_told)?"""
    return _WEEK_TOLD_GATE.search(text) is not None


def within_week_told(text: str, before: DateMention | None, published: dt.date | None,
                     at: int = 0) -> DateMention | None:
    """The days "earlier in the week" / "earlier that week" (Monday up to the day before) or
    "later in the week" / "later that week" (the day after up to Sunday) say of the calendar
    week of the day told before (``before``, a single day); never past publication. With no
    date told before, "earlier in the week" is the week of publication up to it, as "earlier
    this week" is (a report published on a Monday: that day alone; GUIDELINES resolve dates
    against publication); "that week" needs a day told. None when ``text`` tells none of them,
    or no day of that week is left ("earlier that week" after a Monday).

    why: "drove to Adre on Friday. Earlier in the week, a first column had moved ..." read no
    date, and a Monday report's week is not the one the Friday told (read151)."""
    m = _WEEK_TOLD_GATE.search(text)
    if m is None:
        return None
    earlier = m.group("side").lower() == "earlier"
    if before is not None:
        if before.precision != "day" or before.date_start != before.date_end:
            return None  # (a week, a month told: no day to count the rest of its week from)
        day = before.date_start
        monday = day - dt.timedelta(days=day.weekday())
        start, end = (monday, day - dt.timedelta(days=1)) if earlier else \
            (day + dt.timedelta(days=1), monday + dt.timedelta(days=6))
    elif earlier and m.group("that") is None and published is not None:
        start, end = published - dt.timedelta(days=published.weekday()), published
    else:
        return None
    if published is not None:
        end = min(end, published)
    if end < start:
        return None
    return DateMention(at + m.start(), at + m.end(), m.group(0), start, end, "week", True)


def date_after_span(text: str, before: DateMention | None, published: dt.date | None,
                    at: int = 0) -> DateMention | None:
    """The date of a telling that opens with a span after the one told before: "Marines left
    Aden on Monday. Two days later the marines moved on" is two days after that Monday.

    why: the span has no date of its own, and a movement with none is compared with every
    other as if it could be any day (a wrong merge, a wrong date lent). It is dated only from
    a date told before (``before``), never past publication; a span of weeks or months widens
    the window to that unit, as "two weeks later" is no exact day. ``at``: where ``text``
    starts in the report (the offsets returned are the report's)."""
    m = _AFTER_SPAN_GATE.search(text)
    sign = 1
    if m is None:
        m, sign = _BEFORE_SPAN_GATE.search(text), -1  # "Two days earlier ...": counted back
    if m is None:
        return within_week_told(text, before, published, at)  # ("Earlier in the week, ...")
    if before is None:
        return None
    groups = m.groupdict()
    if (groups.get("hours") or groups.get("over_n")) and before.precision != "day":
        return None  # (hours or days after a year or a month: no day to count from)
    if groups.get("hours"):
        # "hours later", "hours earlier": the day told before (no day's shift)
        return DateMention(at + m.start(), at + m.end(), m.group(0), before.date_start, before.date_end, before.precision, True)
    if groups.get("over_n"):
        # "over the following eleven days": the days after the one told before
        n = _NUMBER_WORDS.get(groups["over_n"].lower()) or _SPAN_DAYS.get(groups["over_n"].lower()) or int(groups["over_n"])
        start = before.date_end + dt.timedelta(days=1)
        end = before.date_end + dt.timedelta(days=n)
        if published is not None and start > published:
            return None
        end = min(end, published) if published is not None else end
        return DateMention(at + m.start(), at + m.end(), m.group(0), start, end, "week" if n <= 7 else "month", True)
    nxt = groups.get("next") or groups.get("prev") or groups.get("before") or groups.get("after")  # ("the next day", "the day before", "the day after")
    if nxt:
        unit, n = ("day" if nxt.lower() not in ("week", "month") else nxt.lower()), 1
    else:
        unit, n = m.group("unit").lower().rstrip("s"), _NUMBER_WORDS.get(m.group("n").lower()) or int(m.group("n"))
    shift = dt.timedelta(days=sign * n * {"day": 1, "week": 7, "month": 30}[unit])
    start, end = before.date_start + shift, before.date_end + shift
    precision = before.precision
    if unit != "day":
        end = start + dt.timedelta(days=6 if unit == "week" else 29)
        precision = unit if before.precision == "day" else before.precision
    if published is not None and start > published:
        return None
    end = min(end, published) if published is not None else end
    return DateMention(at + m.start(), at + m.end(), m.group(0), start, end, precision, True)


# a date written by the name of its month or weekday and no year ("in March", "on 3 January",
# "by Thursday"), not one that says it is past ("last Thursday")
_CALENDAR_WORD = _recompile(rf"\b(?:{_MONTH_RE}|{_WEEKDAY_RE})(?![a-z])", re.I)
_WEEKDAY_WORD = _recompile(_WEEKDAY_RE, re.I)
_MONTH_WORD = _recompile(_MONTH_RE + r"(?![a-z])", re.I)
_YEAR_OR_PAST = _recompile(r"\b(?:19|20)[0-9][0-9]\b|\b(?:last|past|previous|ago|yesterday)\b", re.I)


def _weekend_from(published: dt.date) -> dt.date:
    """The Saturday of the first weekend from ``published`` on (published on a Sunday: the next one)."""
    return published + dt.timedelta(days=(5 - published.weekday()) % 7)


_WEEKEND_WORD = _recompile(r"\bweekend\b", re.I)


def _weekend_ahead(d: DateMention, published: dt.date) -> DateMention | None:
    """A plan's weekend told as this one ("will fly out this weekend", "is due over the
    weekend"): the first Saturday and Sunday from publication on, not the last one before it
    (find_dates reads a report's weekend as the past one). None when ``d`` is no weekend."""
    if _WEEKEND_WORD.search(d.text) is None:
        return None
    saturday = _weekend_from(published) if published.weekday() != 6 else published - dt.timedelta(days=1)
    return DateMention(d.start, d.end, d.text, saturday, saturday + dt.timedelta(days=1), d.precision, True)


_THIS_UNIT = _recompile(r"this\s+(?P<unit>week|month|year)", re.I)


def _rest_of_this_unit(d: DateMention, published: dt.date) -> DateMention | None:
    """A plan's "this week" / "this month" / "this year" ("will drive to Adre later this week"):
    the days from publication to the end of that week (month, year), not those up to publication,
    which is how find_dates reads a report's past. None when ``d`` is no such date.

    why: "will drive ... later this week" in a report published on a Monday was dated that Monday
    alone, the week's days up to publication (read151)."""
    m = _THIS_UNIT.fullmatch(d.text)
    if m is None:
        return None
    unit = m.group("unit").lower()
    end = published + dt.timedelta(days=6 - published.weekday()) if unit == "week" else \
        _month_end(published.year, published.month) if unit == "month" else dt.date(published.year, 12, 31)
    return DateMention(d.start, d.end, d.text, published, end, d.precision, True)


def ahead_when_planned(d: DateMention | None, published: dt.date | None) -> DateMention | None:
    """The date of a planned movement written without its year or week ("will deploy to Estonia
    in March", "is expected to arrive by Thursday"): the next such day or month after
    publication, not the last one before it, which is how a report's past is read (_year_for).

    why: published 20 November 2026, "the carrier is expected to return to Portsmouth in
    December" was dated December 2025 and "will deploy in March" March 2026."""
    if d is not None and published is not None and d.relative \
            and (rest := _rest_of_this_unit(d, published)) is not None:
        return rest  # ("will arrive later this week": the rest of the week)
    if d is None or published is None or not d.relative or d.date_end >= published \
            or _YEAR_OR_PAST.search(d.text) is not None:
        return d
    if (weekend := _weekend_ahead(d, published)) is not None:
        return weekend  # ("will arrive this weekend": the coming one, s28r)
    if _CALENDAR_WORD.search(d.text) is None:
        return d
    if d.precision == "day" and d.date_start == d.date_end and _WEEKDAY_WORD.search(d.text) \
            and not _MONTH_WORD.search(d.text):
        step = dt.timedelta(days=7)  # a weekday: the same one next week
        return DateMention(d.start, d.end, d.text, d.date_start + step, d.date_end + step, d.precision, True)
    start = _safe_date(d.date_start.year + 1, d.date_start.month, d.date_start.day) \
        or _safe_date(d.date_start.year + 1, d.date_start.month, d.date_start.day - 1)
    end = _safe_date(d.date_end.year + 1, d.date_end.month, d.date_end.day) \
        or _month_end(d.date_end.year + 1, d.date_end.month)
    return DateMention(d.start, d.end, d.text, start, end, d.precision, True)


_REGEX.save()  # (after the last of the module's patterns: every one is kept)
