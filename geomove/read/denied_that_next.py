"""A claim denied in the next sentence by "denied that" and the move itself: "The army said the
militia had left Kismayo. The group's spokesman denied that any of its fighters had left
Kismayo", "Officials said 200 fighters had crossed into Uganda from Kasindi. An army spokesman
denied that any rebels had crossed the border."

read.denied_clause reads a verdict told as the next sentence only on "the claim" or "the
reports" themselves ("The spokesman rejected the claim"): a next sentence's "denied that ..." may
deny anything ("denied that its fighters had attacked the port", "denied that Russian instructors
were in Menaka"), and the claim stays reported. Here "denied that" is a verdict on the claim when
what it denies is the same move: a verb of moving of the same stem as one of the claim's
("had left ... denied that ... had left"), or a name of the claim's told again ("Kismayo"); and
never when the claim is the mover's own ("the SSPDF said it sent reinforcements to Yei. The
SPLM-IO denied that any of its fighters had entered Yei": the denier speaks of its own forces,
another move).

GUIDELINES: a denied move is kept with status denied (optional), never counted as reported; a
claim the named side denies is contested, as "rejected the claim" is.

why: the claim was read as reported although the group it named denied it in the next sentence
(session 50's leftover, read145's DDR report; s51 read148, golden lines s51-read148-denied-* of my
own in Somalia, Uganda and Ukraine)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .gates import Gate
from .lexicon import _TRIGGER_RE, _stem

_PATTERNS = CompiledPatterns("read-denied-that-next")

# who denies in up to ten words (commas allowed, no sentence break), the verb of denial, what is
# denied by its noun at most ("denied reports that"), and "that"
_DENIED_THAT = _PATTERNS.compile(
    r"(?:[\w'’/()-]+,?\s+){1,10}?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?"
    r"(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)\s+"
    r"(?:(?:the\s+)?(?:claims?|reports?|allegations?|suggestions?)\s+)?that\s", re.I)
# (tried only on a next sentence holding a verb of denial: most sentences after a claim hold none;
# read.gates, tests/test_s51_read148.py proves the words cover the pattern)
DENIED_THAT_GATE = Gate(_DENIED_THAT, ("deni", "reject", "dismiss", "refut", "disput"))
# a name inside a sentence: a capitalised word of three letters or more
_NAME = _PATTERNS.compile(r"(?-i:[A-Z][\w'’-]{2,})")
# the claim told by the mover itself: "the SSPDF said it sent reinforcements to Yei", "the army
# says its units left A": a denial after it of "any of its fighters" is the denier's of its own
# forces, another move (read45's South Sudan table: the opposition denied its fighters had entered
# the town the army said it had reinforced)
_SELF_REPORT = _PATTERNS.compile(r"\b(?:said|says|claimed|claims|announced|reported|stated)\s+(?:that\s+)?"
                                 r"(?:(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?\w+|its|their|our)\b", re.I)
# capitalised words that open a phrase and name nothing
_NOT_NAMES = frozenset(("The", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "Any"))


def denied_that_next(text: str, claim_start: int, e: int, next_start: int, next_end: int) -> re.Match | None:
    """The verdict that opens the sentence [``next_start``, ``next_end``) when it denies that the
    claim told in [``claim_start``, ``e``) took place: "denied that" and a clause with a verb of
    moving of a stem the claim's verbs share, or a name of the claim's; else None."""
    verdict = DENIED_THAT_GATE.match(text, next_start, next_end)
    if verdict is None:
        return None
    denied = [t for t in _TRIGGER_RE.finditer(text, verdict.end(), next_end) if t.group("verb")]
    if not denied:
        return None  # ("denied that its fighters had attacked the port": no move denied)
    if _SELF_REPORT.search(text, claim_start, e):
        return None  # ("The SSPDF said it sent troops to Yei. The SPLM-IO denied that any of its fighters had entered Yei")
    claimed = {_stem(t.group("verb")) for t in _TRIGGER_RE.finditer(text, claim_start, e) if t.group("verb")}
    if any(_stem(t.group("verb")) in claimed for t in denied):
        return verdict
    names = set(_NAME.findall(text, claim_start, e)) - _NOT_NAMES
    return verdict if names & set(_NAME.findall(text, verdict.end(), next_end)) else None


_PATTERNS.save()
