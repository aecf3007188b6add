"""A verb of moving used as a noun, the subject of its own sentence: "The Nepalese move to Kodok
was postponed", "the planned transfer of the battalion to Bor was called off". The word is the
same as the verb ("move", "transfer", "return"), but a determiner or a possessive before it and
a predicate after it make it the noun of an event; what the predicate says of the event (called
off, postponed, planned) is its status, as it is for "the deployment ... was delayed".

Without this "move" stayed a verb, and the status checks that read a movement noun's predicate
(status: 'a movement noun called off', 'a movement noun with a predicate of plans') were not
asked: a postponed move was reported."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-move-as-noun")

# the verbs whose bare form is also the noun of the event
_BOTH = frozenset({"move", "transfer", "return", "pullback", "pull-back", "pullout", "pull-out", "redeploy", "airlift", "rotation",
                   "advance", "push", "surge"})  # (read81: "the rebels' advance on X was halted")
# the gerunds that name the event only with "of" and what moved after them ("The last crossing
# of the brigade from A to B took place on Friday", s35 read96), not "the border crossing"
_GERUND_OF = frozenset({"crossing", "landing"})
_OF_AFTER = _PATTERNS.compile(r"\s+of\s", re.I)
_HYPHEN_TAIL = _PATTERNS.compile(r"-(?:out|back)\b", re.I)
# a determiner or possessive, then up to three words that may qualify the noun ("the Nepalese",
# "its planned", "the battalion's second"), right before the word
_DETERMINED = _PATTERNS.compile(
    r"(?:\b(?:the|a|an|this|that|its|their|his|her|our|any)|['’]s)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def noun_end(text: str, s: int, trigger: re.Match) -> int | None:
    """Where the noun of moving at ``trigger`` ends (its hyphenated tail with it: "pull-out"),
    when the trigger is one (a noun cue, or a verb used as a noun); None for a verb."""
    if "noun" in trigger.re.groupindex and trigger.group("noun"):
        return trigger.end()
    if not verb_used_as_noun(text, s, trigger):
        return None
    tail = _HYPHEN_TAIL.match(text, trigger.end())
    return tail.end() if tail is not None else trigger.end()


def verb_used_as_noun(text: str, s: int, trigger: re.Match) -> bool:
    """Is the trigger ``trigger`` (its clause starting at ``s``) a verb of moving whose bare form is
    also a noun, with a determiner or possessive before it in its clause ("The Nepalese move")?"""
    word = trigger.group(0).lower()
    tail = _HYPHEN_TAIL.match(text, trigger.end())
    if tail is not None:  # ("The pull-out of X": the trigger reads "pull", its noun is "pull-out")
        word += tail.group(0).lower()
    if word not in _BOTH and not (word in _GERUND_OF and _OF_AFTER.match(text, trigger.end())):
        return False
    return _DETERMINED.search(text, max(s, trigger.start() - 50), trigger.start()) is not None


_PATTERNS.save()
