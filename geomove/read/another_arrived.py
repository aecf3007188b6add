"""A second group told arriving with no place of its own, right after an arrival: "120 Rwandan
soldiers arrived in Pemba by air from Kigali; a further 300 came by sea", "... Another 300
arrived by road on Friday". Its verb of arriving says it got where the group before got: a
movement of its own (GUIDELINES: "another", "a second" make a new movement), to that end,
from no place told (how it came, by sea or by road, is no place).

Only a clause that opens (after "and" or a semicolon) with "another", "a further", "a second /
third" or "the remaining", whose verb is one of arriving (arrive, come, land, dock, disembark)
and in which no place is read; the movement before must be reported, told at most two clauses
before, and have a destination. Its actor is lent by the first, its count is its own.

why: the clause had a verb of movement and no place, so it was dropped as no movement, and the
second group was lost.

The same holds for a second group told in a participle after the first ("..., followed by two
more flights on Thursday"): followed_by_more.
"""

from __future__ import annotations

import re

from ..dates import date_after_span
from ..regex_cache import CompiledPatterns
from .drafts_told import ReportedEnds
from .elided_count import elided_count
from .lexicon import _stem
from .state import Fragment, _Draft

_PATTERNS = CompiledPatterns("read-another-arrived")

_SECOND_GROUP = _PATTERNS.compile(
    r"\s*(?:(?:and|but|while)\s+)?(?P<which>another|a\s+further|a\s+second|a\s+third|the\s+remaining)\b", re.I)
_ARRIVING = frozenset({"arrive", "come", "land", "dock", "disembark", "touch down"})


def _may_arrive(verb) -> bool:
    """Is the verb a placeless clause's partial reading told (state.VerbTold) one of arriving? The
    whole reading's trigger is that verb, and the pass takes the clause only then: a clause
    opened by "another" whose verb is another ("Another 200 are held in reserve") is not read whole."""
    return _stem(verb.trigger) in _ARRIVING


def another_arrived(a) -> None:
    """A clause with a verb of arriving and no place, opened by "another" / "a further" ...:
    a second group's movement to where the movement just told went (see the module)."""
    reader = a.reader
    ends = ReportedEnds(a.drafts) if a.endless else None
    for i in a.endless:
        s, e = reader.spans[i]
        opener = _SECOND_GROUP.match(reader.text, s, e)
        if opener is None or not _may_arrive(a.endless[i]):
            continue
        told = reader.fragment(i, whole=True)
        if told is None or told.status != "reported" or told.origin or told.destination or told.via \
                or _stem(told.trigger) not in _ARRIVING:
            continue
        first = ends.last_before(i)
        if first is None:
            continue
        which = " ".join(opener.group("which").lower().split())
        # (what the clause names, else its words before the verb: "a further 300", counted by
        # the count told before, read.elided_count)
        what = told.what or " ".join(reader.text[opener.start("which"):told.trigger_start].split()) or None
        counts = told.counts
        if not counts and what:
            elided = elided_count(what, [c["unit"] for f in first.frags for c in f.counts if c.get("unit")])
            counts = [elided] if elided else []
        frag = Fragment(sentence=i, trigger=told.trigger, trigger_start=told.trigger_start,
                        actor=told.actor or first.actor, what=what, counts=counts, mode=told.mode,
                        date=told.date, when=told.when, quote=told.quote or reader.text[s:e].strip(),
                        distinct={which})
        second = _Draft(None, [], {**first.destination, "inferred": True}, [frag], "reported")
        a.drafts.insert(a.drafts.index(first) + 1, second)
        a.why.append(f"sentence {i}: '{which} ... {told.trigger}' with no place: a group of its own, "
                     f"to {first.destination.get('name')}, where the movement before went")


# ", followed by two more flights on Thursday", ", followed by another convoy the next day": a
# second group that came the same way after the first, told in a participle after the clause
_FOLLOWED_BY_MORE = _PATTERNS.compile(
    r",\s*(?:to\s+be\s+)?followed\s+by\s+(?P<what>(?:another|a\s+second|a\s+third|a\s+further|(?:two|three|four|five|six|"
    r"several|a\s+few|[2-9]|1[0-9])\s+(?:more|further|other))\b[^,.;:()]{0,40}?)"
    r"(?P<when>\s+(?:on\s+(?-i:[A-Z])\w+(?:\s+\d{1,2})?|later(?:\s+that\s+day)?|the\s+(?:next|following)\s+(?:day|morning)|"
    r"(?:a|one|two|three)\s+(?:days?|hours?)\s+later|overnight))?\s*(?=[,.;]|$)", re.I)


def followed_by_more(a) -> None:
    """"A plane carrying 90 soldiers landed in Baidoa on Wednesday, followed by two more
    flights on Thursday": the flights that followed went the way of the first, on their own day,
    a movement of their own (GUIDELINES: "another", "a second" make a new movement).

    Only a participle "followed by" right after a clause of a reported movement, whose object
    opens with another / a second / N more; "to be followed by" is a plan (not reported)."""
    reader = a.reader
    found: dict[int, re.Match | None] = {}  # clause -> its "followed by" (searched once, not once a draft)
    for draft in list(a.drafts):
        if draft.status != "reported" or draft.destination is None:
            continue
        for i in sorted({f.sentence for f in draft.frags}):
            s, e = reader.spans[i]
            if i not in found:
                found[i] = _FOLLOWED_BY_MORE.search(reader.text, s, e + 1)
            m = found[i]
            if m is None or "to be" in m.group(0).lower()[:12] or reader._within(reader.places, m.start(), m.end()):
                continue
            date = reader._date(m.start("when"), m.end("when"), m.start("when")) if m.group("when") else None
            which = " ".join(m.group("what").split())
            first = next(f for f in draft.frags if f.sentence == i)
            if date is None and m.group("when") and first.date is not None:
                # ("the next day", "two days later": counted from the first group's day)
                date = date_after_span(m.group("when"), first.date, reader.published, at=m.start("when"))
            frag = Fragment(sentence=i, trigger="followed", trigger_start=m.start(), actor=first.actor,
                            what=which, date=date, quote=reader.text[s:e].strip(), distinct={"more"})
            second = _Draft(draft.origin, list(draft.via), {**draft.destination}, [frag], "reported")
            a.drafts.insert(a.drafts.index(draft) + 1, second)
            a.why.append(f"sentence {i}: 'followed by {which}': a movement of its own the way of the one before")
            break


_PATTERNS.save()
