"""A force told arriving with no place, in a report filed from where it arrived: "PORT-AU-PRINCE,
12 March - Benin sent 80 soldiers who arrived on Monday". The dateline names the town the report
is written from; a group that "arrived" with no place named arrived where the report speaks from,
as one that "arrived here" did (destination_where_speaker_is). GUIDELINES: the destination is the
finest place the report offers for where the movement ended, and here the dateline is the one
place the text gives for it.

Only when the report's theatre holds the dateline: of the other places the report names (no
whole country), its country holds the most; and no place told in words after the verb ("arrived
at agreed meeting points": the gazetteer knows it not, but the arrival was there). A report filed from far
away ("LONDON - Burundi sent 200 soldiers who arrived on Monday", then places in Congo) tells no
arrival in London. The clause must be reported, name no place and tell the arrival as done ("who
arrived", "and landed"), before any reported movement is told (after one, an arrival with no
place is as likely that one's); a clause lent to a movement told after it
(lend_told_before) is that movement's already.

why: such a clause had a verb of movement and no place, so it was dropped as no movement, and the
contingent's arrival was lost (s34 read94)."""

from __future__ import annotations

import re
from collections import Counter

from ..regex_cache import CompiledPatterns
from .places import _place_of, _spec
from .state import Fragment, _Draft

_PATTERNS = CompiledPatterns("read-arrived-at-dateline")

# the arrival told as done, with no place after it: "who arrived on Monday", "and landed overnight"
_ARRIVED_DONE = _PATTERNS.compile(r"\b(?:arrived|landed)\b")


def _theatre_holds(reader, dateline: dict) -> bool:
    """Is the dateline's country the report's theatre: the country that holds the most of the
    other places the report names (no whole country, not the dateline itself), one at least?
    ("BEIRUT - ... buses arrived ..." over places in Syria is filed from next door.)"""
    country = dateline.get("country")
    held = Counter(m.get("country") for m in reader.places
                   if m is not dateline and m.get("kind") != "country" and m.get("country"))
    return bool(country) and held.get(country, 0) > 0 and held[country] == max(held.values())


# a place told after the verb of arriving, in words the gazetteer may not know: "arrived at agreed
# meeting points", "landed at the airport", "arrived near the front" (not a dateline's arrival)
_PLACE_WORDS_AFTER = _PATTERNS.compile(r"[^.;:]*?\b(?:at|into|to|near|outside|inside|across|towards?)\s+(?:the\s+|a\s+|an\s+)?[a-z]", re.I)


def arrived_at_dateline(a) -> None:
    """A reported clause that tells a force arrived and names no place: a movement to the
    report's dateline town, when the report's theatre holds it (see the module)."""
    reader = a.reader
    if not a.endless or not reader.datelines:
        return
    dateline = reader.datelines[0]
    if _spec(_place_of(dateline)) >= 3 or not _theatre_holds(reader, dateline):
        return  # (a country or a province as a dateline is no town the report speaks from)
    taken = {f.sentence for d in a.drafts for f in d.frags}
    for i in a.endless:
        if i in taken or any(d.status == "reported" and min(f.sentence for f in d.frags) < i for d in a.drafts):
            # (a movement told before: an arrival with no place after it is as likely that
            # movement's, "A column got to X ... a supply column arrived on Friday, days after setting off",
            # "soldiers, who left A on Sunday, landed at the airport")
            continue
        s, e = reader.spans[i]
        # (the words first, the clause read whole only then: most clauses tell no arrival)
        if (arrived := _ARRIVED_DONE.search(reader.text, s, e)) is None \
                or _PLACE_WORDS_AFTER.match(reader.text, arrived.end(), e):
            continue
        told = reader.fragment(i, whole=True)
        if told is None or told.status != "reported" or told.origin or told.destination or told.via \
                or not (told.actor or told.what):
            continue
        frag = Fragment(sentence=i, trigger=told.trigger, trigger_start=told.trigger_start,
                        actor=told.actor, what=told.what, counts=told.counts, mode=told.mode,
                        date=told.date, when=told.when, quote=told.quote or reader.text[s:e].strip())
        end = {**_place_of(dateline), "inferred": True}
        at = next((k for k, d in enumerate(a.drafts) if min(f.sentence for f in d.frags) > i), len(a.drafts))
        a.drafts.insert(at, _Draft(None, [], end, [frag], "reported"))
        a.why.append(f"sentence {i}: '{told.trigger}' ... arrived with no place, in a report filed from "
                     f"{dateline.get('surface')}, a town of the report's theatre: its destination")


_PATTERNS.save()
