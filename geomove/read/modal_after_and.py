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


_PATTERNS.save()
