"""A route written with an arrow between two places: "flew Bamako-Senou → Gao", "Bamako ->
Timbuktu, then back to Bamako". Flight trackers and OSINT threads write a leg so, with the arrow
for "from ... to" and often no verb at all.

Without this the arrow was no cue: after "flew" the first airfield was read as where the plane
went and the second was lost, and a post with no verb ("second Il-76: Bamako → Timbuktu") told
nothing. The place right before an arrow is where the leg began, the place right after it where
the leg ended (RoleReading._cue_for asks ``arrow_role``); a clause with no verb of movement whose
places are joined by an arrow is read as that leg, and ", then back to X" after it as the return
leg (``read_arrow_legs``, a pass of read_fragments, as table rows are read)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .counts import mark_qualified
from .lexicon import _COUNT_RE, _DISTINCT, count_value
from .places import _place_of
from .state import Fragment, _Draft

_PATTERNS = CompiledPatterns("read-arrow-route")

# the arrow itself: a Unicode arrow or an ASCII one ("->", "-->", "=>"), spaces around it
_ARROW = r"[ \t]*(?:→|⟶|➔|➝|-{1,2}>|=>)[ \t]*"
_ARROW_AFTER = _PATTERNS.compile(_ARROW)
_ARROW_BEFORE = _PATTERNS.compile(_ARROW + r"$")


def arrow_role(text: str, start: int, end: int) -> str | None:
    """'origin' when an arrow follows the place at ``start``..``end``, 'destination' when one
    comes right before it, else None."""
    if _ARROW_BEFORE.search(text, max(0, start - 8), start):
        return "destination"
    if _ARROW_AFTER.match(text, end):
        return "origin"
    return None


# the arrow alone between two place names ("Bamako → Timbuktu"): the leg's two ends
_ARROW_ONLY = _PATTERNS.compile(_ARROW)
# a return told after the leg: ", then back to X", "and back to X" (the leg's end to X)
_BACK_TO = _PATTERNS.compile(r"\s*,?\s*(?:and\s+)?(?:then\s+)?(?:(?:flew|went|came|returned)\s+)?back\s+to\s+(?:the\s+)?$", re.I)
# what the post is about, told before a colon: "second Il-76: Bamako → Timbuktu"
_LABEL = _PATTERNS.compile(r"(?:^|[,:]\s*)(?P<what>[^,:]{1,40}?)\s*:\s*$")
# ... or an item's group told before a comma, with no colon: "• ~40 trucks, Valuyki → Kupiansk"
# (a sitrep's list item; only with a count of what moved in it, s32m)
_GROUP_BEFORE = _PATTERNS.compile(r"^\s*(?:[•*·\-–—]\s*)?(?P<what>[^,:]{1,40}?)\s*,\s*$")
_ABOUT_MARK = _PATTERNS.compile(r"[~≈]\s*$")
# a day told by "same day" with no article ("2/ Same day, second Il-76: ..."), read as the
# day last told before it
_SAME_DAY_BARE = _PATTERNS.compile(r"\b(?:the\s+)?same\s+day\b", re.I)


def arrow_legs(text: str, mentions: list[dict]) -> list[tuple[dict, dict]]:
    """The legs (origin mention, destination mention) an arrow joins in ``mentions`` (the
    place mentions of one clause, in order), with a return ", then back to X" after the last
    leg as a leg of its own."""
    legs = []
    for a, b in zip(mentions, mentions[1:]):
        if _ARROW_ONLY.fullmatch(text, a["end"], b["start"]):
            legs.append((a, b))
        elif legs and legs[-1][1] is a and _BACK_TO.fullmatch(text, a["end"], b["start"]):
            legs.append((a, b))
    return legs


def read_arrow_legs(a) -> None:
    """Each clause with no verb of movement whose places an arrow joins ("second Il-76: Bamako
    → Timbuktu, then back to Bamako in the evening") as one movement a leg, reported (a
    tracker's post tells what flew; a plan has its verb). Read before the prose, as table
    rows are; a clause with a verb is the prose reader's (RoleReading._cue_for reads its arrow)."""
    reader = a.reader
    text = reader.text
    for i, (s, e) in enumerate(reader.spans):
        if "→" not in text[s:e] and "->" not in text[s:e] and "=>" not in text[s:e] and "➔" not in text[s:e]:
            continue
        if any(t.group("verb") for t in reader._triggers_in(s, e)):
            continue
        mentions = [m for m in reader.places if s <= m["start"] < e]
        legs = arrow_legs(text, mentions)
        if not legs:
            continue
        first = legs[0][0]["start"]
        # (on the clause's own words, where "^" is its start: from an offset into the text "^"
        # matched only at the text's start, and a label opening any line but a post's first was
        # not read, s28a)
        label = _LABEL.search(text[s:first])
        what = label.group("what").strip() if label else None
        counts = []
        if what is None and (group := _GROUP_BEFORE.match(text[s:first])) is not None:
            counts = _counted_group(group.group("what"))
            what = group.group("what").strip() if counts else None
        day = reader._date(s, e, first)
        if day is None and _SAME_DAY_BARE.search(text, s, first):
            day = _day_told_before(reader, i, s)
        at = next((k for k, d in enumerate(a.drafts) if min(f.sentence for f in d.frags) > i), len(a.drafts))
        for n, (o, d) in enumerate(legs):
            frag = Fragment(sentence=i, trigger="", trigger_start=o["start"], quote=text[s:e].strip(),
                            origin=[(_place_of(o), o["start"])], destination=[(_place_of(d), d["start"])],
                            directed=True, what=what, date=day, next_leg=n > 0, counts=[dict(c) for c in counts])
            frag.distinct = {w.lower() for w in _DISTINCT.findall(what or "")}
            frag.status_why = "reported: a leg told by an arrow between two places, with no verb (read.arrow_route)"
            frag.roles_why.append(f"{o['surface']} -> {d['surface']}: the arrow's two ends (read.arrow_route)")
            a.drafts.insert(at + n, _Draft(origin=frag.origin[0][0], via=[], destination=frag.destination[0][0],
                                           frags=[frag], status="reported"))
            a.why.append(f"sentence {i}: a leg told by an arrow, {o['surface']} -> {d['surface']}")


def _counted_group(words: str) -> list[dict]:
    """The count of an item's group told before its arrow ("~40 trucks", "about 300 soldiers"):
    one count, approximate after a qualifier or a tilde; none when the words count nothing."""
    m = _COUNT_RE.search(words)
    if m is None or not m.group("num")[:1].isdigit():
        return []
    item = {"value": count_value(m.group("num")), "unit": " ".join(m.group("unit").lower().split())}
    if m.group("qual"):
        mark_qualified(item, m.group("qual"))
    elif _ABOUT_MARK.search(words, 0, m.start("num")):
        mark_qualified(item, "about")
    return [item]


def _day_told_before(reader, index: int, s: int):
    """The last day told in the three clauses before clause ``index`` (not a dateline's; a
    month or "since October" is no day the same day can be)."""
    first = reader.spans[max(0, index - 3)][0]
    told = [d for d in reader._dates_in(reader.dates, first, s) if not reader._dateline(d) and d.precision == "day"]
    return told[-1] if told else None


_PATTERNS.save()
