"""Which word of denial before a movement's verb denies the movement: "The army denied that troops
had crossed", "officials dismissed reports that a convoy left X", "Kigali denied its soldiers
entered Goma" -- but not a denial that governs something else:

- a verb of denial coordinated with the verb of moving, its object of its own: "Rebels rejected
  the ceasefire and advanced to Gao" (they did both);
- one inside an aside: "The rebels, who had denied any presence in the area, entered Gao";
- one inside an opening clause or participle closed by a comma: "After the army dismissed
  reports of a mutiny, troops were sent to Gao", "Denying residents access to the town, soldiers
  moved into Gao".

why: each of those was read as a denied movement, as if the move itself were denied (probes of
my own, s29m); the status check read any denial word between the clause start and the verb.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _ASIDE

_PATTERNS = CompiledPatterns("read-denial-scope")
# what makes the movement the thing denied: "that", a report or claim of it
_OF_THE_MOVE = _PATTERNS.compile(r"\b(?:that|reports?|claims?|allegations?|accounts?)\b", re.I)
# the verb of moving joined to the denial verb by "and": "rejected the ceasefire and (advanced)"
_AND_AT_VERB = _PATTERNS.compile(r"\band\s+(?:then\s+|later\s+|also\s+|instead\s+)?$", re.I)
# an opening adverbial clause or participle, closed by a comma before the main clause
_OPENER = _PATTERNS.compile(r"^\s*(?:(?:After|Before|While|Although|Though|As|Since|When|Once|Despite|Even\s+as)\b"
                            r"|[A-Z][a-z]+ing\b)[^,;]*,\s+")
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def denial_of_the_move(denial: re.Pattern, before: str) -> re.Match | None:
    """The first match of ``denial`` in ``before`` (the clause's words up to its verb of moving)
    that denies the movement, or None."""
    if denial.search(before) is None:
        return None
    own = _ASIDE.sub(_blank, before)  # (blanked, so offsets stay those of ``before``)
    opener = _OPENER.match(own)
    for m in denial.finditer(own):
        if opener is not None and m.end() <= opener.end() and denial.search(own, opener.end()) is None:
            continue  # "After the army dismissed reports of X, troops were sent"
        rest = own[m.end():]
        if _AND_AT_VERB.search(rest) and not _OF_THE_MOVE.search(rest):
            continue  # "rejected the ceasefire and advanced"
        return m
    return None
