"""A planned move told in a timeline's entry: "28 Jun - The Joint Command plans to move a second
company to Palmapampa in July". The entry's date is the day the plan was told, a day that has
passed; the move's own time is the one told after the verb ("in July"), and it alone is a time
to come (dates.ahead_when_planned). With no time after the verb the entry's day stays, as told.

why: the entry's day was taken for the move's and, the plan told in the future ("plans to"),
moved to the next such day: 28 June of the next year, in a list published on 30 June (s38
read102, a timeline of my own; probes in tests/golden/movements.jsonl, s38-read102-entry-*)."""

from __future__ import annotations

from ..dates import ahead_when_planned, opens_list_item


def told_in_an_entry(text: str, date) -> bool:
    """Does ``date`` (a planned clause's) open its line as a timeline entry's date does?"""
    return date is not None and opens_list_item(text, date)


def planned_entry_date(date, dates_after_verb, published):
    """The date of a planned move told in an entry dated ``date``: the first of
    ``dates_after_verb`` (the clause's own, after its verb) as a time to come, else the entry's
    day unmoved."""
    own = next(iter(dates_after_verb), None)
    return ahead_when_planned(own, published) if own is not None else date
