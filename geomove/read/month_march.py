""""March" told as the month inside a sentence: "The Ugandan crews, who delivered the generators
to Gulu in March, flew home to Entebbe on Friday". The word is also a verb of moving (lexicon
verb_forms "march"), so the clause cutter (cuts._clauses) counted two verbs in the sentence and
cut it before ", flew"; the fragment reader then dropped "March" (a capitalised word inside a
sentence is a name), and the relative's clause, cut off with no verb, lost its place: Gulu was
never read, and the flight home had no origin (with "on Thursday" in place of "in March" the
sentence is one clause and reads two legs, read.relative_carried).

:func:`without_month_march` drops such a "March" from the triggers before the cut: capitalised,
not opening a sentence, right after a word of time (month_march.json words_before) or next to a
day's number. "Troops March on Goma" in a title and "March" opening a sentence are left to the
readers after the cut, as before.

why: session 55 (read157) left ", who delivered the generators to A in March, flew home to B"
with A dropped; golden s56-read158-comma-relative-month*, sentences of my own (session 56,
read158)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-month-march")
_DATA = read_data("month_march.json")
# right before "March": a word of time ("in", "since", "early") or a day's number ("3 March")
_MONTH_BEFORE = _PATTERNS.compile(r"(?:\b(?:" + "|".join(_DATA["words_before"]) + r")|\b[0-9]{1,2}(?:st|nd|rd|th)?)[\s-]+$", re.I)
# right after it: a day's number or a year ("March 3", "March 2025")
_MONTH_AFTER = _PATTERNS.compile(r"\s+[0-9]{1,4}\b")
_PATTERNS.save()


def _the_month(text: str, at: int, end: int) -> bool:
    """Is the capitalised "March" at [at, end) the month: inside a sentence, with a word of time
    or a day's number before it, or a number after it?"""
    before = text[max(0, at - 24):at]
    if not before.strip() or before.rstrip()[-1:] in ".!?:\n\"“":
        return False  # (opening a sentence or a line: a verb may stand there)
    return _MONTH_BEFORE.search(before) is not None or _MONTH_AFTER.match(text, end) is not None


def without_month_march(text: str, triggers: list) -> list:
    """``triggers`` (the text's matches of the trigger scan) without a "March" that is the month."""
    if "March" not in text:
        return triggers  # (the cheap test: most reports name no March)
    return [t for t in triggers if t.group(0) != "March" or not _the_month(text, t.start(), t.end())]
