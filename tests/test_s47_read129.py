"""Session 47, read129: long features (a lede, quotes of several sides, background of past years,
speculation and a few moves buried in them; the reports are tests/fixtures/read73, sentences of
my own here). A correction told later as a retelling ("had gone not to A but to B"), a weekday
reached by a span from a date told paragraphs back, an arrival with "on the way" in a participle
after it, a convoy carrying ammunition with its goods, "the next year" after a year told, "talk
of" as speculation, and "on the Thursday" as the Thursday told before."""

import datetime as dt

from geomove.dates import find_dates
from geomove.movements import extract
from handcounts import check_report, load

PUBLISHED = "2026-12-05"  # a Saturday
PUB = dt.date(2026, 12, 5)


def _ends(features):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"])) for f in features]


def _days(text):
    return [(d.text, d.date_start) for d in find_dates(text, PUB)]


# -- a correction told as a retelling (read.corrected_place.retold_correction)

def test_a_retold_correction_sets_the_nearest_move_right(gazetteer):
    text = ("On Monday, Malian troops were sent from Sévaré to Douentza. The account was later corrected. "
            "An army officer said on Tuesday that the soldiers had gone not to Douentza but to Boni.")
    features = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert _ends(features) == [("Sévaré", "Boni")]
    assert features[0]["properties"]["start"] == "2026-11-30"  # (the move's day, not the day it was told)


def test_a_retold_correction_leaves_an_earlier_move_to_the_same_town(gazetteer):
    text = ("French troops reached Kidal on 2 March. On 9 March police moved from Gao to Kidal. "
            "That account was amended: the police had gone not to Kidal but to Tessalit.")
    assert sorted(_ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)), key=str) == \
        sorted([(None, "Kidal"), ("Gao", "Tessalit")], key=str)


def test_not_a_but_b_without_a_correction_is_a_move_of_its_own(gazetteer):
    text = ("On 4 November a first battalion moved from Aden to Lahij. "
            "A second battalion was sent not to Lahij but to Zinjibar on 6 November.")
    assert ("Aden", "Lahij") in _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer))


# -- a weekday reached by a span (clauses._weekday_after_span)

def test_a_weekday_after_a_span_counts_from_the_date_told_paragraphs_back(gazetteer):
    text = ("On Monday, 9 November, a Nigerian battalion moved from Maiduguri to Bama. Residents said the soldiers "
            "took over the empty school. Local officials welcomed the deployment. "
            "Three days later, on Thursday, police units were flown from Abuja to Maiduguri.")
    features = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert [f["properties"]["start"] for f in features if _ends([f])[0][0] == "Abuja"] == ["2026-11-12"]


def test_a_weekday_the_span_does_not_reach_is_read_as_before(gazetteer):
    text = "On Monday, 16 November, Malian troops moved from Gao to Ansongo. Two days later, on Friday, a convoy drove from Gao to Menaka."
    features = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert [f["properties"]["start"] for f in features if _ends([f])[0][1] == "Menaka"] == ["2026-12-04"]


# -- an arrival with "on the way" after it (read.on_the_way.arrival_with_way_after)

def test_an_arrival_losing_trucks_on_the_way_ends_the_departure(gazetteer):
    text = ("A convoy of Ethiopian troops left Gondar on 3 November. "
            "The convoy reached Humera on 4 November, losing one truck to a landmine on the way.")
    assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [("Gondar", "Humera")]


# -- goods carried with ammunition (lexicon cargo)

def test_a_convoy_carrying_ammunition_and_food_is_a_force(gazetteer):
    text = "A convoy carrying food and mortar shells left Kandahar for Lashkar Gah on Monday."
    assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [("Kandahar", "Lashkar Gah")]
    text = "A convoy carrying food and medicine left Kandahar for Lashkar Gah on Monday."
    assert extract(text, published=PUBLISHED, gazetteer=gazetteer) == []


# -- "the next year" after a year told (dates._year_after_told)

def test_the_next_year_after_a_year_told_is_the_year_after_it():
    days = _days("The mission arrived in June 2024. Officers followed over the next year from Jamaica.")
    assert days[-1] == ("the next year", dt.date(2025, 1, 1))
    # a plan keeps the year after publication
    days = _days("The mission arrived in June 2024. It will grow over the next year.")
    assert days[-1] == ("the next year", dt.date(2027, 1, 1))


# -- "talk of" (lexicon _MODAL)

def test_talk_of_troops_being_sent_is_no_reported_move(gazetteer):
    text = "There is also talk of Kenyan police being sent from Nairobi to Port-au-Prince before Christmas."
    assert extract(text, published=PUBLISHED, gazetteer=gazetteer) == []
    text = "After two days of talks of the joint commission, Ethiopian troops withdrew from Humera on 3 November."
    assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [("Humera", None)]


# -- "on the Thursday" (dates._weekday_told_before)

def test_the_weekday_with_the_is_the_one_told_before():
    days = _days("On Thursday, 19 November, a column left. \"We left before dawn on the Thursday,\" a driver said.")
    assert days[-1] == ("Thursday", dt.date(2026, 11, 19))
    # with no Thursday told, the last one before publication, as before
    assert _days("\"We left before dawn on the Thursday,\" a driver said.")[-1] == ("Thursday", dt.date(2026, 12, 3))


def test_a_witness_retelling_on_the_weekday_is_the_same_move(gazetteer):
    text = ("On Friday, 13 November, a Kenyan convoy left Garissa for Dhobley. "
            "\"We drove out of Garissa at dawn on the Friday,\" a driver said.")
    assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [("Garissa", "Dhobley")]


# -- the hand-counted reports

def test_read73_reports_read_as_counted(gazetteer):
    here, gold, reports = load("read73")
    assert len(reports) == 5
    for name in reports:
        check_report(here, gold, name, gazetteer)
