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
from bisect import bisect_left

from ..regex_cache import CompiledPatterns
from ..textutil import ROUTE_ARROW
from .comma_splice import names_a_month
from .counts import mark_qualified
from .lexicon import _CARGO, _CIVILIAN, _CIVILIAN_VEHICLES, _COUNT_RE, _DISTINCT, _GOODS, _GOODS_GATE, _MOVER, _MOVER_GATE, count_value
from .places import _place_of
from .state import Fragment, _Draft

_PATTERNS = CompiledPatterns("read-arrow-route")

# the arrow itself: a Unicode arrow or an ASCII one ("->", "-->", "=>"), spaces around it; the
# role of a place beside one is textutil.arrow_role (asked by RoleReading._cue_for and, as a cue,
# by mentions.acceptance)
_ARROW = ROUTE_ARROW


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
_LABEL_MARK = _PATTERNS.compile(r"^\s*(?:[•*·▪\-–—]|\(?\d{1,2}[.)])\s+")
# a day told by "same day" with no article ("2/ Same day, second Il-76: ..."), read as the
# day last told before it
_SAME_DAY_BARE = _PATTERNS.compile(r"\b(?:the\s+)?same\s+day\b", re.I)

# a sitrep's list item with no verb whose route is told in words, not by an arrow: "• 2x Il-76
# from Chkalovsky to Hmeimim", "- 3 Ka-52 helicopters, Dzhankoi to Kherson", "1. Two battalions,
# Goma to Rutshuru": from the line's start, a bullet mark or an item's number, the group, then
# "from" or a comma before the first place, and "to" alone between the two (only at a list item's
# start: in prose, "a convoy of 40 trucks from A to B was seen", the clause reader reads the route)
_ITEM_OPENS = _PATTERNS.compile(r"[ \t]*(?:[•*·▪\-–—]|\(?\d{1,2}[.)])[ \t]")
# (a label before a colon may open the item, a day as a timeline writes it: "• 2 March: 2x Il-76
# from A to B")
_ITEM_GROUP = _PATTERNS.compile(r"\s*(?:[•*·▪\-–—]|\(?\d{1,2}[.)])\s+(?:[^,:;()\n]{1,20}:\s+)?(?P<what>[^,:;()\n]{1,40}?)"
                                r"(?:\s*,\s*(?:from\s+)?|\s+from\s+)(?:the\s+)?", re.I)
_ITEM_TO = _PATTERNS.compile(r"\s+to\s+(?:the\s+)?", re.I)
# ... and after the second place no clause of its own: a direction's word, a date or a note in
# brackets ("Kupiansk direction", "(3 March)", "on 4 March"), not "were stopped by police"
_ITEM_TAIL = _PATTERNS.compile(r"[^\n]{0,40}", re.I)
# ... nor a road's noun: "Goma to Bukavu road", "A to B highway" name a road by its ends, no route
# (GUIDELINES: routes described as geography are no movement)
_ITEM_ROAD_AFTER = _PATTERNS.compile(r"\s*(?:road|highway|motorway|route|corridor|railway|rail\s+line|pipeline|axis|border)s?\b", re.I)
_ITEM_TAIL_VERB = _PATTERNS.compile(r"\b(?:was|were|is|are|has|have|had|been|being|will|would|could|may|might)\b", re.I)


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
    walked: dict[int, object] = {}  # (the heading day each list item's walk up found: _heading_day)
    for i, (s, e) in enumerate(reader.spans):
        if "→" not in text[s:e] and "->" not in text[s:e] and "=>" not in text[s:e] and "➔" not in text[s:e]:
            continue
        if _moving_verb(reader, s, e):
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
        # (a list item's mark is no word of its label, and the label's count is the group's:
        # "- 2x Pantsir-S1: Kherson → Skadovsk" moved two, s34m)
        what = _LABEL_MARK.sub("", label.group("what")).strip() if label else None
        counts = _counted_group(what) if what else []
        if what is None and (group := _GROUP_BEFORE.match(text[s:first])) is not None:
            counts = _counted_group(group.group("what"))
            what = group.group("what").strip() if counts else None
        _add_legs(a, i, s, e, legs, what, counts, walked)
    starts = None
    for i, (s, e) in enumerate(reader.spans):
        line = text.rfind("\n", 0, s) + 1
        mark = _ITEM_OPENS.match(text, line)
        if mark is None or s > mark.end():
            continue  # (only a clause that opens a list item's line, or its words after "1.": the item's first words)
        if starts is None:
            starts = [m["start"] for m in reader.places]
        mentions = reader.places[bisect_left(starts, s):bisect_left(starts, e)]
        if (item := item_route(reader, line, e, mentions)) is not None:
            what, counts, leg = item
            _add_legs(a, i, s, e, [leg], what, counts, walked, "a list item's route in words, with no verb")


