"""A deployment that only tells who the subject is, before a verb of what it goes on doing in
the present: "Our personnel deployed in Northern Iraq within the scope of the operation continue
their activities", "French troops deployed in Chad continue to carry out patrols", "Italian
soldiers deployed in Lebanon remain committed to the mission". The participle describes the
force where it is (GUIDELINES: long-standing presence is no movement), the clause's verb is
a present of staying or doing, and no force was said to go anywhere.

Read before as a deployment to the place (the participle was the clause's only movement word):
a movement no one reported. Not when the participle is finite ("were deployed in X and continue
...", "deployed in X on Monday and continue": a join before the present verb) nor when the
present verb goes on moving ("troops deployed to Gao continue to arrive")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _TRIGGER_RE

_PATTERNS = CompiledPatterns("read-deployed-subject")  # (kept compiled code, as read/lexicon.py's)

# the participle's phrase of where the force is, then the present verb of what it goes on doing
# (matched at the participle's end: no "^", which never matches from an offset)
# (no sentence mark, no "and" joining a second verb between: "deployed in X and continue" is finite;
# the verb after "continue to" is kept to be asked, "carry out" doing no moving)
_PRESENT_AFTER = _PATTERNS.compile(
    r"\s+(?:in|at|to|inside|across|along|throughout)\s+(?:(?!\band\b)[^.;:!?,]){1,120}?\s+"
    r"(?P<verb>continue|continues|remain|remains|carry\s+on|carries\s+on|carry\s+out|carries\s+out|conduct|conducts|"
    r"maintain|maintains|pursue|pursues|perform|performs|keep|keeps)\b(?:\s+to\s+(?:carry\s+out\b|(?P<then>[\w-]+)))?", re.I)
# an auxiliary right before the participle: "were deployed in X" is the clause's finite verb
_AUXILIARY_BEFORE = _PATTERNS.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+(?:\w+ly\s+)?$", re.I)


def deployed_subject_stays(text: str, s: int, main: re.Match, e: int) -> re.Match | None:
    """The words telling the deployment of the clause ``main`` (its trigger, in the clause from
    ``s`` to ``e``) as the subject's description before a present verb of staying or doing
    ("deployed in Northern Iraq ... continue"), else None."""
    if not main.group("verb") or not main.group(0).lower().startswith(("deployed", "stationed", "posted")):
        return None
    if not text[s:main.start()].strip() or _AUXILIARY_BEFORE.search(text, max(s, main.start() - 30), main.start()):
        return None
    told = _PRESENT_AFTER.match(text, main.end(), e)
    if told is None or (told.group("then") and _TRIGGER_RE.fullmatch(told.group("then"))):
        return None  # ("continue to arrive": still moving)
    return told


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
