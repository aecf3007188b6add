"""A site told by a chain of phrases after an arrival verb: "Reinforcements arrived at the base of
the occupation army in the village of Abu Rasin, in the countryside of Tal Tamr". Each phrase
locates the one before it (the base is in the village, the village in the countryside), so the
last one, the first place the gazetteer knows, is where the force arrived: the destination.

why: "in"/"at" is a destination only close after an arrival verb (roles._arrival_near,
weights.ARRIVAL_NEAR_CHARS), so that "came from X in Y" keeps Y as what locates X. Local outlets
in north-east Syria name the base by its owner and by a village no gazetteer holds before the town
whose countryside it is in; the town's "in" then stood too far from "arrived" and the move had no
destination. The chain is read only through site and settlement nouns, their owners and unknown
names, with no place the gazetteer knows in it (that place would be the destination itself) and no
other cue ("from", "to") or verb."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("site_chain.json")
_PATTERNS = CompiledPatterns("read-site-chain")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_DET = r"(?:the|a|an|its|their|his|our)\s+"
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,3}"
# the owner after "of": "of the occupation army", "of the Turkish army", "of the coalition forces"
_OWNER = r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?[\w'’-]+"
_SITE = rf"{_DET}(?:[\w'’-]+\s+){{0,2}}?(?:{_alt(_DATA['sites'])})(?:{_OWNER})?"
_SETTLEMENT = rf"{_DET}(?:{_alt(_DATA['settlements'])})\s+of\s+{_NAME}"
_LINK = rf"\s*,?\s+(?:{_alt(_DATA['cues'])})\s+"
# a day or time of day told between the verb and its chain: "arrived on Monday at the base of"
_WHEN = r"(?:\s+(?:on\s+\w+day|yesterday|today|overnight|(?:this|on\s+\w+day|in\s+the)\s+(?:morning|afternoon|evening))\b,?)?"
# from the arrival verb's end to the cue of the chain's last phrase: " at the base of the
# occupation army in the village of Abu Rasin, "
_CHAIN = _PATTERNS.compile(rf"{_WHEN}\s+(?:at|in|to|inside)\s+(?:{_SITE}|{_SETTLEMENT})(?:{_LINK}(?:{_SITE}|{_SETTLEMENT}))*\s*,?\s*")
CHAIN_CHARS = 160   # a chain longer than this is no longer one noun phrase


def site_chain_before(text: str, verb_end: int, cue_at: int, places: list[dict]) -> bool:
    """Is ``text[verb_end:cue_at]`` a chain of site phrases ("at the base of the occupation army
    in the village of Abu Rasin, ") with no place of ``places`` in it, so that the cue at
    ``cue_at`` still follows the arrival verb that ends at ``verb_end``?"""
    if not 0 < cue_at - verb_end <= CHAIN_CHARS:
        return False
    # (the chain first: a test of every place of the text per arrival grew with a long text)
    if _CHAIN.fullmatch(text, verb_end, cue_at) is None:
        return False
    return not any(verb_end <= p["start"] < cue_at for p in places)


_PATTERNS.save()
