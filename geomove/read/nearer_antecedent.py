"""A subject that refers back to the nearer force: "A Mozambican unit arrived from Pemba by sea
on Wednesday. The insurgents attacked a village near Chiure on Sunday and burned houses. Some of
the fighters later crossed the Lurio river into Nampula province." The fighters are the
insurgents, named as the subject of the sentence between (which tells no movement), not the unit
whose movement was told last: the crossing is a movement of its own, no next leg of the unit's.

why: "Some of the fighters" was read as one piece of the group that moved last and carried its
route on (Pemba -> Nampula), merging two forces' movements. Only when a sentence after the last
movement and before the referring clause opens with a force noun the last movement's words (what
moved, its actor) do not hold, and the referring clause's force noun is not in them either. The
nouns are data (told_after.json nearer_antecedent)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("told_after.json")["nearer_antecedent"]
_PATTERNS = CompiledPatterns("read-nearer-antecedent")
_SUBJECT = _PATTERNS.compile(_DATA["subject"], re.I)
_FORCE_WORD = _PATTERNS.compile(_DATA["force_word"], re.I)


def _stem_of(noun: str) -> str:
    noun = noun.lower()
    return noun[:-3] if noun.endswith("ies") else noun.rstrip("s")


def refers_to_a_nearer_force(reader, frag, last) -> bool:
    """Does the referring subject of ``frag`` mean a force named as the subject of a sentence
    between ``last`` (the movement it would carry on) and it, rather than ``last``'s force?"""
    start = reader.spans[frag.sentence][0]
    own = _FORCE_WORD.findall(reader.text, start, max(start, frag.trigger_start))  # (the subject, before the verb)
    said = " ".join(f"{f.what or ''} {f.actor or ''}" for f in last.frags).lower()
    if not own or any(_stem_of(w) in said for w in own):
        return False
    after = max(f.sentence for f in last.frags)
    for i in range(after + 1, frag.sentence):
        s, e = reader.spans[i]
        m = _SUBJECT.match(reader.text, s, e)
        if m is not None and _stem_of(m.group("noun")) not in said:
            return True
    return False


_PATTERNS.save()
