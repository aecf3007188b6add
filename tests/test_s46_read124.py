"""Session 46, read124: histories, war diaries, museum panels, timelines, memoirs and anniversary
features on wars of past decades (sentences of my own; the reports are tests/fixtures/read71).
A bare day or month read in the history's year, a season's year, a timeline entry's date for
each of its clauses, a war diary's time lines under a dated heading, a headline's span of years
as a retrospective, 'embarked at X', veterans, 'paratroopers dropped at X', 'the garrison of X',
and a date that opens the next conjunct."""

import datetime as dt

from geomove.dates import find_dates
from geomove.movements import extract
from geomove.read.dropped import drops_a_force
from geomove.read.later_clause_date import opens_next_conjunct
from geomove.read.retrospective import looks_back
from handcounts import check_report, load

PUBLISHED = "2026-12-05"  # a Saturday
PUB = dt.date(2026, 12, 5)


def _days(text, published=PUB):
    return [(d.text, d.date_start, d.date_end) for d in find_dates(text, published)]


def _ends(features):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"])) for f in features]


def _starts(features):
    return [f["properties"]["start"] for f in features]


# -- a history's bare days and months (dates._in_history_season)

def test_an_anniversary_reads_its_bare_days_in_the_history_year():
    # (published in the weeks of the days it retells: read119's guard kept publication's year)
    text = "On 3 December 1971 the brigade crossed the river. On 16 December it entered the city."
    assert [d for _t, d, _e in _days(text, dt.date(2026, 12, 20))] == [dt.date(1971, 12, 3), dt.date(1971, 12, 16)]


def test_a_campaign_season_after_the_dated_day():
    text = "On 5 April 1982 the carriers sailed. On 25 June the battalion sailed home."
    assert _days(text, dt.date(2026, 6, 14))[-1][1] == dt.date(1982, 6, 25)
    # a history steps back to another front, within two months before
    text = "On 18 September 1950 the division landed. In the south, the army broke out on 16 September."
    assert _days(text)[-1][1] == dt.date(1950, 9, 16)


def test_bare_months_and_thirds_in_the_history_year():
    text = "On 3 October 1987 the brigades fell back. A battalion crossed the border in September, and more came in December."
    days = _days(text)
    assert (days[1][1], days[1][2]) == (dt.date(1987, 9, 1), dt.date(1987, 9, 30))
    assert (days[2][1], days[2][2]) == (dt.date(1987, 12, 1), dt.date(1987, 12, 31))
    # ("in December" read up to publication was cut at 5 December: the whole month in 1987)


def test_a_season_after_the_new_year():
    text = "In November 1950 the division reached the reservoir. It was back at the port in January."
    assert _days(text)[-1][1:] == (dt.date(1951, 1, 1), dt.date(1951, 1, 31))


def test_the_ordinal_day_of_the_months_told():
    text = "On 24 October 1960 the company flew in. It drove south on the 2nd."
    assert _days(text)[-1][1] == dt.date(1960, 11, 2)
    text = "On 12 May 1958 a battalion landed. It moved inland on the 26th."
    assert _days(text)[-1][1] == dt.date(1958, 5, 26)


def test_a_season_of_a_year_and_the_last_days_of_a_month():
    text = "I was with the battalion in the summer of 1999. On 20 May we drove north. In the last days of July we came back."
    days = _days(text)
    assert days[0][1:] == (dt.date(1999, 1, 1), dt.date(1999, 12, 31))
    assert days[1][1] == dt.date(1999, 5, 20)
    assert days[2][1:] == (dt.date(1999, 7, 21), dt.date(1999, 7, 31))


