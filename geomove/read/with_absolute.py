"""An absolute clause with "with": a noun phrase and its own participle of moving after the
main clause: "Ethiopian troops completed their withdrawal from Gedo, with the last convoy
crossing into Ethiopia through the Dolow bridge", "French troops completed their
withdrawal from Niger, with the last contingent leaving Niamey for N'Djamena". The noun phrase
after "with" is the participle's subject: what moved is "the last convoy", not the main
clause's words.

why: what moved was the main clause up to the comma ("Ethiopian troops completed their
withdrawal from Gedo", probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import SENT_PARTICIPLES, _stem

_PATTERNS = CompiledPatterns("read-with-absolute")

# ", with" and a noun phrase opened by a determiner or a count, right before the participle
_WITH_NP_BEFORE = _PATTERNS.compile(
    r",\s+with\s+(?P<np>(?:the|a|an|its|their|some|about|around|nearly|more\s+than|[\d,]+|two|three|four|five|"
    r"several|dozens\s+of|hundreds\s+of)\b[^,;:.()]{0,60}?)\s+(?:(?:also|then|reportedly)\s+)?$", re.I)


# the passive participles of sending a force: "..., with 1,000 officers deployed to X" is the
# officers' move as "with the last convoy crossing into X" is the convoy's (s31m; lexicon.json
# sent_participles, one list with cuts' and read.reduced_relative's: "with the last officers
# driven to X" was the main clause's move, s32-tidy50-*)
_SENT_PARTICIPLES = frozenset(SENT_PARTICIPLES)


def subject_after_with(text: str, s: int, main: re.Match) -> str | None:
    """The noun phrase after ", with" right before the participle ``main`` (a form in -ing, or
    a passive participle of sending: _SENT_PARTICIPLES) in the clause from ``s``, or None."""
    verb = main.group("verb")
    if not verb or not (verb.lower().endswith("ing") or verb.lower() in _SENT_PARTICIPLES):
        return None
    m = _WITH_NP_BEFORE.search(text, max(s, main.start() - 90), main.start())
    return m.group("np").strip() if m else None


# verbs that tell an event goes on, begins or ends, not where anyone went
_COURSE_VERBS = frozenset(("continue", "proceed", "resume", "begin", "start", "end", "finish", "complete", "conclude"))
# ", with <the group, up to eight words> " right before the participle
_WITH_GROUP = _PATTERNS.compile(r",\s+with\s+(?:[\w'’,-]+\s+){1,8}?$", re.I)
_WAY_CUE = _PATTERNS.compile(r"\b(?:to|into|towards?|for|from|through|via|across|out\s+of)\b", re.I)


def verb_of_with_absolute(text: str, verbs: list[re.Match]) -> re.Match | None:
    """The participle of moving after ", with <group>" when the clause's first verb only tells an
    event's course ("The withdrawal of coalition forces continued, with the last US troops leaving
    Baghdad for Erbil"); None otherwise. That participle is then the clause's verb, and
    subject_after_with reads its group.

    why (s24): "continued" was read as the movement's verb, so what moved was "the withdrawal of
    US-led coalition forces from federal Iraq" and the actor the country the sentence opened
    with ("In Iraq, ...")."""
    if len(verbs) < 2 or _stem(verbs[0].group("verb") or "") not in _COURSE_VERBS:
        return None
    for verb in verbs[1:]:
        if not (verb.group("verb") or "").lower().endswith("ing"):
            continue
        group = _WITH_GROUP.search(text, max(verbs[0].end(), verb.start() - 90), verb.start())
        # (not where the course verb has a way of its own: "The convoy continued to Kidal, with
        # two helicopters flying overhead" -- the convoy moved, escorted)
        if group is not None and _WAY_CUE.search(text, verbs[0].end(), group.start()) is None:
            return verb
    return None


_PATTERNS.save()
