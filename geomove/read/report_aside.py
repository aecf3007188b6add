"""Who said it, told as a clause of report set off by commas between a subject and its verb: "The
5th Brigade, the ministry told reporters, left Bunia for Beni", "The convoy, officials told AFP on
Monday, crossed into Chad". The speaker and whom they told name nothing that moved: the subject
is the words before the aside (the brigade, the convoy), and what moved is read from them.

why: the subject was cut at the aside's closing comma and read as empty, so what moved was the
aside itself ("officials told AFP") or nothing, and whether a force moved was asked of the
words after "told" ("reporters": civilians, so the clause was dropped as a verb going on from a
subject that is no force), while "The minister, the ministry said, flew from A to B" was read
as a movement (its subject, an official, never tested). told_aside.py reads the bulletins' own
fixed asides ("we are informed"); this reads any speaker of up to five words (told_after.json
report_aside; s49 left it, s50 read144)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("told_after.json")["report_aside"]
_PATTERNS = CompiledPatterns("read-report-aside")
_CLAUSE = _DATA["speaker"] + r"\s+" + _DATA["verb"] + r"\b" + _DATA["whom"] + _DATA["when"]
# the aside closing the words before the verb: its opening comma, the clause, its closing comma
_ASIDE_AT_END = _PATTERNS.compile(r",\s*" + _CLAUSE + r"\s*,\s*$", re.I)
# a part of a subject cut at its commas that is the whole clause of report
_ASIDE_PART = _PATTERNS.compile(r"\s*" + _CLAUSE + r"\s*", re.I)
# (the cheap test first: a verb of saying or telling among the words)
_VERB = _PATTERNS.compile(r"\b" + _DATA["verb"] + r"\b", re.I)


def subject_before_report_aside(text: str, s: int, subject_start: int, verb_at: int,
                                breaks: re.Pattern) -> tuple[int, int] | None:
    """[start, end) of the subject before a clause of report that closes right before the verb
    at ``verb_at`` ("The 5th Brigade | , the ministry told reporters, | left"), when the subject
    read after the last of ``breaks`` (from ``subject_start``) holds no word; else None."""
    if subject_start <= s or text[subject_start:verb_at].strip(" ,") \
            or _VERB.search(text, max(s, subject_start - 90), subject_start) is None:
        return None
    aside = _ASIDE_AT_END.search(text, max(s, subject_start - 90), subject_start)
    if aside is None or aside.start() <= s:
        return None
    start = max([s] + [s + b.end() for b in breaks.finditer(text[s:aside.start()])])
    return (start, aside.start()) if text[start:aside.start()].strip() else None


def is_report_aside(part: str) -> bool:
    """Is ``part`` (a subject cut at its commas) a whole clause of report ("officials told AFP")?"""
    return _VERB.search(part) is not None and _ASIDE_PART.fullmatch(part) is not None


_PATTERNS.save()
