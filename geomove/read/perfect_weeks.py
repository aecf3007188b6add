"""A present perfect over a span of weeks that still tells one movement.

The perfect over weeks is read as a sum ("Patrol boats, in recent weeks, have also been shipped
from A to B", r29: GUIDELINES, aggregate statements are not movements). Two of its forms tell one
movement all the same, and stay reported:

- one batch, counted as one more: "Pyongyang has sent another 1,500 soldiers to Russia in recent
  weeks", "a further 600 troops have arrived in Y over the past few weeks" -- a fresh contingent,
  the news of the report;
- a build-up told as it goes on: "Russia has been deploying troops to Belgorod over recent
  weeks" -- GUIDELINES: deployment is movement ("started deploying units to X"), presence of long
  standing is no movement.

Spans of months or years stay sums (lexicon.json perfect_over_months). Words are data
(lexicon.json perfect_over_weeks).

why: both were read as background, and "another 1,500 soldiers" sent to Russia was not on the
map (probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA, _stem

_PATTERNS = CompiledPatterns("read-perfect-weeks")  # (kept compiled code, as read/lexicon.py's)
_WORDS = _DATA["perfect_over_weeks"]
_WEEKS = _PATTERNS.compile(_WORDS["weeks"], re.I)
_ONE_BATCH = _PATTERNS.compile(_WORDS["one_batch"], re.I)
_BUILDING_UP = _PATTERNS.compile(_WORDS["building_up"], re.I)
_BUILDING_UP_VERBS = frozenset(_WORDS["building_up_verbs"])


def one_movement_over_weeks(text: str, s: int, e: int, main: re.Match, frame: re.Match) -> bool:
    """Does the clause [s, e), told in the perfect over the span ``frame`` (a match in the
    clause's own words), tell one movement: a span of weeks, and one batch counted as one more or
    a deployment told in the perfect progressive ("has been deploying")?"""
    if not _WEEKS.search(frame.group(0)):
        return False
    if _ONE_BATCH.search(text, s, e):
        return True
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    return bool(verb) and verb.lower().endswith("ing") and _stem(verb) in _BUILDING_UP_VERBS \
        and _BUILDING_UP.search(text, max(s, main.start() - 40), main.start()) is not None


_PATTERNS.save()
