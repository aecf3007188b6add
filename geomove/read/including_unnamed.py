"""Places listed by "including" after an end told only by a plural noun: "Israeli forces withdrew
from most of the villages they had occupied, including Kfar Kila and Odaisseh", "the army
deployed troops to several towns, including Gao and Timbuktu".

The end is the villages or towns; the ones the text names are the most specific places it gives
(GUIDELINES), each its own movement (a list is distributed). With a place before "including"
("out of several towns in the X region, including A and B") clauses._Reader.fragment reads the
list after that place (lexicon including_list); here no place stands before it, so the cue
before the plural noun gives the role.

why: "withdrew on Tuesday from most of the villages they had occupied in southern Lebanon,
including Kfar Kila and Odaisseh" read no movement (s33m)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-including-unnamed")

# the cue, a plural noun of places (with a quantifier, an article, up to two words before it),
# whatever qualifies it up to the comma (or none: "to northern towns such as A", "from several
# villages including B", s35m), then "including" right before the first name
_UNNAMED_THEN_INCLUDING = _PATTERNS.compile(
    r"\b(?P<cue>from|out\s+of|to|into|towards?)\s+"
    r"(?:(?:most|some|many|all|several|a\s+number|a\s+string|a\s+series|dozens|a\s+dozen|a\s+handful|two|three|four|five)\s+(?:of\s+)?)?"
    r"(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:villages|towns|cities|localities|settlements|areas|districts|positions|bases|camps|outposts|communes|hamlets|locations|sites)\b"
    r"(?:[^.;:!?()]{0,90}?(?:,\s*|\s+)(?:including|among\s+them|such\s+as|notably|namely)\s+(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?"
    # (or a colon right after the noun: "were moved to the following locations: A, B and C",
    # "deployed to three towns: A and B", s35m)
    r"|\s*:\s*)"
    # (names the gazetteer lacks may open the list: "including Zintabad, Kunduz and Baghlan", Zintabad
    # unknown; role_of_unnamed_list asks that none of them is a name the finder read)
    r"(?P<unknown>(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,3})$",
    re.I)
_UNKNOWN_NAME = _PATTERNS.compile(r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}")
_ROLE = {"from": "origin", "out of": "origin", "to": "destination", "into": "destination",
         "towards": "destination", "toward": "destination"}
# how far back the cue is looked for
REACH_CHARS = 160
# a word of listing other than "including" right before the place
_LISTING_WORD = _PATTERNS.compile(r"among|such|notably|namely|:")


def role_of_unnamed_list(text: str, s: int, start: int, known_between=None) -> tuple[str, int] | None:
    """(role, where its cue starts) when the place at ``start`` opens a list after "including"
    that follows an end told by a plural noun alone, in the clause opening at ``s``; else None.
    Names before the place in the list are let through only when ``known_between(lo, hi)`` (does
    a name the finder read overlap [lo, hi)?) says none of them was read: the place then is the
    first the finder knows, the unknown ones stay out."""
    told = text[max(s, start - REACH_CHARS):start]
    if "includ" not in told and not _LISTING_WORD.search(told):
        return None
    m = _UNNAMED_THEN_INCLUDING.search(text, max(s, start - REACH_CHARS), start)
    if m is None:
        return None
    if m.group("unknown"):
        at = m.start("unknown")
        if known_between is None or any(known_between(at + n.start(), at + n.end())
                                        for n in _UNKNOWN_NAME.finditer(m.group("unknown"))):
            return None
    return _ROLE[" ".join(m.group("cue").lower().split())], m.start("cue")


_PATTERNS.save()
