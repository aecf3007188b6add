"""A second verb phrase of the same subject told as a plan or a condition: "the troops had been
repositioned to Luuq to protect a road and would return to Dolo Ado once the threat is cleared",
"the battalion reached Bor and will move on to Malakal next week". What the subject did and what
it would or will do are two movements with their own status: the second is cut into a clause of
its own, which the status checks read as planned (its modal), the first staying reported.

Without this both places were destinations of one reported movement (the modal was read
nowhere: it stood after the clause's first verb), and the return that had not happened was
reported."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _TRIGGER_RE

_PATTERNS = CompiledPatterns("read-modal-after-and")

# a modal or a plan's words right after "and", then the verb: "and would return", "and will
# then move on", "and is expected to continue", "and plans to send"
_MODAL_THEN_VERB = _PATTERNS.compile(
    r"(?:would|will|could|might|may|should|(?:is|are)\s+to|(?:is|are|was|were)\s+(?:expected|due|set|scheduled|planned|likely)\s+to|"
    r"plans?\s+to|intends?\s+to)\s+(?:then\s+|later\s+|soon\s+|also\s+|eventually\s+)?(?:be\s+)?(?=\w)", re.I)


def modal_phrase_after_and(text: str, at: int) -> re.Match | None:
    """The modal or plan words that open the verb phrase after "and" at ``at`` ("would ",
    "is expected to "), None when the phrase opens with a verb of its own tense."""
    return _MODAL_THEN_VERB.match(text, at)


# ... or a task first and the movement after it: "and are expected to load equipment | before
# sailing back to X", "and will refuel in Y, then fly on to Z"
_TASK_THEN = _PATTERNS.compile(r"[^,;.:]{0,60}?\b(?:before|then|and\s+then)\s+", re.I)


def moves_as_planned_after_and(text: str, at: int, e: int) -> bool:
    """Does the verb phrase after "and" at ``at`` tell, by a modal or a plan's words, a movement:
    its verb right after them ("and would return to X"), or after a task told first ("and are
    expected to load equipment before sailing back to X", s34m)? Then it is a clause of its own,
    planned, and the movement before it stays as told."""
    modal = modal_phrase_after_and(text, at)
    if modal is None:
        return False
    after = _TRIGGER_RE.match(text, modal.end())
    if after is not None and after.group("verb"):
        return True
    task = _TASK_THEN.match(text, modal.end(), e)
    return task is not None and (after := _TRIGGER_RE.match(text, task.end())) is not None and bool(after.group("verb"))


# the words of a plan right before its infinitive ("are expected to", "is due to", "plans to")
PLAN_BEFORE_TO = frozenset(("expected", "due", "set", "scheduled", "planned", "likely", "going", "plan", "plans",
                            "intend", "intends"))


def task_before_move(text: str, at: int, e: int) -> bool:
    """Is the infinitive at ``at`` a task told before the movement, "before" or "then" and a
    verb of moving after it ("(are expected to) refuel | before sailing back to B")? Then it is what the plan does first, no purpose: the place after the verb of moving is the
    plan's end (s35 read96: 'to refuel ... to B' was read as a purpose and B lost its role)."""
    task = _TASK_THEN.match(text, at, e)
    if task is None:
        return False
    verb = _TRIGGER_RE.match(text, task.end())
    return verb is not None and bool(verb.group("verb"))


_PATTERNS.save()
