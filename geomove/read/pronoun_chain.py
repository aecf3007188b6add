"""A pronoun subject whose clause is itself opened by a pronoun: "The battalion was withdrawn to
Venafro. On 3 June it marched from Venafro to Frosinone, where it entrained for Rome". A verb
that tells a movement only of a force named before it (lexicon.json force_only: "entrain",
"embark", "board", "relieve", "join") takes the force of the clause before its pronoun
(clauses._Reader._pronoun_of_a_mover); when that clause names its mover by a pronoun too ("it
marched"), the force is the one that pronoun refers to, named in the clause before it. A
regimental history tells leg after leg so, the unit named once.

Only a chain of pronoun subjects, one clause back at a time, at most CHAIN_CLAUSES back; the
clause that opens the chain may open with words of time ("On 3 June it", "Two days later,
they", "Then it").

why: "..., where it entrained for Rome" after "On 3 June it marched ..." read no movement (the
force was named only in the sentence before; probes of my own, s36 read98)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-pronoun-chain")

# a clause opened by "it" or "they" as its subject, after words of time or a date ("On 3 June",
# "On Monday,", "Two days later", "Then", "In July"), and the word after the pronoun
_OPENED_BY_PRONOUN = _PATTERNS.compile(
    r"\s*(?:(?:(?:on|in|by|early\s+on|late\s+on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}|(?:\w+\s+)?(?:days?|weeks?|hours?|months?)\s+later"
    r"|then|later|next|afterwards|subsequently)\s*,?\s+)?(?:it|they)\s+\w", re.I)

# how many clauses back a chain of pronoun subjects is followed
CHAIN_CLAUSES = 3


def opened_by_pronoun(text: str, s: int, e: int) -> bool:
    """Does the clause [s, e) open with a pronoun subject ("it", "they"), after words of time?"""
    return _OPENED_BY_PRONOUN.match(text[s:min(e, s + 60)]) is not None


_PATTERNS.save()
