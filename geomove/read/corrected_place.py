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
from .places import same_place
from .state import Fragment, ends_of

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


# a feature's correction told as a retelling, in a sentence of its own after the movement ("That
# account was later amended: the officers had gone not to A but to B"): "not to A but to B", the
# place taken back first; read only where the sentence or the one before says it is a correction
_NOT_X_BUT_Y = _PATTERNS.compile(
    r"\bnot\s+(?:to|in|at|into|for)\s+(?:the\s+)?(?P<wrong>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?:\s+itself)?\s*,?\s+but\s+(?:to|in|at|into|for)\s+")
_CORRECTION_CUE = _PATTERNS.compile(
    r"\b(?:amended|corrected|correction|revised|in\s+fact|actually|was\s+wrong|were\s+wrong|had\s+confused)\b", re.I)
# the kind of a correction in places_taken_back's answer: a later sentence that retells the
# movement with the right place (its own reading is that movement told again: retold_correction)
RETOLD = "retold"


def _retold_against(reader, i: int):
    """The names a correction told as a retelling ("had gone not to A but to B") takes back in
    sentence ``i``, when it or the sentence before says it corrects an account."""
    s, e = reader.spans[i]
    text = reader.text
    if "not " not in text[s:e]:
        return ()
    found = list(_NOT_X_BUT_Y.finditer(text, s, e))
    if not found:
        return ()
    cue_from = reader.spans[i - 1][0] if i > 0 else s
    return found if _CORRECTION_CUE.search(text, cue_from, e) is not None else ()


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


def _ends_at(frag, name: str) -> bool:
    return frag is not None and any(name in (_folded(p.get("name") or ""), _folded(p.get("surface") or ""))
                                    for p, _ in frag.destination)


def places_taken_back(reader) -> dict[str, tuple[int, list]]:
    """The names the report's corrections take back, each with its correction's clause and the
    places that clause tells instead (its destinations, less the name taken back)."""
    found: dict[str, tuple] = {}
    text = reader.text
    if " but " in text and "not " in text:
        for i in range(len(reader.spans)):
            for m in _retold_against(reader, i):
                frag = reader.fragment(i)
                wrong = _folded(m.group("wrong")).rstrip(".")
                kept = [(p, at) for p, at in (frag.destination if frag else []) if at >= m.start()
                        and wrong not in (_folded(p.get("name") or ""), _folded(p.get("surface") or ""))]
                told_at = next((j for j in range(i - 1, -1, -1) if _ends_at(reader.fragment(j), wrong)), None)
                if kept and told_at is not None:
                    # (only the nearest movement told to the place: a feature names a town
                    # many times, for other movements and for the scene)
                    found[wrong] = (i, kept, RETOLD, told_at)
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


def retold_correction(frag, routes: list, taken_back: dict, drafts: list, why: list):
    """The earlier movement a retelling correction in ``frag``'s sentence set right ("That account
    was later amended: the officers had gone not to A but to B", after "were sent from C to A"),
    with the retelling joined to it; None when the sentence is no such correction or no earlier
    movement now ends at its place. The retelling's day is kept only for a movement told
    without one (it may be the day the correction was told: "On Thursday, a spokeswoman said").

    why: the retelling was read as a movement of its own to B, beside the first one's."""
    told = [v for v in taken_back.values() if len(v) > 2 and v[0] == frag.sentence] if taken_back else ()
    if not told or len(routes) != 1 or routes[0].destination is None:
        return None
    place = routes[0].destination
    target = next((d for d in reversed(drafts) if d.destination is not None and same_place(d.destination, place)
                   and all(f.sentence < frag.sentence for f in d.frags)), None)
    if target is None:
        return None
    dated = any(f.date is not None and f.date.precision == "day" for f in target.frags)
    target.frags = [*target.frags, *(replace(f, date=None, when=set()) if dated else f for f in routes[0].frags)]
    why.append(f"sentence {frag.sentence}: retells {ends_of(target)} with the place the correction gives, one movement")
    return target


def with_place_corrected(frag: Fragment, taken_back: dict[str, tuple[int, list]], why: list) -> Fragment:
    """``frag`` with a destination that a correction elsewhere takes back replaced by the place
    the correction tells ("moved from Mitrovica to Zubin Potok" after "went to Leposavic, not
    Zubin Potok as we first reported": to Leposavic)."""
    if not taken_back or frag is None:
        return frag
    for k, (p, at) in enumerate(frag.destination):
        for name in (_folded(p.get("surface") or ""), _folded(p.get("name") or "")):
            told = taken_back.get(name)
            if told is not None and told[0] != frag.sentence and (len(told) < 4 or told[3] == frag.sentence):
                places = [(q, at) for q, _ in told[1]]
                why.append(f"sentence {frag.sentence}: {p.get('name')} taken back by the correction in "
                           f"sentence {told[0]}: to {', '.join(q.get('name') or '' for q, _ in places)}")
                return replace(frag, destination=[*frag.destination[:k], *places, *frag.destination[k + 1:]])
    return frag


_PATTERNS.save()
