"""A place a correction takes back, in a later entry or paragraph of its own: "Correction to our
11:15 entry: KFOR now says the platoon went to Leposavic, not Zubin Potok as we first reported",
or in a sentence a correction's label opens ("Correction: the column was heading to B, not A").
The earlier entry ("A platoon has moved from Mitrovica to Zubin Potok") is left as it was written
-- a live blog adds its corrections above -- so the place it names is wrong wherever it is told
as an end of the movement: the correction's own place stands in for it (GUIDELINES: the
same movement told twice is one; a retracted version is no movement).

why: the entry's retracted place stayed its destination and the correction's place became a
place passed on the way (Mitrovica -> via Leposavic -> Zubin Potok). read.corrections takes back
a whole movement told after "an earlier version said"; this takes back one place told after
"not ... as we first reported"."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .state import Fragment

_PATTERNS = CompiledPatterns("read-corrected-place")

# "not" / "rather than" and the name set against the place the clause tells, and the words
# that say the outlet first reported it ("as we first reported", "as this post first said"):
# the parts of the patterns below
_SET_AGAINST = (r"(?:,\s*|\s+)(?:and\s+)?(?:not|rather\s+than)\s+(?:to\s+|in\s+|at\s+|into\s+|for\s+)?(?:the\s+)?"
    r"(?P<wrong>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})")
_AS_FIRST_REPORTED = (r"(?:(?:we|I|it|(?:this|our|the)\s+(?:[\w:.-]+\s+){0,2}?(?:entry|post|story|report|article|update))\s+(?:had\s+)?|(?:was|had\s+been)\s+)?"
    r"(?:first|earlier|initially|originally|previously|wrongly|mistakenly|erroneously)\s+"
    r"(?:reported|said|stated|wrote|written|posted)\b")

# "..., not Zubin Potok as we first reported", "rather than to Bor, as was earlier reported",
# "not Kobani as this post first said": the name set against the place the clause tells
_NOT_AS_REPORTED = _PATTERNS.compile(_SET_AGAINST + r"\s*,?\s+as\s+" + _AS_FIRST_REPORTED, re.I)


# the tail of every correction above, from its "as" on (the pattern's own words): a match of
# _NOT_AS_REPORTED holds one of this, and "as" is a literal the regex engine skips to, where the
# whole pattern tries every space of the text (1.3% of `extract`)
_AS_REPORTED = _PATTERNS.compile(r"\sas\s+" + _AS_FIRST_REPORTED, re.I)


# a correction told by its label instead ("Correction: the column seen in X was heading to B, not
# A", "14:05 CORRECTION - the unit went to B rather than A"): the place set against the clause's
# own, right after "not" / "rather than" and ending the phrase
_CORRECTION_LABEL = _PATTERNS.compile(
    r"\s*(?:(?:[0-9]{1,2}[:.][0-9]{2}|[0-9]{4})(?:\s*(?:GMT|UTC))?\s*[:—–-]?\s*)?(?:Correction|CORRECTION|Corrected|CORRECTED)\b"
    r"(?:\s+to\s+(?:our|this|the)\s+[^:.]{0,40})?\s*[:—–-]")
_NOT_IN_CORRECTION = _PATTERNS.compile(_SET_AGAINST + r"(?=\s*(?:[,.;:)]|$|\s+(?:as|according|said|says)\b))", re.I)


def _set_against(text: str, s: int, e: int):
    """The names a correction in the sentence ``s``..``e`` sets against the place it tells: after
    "not ... as we first reported" anywhere, or after "not" / "rather than" in a sentence that
    opens with a correction's label."""
    if "as" in text[s:e] and _AS_REPORTED.search(text, s, e) is not None:
        yield from _NOT_AS_REPORTED.finditer(text, s, e)
    if _CORRECTION_LABEL.match(text, s) is not None:
        yield from _NOT_IN_CORRECTION.finditer(text, s, e)


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower().strip()


def places_taken_back(reader) -> dict[str, tuple[int, list]]:
    """The names the report's corrections take back, each with its correction's clause and the
    places that clause tells instead (its destinations, less the name taken back)."""
    found: dict[str, tuple[int, list]] = {}
    text = reader.text
    if not (("as" in text and _AS_REPORTED.search(text) is not None and _NOT_AS_REPORTED.search(text) is not None)
            or ("orrect" in text or "ORRECT" in text)):
        return found
    for i, (s, e) in enumerate(reader.spans):
        for m in _set_against(text, s, e):
            frag = reader.fragment(i)
            wrong = _folded(m.group("wrong")).rstrip(".")  # (a name ending its sentence: "not Zalambessa.")
            kept = [(p, at) for p, at in (frag.destination if frag else []) if not m.start() <= at < m.end()
                    and wrong not in (_folded(p.get("name") or ""), _folded(p.get("surface") or ""))]
            if kept:
                found[wrong] = (i, kept)
    return found


def with_place_corrected(frag: Fragment, taken_back: dict[str, tuple[int, list]], why: list) -> Fragment:
    """``frag`` with a destination that a correction elsewhere takes back replaced by the place
    the correction tells ("moved from Mitrovica to Zubin Potok" after "went to Leposavic, not
    Zubin Potok as we first reported": to Leposavic)."""
    if not taken_back or frag is None:
        return frag
    for k, (p, at) in enumerate(frag.destination):
        for name in (_folded(p.get("surface") or ""), _folded(p.get("name") or "")):
            told = taken_back.get(name)
            if told is not None and told[0] != frag.sentence:
                places = [(q, at) for q, _ in told[1]]
                why.append(f"sentence {frag.sentence}: {p.get('name')} taken back by the correction in "
                           f"sentence {told[0]}: to {', '.join(q.get('name') or '' for q, _ in places)}")
                return replace(frag, destination=[*frag.destination[:k], *places, *frag.destination[k + 1:]])
    return frag


_PATTERNS.save()
