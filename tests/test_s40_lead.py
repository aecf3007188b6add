"""Session 40, the lead: a report read with no publication date takes its days from a dateline
that writes the day in full (read.filed_day.dateline_day)."""

import datetime as dt

from geomove.movements import extract
from geomove.read.assemble import extract as read_with_why
from geomove.read.filed_day import dateline_day


def test_dateline_day_needs_a_year_and_a_dateline_shape():
    assert dateline_day("NIAMEY, 9 October 2026 - Soldiers left.") == dt.date(2026, 10, 9)
    assert dateline_day("SUVA, Mar. 12, 2026 (Wire) -- Peacekeepers flew.") == dt.date(2026, 3, 12)
    assert dateline_day("KIGALI, Nov 3 - Battalions crossed.") is None  # no year
    assert dateline_day("On 14 June 2026, troops arrived in Abeche.") is None  # the body's date
    # a dateline further down than the report's first lines is no dateline
    assert dateline_day("x " * 300 + "\nNIAMEY, 9 October 2026 - Soldiers left.") is None


def test_days_told_but_published_stays_as_given(gazetteer):
    text = "NIAMEY, 9 October 2026 - About 300 Nigerien soldiers left Agadez for Arlit on Tuesday."
    found = extract(text, gazetteer=gazetteer)
    assert [f["properties"]["start"] for f in found] == ["2026-10-06"]
    assert found[0]["properties"]["published"] is None  # the caller gave none
    why: list = []
    read_with_why(text, gazetteer=gazetteer, why=why)
    assert any("dateline's 2026-10-09" in str(w) for w in why)
    # a publication date given wins: the dateline is then only the filing day (read.filed_day)
    given = extract(text, gazetteer=gazetteer, published="2026-10-09")
    assert given[0]["properties"]["published"] == "2026-10-09"
    assert given[0]["properties"]["start"] == "2026-10-06"


def test_a_formation_part_alone_is_named_by_its_noun():
    from geomove.read.detached_part import names_a_detached_part
    for what in ("a company", "two platoons", "a detachment of 40 vehicles", "A forward team of 20 officers",
                 "an advance party", "one battery"):
        assert names_a_detached_part(what), what
    for what in ("a company of Malian troops", "the company", "Rwandan troops", "a Chadian company", None, ""):
        assert not names_a_detached_part(what), what


def test_police_abroad_keep_a_town_only_one_country_has(gazetteer):
    from geomove.mentions import find_mentions
    far = [m for m in find_mentions("Kenyan police officers moved to Hinche on Tuesday.", gazetteer=gazetteer)
           if m["surface"] == "Hinche"]
    assert far and far[0]["country"] == "HT" and far[0]["lat"] is not None
    # a name many countries bear stays doubtful beside police acting at home (s30-gaz47's guard)
    home = [m for m in find_mentions("Haitian police pushed into Bel Air on Tuesday.", gazetteer=gazetteer)
            if m["surface"] == "Bel Air"]
    assert all(m["lat"] is None for m in home)


def test_stay_then_joins_need_a_stay_and_a_verb_of_moving():
    from geomove.read.stayed_before import stay_then_joins
    text = "Troops moved from A to Chushul, where they stayed for a week before moving on to Demchok."
    (a, b), = stay_then_joins(text, 0, len(text))
    assert text[a:b] == " before " and text[b:].startswith("moving")
    # no stay, or no movement after "before": no join
    for text in ("Troops moved to Chushul before moving on to Demchok.",
                 "Troops moved to Chushul, where they stayed for a week before the talks.",
                 "Troops moved to Chushul, where they stayed. Before moving on, they rested."):
        assert stay_then_joins(text, 0, len(text)) == []


def test_tri_border_end_lies_at_the_countries_common_point(outlines, gazetteer):
    from geomove.distance import haversine_km
    found = extract("Wagner fighters moved to the tri-border area of Libya, Chad and Niger.", gazetteer=gazetteer)
    assert len(found) == 1
    end = found[0]["properties"]["destination"]
    # the Libya-Chad-Niger tripoint lies near 23.0 N, 15.0 E (Natural Earth outlines)
    assert haversine_km(end["lat"], end["lon"], 23.0, 15.0) < 60
    assert end["kind"] == "region" and end["relation"]["type"] == "border"
    assert end["surface_phrase"] == "tri-border area of Libya, Chad and Niger"


def test_border_meeting_is_none_for_countries_that_do_not_meet(outlines):
    from geomove.read.border_strip import border_meeting
    assert border_meeting(("ML", "BF", "TD")) is None  # Chad touches neither
    assert border_meeting(("ML", "ML", "NE")) is None
    lat, lon = border_meeting(("FR", "DE", "CH"))  # at Basel
    assert abs(lat - 47.59) < 0.1 and abs(lon - 7.59) < 0.1


def test_a_line_of_capitals_left_as_it_was_is_the_text_itself(gazetteer):
    # (hypothesis found 'VRAE VRAE VRAE VRAE': recased returned an equal copy, and find_mentions,
    # which reads a recased text anew while it is another object, recursed without end)
    from geomove.mentions import find_mentions
    from geomove.mentions.recase import recased
    text = "VRAE VRAE VRAE VRAE"
    assert recased(text, gazetteer) is text
    assert find_mentions(text, gazetteer=gazetteer) == []
    shouting = "TROOPS MOVED FROM GAO TO KIDAL ON MONDAY"
    once = recased(shouting, gazetteer)
    assert once != shouting and recased(once, gazetteer) is once
