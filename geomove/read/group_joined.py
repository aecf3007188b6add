"""The group a force joins or reinforces, told by its count: "..., joining eight warships already
deployed there", "sent to reinforce 400 police officers in X", "The reinforcements join about
1,100 troops that arrived in late October". That count is the group joined, not what moved
(GUIDELINES: the count is of what moved), and a clause that joins such a group tells of it: its
date is that group's, not the movement's (read.date_told_after).

One list of the verbs of joining for both readers (clauses._Reader._what, date_told_after)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-group-joined")

_JOIN_VERB = r"(?:(?:re)?join(?:ing|ed|s)?|reinforc(?:ing|ed|es?)|link(?:ing|ed)?\s+up\s+with|alongside)"
_DETERMINERS = r"(?:(?:the|some|about|around|nearly|another|an\s+estimated)\s+)?"
# the verb right before a count ("joining | eight warships")
_JOINED_BEFORE = _PATTERNS.compile(r"\b" + _JOIN_VERB + r"\s+" + _DETERMINERS + r"$", re.I)
# ... and a clause that holds one with its count
_JOINS_COUNTED = _PATTERNS.compile(r"\b" + _JOIN_VERB + r"\s+" + _DETERMINERS +
                                   r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b", re.I)


def counts_a_group_joined(text: str, s: int, count_start: int) -> bool:
    """Is the count at ``count_start`` (its clause starting at ``s``) the group a verb of joining
    right before it names?"""
    return _JOINED_BEFORE.search(text, max(s, count_start - 40), count_start) is not None


def joins_a_counted_group(text: str, s: int, e: int) -> bool:
    """Does the clause [s, e) join or reinforce a group it counts?"""
    return _JOINS_COUNTED.search(text, s, e) is not None


_PATTERNS.save()