def test_the_history_rule_keeps_publications_reading_where_it_should():
    # a recent anchor is no history: the news of the last weeks stays this year's
    assert _days("The accord was signed on 12 October 2019. Troops moved on 1 December.")[-1][1] == dt.date(2026, 12, 1)
    # a weekday is publication's
    assert _days("On 3 March 1991 the brigade landed. Troops moved on Monday.")[-1][1] == dt.date(2026, 11, 30)
    # a day far beyond the season after the anchor
    assert _days("On 3 March 1991 the brigade landed. On 20 November troops moved.")[-1][1] == dt.date(2026, 11, 20)
    # a year alone anchors no history (a news report's background year)
    assert _days("The base was built in 1995. On 20 May troops moved.")[-1][1] == dt.date(2026, 5, 20)
    # a season does, but not a day in publication's last weeks
    assert _days("In the summer of 1995 I was at the base. On 20 May we moved.")[-1][1] == dt.date(1995, 5, 20)
    assert _days("In the summer of 1995 I was at the base. On 20 November we moved.")[-1][1] == dt.date(2026, 11, 20)
    # read119's rule for a chronology less than a generation back is unchanged
    assert _days("On 3 March 2011 a battalion landed. On 1 March troops moved.")[-1][1] == dt.date(2026, 3, 1)


def test_a_memoir_dates_its_moves_in_its_year(gazetteer):
    text = ("In the summer of 1992 I was a driver with a signals company. On 3 July we drove from Split to "
            "Mostar, and the next day the company moved on to Konjic.")
    features = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert ("Split", "Mostar") in _ends(features)
    assert "1992-07-03" in _starts(features) and not any(s and s.startswith("2026") for s in _starts(features))


# -- a timeline entry's date for each clause of its line (dates._rest_of_item)

def test_a_timeline_entry_dates_its_later_clauses(gazetteer):
    text = ("9 May 1945. At noon the guns fall silent. By evening, a Soviet column drives from Dresden to Prague.\n"
            "10 May. A second column reaches Brno; another enters Olomouc.\n")
    features = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    starts = dict(zip([d for _o, d in _ends(features)], _starts(features)))
    assert starts["Prague"] == "1945-05-09"
    assert starts["Brno"] == "1945-05-10" and starts["Olomouc"] == "1945-05-10"


