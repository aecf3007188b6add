"""Two clauses joined by a comma alone, each with its own subject and verb of movement:
"M23 rebels withdraw from Kitchanga, Burundian troops arrive in Uvira". Headlines pack two
events so (a comma where prose has "and" or "while"), and wire ledes sometimes do.

Without this the two were one clause: the first subject moved from Kitchanga to Uvira, and the
second force was lost. A comma is a join like "and" (cuts._own_subject_joins) when a noun
phrase of its own and a finite verb of movement follow it; _subject_then_verb decides that, as
for "and", so "left A, B and C" or "troops, backed by X, moved" stay one clause."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-comma-splice")

# a comma and the first word of a subject: a name, a number, a determiner (not "and": _JOINER's)
_SPLICE = _PATTERNS.compile(r",\s+(?=(?-i:[A-Z])|(?:the|a|an|some|about|several|more|other)\s|[0-9])", re.I)


# a sentence opened by a subordinate or participle clause ("Having left A on Monday, the troops
# reached B", "After leaving A, ..."): its comma ends that clause, the main one follows
_SUBORDINATE_FIRST = _PATTERNS.compile(r"\s*(?:having|after|before|when|whenever|while|as|since|once|if|although|though|"
                                       r"because|upon|until|unless|[a-z]+ing)\b", re.I)


def names_a_month(word: str) -> bool:
    """A verb trigger that is a month's name as written ("March", "May"), not "march"."""
    return word in ("March", "May")


# the comma of a date ("On March 3, 2024 twelve helicopters flew"): a year follows it
_YEAR_AFTER = _PATTERNS.compile(r"(?:1[89]|20)[0-9]{2}\b")


def comma_splices(text: str, s: int, e: int) -> list[re.Match]:
    """The commas in [s, e) that may open a clause of their own (the caller checks its subject
    and verb); none when the sentence opens with a subordinate or participle clause."""
    if _SUBORDINATE_FIRST.match(text, s):
        return []
    return [m for m in _SPLICE.finditer(text, s, e) if not _YEAR_AFTER.match(text, m.end())]


_PATTERNS.save()
