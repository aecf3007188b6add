"""A place inside a relative clause of the subject's apposition, set off by commas before the
verb: "The Sparta IV, a cargo ship that has long carried equipment for Moscow's forces in Syria,
left Novorossiysk on Nov 26"; "The 5th Brigade, which was formed in Gao, moved from Bourem to
Kidal". The relative clause says what the subject is or did before; its place is no end of the
move and no place passed.

roles._in_subject_apposition keeps a short apposition's place off the route ("JNIM fighters,
al-Qaeda's branch in the Sahel, left Boni"); an apposition that holds a relative clause is longer
than it reads, and "in X" right before ", left Y" was taken as where the move began (an arrival
cue near a departure verb), with the origin the verb names pushed to a place passed.

why: the task of read57 (a place of the background taken for the route: the origin became a
via)."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .weights import SUBJECT_APPOSITION_CHARS

# the relative clause: a relative pronoun and a finite verb or auxiliary after it
_RELATIVE = _recompile(r"\b(?:that|which|who)\s+(?:(?:has|have|had|is|are|was|were)\b|(?:[\w-]+ly\s+)?[a-z]+ed\b)", re.I)
# from the place to the verb: the rest of the clause, then the comma that closes the apposition
_CLOSES = _recompile(r"[^,;.()]{0,30},\s*(?:(?:had|has|have|was|were|then|also|reportedly)\s+)*")
# a relative clause of presence tells where the force was before it moved ("Ukrainian troops,
# who had been stationed in Kharkiv since 2022, moved to Sumy": Kharkiv is the origin)
# (and "which had been in Goma since 2023": being there is presence too, s22)
# (and besieged there: "The garrison, which had been encircled at Kadugli for months, withdrew
# to Dilling": where it was held is where it left, read83)
# (and there until it moved: "who had spent a month in X", "which had been training at X"; not a
# plain past, "which fought at X in 2023", what the force did elsewhere at another time, s38 lead;
# clauses._PRESENCE_IN_ASIDE reads the same words)
STAYED_UNTIL_MOVED = r"spent\s+(?:[\w-]+\s+){1,4}?(?:in|at)|been\s+(?:training|exercising|serving)\s+(?:in|at)"
_PRESENCE = _recompile(r"\b(?:stationed|based|garrisoned|posted|positioned|present|deployed|quartered|housed|billeted"
                       r"|(?:had|has|have)\s+been\s+(?:(?:besieged|encircled|surrounded|trapped|cut\s+off|holed\s+up)\s+)?(?:in|at)"
                       r"|" + STAYED_UNTIL_MOVED + r")\b", re.I)


def in_subject_relative(text: str, mention: dict, s: int, verb_at: int, moves_at: tuple[int, ...] = ()) -> bool:
    """Is ``mention`` inside a relative clause of an apposition of the subject, closed by a comma
    right before the clause's verb at ``verb_at``? (The apposition's comma is searched from
    ``s``, or SUBJECT_APPOSITION_CHARS back, within the sentence.) Not when a verb of moving
    stands in the relative clause (offsets ``moves_at``): "X, which had been deployed in A,
    moved to B", "troops, who had been stationed in A since 2022, moved to B" tell where they
    were, read by the rules of presence as before."""
    if verb_at <= mention["end"] or _CLOSES.fullmatch(text, mention["end"], verb_at) is None:
        return False
    floor = max(s, mention["start"] - SUBJECT_APPOSITION_CHARS)
    stop = max(text.rfind(c, floor, mention["start"]) for c in ".!?\n")  # (not past the sentence's start)
    opened = text.rfind(",", max(floor, stop + 1), mention["start"])
    if opened < 0:
        return False
    if any(opened < at < mention["start"] for at in moves_at) or _PRESENCE.search(text, opened, mention["start"]):
        return False
    return _RELATIVE.search(text, opened, mention["start"]) is not None
