"""A homecoming told from the crowd: "Families waved flags at Norfolk International Airport on
Saturday as 130 soldiers of the Guard's military police company returned from a tour in
Kosovo", "Relatives cheered at the port of Brest as the frigate came home from the Gulf". The
force's clause ("as ... returned from K") names only where it came from; where it got to is
where the people waiting for it stood, in the clause the "as" hangs on (GUIDELINES: the
destination is the finest place the report offers for where the movement ended).

Only a reported movement with no destination whose verb is one of coming back or arriving
(_ARRIVING), told in a clause opened by "as" or "when" (a few words of subject between), after
a clause of the same sentence whose verb is one of waiting or welcoming (data:
welcomed_home.json) and whose place follows "at", "in" or "outside". "Families waved flags in
protest as troops left for Kosovo" is no arrival; "Troops returned from Kosovo as families
waited in Norfolk" (the place after the force's verb) is not read.

why: tests/fixtures/read76 d_homecoming_local_virginia (read145, a local newspaper's homecoming
story): the lede was read Kosovo -> nothing, the airport lost."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .lexicon import GOT_THERE, _stem
from .places import _place_of

_DATA = read_data("welcomed_home.json")
_PATTERNS = CompiledPatterns("read-welcomed-home")
# the verbs of coming back or getting somewhere that leave their place to the crowd's clause
_ARRIVING = (GOT_THERE - {"enter", "reach"}) | {"return"}
# the crowd's clause: a verb of waiting or welcoming, then its place after "at", "in" or "outside"
_WAITED_AT = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["verbs"]) + r")\b[^.;:!?\n]{0,80}?\b(?:at|in|outside)\s+(?:the\s+)?$")
# between the place and the force's verb: the rest of the crowd's clause, "as" or "when", the
# force's subject (a few words, no other clause)
_AS_SUBJECT = _PATTERNS.compile(r"[^.;:!?\n]{0,40}?\s(?:as|when)\s+[^.;:!?\n]{1,120}?\s+$")
# a verb of the crowd anywhere in the text: asked once, only when a draft could take its place
_CROWD_VERB = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["verbs"]) + r")\b")
_PATTERNS.save()

# how far before the force's verb the crowd's clause may begin
_REACH = 260


def _sentence_from(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` begins (after the last full stop or line break
    within _REACH)."""
    lo = max(0, at - _REACH)
    cut = max(text.rfind(c, lo, at) for c in (". ", "\n", "? ", "! "))
    return lo if cut < 0 else cut + 1


def place_of_crowd(reader, frag) -> dict | None:
    """The place where the people waiting for ``frag``'s force stood, in the clause before its
    "as ... returned"; None when the sentence tells no such clause."""
    verb_at = frag.trigger_start
    s = _sentence_from(reader.text, verb_at)
    for m in reversed([m for m in reader._within(reader.places, s, verb_at) if m["end"] <= verb_at]):
        if _WAITED_AT.search(reader.text, s, m["start"]) is None:
            continue
        if _AS_SUBJECT.fullmatch(reader.text, m["end"], verb_at) is None:
            return None
        return _place_of(m)
    return None


def destination_where_families_waited(a) -> None:
    """An assembly pass (assemble.PASSES): a reported arrival or return with no destination,
    told as what a crowd waited for ("Families waved flags at X as 130 soldiers returned from
    K"), ends at the crowd's place."""
    reader = a.reader
    crowd = None  # (whether the text has a verb of the crowd at all: asked at the first candidate)
    for d in a.drafts:
        if d.status != "reported" or d.destination is not None or not d.frags:
            continue
        first = min(d.frags, key=lambda f: f.sentence)
        if not first.trigger or _stem(first.trigger) not in _ARRIVING:
            continue
        if crowd is None:
            crowd = _CROWD_VERB.search(reader.text) is not None
        if not crowd:
            return
        place = place_of_crowd(reader, first)
        if place is None or (d.origin is not None and place.get("name") == d.origin.get("name")):
            continue
        d.destination = {**place, "inferred": True}
        a.why.append(f"sentence {first.sentence} '{first.trigger}': came home to where the crowd waited: "
                     f"{place.get('name')}")
