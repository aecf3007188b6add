"""A force located in a place as the subject of "received": "The garrison in Odesa received 300
soldiers from Mykolaiv", "Marine units at Berbera received two more companies". The place the
receiving force stands in is where what it received went (GUIDELINES: the destination is the finest
place the report offers for where the movement ended).

why: the subject of "received" is read as the destination only when it is a place itself
("Odesa received 300 soldiers", clauses); a place after "in" was passed over as governed by
another word, so the destination was lost. Only a force or a post ("garrison", "troops", a unit
noun, "base") right before "in"/"at" (or "stationed / based / deployed in") at the head of the
subject, the place right before the verb: "a hospital in X received wounded soldiers" names no
force that received them."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-receiver-in-place")
_UNITS = read_data("official_statements.json")["unit_names"]

# the receiving force or post, named before "in"/"at" (a unit noun of read.unit_names, or a word
# of this list) — its words are the subject's head
_RECEIVERS = ("garrisons?|troops|forces|soldiers|peacekeepers|marines|base|bases|outposts?|posts?|camps?|"
              "missions?|" + _UNITS["unit_nouns"])
_FORCE_IN = _PATTERNS.compile(
    r"(?:^|[,;:]\s*|\b(?:the|a|an|its|their)\s+)(?:[\w'’-]+\s+){0,3}?(?:" + _RECEIVERS + r")\s+"
    r"(?:(?:stationed|based|deployed|posted)\s+)?(?:in|at)\s+(?:the\s+)?$", re.I)
# between the place and the verb: nothing but an auxiliary ("has received", "had just received")
_AUXILIARIES = r"\s+(?:(?:has|have|had|just|also|recently|already)\s+)*"
_GAP = _PATTERNS.compile(_AUXILIARIES, re.I)
# ... or the place names the force before its noun: "Kharkiv's garrison received", "The Kharkiv
# garrison has received" (a word such as "military" may stand between)
_PLACE_FORCE_GAP = _PATTERNS.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?(?:" + _RECEIVERS + r")" + _AUXILIARIES, re.I)
# ... the place then opening the subject
_SUBJECT_OPENS = _PATTERNS.compile(r"(?:^|[,;:]\s*|\b(?:the|a|an)\s+)$", re.I)


def receiver_in_place(text: str, s: int, verb_at: int, mentions: list[dict], taken: set) -> dict | None:
    """The place mention, in the clause from ``s``, where the force that is the subject of the
    verb of receiving at ``verb_at`` stands ("The garrison in Odesa received"); None when the
    subject is no force located so."""
    for m in sorted(mentions, key=lambda m: m["start"], reverse=True):
        if not (s <= m["start"] and m["end"] <= verb_at) or id(m) in taken:
            continue
        # (searched in the slice: "^" is the clause's start when the subject opens it)
        before = text[max(s, m["start"] - 80):m["start"]]
        if _GAP.fullmatch(text, m["end"], verb_at) is not None:
            return m if _FORCE_IN.search(before) is not None else None
        if _PLACE_FORCE_GAP.fullmatch(text, m["end"], verb_at) is not None:
            return m if _SUBJECT_OPENS.search(before) is not None else None
    return None


_PATTERNS.save()
