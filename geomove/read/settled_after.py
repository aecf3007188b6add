"""Where a force settled after a verb of leaving, told by a second verb after "and": "Russian
forces withdrew from Kherson and regrouped near Oleshky", "the battalion pulled out of A and dug
in around B", "left A and took up positions outside B". The second verb moves nothing on its
own; its place is where the withdrawal ended, the movement's destination (GUIDELINES: the most
specific place the text gives for where it ended).

Only after a verb of leaving (lexicon _DEPARTURE's stems, "withdraw", "pull", "retreat", "fall
back"), only a verb of settling right after "and" (and "then", "later"), and only a place its
locative cue governs, with no clause break between.

why: the place where they regrouped was no end at all, or was taken for a second origin (s26r
probe, Kherson: "Oleshky -> ?")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-settled-after")

# "and (then) regrouped near", "and dug in around", "and took up (new) positions outside": the
# verb of settling after "and", then its locative cue, up to the place
_SETTLED = _PATTERNS.compile(
    # (and in the progressive, with a bearing from the place: "and are regrouping south of
    # Khartoum", s34m)
    r"\s*,?\s+and\s+(?:then\s+|later\s+|quickly\s+)?(?:(?:are|is|were|was)\s+(?:now\s+|reportedly\s+)?)?"
    r"(?:regrouped|re-grouped|regrouping|reassembled|reassembling|dug\s+in|digging\s+in|entrenched|entrenching|consolidated|consolidating|"
    r"took\s+up\s+(?:new\s+|defensive\s+)?positions|set\s+up\s+(?:new\s+|defensive\s+)?(?:positions|camp|a\s+base|base)|"
    # (a ship's or a patrol's post, and a line or a base set up ahead: "sailed from A and took up
    # station off B", "moved east and set up a forward line at B"; a site taken over from the
    # force relieved: "left A and has taken over the battalion's positions at B", read119)
    r"took\s+up\s+(?:a\s+|her\s+|its\s+|their\s+)?(?:patrol\s+|blocking\s+)?stations?|"
    r"set\s+up\s+(?:a\s+)?(?:new\s+|defensive\s+)?(?:forward\s+)?(?:line|base|operating\s+base|command\s+post)|"
    r"(?:(?:has|have|had)\s+(?:already\s+|since\s+)?taken|took)\s+over\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+(?:['’]s?)?\s+){0,2}?(?:positions|posts|base|camp)|"
    r"established\s+(?:new\s+|defensive\s+)?positions|massed|massing|assembled|assembling)\s+"
    r"(?:(?:mainly|mostly|largely)\s+)?(?:in|near|at|around|outside|off|on\s+the\s+outskirts\s+of|close\s+to|"
    r"(?:[0-9]+\s*km\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?$", re.I)
# the verbs of leaving whose end a settling verb may tell
_LEAVING = frozenset({"withdraw", "pull", "retreat", "fall", "leave", "abandon", "evacuate", "move", "relocate", "redeploy",
                      "sail", "depart"})  # (a ship: "sailed from A and took up station off B", read119)


def place_settled_after(text: str, main: re.Match, e: int, mentions: list[dict], stem) -> dict | None:
    """The place a verb of settling after "and" governs, when the main verb ``main`` is one of
    leaving (clause up to ``e``); None otherwise."""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb or stem(verb) not in _LEAVING or " and " not in text[main.end():e]:
        return None
    for m in sorted(mentions, key=lambda m: m["start"]):
        if main.end() < m["start"] <= e and m.get("role") == "place" \
                and _SETTLED.search(text, max(main.end(), m["start"] - 90), m["start"]) is not None:
            return m
    return None


_PATTERNS.save()
