"""A national force that withdraws across the border goes home: "Israeli troops pulled back to
positions across the border", "Chadian troops pulled back across the border from Cameroon", "the
Sudanese soldiers withdrew back over the frontier". The far side of the border a force leaves
another country for is its own country (as after "returned home", clauses._HOME_AFTER): the
destination, read as the force's home when it is named by its state (GUIDELINES: one end is
enough; an area is scored by its country).

Only a verb of withdrawing (or "crossed back") with the border right after it: "crossed the
border" alone tells no direction, and "pulled back across the border toward Sumy region" keeps the
place it names.

why: "pulled back to positions across the border" was read as no movement at all (a known gap of
tests/fixtures/unseen47's Litani report; s37m probes of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-back-across")

# the verbs of withdrawing, by stem (lexicon._stem: "pulled back" is "pull", "fell back" "fall back")
_WITHDRAWING = frozenset(("withdraw", "pull", "retreat", "fall back", "pull out", "redeploy"))
# right after the verb: "back", "to positions", then across or over the border
_ACROSS_THE_BORDER = _PATTERNS.compile(
    r"\s+(?:back\s+)?(?:(?:to|into)\s+(?:their\s+|its\s+)?(?:positions|bases|territory)\s+)?"
    r"(?:across|over)\s+the\s+(?:border|frontier|boundary)\b", re.I)
# the same subject's second verb of withdrawing in the clause: "withdrew from the village of X
# overnight and pulled back to positions across the border"
_AND_BACK_ACROSS = _PATTERNS.compile(
    r"\band\s+(?:then\s+)?(?:pulled|fell|moved|went|withdrew|retreated)(?=\s)" + _ACROSS_THE_BORDER.pattern, re.I)
# "crossed back over the border": the way back told by "back"
_BACK_OVER = _PATTERNS.compile(r"\s+back\s+(?:across|over)\s+the\s+(?:border|frontier|boundary)\b", re.I)


def withdrew_across_the_border(text: str, main: re.Match, e: int) -> bool:
    """Does the clause's verb (``main``) withdraw across the border ("pulled back across the
    border", "withdrew to positions across the border", "withdrew from X and pulled back across
    the border"), or cross back over it, in the clause up to ``e``?"""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb:
        return False
    stem = _stem(verb)
    if stem in _WITHDRAWING:
        return _ACROSS_THE_BORDER.match(text, main.end(), e) is not None \
            or _AND_BACK_ACROSS.search(text, main.end(), e) is not None
    return stem == "cross" and _BACK_OVER.match(text, main.end(), e) is not None


_PATTERNS.save()
