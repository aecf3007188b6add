"""Where a force left for, told by "for", a feature of the land named or described, and the area
it lies in: "Fighters fled Maiduguri for the Sambisa forest in Borno State", "Bandits fled Gusau
for the Kamuku forest in Kaduna State".

"for" names a destination only when it governs the place (roles: at most FOR_GOVERNS_WORDS
words between them), and a feature's own name or a word describing it ("the Sambisa forest",
"the dense forest") put the area one word too far: the departure was read with no end. The
forest itself is seldom a gazetteer place; the area told after it is the finest place the
report offers for where the movement ended (GUIDELINES), as it is after "towards the Sambisa forest
in Borno State" and "for the forest in Zamfara".

Only the ground a force takes to, a forest, bush, hills, mountains, a swamp, a desert or a park
(FEATURE_NOUNS), with "in", "of" or "near" before the area; the gate that "for" follows a verb of
setting out is roles' own (as for a mission: _left_for_a_mission).

why: the last session's list of reading gaps ('fled X for the <forest> in <state>'; sentences
of my own, s36 read99)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-for-a-feature")

# the ground a force flees or withdraws to
FEATURE_NOUNS = ("forests?", "woods", "woodlands?", "bush", "jungle", "hills", "mountains", "highlands",
                 "swamps?", "marshes", "desert", "game\\s+reserve", "national\\s+park", "reserve")
# "for the (Sambisa | dense) forest in (the)": two words at most before the feature's noun
_FOR_A_FEATURE_IN = _PATTERNS.compile(
    r"for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(FEATURE_NOUNS) + r")\s+(?:in|of|near)\s+(?:the\s+)?", re.I)
_PATTERNS.save()


def for_a_feature_in(text: str, at: int, start: int) -> bool:
    """Is the text from the cue "for" at ``at`` to the place at ``start`` "for the <name>
    forest in (the)"? Then the place is where the force went."""
    return _FOR_A_FEATURE_IN.fullmatch(text, at, start) is not None
