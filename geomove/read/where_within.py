"""A relative clause of place that opens inside the clause read, before its verb of moving: "The
FARDC will try to hold Lubero, where the army deployed around 500 troops from Butembo". When the
words before ", where" tell no movement, nothing cut the sentence there, and the clause read runs
from its start: the place right before ", where" is the place the relative clause is about, as it
is when the clause opens with "where" (clauses._relative_antecedent: with a verb of arrival or
deployment, where they went).

Only "where", right after a place and its comma, with no more than a short subject between it
and the verb (no comma, no other verb): "which" may be the subject of its own verb.

The relative clause's subject is also where who moved and what moved are read from
(:func:`subject_after_where`).

why: "hold Lubero, where the army deployed ... troops from Butembo" read a departure from Butembo
to nowhere, and "the FARDC will try to hold Lubero" as what moved."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-where-within")

# ", where <subject of up to six words>" right before the verb
_WHERE_THEN_SUBJECT = _PATTERNS.compile(r",\s*where\s+(?:[\w'’-]+\s+){1,6}?(?:had\s+|has\s+|have\s+|also\s+|then\s+|later\s+)?$", re.I)


# the same with a subject that refers back to the one told before the place: ", where they (had)"
_PRONOUN_SUBJECT = _PATTERNS.compile(r",\s*where\s+(?:they|it)\s+(?:(?:had|has|have|been|were|was|also|then|later|first)\s+)*", re.I)


# the main clause's verb after its subject: "Some 2,000 soldiers | are stationed in X"
_MAIN_VERB = _PATTERNS.compile(r"\s+(?:is|are|was|were|has|have|had|remain|remains|remained)\b", re.I)


def refers_back_after_where(text: str, s: int, verb_at: int) -> bool:
    """Is the verb of moving in a relative clause of place whose subject is "they" or "it" (",
    where they arrived"), so that who moved is the subject told before the place?"""
    m = _WHERE_THEN_SUBJECT.search(text, s, verb_at)
    return m is not None and m.start() > s and _PRONOUN_SUBJECT.fullmatch(text, m.start(), verb_at) is not None


def main_subject(what: str | None) -> str | None:
    """The words of ``what`` before the main clause's verb ("Some 2,000 Rwandan soldiers are
    stationed in X" -> "Some 2,000 Rwandan soldiers"): what moved in ", where they arrived"."""
    if not what:
        return what
    verb = _MAIN_VERB.search(what)
    return what[:verb.start()] if verb is not None and verb.start() > 0 else what


def where_within(text: str, s: int, verb_at: int) -> int | None:
    """Where the comma before ", where" stands, when a relative clause of place opens inside
    [s, verb_at) and its subject runs up to the verb; None otherwise."""
    m = _WHERE_THEN_SUBJECT.search(text, s, verb_at)
    return m.start() if m is not None and m.start() > s else None


def subject_after_where(text: str, s: int, verb_at: int) -> int | None:
    """Where the relative clause's own subject starts (after ", where ") when one opens inside
    [s, verb_at): who moved and what moved are told there, not in the words before ("the FARDC
    will try to hold Lubero" moved nothing); None otherwise."""
    m = _WHERE_THEN_SUBJECT.search(text, s, verb_at)
    if m is None or m.start() <= s:
        return None
    if _PRONOUN_SUBJECT.fullmatch(text, m.start(), verb_at):
        return None  # ("stationed in X, where they arrived in 2021": "they" is the subject told before)
    return m.start() + re.match(r",\s*where\s+", text[m.start():verb_at], re.I).end()


_PATTERNS.save()
