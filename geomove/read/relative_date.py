"""A date told in a relative clause after the movement, about a thing it names and not about
the move: "About 2,000 troops were moved from Pskov to Grodno for the exercise, which runs from
30 November to 6 December", "Soldiers left Gao for Kidal, which fell to the rebels in 2012", "... continued to Y, where a
unit has been based since 2019".
The relative clause has a verb of its own that is no verb of moving ("runs", "fell"): its dates
are when that happened, not when the force moved.

why: the nearest date to the verb was taken, so the exercise's first day was the movement's
date (and read as last year's, a day after publication). A relative clause with a verb of moving
("..., which they reached on Monday") is the move's own and keeps its date; so does one right
after a movement noun ("the deployment, which began on Monday,"), which is the move itself."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _CROSSING_NOUN, _TRIGGER_RE
from .place_apposition import APPOSED_PLACE, APPOSED_PLACE_CONTACT

_PATTERNS = CompiledPatterns("read-relative-date")

# a relative clause after a comma, up to the next comma, semicolon or the clause's end
# (and one of the place: "..., where a unit has been based since 2019": read43)
# (and one after a noun phrase that says what the place is: "..., the town that has been held by
# the peacekeepers since 2020", read.place_apposition)
# (and the apposition with a contact clause, no relative word: "..., a city the army lost in 2024", read108)
# (and one of the people a noun names: "to face the M23 rebels, who captured Bukavu in February",
# s41 lead: the capture's month dated the deployment)
_RELATIVE = _PATTERNS.compile(r",\s*(?:(?:" + APPOSED_PLACE + r")?(?:which|that|where|who)\s|" + APPOSED_PLACE_CONTACT + r")[^,;]*", re.I)
_SPACE = _PATTERNS.compile(r"\s")
# a month's name written as such, which the verbs of moving share ("March")
_MONTH = _PATTERNS.compile(r"March")
# a relative clause whose verb is one of an event's course: the move itself, wherever it stands
# ("the deployment of 400 peacekeepers to Bunia, which was completed on 2 March", read68)
_EVENT_COURSE = _PATTERNS.compile(r",\s*(?:which|that)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:\w+ly\s+)?"
                                  r"(?:completed|began|begun|started|ended|finished|concluded|took\s+place|(?:was\s+)?carried\s+out)\b", re.I)


def _crossing_as_noun(text: str, verb: re.Match) -> bool:
    """Is the trigger "crossing" the noun of a place ("..., where the crossing has been closed
    since Sunday"), which tells no move of the relative clause?"""
    return verb.group(0).lower() in ("crossing", "crossings") and \
        _CROSSING_NOUN.search(text, max(0, verb.start() - 30), verb.start()) is not None


def dates_not_of_relative(text: str, dates: list, e: int, anchor: int) -> list:
    """``dates`` without those inside a ", which ..." clause after the verb at ``anchor`` (and
    before ``e``) whose own verb is no verb of moving."""
    if not dates or "which" not in text[anchor:e] and "that" not in text[anchor:e] and "where" not in text[anchor:e] \
            and ", " not in text[anchor:e]:
        return dates
    spans = []
    for m in _RELATIVE.finditer(text, anchor, e):
        if not _SPACE.search(text, anchor, m.start()):
            continue  # ("the deployment, which began on Monday": the move itself)
        if _EVENT_COURSE.match(text, m.start()):
            continue  # ("the deployment of N to X, which was completed on 2 March": the move's own course)
        if any(not _MONTH.fullmatch(v.group(0)) and not _crossing_as_noun(text, v)
               for v in _TRIGGER_RE.finditer(text, m.start(), m.end())):
            continue  # ("..., which they reached on Monday": the move's own day; not the month "in March")
        spans.append(m.span())
    return [d for d in dates if not any(a <= d.start < b for a, b in spans)] if spans else dates


_PATTERNS.save()
