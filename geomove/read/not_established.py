"""A move a court or an inquiry says was not established: "It has not been established that this
company left Djugu", "The court held that it had not been proved that soldiers were moved from A
to B", and the verdict told as the sentence after an allegation: "The Prosecution alleges that a
company was sent from A to B. It has not been established that this company left A"; "The
Commission received allegations that a unit was moved from A to B. The Commission was unable to
establish that any such movement took place."

GUIDELINES: a denied move is kept with status denied, never counted as reported. A finding that a
move was not established takes the allegation back as a denial does: the body that weighs the
evidence says the move is not shown to have happened.

why: judgments, indictments and commissions of inquiry hedge in these words, which no check of
status knew; the allegation and the sentence that rejects it were read as a reported move
(s49 read138, read75's judgment and inquiry). Only the words of a finding (established, proved,
proven, substantiated, demonstrated; a body "not satisfied/persuaded that"), not a reporter's
"could not confirm/verify", which leaves a claim as told; and only a verdict on a move: "that"
or "whether" and a clause with a verb of moving, or "any such movement" ("It has not been
established how many civilians were killed" says nothing of the move)."""

from __future__ import annotations

import re

from ..gates import Gate
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-not-established")

# the words of a finding that something was not shown, as courts and inquiries write them
_SHOWN = ("established", "proved", "proven", "substantiated", "demonstrated")
_SHOW = ("establish", "prove", "substantiate", "demonstrate")
_NOT_SHOWN = (
    r"(?:(?:has|have|had)\s+not\s+been|(?:was|were|is|are)\s+not|(?:could|can)(?:\s+not|not|n[’']t)\s+be)\s+(?:(?:sufficiently|conclusively|clearly)\s+)?"
    r"(?:" + "|".join(_SHOWN) + r")"
    r"|(?:was|were|is|are)\s+unable\s+to\s+(?:" + "|".join(_SHOW) + r")"
    r"|(?:could|did|does|do|can)(?:\s+not|not|n[’']t)\s+(?:" + "|".join(_SHOW) + r")"
    r"|(?:(?:is|was|are|were)\s+not)\s+(?:satisfied|persuaded|convinced)")
# ... before the verb of the move, in its own sentence: "it has not been established that this
# company left A" (the verdict, "that" or "whether", then the clause up to the verb)
_NOT_SHOWN_BEFORE = Gate(_PATTERNS.compile(
    r"\b(?:" + _NOT_SHOWN + r")\s+(?:that|whether)\b[^.;:]*$", re.I),
    ("establish", "prov", "substantiat", "demonstrat", "satisfied", "persuaded", "convinced"))
# ... or opening the next sentence, its body named in a few words: "The Commission was unable to
# establish that any such movement took place", "This has not been established."
_NEXT_NOT_SHOWN = Gate(_PATTERNS.compile(
    r"(?:[\w'’/()-]+,?\s+){1,6}?(?:" + _NOT_SHOWN + r")\b"
    r"(?:\s*[.;]|\s+(?:that|whether)\s+(?P<what>[^.;]*))", re.I),
    ("establish", "prov", "substantiat", "demonstrat", "satisfied", "persuaded", "convinced"))
# what the next sentence's verdict may name as the move: its noun ("any such movement", "the
# transfer") or a verb of moving in the clause after "that" (trigger, given by the caller)
_MOVE_NAMED = _PATTERNS.compile(
    r"\b(?:movements?|moves?|transfers?|deployments?|redeployments?|withdrawals?|crossings?|incursions?)\b", re.I)


# the words every finding holds, as written mid-sentence (lower case): a text with none of them
# (nearly every report) is asked nothing more (one substring test of the text for each word,
# made once a text, against a gated search of each clause's span and of the sentence after it)
_FINDING_WORDS = ("establish", "prove", "substantiat", "demonstrat", "satisfied", "persuaded", "convinced")
_SEEN: list = [(None, False)]  # (the text last asked about, whether it holds a finding's word)


def _may_hold_a_finding(text: str) -> bool:
    seen = _SEEN[0]
    if seen[0] is not text:
        seen = _SEEN[0] = (text, any(w in text for w in _FINDING_WORDS))
    return seen[1]


def not_shown_before(text: str, s: int, verb_at: int) -> re.Match | None:
    """The finding "it has not been established that" (and its kin) before the verb of moving at
    ``verb_at``, in the sentence from ``s``; None when there is none."""
    if not _may_hold_a_finding(text):
        return None
    return _NOT_SHOWN_BEFORE.search(text, s, verb_at)


def not_shown_next(text: str, at: int, end: int, trigger: re.Pattern) -> re.Match | None:
    """The finding that opens the sentence [at, end) and says the move told just before was not
    established: bare ("This has not been established."), or with "that"/"whether" and a move,
    by its noun or by a verb of moving (``trigger``); None otherwise."""
    if not _may_hold_a_finding(text):
        return None
    m = _NEXT_NOT_SHOWN.match(text, at, end)
    if m is None:
        return None
    what = m.group("what")
    if what is None or _MOVE_NAMED.search(what) or trigger.search(what):
        return m
    return None


_PATTERNS.save()
