""""Abandon" is a verb of leaving when what is abandoned is a place or a force's site: "The
rebels abandoned Kidal and headed north", "militants abandoned their base in Kismayo and fled
toward Jamaame", "troops abandoned positions near Kupiansk". The place is where the force left
from (lexicon.json object_role: origin, as "left X", "vacated X").

Abandoning anything else moves no force: "abandoned 12 tanks in Izium" (equipment left behind,
not moved), "abandoned plans to move troops to X", "abandoned the offensive". Such an "abandon"
is no trigger at all. Nor is the passive ("12 tanks were abandoned in X", "Kidal was abandoned"):
what was left behind, told without who left.

What is abandoned: the words right after the verb. A place mention there, after an optional
article and a site's kind ("the town of"), or a site noun of a force's ("their base", "its
positions", "posts") after an optional determiner and up to two adjectives.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .by_start import ByStart, mention_start
from .delivered import PASSIVE_BEFORE

_PATTERNS = CompiledPatterns("read-abandoned")

# the nouns of a force's site (and of a settlement or area it holds): "base", "positions", "town"
# (also read.attributive_participle: "an abandoned post")
SITE_NOUNS = (r"(?:bases?|positions?|posts?|outposts?|camps?|barracks|garrisons?|headquarters|strongholds?|checkpoints?|trenches|"
              r"airports?|airfields?|air\s+bases?|town|city|village|area|areas|frontline|front\s+line)")
# a force's site right after the verb: "their base (in X)", "positions near X", "the garrison town of X"
_SITE_AFTER = _PATTERNS.compile(
    r"\s+(?:(?:the|their|its|his|her|our|several|some|two|three|four|many|most|all|a|an|both)\s+)?(?:(?!of\b)[\w'’-]+\s+){0,2}?"
    + SITE_NOUNS + r"\b", re.I)
# the words before a place mention right after the verb: "the (strategic) town of", "the city of", or none
_PLACE_AFTER = _PATTERNS.compile(
    r"\s+(?:the\s+(?:(?!of\b)[\w'’-]+\s+){0,2}?(?:town|city|village|port|district|region|province)\s+of\s+)?$", re.I)


def abandons_a_site(text: str, verb: re.Match, mentions: list[dict]) -> bool:
    """Does the active verb of abandoning ``verb`` take a place or a force's site as its object?"""
    if PASSIVE_BEFORE.search(text, max(0, verb.start() - 24), verb.start()):
        return False
    if _SITE_AFTER.match(text, verb.end()):
        return True
    near = ByStart.of(mentions, mention_start, "abandons a site", any_order=True).between(verb.end() + 1, verb.end() + 41)
    return any(verb.end() < m["start"] <= verb.end() + 40 and _PLACE_AFTER.fullmatch(text, verb.end(), m["start"])
               for m in near)


_PATTERNS.save()
