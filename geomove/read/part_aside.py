"""A part of the subject's group told in an aside with a movement of its own: "Junta forces, many
of them conscripts sent from Mandalay in February, withdrew from Kyaukme to Nawnghkio", "Around
2,000 servicemen, many of them redeployed from the Nakhchivan garrison, are taking part".

The aside tells an earlier movement of a part of the group (from Mandalay, in February); the
main clause tells the group's own (from Kyaukme to Nawnghkio). They are two movements, as with a
relative aside ("Junta forces, which had been sent from Mandalay, withdrew ..."): the aside is cut
off as a clause of its own (cuts._asides), and the main clause's subject is the words before it
(clauses._aside_antecedent). Without the cut, the aside's place and date were read as the main
movement's origin and day (Mandalay -> via Kyaukme -> Nawnghkio, in February).

Only an aside that opens with a part "of them" / "of whom" right after the subject's comma, and
closes with a comma: "About 300 soldiers, many of them conscripts, moved from A to B" has no verb
of moving in the aside and is not cut (cuts asks for one on each side).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-part-aside")

# the part words, as partitive_them reads them
_PART = r"(?:most|many|some|several|half|part|a\s+few|the\s+rest|hundreds|dozens|thousands)\s+of\s+(?:them|whom)\b"
# the aside: ", many of them ... ," (no other clause mark inside)
PART_ASIDE = _PATTERNS.compile(r",\s*" + _PART + r"[^,;.]*,", re.I)
# the same at the end of the clause before a main clause (clauses._aside_antecedent)
PART_ASIDE_AT_END = _PATTERNS.compile(r",\s*" + _PART + r"[^,;.]*,\s*$", re.I)


def part_asides(text: str, s: int, e: int) -> list[re.Match]:
    """The asides of a part "of them" in [s, e); none unless "of them" or "of whom" is there
    (the cheap test first)."""
    span = text[s:e]
    if "of them" not in span and "of whom" not in span:
        return []
    return list(PART_ASIDE.finditer(text, s, e))


_PATTERNS.save()
