"""A subject that opens after a subordinating conjunction: "The army said it had retaken the town
after RSF fighters withdrew toward X" — the clause of moving is "RSF fighters withdrew toward X",
and its subject is the words after "after", not the whole main clause before it.

The clause cutter keeps "after" / "before" / "when" clauses with the clause they hang on (the
time they tell belongs to both), so the words before the verb of moving held the main clause too,
and what moved was read as "it had retaken the town of Bara after Rapid Support Forces fighters".
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-subordinate")  # (kept compiled code, as read/lexicon.py's)

# the conjunctions whose clause has its own subject ("after troops left", "when the convoy reached")
_CONJUNCTION = _PATTERNS.compile(r"\b(?:after|before|when|once|until|because|as\s+soon\s+as)\s+(?=\S)", re.I)
# a finite verb before the conjunction: then the words before it are a clause of their own, not
# an opening phrase of time ("Shortly after midnight troops left" keeps its words)
_FINITE_BEFORE = _PATTERNS.compile(r"\b(?:was|were|is|are|had|has|have|did|does|do|said|says|\w{3,}ed|"
                                   # (the irregular past tenses of a report's main clauses)
                                   r"fell|took|came|went|left|made|fled|held|won|lost|began|saw|got|drove|flew|"
                                   r"ran|rose|struck|hit|shot|broke|fought|sent|set|put|told|kept|met|led|gave|"
                                   r"withdrew|overran|retook|stood|spoke)\b", re.I)


def subject_after_conjunction(subject: str) -> str:
    """The words of ``subject`` after its last subordinating conjunction, when a finite verb
    stands before that conjunction; else ``subject`` as it is.

    why: "A bag was found near Kidal after troops left Gao" moved "troops", not "A bag was
    found near Kidal after troops"."""
    last = None
    for m in _CONJUNCTION.finditer(subject):
        last = m
    if last is None or not subject[last.end():].strip():
        return subject
    if _FINITE_BEFORE.search(subject, 0, last.start()) is None:
        return subject
    return subject[last.end():]


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
