"""Where a force exercised before it went back: "returned to their permanent base in Minsk after
exercises near Brest", "marched back to Grodno after a week of firing practice at a range near
Lida". The place of the exercise is where the return began, as "after a year in X" names where a
tour was spent (the cue is data: lexicon.json role_cues, "after ... exercises near").

One reading of that cue is wrong: exercises "near the Polish border" are held on this side of
another country's border, so a country named only as what the exercise was near is no origin
(the force was never in Poland). ``near_a_foreign_border`` says so for RoleReading._cue_for."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-exercise-place")

# the words that make a role cue an exercise cue (the cue itself is lexicon.json's)
_EXERCISE_CUE = _PATTERNS.compile(r"^after\b.*\b(?:exercises?|drills|manoeuvres|maneuvers|training|firing\s+practice)\b", 0)


def near_a_foreign_border(cue: str, mention: dict) -> bool:
    """Is ``mention`` a country the exercise named by ``cue`` was only near ("after exercises
    near the Polish border")? Then it is no origin of the return."""
    return (_EXERCISE_CUE.search(cue.lower()) is not None and mention.get("kind") == "country"
            and (mention.get("relation") or {}).get("type") == "near")


_PATTERNS.save()
