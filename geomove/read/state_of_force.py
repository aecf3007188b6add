"""A state named after a force's noun by "of", its official name or its short one: "the arrival of
350 troops of the Arab Republic of Egypt at Aden Adde airport", "the arrival of soldiers of Kenya
in Mogadishu". The state says whose troops they are; it is no place of the movement, and a
locative cue after it ("in", "at") is still the movement noun's or verb's.

why: "in"/"at" marks a destination only right after an arrival word, not after another place
("came from X in Y": Y locates X; roles._arrival_near). The state's name stood between the
arrival noun and "at", so the destination was lost and the AU's press statement told no movement.
The state gets no role and the cue search for the next place reaches back past it (read60)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _FORCE_NOUN
from .gates import Gate

_PATTERNS = CompiledPatterns("read-state-of-force")

# a force's noun, "of", and the state's official form before its name (or the whole official name
# as the mention: "troops of the Arab Republic of Egypt" is one) ("the Arab Republic of",
# "the Federal Democratic Republic of", "the United Republic of", "the Kingdom of")
_FORCE_OF = _PATTERNS.compile(
    r"\b" + _FORCE_NOUN + r"\s+of\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}"
    r"(?-i:Republic|Kingdom|Sultanate|Emirate|State|Federation|Commonwealth)\s+of\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_FORCE_OF_GATE = Gate(_FORCE_OF, ("of",))
_REACH = 120  # how far back the force's noun and the state's form are looked for
# an armed group's capitalised name whose head is an organisation's word, then "of" and the place
# its name holds: "the Nduma Defence of | Congo", "the Patriotic Union of | Kurdistan", "the
# National Front for the Liberation of | X". At least one capitalised word before the head (not
# the article): "the Defence of X" alone may be a battle's or an office's
_NAMED_BODY_OF = _PATTERNS.compile(
    r"(?<![\w'’-])(?!The\b)[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Front|Army|Movement|Alliance|Union|Defence|Defense|Council|Forces|Coalition|Militia|Brigades?)"
    r"(?:\s+for\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3})?\s+of\s+(?:the\s+)?$")
_NAME_REACH = 90  # how far back such a name is looked for
# ... and a place's name opening such a group's name, after "the": "the Sahel | Defence of Niger",
# "the Kivu | Popular Front of Congo" (s47 read132): the area names the group, no place of the move
# (not "the Sahel region of Niger", "the Kivu base of the army": no organisation's head word)
_OPENS_NAMED_BODY = _PATTERNS.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,3}?\s+(?:Front|Army|Movement|Alliance|Union|Defence|Defense|Council|Coalition|Militia)"
    r"(?:\s+for\s+the(?:\s+[A-Z][\w'’-]*){1,3})?\s+of\s+(?:the\s+)?[A-Z]")


def state_of_force(text: str, mention: dict, floor: int) -> bool:
    """Is ``mention``, a country, told right after a force's noun and "of" ("troops of the
    Republic of Kenya"), with nothing of the clause before ``floor`` in between? Or any place
    told as the end of an armed group's name ("Militiamen from the Nduma Defence of Congo",
    read130), or opening one ("Gunmen from the Sahel Defence of Niger", s47 read132): whose name
    it is, no place of the move."""
    start = mention["start"]
    if text[start - 4:start].lower() == "the " and text[mention["end"]:mention["end"] + 1] == " " \
            and _OPENS_NAMED_BODY.match(text, mention["end"]) is not None:
        return True  # ("the Sahel Defence of Niger": the place opens the group's name)
    if start >= 4 and text[start - 3:start - 1] != "of" and text[start - 4:start - 1] != "the":
        return False  # (the cheap test: "of" or "of the" right before the place)
    if _NAMED_BODY_OF.search(text, max(floor, start - _NAME_REACH), start) is not None:
        return True
    if mention.get("kind") != "country":
        return False
    return _FORCE_OF_GATE.search(text, max(floor, start - _REACH), start) is not None


_PATTERNS.save()
