"""A restrictive relative clause of presence before the clause's verb: "Wagner contractors who
had been stationed there since 2021 were flown out of Bangui on Saturday", "a battalion that has
been based in Bunia since March moved to Djugu". Its "since" dates how long the force was there,
not when it moved: the year must neither set the movement in the past (status past_year) nor be
its date (clauses._date).

why: the commas of an aside ("troops, who had been stationed in X since 2020, left") were read
already (lexicon _ASIDE, presence_aside); without commas the year of the presence was taken as
the movement's date and, a past year, made the movement background (a flight of this week read
as one of 2021). The pattern is data (told_after.json presence_relative)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .gates import Gate

_DATA = read_data("told_after.json")
_PATTERNS = CompiledPatterns("read-presence-relative")
_PRESENCE_RELATIVE = _PATTERNS.compile(_DATA["presence_relative"]["pattern"], re.I)
# every match holds "since": a clause or sentence without it (nearly all) is not searched, where
# the pattern was tried at every character of it (read.gates)
_PRESENCE_RELATIVE_GATE = Gate(_PRESENCE_RELATIVE, ("since",))


def presence_relative_spans(text: str, s: int, e: int, anchor: int) -> list[tuple[int, int]]:
    """Where [s, e) tells a presence in a restrictive relative clause ending before ``anchor``
    (the clause's verb): the spans whose dates date the presence."""
    return [m.span() for m in _PRESENCE_RELATIVE_GATE.finditer(text, s, e) if m.end() <= anchor]


def dates_not_of_presence(text: str, dates: list, s: int, e: int, anchor: int) -> list:
    """``dates`` of the clause [s, e) without those inside a restrictive relative clause of
    presence before its verb at ``anchor`` ("since 2021" in "contractors who had been
    stationed there since 2021 were flown out on Saturday": Saturday is the date)."""
    spans = presence_relative_spans(text, s, e, anchor) if dates else []
    return [d for d in dates if not any(a <= d.start < b for a, b in spans)]


def without_presence_relative(sentence: str) -> str:
    """``sentence`` without its restrictive relative clauses of presence (for status.past_year,
    which reads the whole sentence): "contractors who had been stationed there since 2021 were
    flown out" -> "contractors were flown out"."""
    return _PRESENCE_RELATIVE_GATE.sub(" ", sentence)


# a relative clause's words before a participle of deployment, and a cue of where after it:
# "soldiers who had been deployed in South Kivu", "units that were deployed at X"
_RELATIVE_BEFORE = _PATTERNS.compile(r"\b(?:who|that|which)\s+(?:had\s+been|has\s+been|have\s+been|were|was)\s+"
                                     r"(?:\w+ly\s+)?$", re.I)
_WHERE_AFTER = _PATTERNS.compile(r"\s+(?:in|at|near|along|around|inside|on)\b", re.I)


def deployed_in_relative(text: str, trigger: re.Match, later: list) -> bool:
    """Is the participle of deployment ``trigger`` the verb of a relative clause that says where
    the force was ("Some 500 Burundian soldiers who had been deployed in South Kivu crossed back
    into Burundi"), with a verb of movement of the main clause in ``later`` (the triggers after
    it)? Then it describes the force, as "soldiers deployed in X moved" does, and its place is
    where the movement began (roles: a place right after a participle of presence).

    why: "had been deployed" was read as the clause's verb, a presence in the past: the movement
    was background and the place it left its destination (probe of my own)."""
    return bool(trigger.group("verb")) and trigger.group(0).lower().endswith("ed") \
        and _RELATIVE_BEFORE.search(text, max(0, trigger.start() - 30), trigger.start()) is not None \
        and _WHERE_AFTER.match(text, trigger.end()) is not None \
        and any(t.group("verb") and t.start() > trigger.end()
                and (not t.group(0).lower().endswith("ing") or _FINITE_BEFORE_ING.search(text, max(0, t.start() - 20), t.start()))
                for t in later)


# a verb's -ing form made finite by the word before it: "began withdrawing", "are withdrawing",
# "started pulling out" (s23: only a verb not in -ing was taken for the main clause's, so the
# relative clause of "soldiers who had been deployed in X began withdrawing" read X as an end)
_FINITE_BEFORE_ING = _PATTERNS.compile(r"\b(?:began|begun|begin|begins|started|starts|start|continued|continues|"
                                       r"are|is|were|was|been)\s+$", re.I)


_PATTERNS.save()
