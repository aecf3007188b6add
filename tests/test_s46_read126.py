"""Session 46, read126: what the session's reading helpers left (movements), one construction
each, on sentences written for these tests (see tests/golden/movements.jsonl, s46-read126-*)."""

import datetime as dt

from geomove.dates import find_dates
from geomove.movements import extract
from geomove.read.forces import _force_np
from geomove.read.semicolon_subject import from_in_next_subject

PUBLISHED = dt.date(2026, 12, 6)


def _one(text: str) -> dict:
    found = extract(text, published=PUBLISHED)
    assert len(found) == 1, found
    return found[0]["properties"]


# -- 1. "moved to A; smoke from B rose": B is the smoke's, not the move's origin
def test_from_in_the_subject_after_a_semicolon_is_no_origin():
    text = "The brigade withdrew to Kharkiv; smoke from Izium rose over the river."
    at = text.index("from")
    assert from_in_next_subject(text, text.index("withdrew") + 8, at, text.index("Izium") + 5)
    got = _one(text)
    assert got["origin"] is None and got["destination"]["surface"] == "Kharkiv"


def test_a_move_told_after_the_semicolon_keeps_its_from():
    text = "The convoy moved to Kandahar on Monday; they drove from Herat."
    at = text.index("from")
    assert not from_in_next_subject(text, text.index("moved") + 5, at, text.index("Herat") + 5)
    # (no verb of its own after the place: a telegraphic list keeps the reading it had)
    text = "Moved to Kandahar; elements from Herat."
    assert not from_in_next_subject(text, 5, text.index("from"), len(text) - 1)


# -- 2. "Colonel Omar Said": a name's last word, no verb of saying
def test_said_as_a_name_keeps_the_subject_whole():
    assert _force_np("Troops under Colonel Omar Said") == "Troops under Colonel Omar Said"
    assert _force_np("The convoy was said") == "The convoy"
    assert _one("Soldiers led by Major Karim Said crossed into Rafah on Friday.")["what"] \
        == "Soldiers led by Major Karim Said"


# -- 3. "the men of 2 Para": the force the men are of, after a day with no comma
def test_men_of_a_named_force_name_it():
    assert _one("On 3 May the men of 2 Para moved to Darwin.")["actor"] == "2 Para"
    assert _one("On Friday the men of the village fled to Bangui.")["actor"] is None
    # (the article and the members' noun opening the sentence are no name: "The soldiers" was)
    assert _one("The troops of 45 Commando marched to Kismayo on Sunday.")["actor"] == "45 Commando"
    assert _one("The soldiers moved to Darwin.")["actor"] is None


# -- 4. "Rebels from the north": the members' noun is still the whole subject
def test_members_with_where_they_came_from_name_the_actor():
    assert _one("On 4 March rebels from the north entered Kidal.")["actor"] == "rebels"
    assert _one("On 4 March soldiers from the north entered Kidal.")["actor"] is None


# -- 5. "In May 1982 ... On the 26th": that month's day
def test_ordinal_day_after_a_month_with_its_year():
    got = _one("In October 1973 the front was quiet. On the 14th the armoured brigade moved to Suez.")
    assert got["start"] == "1973-10-14"


# -- 6. "between November 1977 and January 1978": a span, each end with its year
def test_month_span_with_both_years():
    text = "Between November 1977 and January 1978 the brigade moved to Jijiga."
    spans = [d for d in find_dates(text, PUBLISHED) if d.text.lower().startswith("between")]
    assert spans and (spans[0].date_start, spans[0].date_end) == (dt.date(1977, 11, 1), dt.date(1978, 1, 31))
    # (one month told twice with one year each is a span of a year and more; a later end only)
    text = "From May 2014 to May 2015 the regiment held Donetsk."
    spans = [d for d in find_dates(text, PUBLISHED) if d.text.startswith("From")]
    assert spans and (spans[0].date_start, spans[0].date_end) == (dt.date(2014, 5, 1), dt.date(2015, 5, 31))
    text = "From May 2015 to March 2014 the regiment held Donetsk."
    assert not [d for d in find_dates(text, PUBLISHED) if d.text.startswith("From")]


def test_day_span_with_both_years():
    text = "between 5 November 1977 and 20 January 1978"
    spans = find_dates(text, PUBLISHED)
    assert [(d.date_start, d.date_end) for d in spans] == [(dt.date(1977, 11, 5), dt.date(1978, 1, 20))]
    # (no span backwards in time: two days, as before; nor "and" without "between")
    assert len(find_dates("from 3 March 2024 to 1 March 2024", PUBLISHED)) == 2
    assert len(find_dates("on 5 May 2024 and 6 June", PUBLISHED)) == 2
