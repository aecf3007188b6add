"""The group a force joins or reinforces, told by its count: "..., joining eight warships already
deployed there", "sent to reinforce 400 police officers in X", "The reinforcements join about
1,100 troops that arrived in late October". That count is the group joined, not what moved
(GUIDELINES: the count is of what moved), and a clause that joins such a group tells of it: its
date is that group's, not the movement's (read.date_told_after).

One list of the verbs of joining for both readers (clauses._Reader._what, date_told_after)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import SENT_PARTICIPLES

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


# a counted group right after a verb of joining, then a past participle of sending that tells
# the group's own move: "They join the 80 soldiers | sent to X last week" (s45 read122)
_JOINED_GROUP_THEN_SENT = _PATTERNS.compile(
    r"\b" + _JOIN_VERB + r"\s+(?P<np>" + _DETERMINERS + r"(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|hundreds|thousands)\s+(?:[\w-]+\s+){0,3}?)$", re.I)
# (lexicon.json sent_participles, one list with with_absolute's, cuts' and read.reduced_relative's)
_SENT_PARTICIPLES = frozenset(SENT_PARTICIPLES)


def joined_group_sent(text: str, s: int, verb_at: int, verb: str) -> int | None:
    """Where the counted group a verb of joining names begins, when the past participle ``verb``
    at ``verb_at`` follows it at once ("They join the 80 soldiers sent to X last week"): the
    participle tells that group's own move, so what moved is the group (and its count is the
    move's), not the clause's subject; None otherwise."""
    if verb.lower() not in _SENT_PARTICIPLES:
        return None
    m = _JOINED_GROUP_THEN_SENT.search(text, max(s, verb_at - 60), verb_at)
    return m.start("np") if m is not None else None


def joins_a_counted_group(text: str, s: int, e: int) -> bool:
    """Does the clause [s, e) join or reinforce a group it counts?"""
    return _JOINS_COUNTED.search(text, s, e) is not None


_PATTERNS.save()
