"""Where a force exercised before it went back: "returned to their permanent base in Minsk after
exercises near Brest", "marched back to Grodno after a week of firing practice at a range near
Lida". The place of the exercise is where the return began, as "after a year in X" names where a
tour was spent (the cue is data: lexicon.json role_cues, "after ... exercises near").

One reading of that cue is wrong: exercises "near the Polish border" are held on this side of
another country's border, so a country named only as what the exercise was near is no origin
(the force was never in Poland). ``near_a_foreign_border`` says so for RoleReading._cue_for."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-exercise-place")

# the words that make a role cue an exercise cue (the cue itself is lexicon.json's)
_EXERCISE_CUE = _PATTERNS.compile(r"^after\b.*\b(?:exercises?|drills|manoeuvres|maneuvers|training|firing\s+practice)\b", 0)


def near_a_foreign_border(cue: str, mention: dict) -> bool:
    """Is ``mention`` a country the exercise named by ``cue`` was only near ("after exercises
    near the Polish border")? Then it is no origin of the return."""
    return (_EXERCISE_CUE.search(cue.lower()) is not None and mention.get("kind") == "country"
            and (mention.get("relation") or {}).get("type") == "near")


# what stands between "for" and the place when the place is only where an exercise is held near:
# "for an exercise close to the", "for joint drills near the", "for training near"
_FOR_EXERCISE_GAP = _PATTERNS.compile(
    r"(?:(?:an?|the|joint|live-fire|tactical|military|annual|large-scale|snap|naval|air|field)\s+)*"
    r"(?:exercises?|drills|manoeuvres|maneuvers|training|war\s*games|firing\s+practice)"
    r"(?:\s+(?:near|close\s+to|not\s+far\s+from)(?:\s+the)?)?", re.I)


def exercise_near_a_foreign_border(cue: str, gap: str, mention: dict) -> bool:
    """Is ``mention`` a country that the exercise a force went "for" was only near ("left Tapa for
    an exercise close to the Russian border", "moved to Brasov on Monday for drills near the
    Ukrainian border")? Then it is no destination: the force was never in that country, as
    ``near_a_foreign_border`` says of an exercise's country before a return.

    why: each was read as a second movement, to Russia and to Ukraine (read107's radio script and
    probes of my own)."""
    return (cue.strip().lower() == "for" and _FOR_EXERCISE_GAP.fullmatch(" ".join(gap.split())) is not None
            and (mention.get("kind") == "country" or mention.get("role") == "demonym_place")
            and (mention.get("relation") or {}).get("type") == "near")


_PATTERNS.save()
