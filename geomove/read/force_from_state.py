"""A force named by its plain noun and the states it comes from, as the whole subject of the verb
of moving: "Troops from Chad arrived in X", "About 400 soldiers from Kenya and Uganda left Y".
"from Chad" says whose troops they are, as "Chadian troops" would: the actor is the force as the
text names it ("Troops from Chad").

Only states (country mentions), only right after the force's noun, and only as the subject: the
words between the last state and the verb are those a bare subject allows ("has", "reportedly").
Whether the state is also where the force set out is for the roles to say
(read.subject_from_country), not this.

why: "Troops from Chad arrived in X" had no actor, where "Chadian troops arrived in X" had one
(GUIDELINES: the actor is the moving force, named as the report names it; probes of my own, s27r)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .by_start import ByStart, mention_start
from .dated_opener import after_dated_opener
from .lexicon import _BARE_SUBJECT_GAP, _FORCE_NOUN

_PATTERNS = CompiledPatterns("read-force-from-state")  # (kept compiled code, as read/lexicon.py's)

# the force's noun at the subject's start, after an article, a count or a word of size, then
# "from": "Troops from", "About 400 soldiers from", "A contingent of 200 police from"
_FORCE_FROM = _PATTERNS.compile(
    r"\s*(?:(?:the|a|an|some|about|around|nearly|almost|more\s+than|at\s+least|over|up\s+to|"
    r"[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|thousands\s+of|"
    r"several|more|additional|new|fresh|further)\s+){0,4}"
    r"(?P<force>(?:contingent\s+of\s+(?:[0-9][0-9,]*\s+)?)?(?:police|policemen|officers|" + _FORCE_NOUN + r"))"
    r"\s+from\s+(?:the\s+)?$", re.I)
# what may stand between two states of the list: "Chad, Niger and Mali"
_LIST_JOIN = _PATTERNS.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)
_GAP_TO_VERB = _PATTERNS.compile(_BARE_SUBJECT_GAP.pattern + r"$|\s*$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def force_from_state_subject(text: str, s: int, verb_at: int, states: list[dict], dates: list) -> str | None:
    """The subject "<force noun> from <state>[, <state> and <state>]" that ends right before the
    verb at ``verb_at`` (``states``: the report's country mentions), as its words stand ("Troops
    from Chad"), also after a date phrase that opens the clause ("On Monday, troops from Chad";
    ``dates``: the text's date mentions); else None."""
    if "from" not in text[s:verb_at]:
        return None  # (the cheap check first: most subjects name no "from")
    s = after_dated_opener(text, s, verb_at, dates) or s
    # (the states starting in the subject, by bisection: a scan of every state of a long report
    # for each subject was a fifth of its reading stage at 3 MB)
    inside = [m for m in ByStart.of(states, mention_start, "force from state", any_order=True).between(s, verb_at)
              if m.get("kind") == "country" and m["end"] <= verb_at]
    if not inside:
        return None
    first = inside[0]
    head = _FORCE_FROM.match(text, s, first["start"])
    if head is None:
        return None
    at = first["end"]
    for m in inside[1:]:
        join = _LIST_JOIN.fullmatch(text, at, m["start"])
        if join is None:
            break
        at = m["end"]
    if not _GAP_TO_VERB.fullmatch(text, at, verb_at):
        return None
    return re.sub(r"\s+", " ", text[head.start("force"):at])
