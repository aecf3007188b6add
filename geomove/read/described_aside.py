"""An aside between a subject and its verb that tells how others see it: "The convoy, described as
the largest so far, drove from A to B", "The brigade, widely seen as the army's best, moved", "A
column of 40 trucks, believed to carry ammunition, left A". The aside is no part of what moved:
the subject is the words before it (clauses._aside_part asks :func:`described_aside`).

Two forms (described_aside.json, report_words.json): a participle of seeing or naming and "as"
(an adverb in -ly may come first; "described by officials as" was already an aside, a participle
and its agent), and a word of report and an infinitive ("believed to carry", "said to belong";
"said to be", "thought to number" and "believed to have" were already read as asides); and a
farewell told by others ("The frigate, seen off by families at the quay, sailed").

why: session 51 (read147) left "The convoy, described as the largest so far, drove from A to B"
naming the aside as what moved; golden lines s52-read150-aside-* of my own in Libya, Sudan,
Ukraine and Senegal."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .report_words import REPORT_WORDS_RE

_PATTERNS = CompiledPatterns("read-described-aside")
_DATA = read_data("described_aside.json")

# a whole part of a subject cut at its commas that opens with the aside's words
_DESCRIBED = _PATTERNS.compile(
    r"\s*(?:\w+ly\s+)?(?:(?:" + "|".join(_DATA["as_participles"]) + r")\s+as"
    r"|(?:" + REPORT_WORDS_RE + r")\s+to\s+(?-i:[a-z]+)"
    r"|(?:" + "|".join(_DATA["farewell_participles"]) + r")\s+by)\b", re.I)
_PATTERNS.save()


def described_aside(part: str) -> bool:
    """Does ``part`` (a subject cut at its commas) open as an aside of how others see or name the
    subject ("described as ...", "widely seen as ...", "believed to carry ...")?"""
    return (" as " in part or " to " in part or " by " in part) and _DESCRIBED.match(part) is not None
