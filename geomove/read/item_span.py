"""A span told in a dated list item: "14 March – The army said a battalion had moved into
Walikale from Lubutu the previous day", "Nov 14: ... Two days earlier, a column had left A". The
day that opens the line is the entry's day (when it was told, as a liveblog's heading is); a
span in the entry ("the previous day", "two days earlier", "the next morning") counts from it.

Without this the entry's own day dated the movement, because it is a date inside the clause,
and the span was only asked for when the clause had no date at all (clauses._date_after_span):
a move told the day after it happened was dated a day late."""

from __future__ import annotations

from ..dates import DateMention, date_after_span, opens_list_item


def counted_from_item_day(text: str, day: DateMention | None, end: int, published) -> DateMention | None:
    """The date a span in the clause up to ``end`` gives, counted from ``day`` when ``day``
    opens its line as a list item's date (dates.opens_list_item); None otherwise (the item's day
    stays)."""
    if day is None or day.end >= end or not opens_list_item(text, day):
        return None
    return date_after_span(text[day.end:end], day, published, at=day.end)
