"""A participle that describes its subject, with no "who were" and no commas: "FARDC
reinforcements flown into Kisangani are expected to move east to Lubutu next week", "Soldiers
airlifted to Gao on Monday were then sent on to Kidal". The participle and its place tell one movement
(already done), the finite verb after them another, with its own status and date: two clauses,
as "FARDC reinforcements, who were flown into Kisangani, are expected to move ..." is.

Without this the sentence was one clause: the participle was its verb, both places its
destinations, and the main verb's plan ("are expected to", "next week") was lost; the flight
to Kisangani and the planned road move were both read as reported, dated next week."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-reduced-relative")

# the subject before the participle: one to six words with no comma, opening the clause (after a
# bullet mark at most), none of them an auxiliary, a relative word or "to" (then the participle
# is a passive or an infinitive's, not a description)
_SUBJECT = _PATTERNS.compile(r"\s*(?:[-–—*•]\s+)?(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|"
                             r"who|which|that|to|and|or|but)\b)[\w'’().-]+\s+){1,6}", re.I)
# a participle: a form in -ed or an irregular one
_PARTICIPLE = _PATTERNS.compile(r"(?:\w+ed|flown|sent|driven|brought|taken|withdrawn|ridden|shipped|airlifted)", re.I)
# the finite verb group of the main clause, right before its verb: an auxiliary and its words
# ("are expected to", "will", "were then", "have") or nothing (a finite verb of its own)
_MAIN_GROUP = _PATTERNS.compile(r"\b(?:is|are|was|were|will|would|has|have|had)\b(?:\s+(?:\w+ly|now|then|also|"
                                r"expected|due|set|scheduled|likely|to|be|been|not))*\s+$", re.I)


_JOINED = _PATTERNS.compile(r"\b(?:and|or|but|that|which|who|where)\b", re.I)


def reduced_relative_cut(text: str, s: int, e: int, verbs: list) -> int | None:
    """Where the main clause starts after a participle describing the subject ("FARDC
    reinforcements flown into Kisangani | are expected to move east to Lubutu"), given the
    clause's movement verbs ``verbs`` in order; None when the clause opens with no such
    participle or no verb follows it."""
    if len(verbs) < 2:
        return None
    first, second = verbs[0], verbs[1]
    if not _PARTICIPLE.fullmatch(first.group(0)) or not _SUBJECT.fullmatch(text, s, first.start()):
        return None
    between = text[first.end():second.start()]
    if "," in between or ";" in between or _JOINED.search(between):
        return None  # (an aside, a list or a second verb of the same subject: cut elsewhere)
    # (only with an auxiliary before the main verb: "Soldiers crossed the river on Sunday moved
    # ..." is no English, "crossed ... and moved" is one subject's two verbs)
    group = _MAIN_GROUP.search(text, first.end(), second.start())
    return group.start() if group is not None else None


_PATTERNS.save()
