"""read145: the constructions of tests/fixtures/read76 (a DDR monitoring report, an arms-delivery
item, a commander's interview, a homecoming story), by their named functions."""

import datetime as dt
import re

from geomove.dates import find_dates
from geomove.read.flies_from_base import flies_from_base
from geomove.read.ordered_goods import purchase_span, without_purchase


def test_purchase_span_is_the_participle_phrase():
    text = "Four patrol boats ordered by Senegal in 2023 arrived in Dakar."
    a, b = purchase_span(text, 0, text.index("arrived"))
    assert text[a:b].strip() == "ordered by Senegal in 2023"
    assert "2023" not in without_purchase(text, text.index("arrived"))
    # an order to move: an auxiliary before it, or an infinitive after it
    text = "The battalion was ordered by the general to move to Kidal."
    assert purchase_span(text, 0, text.index("move")) is None
    text = "Troops ordered by the president to reinforce the border left Kayes."
    assert purchase_span(text, 0, text.index("left")) is None
    # "ordered in" with no year or month is the phrasal verb ("ordered in reinforcements")
    text = "The army ordered in reinforcements, which reached Menaka."
    assert purchase_span(text, 0, text.index("reached")) is None


def _verb(text: str, word: str) -> re.Match:
    return re.compile(r"(?P<verb>" + word + r")").search(text)


def test_perfect_flown_from_base_needs_a_span():
    text = "The 5th Squadron has flown F-16s from Ovda since 1994."
    assert flies_from_base(text, _verb(text, "flown"), len(text))
    text = "The squadron has flown six Typhoons from Lossiemouth."
    assert not flies_from_base(text, _verb(text, "flown"), len(text))
    text = "The squadron has flown six Typhoons from Lossiemouth to Akrotiri since Monday."
    assert not flies_from_base(text, _verb(text, "flown"), len(text))


def test_part_of_the_nth_follows_the_day_told_before():
    days = find_dates("On 3 June it marched north, arriving on the evening of the 6th.", dt.date(1944, 9, 1))
    assert [d.date_start for d in days] == [dt.date(1944, 6, 3), dt.date(1944, 6, 6)]
    days = find_dates("We moved on 28 October. By the morning of the 2nd they were there.", dt.date(2026, 11, 10))
    assert days[-1].date_start == dt.date(2026, 11, 2)
    # no day told before: read from publication, as "on the 15th"
    days = find_dates("By the morning of the 13th they were there.", dt.date(2026, 11, 10))
    assert days[-1].date_start == dt.date(2026, 10, 13)
    # "of the 13th Brigade" is no day
    assert find_dates("The commander of the 13th Brigade spoke.", dt.date(2026, 11, 10)) == []
