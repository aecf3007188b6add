"""A participle with only its agent after the subject: "A carrier strike group led by the USS
Nimitz has entered the eastern Mediterranean", "A convoy escorted by UN peacekeepers has arrived
in Bunia", "Troops led by General X have entered Omdurman". The participle ("led", "escorted",
"headed", "sent") and its "by" phrase say who leads, escorts or sent the subject; they tell no
movement of their own (no place: no "from", "to", "into" ...), so the main verb's clause keeps
its subject.

A participle with a place of its own is still a movement of its own, cut from the main verb's
(read.reduced_relative): "Reinforcements flown by helicopter from Bamako have reached Ménaka".

why: the reduced-relative cut (read45) took any participle before an auxiliary for a clause of
its own, so the main clause ("has entered the eastern Mediterranean") had no subject: what moved
and the actor were lost (probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-agent-participle")

# "by" and the agent, up to the main clause's auxiliary, with no preposition of place or motion
_AGENT_ONLY = _PATTERNS.compile(
    r"\s+by\s+(?:(?!(?:from|to|into|onto|towards?|across|through|via|for|out|at|in|inside|near)\b)[\w'’.&-]+\s+)+", re.I)


def participle_of_agent_only(text: str, participle: re.Match, main_at: int) -> bool:
    """Is the participle ``participle`` followed only by "by" and its agent up to ``main_at``
    (where the main clause's verb group starts): a description of the subject, no movement?"""
    return _AGENT_ONLY.fullmatch(text, participle.end(), main_at) is not None


_PATTERNS.save()
