"""A clause of its own after "after", with a subject and a verb of moving of its own: "Armenian
border guards moved into Tegh on Wednesday after the Russian unit withdrew to Gyumri", "Kenyan
police took over the checkpoint after Haitian soldiers pulled back to X". The clause after
"after" tells another force's movement (GUIDELINES: a different actor makes a new movement):
its place is no end of the main clause's force.

The cut is asked as every other clause join is (cuts._subject_then_verb: a noun phrase by its
parts of speech, then a finite verb of moving); "after arriving in X", "after a three-day march"
have no subject and verb of their own and stay in the clause.

why: "Armenian border guards took up positions in Tegh on Wednesday after the Russian unit
stationed there withdrew to Gyumri" read the border guards going to Tegh and to Gyumri (probes
of my own, s32 read87, a Caucasus wire)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-after-clause")

# "after" opening a clause (after a comma or not); "shortly after", "days after", "soon after"
# keep their word of time before it
_AFTER = _PATTERNS.compile(r"(?:,\s*|\s+)(?:(?:shortly|soon|hours|days|weeks|just|only|minutes)\s+)?after\s+", re.I)
# the joiner a time clause was cut at, right before its words ("..., a day after | the soldiers
# stationed in X arrived from Y"), and a pronoun opening its subject (the same force: "after they
# arrived")
_TIME_JOINER_BEFORE = _PATTERNS.compile(r"\b(?:after|before|when|once)\s*$", re.I)
_PRONOUN_SUBJECT = _PATTERNS.compile(r"\s*(?:it|they|he|she|we|its|their|his|her|both|all|each)\b", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def after_joins(text: str, s: int, e: int) -> list[re.Match]:
    """Every "after" in the clause [s, e) that may open a clause of its own (the caller asks for
    a subject and a finite verb of moving after it)."""
    return list(_AFTER.finditer(text, s, e))


def subject_of_time_clause(text: str, s: int, upto: int) -> bool:
    """Is the clause from ``s`` (its subject up to ``upto``) a time clause cut after "after",
    "before", "when" or "once", with a noun phrase of its own for subject ("The company moved
    to A after | the soldiers stationed in B arrived from C")? Its definite subject is another
    force than the main clause's, none it refers back to: a force told again in its own time
    clause is told by a pronoun ("after they arrived from C").

    why: "the soldiers" read as the company told again, so its origin C carried the company's
    route (C -> A) and the soldiers' own move was lost (s33 read89, probes of my own)."""
    return _TIME_JOINER_BEFORE.search(text, max(0, s - 12), s) is not None \
        and _PRONOUN_SUBJECT.match(text, s, upto) is None
