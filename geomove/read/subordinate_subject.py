"""The subject of a verb of movement that stands in a subordinate clause after the main one:
"The police launched an operation in X after gang members fled from A toward B". Who moved is
the subordinate clause's own subject ("gang members"), not the sentence's ("the police"), whose
verb tells no movement.

Only a conjunction of time or cause (after, when, while, because, once, until, before) between
the clause's start and the verb, followed by words with no finite verb of their own up to the
verb: the subject begins right after the conjunction. (An opening subordinate clause, "After
the rebels left A, army units moved in", is cut into a clause of its own before: read.opening_contrast.)
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-subordinate-subject")

# the conjunction and what follows it up to the verb: a noun phrase (words, numbers, hyphens,
# apostrophes), an auxiliary and adverbs at most, no comma, no other finite verb
_SUBORDINATE_SUBJECT = _PATTERNS.compile(
    r"\s(?:after|when|while|because|once|until|before)\s+"
    r"(?P<subject>(?!(?:it|they|he|she|we|this|that|those|these|being|having|getting|been|\w+ing)\b)(?:[\w'’-]+\s+){1,6}?)"
    r"(?:(?:had|have|has|were|was|are|is|had\s+been|have\s+been|reportedly|then|also)\s+)*$", re.I)
# a word that is itself a finite verb ends the noun phrase: "after troops clashed, gang members fled"
# (a comma is excluded by the word pattern already)
_FINITE = _PATTERNS.compile(r"\b\w+(?:ed)\b\s+(?:\w+\s+)*$", re.I)


def subject_after_subordinator(text: str, s: int, verb_at: int) -> int:
    """Where the subject of the verb at ``verb_at`` begins when a conjunction of time or cause
    opens its subordinate clause inside [s, verb_at) (see the module); else ``s``."""
    if verb_at - s < 8:
        return s
    m = _SUBORDINATE_SUBJECT.search(text, s, verb_at)
    if m is None or m.start() <= s:
        return s
    if _FINITE.match(text, m.start("subject"), verb_at):
        return s  # ("after fighting ended gang members fled": a verb of its own before the subject)
    return m.start("subject")


_PATTERNS.save()
