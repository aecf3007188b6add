"""The receiver told by a pronoun after its own verb of saying: "Belarus said it had received the
first batch of weapons, which arrived by rail from Russia", "Armenia says it has received French
armoured vehicles, delivered by sea from Marseille". The place that received them is where
they went (clauses: "Roraima received 16 armoured vehicles"); here the subject of "received"
is "it", and "it" is the speaker of its own sentence (read.said_pronoun), a place the text
names right before the verb of saying.

Only a pronoun right after the verb of saying ("said it had received", "announced that they
have received"), and only a speaker that is a place mention (a country, a province, a town):
"The army said it had received ..." names no place.

why: the movement had its origin ("from Russia") and no end, though the report says who
received it (the known gap)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-receiver-said")

# the speaker's end, a verb of saying, the pronoun, its verb group, up to the verb of receiving
_SAID_IT = _PATTERNS.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|announced|confirmed|stated|reported|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    r"(?:it|they)\s+(?:(?:has|have|had|had\s+already|has\s+already|have\s+already|already|just|now|recently)\s+)*$", re.I)


def receiver_before_said(text: str, s: int, verb_at: int, mentions: list[dict], taken: set) -> dict | None:
    """The place mention, in the clause from ``s``, that is the speaker of "said it had" right
    before the verb of receiving at ``verb_at``; None when the subject is no such pronoun."""
    for m in sorted(mentions, key=lambda m: m["start"], reverse=True):
        if s <= m["start"] and m["end"] <= verb_at and id(m) not in taken \
                and _SAID_IT.fullmatch(text, m["end"], verb_at) is not None:
            return m
    return None


_PATTERNS.save()