def test_an_entrys_later_clause_with_its_own_date_keeps_it(gazetteer):
    text = "9 May 1945. On 11 May a Soviet column drives from Dresden to Prague."
    assert _starts(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == ["1945-05-11"]


# -- a war diary's time lines under its dated heading (dates._ITEM_LINE)

def test_a_war_diary_dates_its_timed_lines_by_its_heading(gazetteer):
    text = ("WAR DIARY, 1ST BATTALION\n6 JUNE 1944\n"
            "0725: A Company landed at Arromanches.\n"
            "1530 hrs - B Company moved from Arromanches to Bayeux.\n")
    features = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert set(_starts(features)) == {"1944-06-06"}
    assert ("Arromanches", "Bayeux") in _ends(features)


# -- a headline's span of years (retrospective._headline_span_of_years)

def test_a_headline_span_of_years_looks_back():
    assert looks_back("THE ALGERIAN WAR, 1954-1962\n\nIn May 1956 a regiment moved.")
    assert looks_back("Borneo, 1963-66: the campaign\n\nIn April 1964 ...")
    # a span in a sentence, a range that is no span of years, a span too long for a war
    assert not looks_back("The budget for 2025-2026 was approved.\nIn July 2023 troops moved.")
    assert not looks_back("Score 2019-2001 in the final\nIn July 2023 troops moved.")
    assert not looks_back("Records 1901-1999\nIn July 2023 troops moved.")


def test_a_museum_panels_month_year_openers_are_reported(gazetteer):
    text = ("THE CONGO CRISIS, 1960-1964\n\nIn July 1960 Belgian paratroopers were flown from Kamina to "
            "Elisabethville. In January 1963 UN troops moved from Elisabethville to Kolwezi.")
    features = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert [f["properties"]["status"] for f in features] == ["reported", "reported"]
    assert _starts(features) == ["1960-07-01", "1963-01-01"]
    # the same sentences under a headline without a span: background as before
    plain = text.replace("THE CONGO CRISIS, 1960-1964", "The Congo crisis")
    assert extract(plain, published=PUBLISHED, gazetteer=gazetteer) == []


# -- 'embarked at X', veterans, 'dropped at X', 'the garrison of X'

def test_embarked_at_is_where_they_left(gazetteer):
    for text, ends in (("The battalion embarked at Haifa on a transport and sailed for Famagusta.", ("Haifa", "Famagusta")),
                       ("Two companies embarked at Brest on Monday and sailed for Dakar.", ("Brest", "Dakar"))):
        assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [ends], text
    assert _ends(extract("The marines disembarked at Haifa on Monday.", published=PUBLISHED, gazetteer=gazetteer)) == [(None, "Haifa")]


def test_veterans_are_no_force(gazetteer):
    assert extract("About sixty veterans flew from Auckland to Wellington for the memorial.",
                   published=PUBLISHED, gazetteer=gazetteer) == []
    assert _ends(extract("Veteran soldiers of the 1st Regiment flew from Auckland to Wellington.",
                         published=PUBLISHED, gazetteer=gazetteer)) == [("Auckland", "Wellington")]
    # (a possessive: "veterans' groups said" names who spoke, the troops moved)
    assert _ends(extract("Veterans' groups said troops flew from Auckland to Wellington.",
                         published=PUBLISHED, gazetteer=gazetteer)) == [("Auckland", "Wellington")]


def test_dropped_at_a_place_with_a_force_subject():
    text = "Belgian paratroopers dropped at Stanleyville at dawn."
    verb = next(m for m in __import__("re").finditer(r"dropped", text))
    assert drops_a_force(text, verb)
    for other in ("Fuel prices dropped at Rotterdam.", "Troop numbers dropped at the base.", "Soldiers dropped their rifles."):
        verb = next(m for m in __import__("re").finditer(r"dropped", other))
        assert not drops_a_force(other, verb), other


def test_paratroopers_dropped_at_a_town_arrive_there(gazetteer):
    features = extract("Belgian paratroopers dropped at Stanleyville on Tuesday.", published=PUBLISHED, gazetteer=gazetteer)
    assert [d for _o, d in _ends(features)] == ["Stanleyville"]


def test_the_garrison_of_a_town_left_it(gazetteer):
    for text, ends in (("The garrison of Kismayo withdrew to Jilib on Tuesday.", ("Kismayo", "Jilib")),
                       ("On Sunday the garrison of Soledar was withdrawn to Bakhmut.", ("Soledar", "Bakhmut"))):
        assert _ends(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == [ends], text
    assert _ends(extract("After the fall of Kismayo, troops withdrew to Jilib on Tuesday.",
                         published=PUBLISHED, gazetteer=gazetteer)) == [(None, "Jilib")]


# -- a date that opens the next conjunct (read.later_clause_date)

def test_a_span_after_and_opens_the_next_conjunct():
    text = "Marines came ashore at Beira that morning, and two days later their engineers repaired the port."
    at = opens_next_conjunct(text, text.index("came"), len(text))
    assert at == text.index(", and")
    assert opens_next_conjunct("Marines came ashore at Beira two days later.", 0, 44) is None


def test_the_clause_before_the_conjunct_keeps_its_own_time(gazetteer):
    text = "Rain fell on Monday. Marines came ashore at Beira that morning, and two days later their engineers repaired the port."
    assert _starts(extract(text, published=PUBLISHED, gazetteer=gazetteer)) == ["2026-11-30"]
    moved = "Marines landed at Beira on Monday, and two days later they moved on to Dondo."
    assert sorted(_starts(extract(moved, published=PUBLISHED, gazetteer=gazetteer))) == ["2026-11-30", "2026-12-02"]


# -- the hand-counted reports

def test_read71_reports_read_as_counted(gazetteer):
    here, gold, reports = load("read71")
    assert len(reports) == 12
    for name in reports:
        check_report(here, gold, name, gazetteer)


# -- a unit named by a bare number, British usage (lexicon._FORCE_NAME_END)

def test_a_bare_numbered_para_or_commando_is_the_actor(gazetteer):
    for text, actor in (("On Monday 3 Para was flown from Kabul to Kandahar.", "3 Para"),
                        ("40 Commando sailed from Plymouth to Harstad on Monday.", "40 Commando")):
        props = [f["properties"] for f in extract(text, published=PUBLISHED, gazetteer=gazetteer)]
        assert [(p["actor"], p["count"]) for p in props] == [(actor, None)], text
    # a count of commandos is a count, not a unit
    props = [f["properties"] for f in extract("About 40 commandos were flown from Kabul to Kandahar on Monday.",
                                              published=PUBLISHED, gazetteer=gazetteer)]
    assert [p["count"] for p in props] == [40]
