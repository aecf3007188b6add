"""A strait, channel or canal passed with no end told: "Two Russian destroyers transited the
Tsugaru Strait on Monday", "An Iranian frigate passed through the Suez Canal", "A Chinese
frigate sailed through the Miyako Strait". A navy's passage of a strait is reported for itself,
as the move from one sea into the other that the strait joins; the report names neither sea.

GUIDELINES: a place passed on the way is via, and one end is enough; a passage of a strait
names no end, only the water passed. Where the guidelines are silent on a movement with no end
at all, the reading decided (s32, read87): an analyst who tracks ships expects a transit of a
strait on the map, so a movement whose only places are straits, channels or canals passed is
kept, with them as its via and no origin or destination. A town or a region passed with no end
("a convoy passed through X") is still no movement: a place on land passed alone says where a
force was, not between which places it moved, and a sighting of a convoy there is told by its
end as a rule (a force seen passing one, "a convoy was filmed passing through X", is none
either: s44 read118 kept it, s45 read120 made the two agree, assemble.drop_endless).

why: "Two Russian destroyers transited the Tsugaru Strait on Monday" read nothing (the via was
read, and the draft dropped as endless; probes of my own).

A ship's way between two named places ("Two patrol ships passed between Guam and Saipan",
"destroyers sailed between Perim and Djibouti") is the passage of the water between them, a
strait the report does not name: kept the same way, its two places via, when a ship passed (a
ship's noun in what moved or in the actor: lexicon._VESSEL_MOVER), not a force on land ("a
convoy passed between A and B" is a place on land passed). read113, from reports of my own;
such a transit is optional in the hand counts (read63's decision 8), so either reading scores."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .lexicon import _MOVER, _MOVER_GATE, _VESSEL_MOVER, _VESSEL_MOVER_GATE

# ships by the nouns _VESSEL_MOVER leaves to other readers ("patrol ships", "warships", "two
# vessels", "minehunters"): asked only of a way between two places with no end (read113)
_SHIP = _recompile(r"\b(?:(?:war|patrol\s+|naval\s+|navy\s+)?ships?|vessels?|patrol\s+boats?|minehunters?|minesweepers?)\b", re.I)

# the kinds of waters whose passage is a movement from one sea into another (not "sea", "ocean",
# "gulf" or "bay", where a ship may sail and stay)
PASSAGE_KINDS = frozenset({"strait", "channel", "canal"})
# ... and the waters whose own name says they are one, whatever kind the index gives them ("the
# English Channel", a sea of the built-in areas; "the Bristol Channel", s32m)
PASSAGE_WORDS = frozenset({"strait", "straits", "channel", "canal", "passage"})


def is_passage(place: dict) -> bool:
    """Is ``place`` a strait, channel or canal, by its kind or by its own name's last word?"""
    if place.get("kind") in PASSAGE_KINDS:
        return True
    words = (place.get("name") or "").lower().split()
    return place.get("kind") == "sea" and bool(words) and words[-1] in PASSAGE_WORDS


def passage_alone(via: list[dict], actor: str | None, what: list[str]) -> bool:
    """Are the places passed, with no end told, one or more straits, channels or canals only,
    passed by a force (an actor read, or a force's noun in what moved: "two destroyers")? Not
    what no force moves ("a fungal disease heading across the Panama Canal")."""
    return bool(via) and all(is_passage(place) for place in via) \
        and (actor is not None or any(_MOVER_GATE.search(w) or _VESSEL_MOVER_GATE.search(w) for w in what))


def passage_between_alone(draft) -> bool:
    """Is the draft, with no end told, a ship's way between two places it passed ("passed between
    Guam and Saipan": clauses._route_between with lexicon passage_between), and did a ship move?"""
    return len(draft.via) == 2 and any(f.passed_between for f in draft.frags) \
        and any(_VESSEL_MOVER_GATE.search(w) or _SHIP.search(w) for f in draft.frags for w in (f.what, f.actor) if w)


def _sentence(frag) -> int:
    return frag.in_sentence if frag.in_sentence is not None else frag.sentence


def told_again(draft, earlier, same_place) -> bool:
    """Is the passage ``draft`` the passage ``earlier`` told again (the headline's "transits the
    X Strait", then the lede's "sailed through the X Strait"): the same waters, no word that
    tells it apart ("another", "a second")? GUIDELINES: one movement retold in headline, lede
    and body counts once."""
    return len(draft.via) == len(earlier.via) and all(same_place(a, b) for a, b in zip(draft.via, earlier.via)) \
        and not any(f.distinct for f in draft.frags)


def continued_by(passage, draft) -> bool:
    """Is ``draft``, a movement with an end, told in the sentence right after the passage with
    its subject referring back ("... sailed through the X Strait on Thursday. The group left A
    and headed north toward B")? The strait was passed on that way: one movement, the strait its
    via (GUIDELINES: places gone through en route are via)."""
    first = min(draft.frags, key=_sentence)
    last = max(_sentence(f) for f in passage.frags)
    return first.anaphoric and _sentence(first) == last + 1 and not draft.via
