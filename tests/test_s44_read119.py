"""Session 44, read119: constructions met in reports of genres and theatres the reader had not
met (tests/fixtures/read68): a site named with its unit before its place ("left the headquarters
of the 4th Brigade in X for Y"), a settling verb after leaving ("took up station off Y", "set up a
forward line at Y", "has taken over the positions at Y"), and a chronology of the past ("On 25 May
2006 ... on 27 May")."""

import datetime as dt

from geomove.dates import find_dates
from geomove.movements import extract
from geomove.read.roles import _OWN_SITE_OF_PLACE
from geomove.read.settled_after import _SETTLED


def _ends(features):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"])) for f in features]


# -- a site named with its unit (roles._OWN_SITE_OF_PLACE)

def test_a_site_with_its_owner_before_its_place_is_passed_over():
    for gap in ("the headquarters of the 4th Infantry Brigade in ", "the barracks of the battalion at ",
                "its main base in ", "the garrison of their regiment near "):
        assert _OWN_SITE_OF_PLACE.fullmatch(gap), gap
    # (a site of no force with a long owner is not: the pattern takes at most four words)
    assert not _OWN_SITE_OF_PLACE.fullmatch("the headquarters of the regional electricity supply company board in ")
    assert not _OWN_SITE_OF_PLACE.fullmatch("the office of the governor in ")


def test_left_the_site_of_a_unit_for_a_place(gazetteer):
    text = "The company left the headquarters of the 3rd Brigade in Gulu for Arua on Monday."
    assert _ends(extract(text, published="2026-12-03", gazetteer=gazetteer)) == [("Gulu", "Arua")]
    text = "Soldiers left the barracks of the battalion in Gulu for a second night running."
    assert _ends(extract(text, published="2026-12-03", gazetteer=gazetteer)) == [("Gulu", None)]


# -- a settling verb after leaving (read.settled_after)

def test_settling_words_of_ships_lines_and_positions_taken_over():
    for told in (" and took up station off ", " and took up stations off ", " and set up a forward line at ",
                 " and has already taken over the battalion's positions at ", " and took over the positions at "):
        assert _SETTLED.search(told), told
    assert not _SETTLED.search(" and took over the running of the hospital in ")
    assert not _SETTLED.search(" and set up a committee in ")


def test_a_ship_that_took_up_station_ended_there(gazetteer):
    text = "Two patrol boats sailed from Kota Kinabalu and took up station off Kudat on Monday."
    assert _ends(extract(text, published="2026-12-04", gazetteer=gazetteer)) == [("Kota Kinabalu", "Kudat")]
    # (another ship's station, after a semicolon, is not where the first one went)
    text = "The frigate sailed from Souda Bay on Monday; another ship took up station off Limassol."
    assert _ends(extract(text, published="2026-12-04", gazetteer=gazetteer)) == [("Souda Bay", None)]


# -- a chronology of the past (dates._in_chronology_year)

def _days(text, published):
    return [(d.text, d.date_start) for d in find_dates(text, published)]


def test_a_bare_day_after_a_day_of_an_old_year_is_read_in_that_year():
    text = "On 25 May 2006 the party landed. The ship came in on 26 May. On 27 May a company moved."
    days = _days(text, dt.date(2026, 12, 4))
    assert [d for _t, d in days] == [dt.date(2006, 5, 25), dt.date(2006, 5, 26), dt.date(2006, 5, 27)]


def test_a_chronology_keeps_publications_reading_where_it_should():
    pub = dt.date(2026, 12, 4)
    # a day in the weeks before publication is the news of the week
    assert _days("The accord was signed on 12 October 2024. Troops moved on 1 December.", pub)[-1][1] == dt.date(2026, 12, 1)
    # a day months away from the old one is no next day of it
    assert _days("On 3 March 2011 a battalion landed. On 20 June troops moved.", pub)[-1][1] == dt.date(2026, 6, 20)
    # a day before the old one is not read back into its year
    assert _days("On 3 March 2011 a battalion landed. On 1 March troops moved.", pub)[-1][1] == dt.date(2026, 3, 1)
    # an old date of last year's news is publication's own reading
    assert _days("On 3 March 2026 a battalion landed. On 5 March troops moved.", pub)[-1][1] == dt.date(2026, 3, 5)


def test_an_inquiry_dates_its_second_day_in_the_year_told(gazetteer):
    text = ("On 3 March 2011 a battalion was flown from Tripoli to Benghazi. "
            "On 5 March the battalion moved from Benghazi to Ajdabiya.")
    starts = sorted(f["properties"]["start"] for f in extract(text, published="2026-12-04", gazetteer=gazetteer))
    assert starts == ["2011-03-03", "2011-03-05"]