def item_route(reader, line: int, e: int, mentions: list[dict]) -> tuple[str, list[dict], tuple[dict, dict]] | None:
    """The list item opening at ``line`` (its clause ends at ``e``, ``mentions`` its places) with
    no verb of movement, when it tells a group and its route in words ("• 2x Il-76 from
    Chkalovsky to Hmeimim", "- 3 Ka-52 helicopters, Dzhankoi to Kherson"): (the group's words,
    its count, (origin, destination)); else None. The group must count what moved or name a
    force (lexicon._MOVER), and be no trade's vehicles, civilians or goods: "• fuel, Bamako to
    Mopti", "• 40% from A to B" and "• 3 trucks of grain from A to B" moved no force."""
    text = reader.text
    if len(mentions) < 2:
        return None
    o, d = mentions[0], mentions[1]
    group = _ITEM_GROUP.fullmatch(text, line, o["start"])
    if group is None or not _ITEM_TO.fullmatch(text, o["end"], d["start"]):
        return None
    tail = text[d["end"]:e]
    if not _ITEM_TAIL.fullmatch(tail.rstrip(" .;")) or _ITEM_TAIL_VERB.search(tail) or _ITEM_ROAD_AFTER.match(tail) \
            or _moving_verb(reader, line, e):
        return None
    what = group.group("what").strip()
    counts = _counted_group(what)
    if not (counts or _MOVER_GATE.search(what)) or any(p.search(what) for p in (_CIVILIAN_VEHICLES, _CIVILIAN, _GOODS_GATE, _CARGO)):
        return None  # (trade's vehicles, civilians, goods: "• 3 trucks of grain from A to B" moved no force)
    return what, counts, (o, d)


def _heading_day(reader, line: int, walked: dict[int, object]):
    """The day told in the heading line of the list whose item opens at ``line`` ("Flights
    tracked on 2 March:", a line ending in a colon above the items), or None: a sitrep's items
    with no day of their own are of the day the heading gives. ``walked`` keeps what the walk
    from each line found (one walk up a list of hundreds of items, not one an item)."""
    text = reader.text
    passed, found = [], None
    while line > 0:
        if line in walked:
            found = walked[line]
            break
        passed.append(line)
        line = text.rfind("\n", 0, line - 1) + 1
        end = text.find("\n", line)  # (the line above an item ends in a newline)
        words = text[line:end].strip()
        if not words or _ITEM_OPENS.match(text, line):
            continue
        if words.endswith(":"):
            days = [d for d in reader._dates_in(reader.dates, line, end)
                    if d.precision == "day" and not reader._dateline(d)]
            found = days[-1] if len(days) == 1 else None  # (one day: "from 2 to 4 March" is no item's day)
        break
    for at in passed:
        walked[at] = found
    return found


def _moving_verb(reader, s: int, e: int) -> bool:
    """Does a verb of movement stand in ``s``..``e``? Not a month's name as written ("(3 March)",
    comma_splice.names_a_month): a date after the item's route is no verb "march"."""
    return any(t.group("verb") and not names_a_month(t.group("verb")) for t in reader._triggers_in(s, e))


def _add_legs(a, i: int, s: int, e: int, legs: list[tuple[dict, dict]], what: str | None, counts: list[dict],
              walked: dict, told: str = "a leg told by an arrow between two places, with no verb") -> None:
    """Each leg of clause ``i`` (``s``..``e``) as a movement of its own, reported, placed among the
    drafts in the order of the clauses; with no day of its own, a list item's is its heading's."""
    reader = a.reader
    text = reader.text
    first = legs[0][0]["start"]
    day = reader._date(s, e, first)
    if day is None and _SAME_DAY_BARE.search(text, s, first):
        day = _day_told_before(reader, i, s)
    line = text.rfind("\n", 0, s) + 1
    if day is None and (mark := _ITEM_OPENS.match(text, line)) is not None and s <= mark.end():
        day = _heading_day(reader, line, walked)
    at = next((k for k, d in enumerate(a.drafts) if min(f.sentence for f in d.frags) > i), len(a.drafts))
    for n, (o, d) in enumerate(legs):
        frag = Fragment(sentence=i, trigger="", trigger_start=o["start"], quote=text[s:e].strip(),
                        origin=[(_place_of(o), o["start"])], destination=[(_place_of(d), d["start"])],
                        directed=True, what=what, date=day, next_leg=n > 0, counts=[dict(c) for c in counts])
        frag.distinct = {w.lower() for w in _DISTINCT.findall(what or "")}
        frag.status_why = f"reported: {told} (read.arrow_route)"
        frag.roles_why.append(f"{o['surface']} -> {d['surface']}: the leg's two ends (read.arrow_route)")
        a.drafts.insert(at + n, _Draft(origin=frag.origin[0][0], via=[], destination=frag.destination[0][0],
                                       frags=[frag], status="reported"))
        a.why.append(f"sentence {i}: {told}, {o['surface']} -> {d['surface']}")


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
