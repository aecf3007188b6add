"""read25: who, how many, what and when, told right. Sentences written for these tests; the
golden lines r25-* hold the routes, these check what the golden format cannot (an actor that
must be none, the country and relation of an end, the why)."""

from geomove.read.assemble import extract
from geomove.read.lexicon import _COUNT_RE
from geomove.read.places import _border_reaches, compatible


def _one(text, gazetteer, **kw):
    why = []
    feats = extract(text, published="2026-11-20", gazetteer=gazetteer, why=why, **kw)
    return [f["properties"] for f in feats], why


# --- "its border with X": the moving nation's own side -------------------------------------

def test_own_border_is_the_home_country_with_a_border_relation(gazetteer):
    props, why = _one("Kenya deployed troops to its northern border with Ethiopia in April.", gazetteer)
    assert len(props) == 1
    end = props[0]["destination"]
    assert end["country"] == "KE" and end["relation"] == {"type": "border", "with": "ET"}
    assert end["surface_phrase"] == "its northern border with Ethiopia" and end["precision"] == "region"
    assert any("Kenya's own side of its border with Ethiopia" in w for w in why)


def test_own_border_with_no_home_is_no_end_and_says_why(gazetteer):
    props, why = _one("The army sent troops to its border with Niger on Monday.", gazetteer)
    assert props == []
    assert any("no end, the border of a subject whose country is not told" in w for w in why)


def test_border_told_from_the_anchor_side_keeps_the_anchor(gazetteer):
    # "Sudan ... its border with Chad": the anchor is Chad; Sudan's side is Sudan
    props, _ = _one("Sudan sent troops to its border with Chad on Monday.", gazetteer)
    assert [p["destination"]["country"] for p in props] == ["SD"]


def test_a_border_reaches_near_points_only():
    sudan_border = {"name": "Sudan", "lat": 15.93, "lon": 29.93, "country": "SD", "kind": "country",
                    "precision": "region", "uncertainty_km": 767.6, "relation": {"type": "border"}}
    adre = {"name": "Adre", "lat": 13.47, "lon": 22.2, "country": "TD", "kind": "town"}
    chasiv_yar = {"name": "Chasiv Yar", "lat": 48.59, "lon": 37.83, "country": "UA", "kind": "town"}
    unplaced = {"name": "X", "lat": None, "lon": None, "kind": "town"}
    assert _border_reaches(sudan_border, adre) and compatible(sudan_border, adre)
    assert not _border_reaches(sudan_border, chasiv_yar) and not compatible(sudan_border, chasiv_yar)
    assert _border_reaches(sudan_border, unplaced)


def test_an_earlier_movement_takes_no_actor_from_a_later_border_sentence(gazetteer):
    props, _ = _one("Police officers moved from Bamako to Mopti. Ethiopia deployed troops to its border "
                    "with Sudan.", gazetteer)
    mopti = [p for p in props if p["destination"] and p["destination"]["name"] == "Mopti"]
    assert len(mopti) == 1 and mopti[0]["actor"] != "Ethiopia"


# --- counts: a model's number is no count ----------------------------------------------

def test_named_model_number_is_read_inside_the_count():
    m = _COUNT_RE.search("Ten Leopard 2 tanks were moved")
    assert m.group("num") == "Ten" and m.group("unit") == "tanks"
    m = _COUNT_RE.search("four Challenger 2 tanks")
    assert m.group("num") == "four"


def test_a_model_number_with_no_count_before_stays_as_main_reads_it():
    # (left alone: "Leopard 2 tanks" at a sentence start is not told apart from a count)
    m = _COUNT_RE.search("the 12 tanks moved")
    assert m.group("num") == "12"


# --- actors ----------------------------------------------------------------------------

def test_plain_force_after_an_opening_time_is_the_actor(gazetteer):
    props, _ = _one("On Monday the army sent 300 soldiers from Gao to Kidal.", gazetteer)
    assert [p["actor"] for p in props] == ["army"]


def test_plain_force_after_a_preposition_is_no_actor(gazetteer):
    props, _ = _one("Civilians with the army moved from Gao to Kidal on Monday.", gazetteer)
    assert all(p["actor"] != "army" for p in props)


def test_adverb_between_state_and_verb(gazetteer):
    props, _ = _one("Rwanda later deployed troops to Gisenyi.", gazetteer)
    assert [p["actor"] for p in props] == ["Rwanda"]


# --- dates: a span after the telling before ----------------------------------------------

def test_date_after_span_shifts_the_date_told_before():
    import datetime as dt
    from geomove.dates import date_after_span, find_dates
    pub = dt.date(2026, 11, 20)
    monday = find_dates("Marines left Aden on Monday.", pub)[0]
    two = date_after_span("Two days later the marines", monday, pub, at=100)
    assert (two.date_start, two.precision, two.start) == (dt.date(2026, 11, 18), "day", 100)
    assert date_after_span("The next day they", monday, pub).date_start == dt.date(2026, 11, 17)
    assert date_after_span("A week later they", monday, pub) is None      # after publication
    assert date_after_span("Days later they", monday, pub) is None        # no number told
    assert date_after_span("Two days later they", None, pub) is None      # nothing told before
    march = find_dates("on 3 March", pub)[0]
    weeks = date_after_span("Two weeks later", march, pub)
    assert (weeks.date_start, weeks.date_end, weeks.precision) == (dt.date(2026, 3, 17), dt.date(2026, 3, 23), "week")


def test_a_span_dates_no_clause_after_a_dateline_only(gazetteer):
    props, _ = _one("GOMA, Nov 18 (Reuters) - Two days later the brigade moved from Goma to Rutshuru.", gazetteer)
    assert [p["start"] for p in props] == [None]


# --- what: the force's noun phrase, no verb or time words ----------------------------------

def test_what_is_the_noun_phrase_of_the_force(gazetteer):
    cases = {
        "A convoy was seen moving from Goma to Rutshuru on Sunday.": "A convoy",
        "Two days later the brigade moved from Bakhmut to Chasiv Yar.": "the brigade",
        "Troops have begun moving from Gao to Kidal.": "Troops",
        "The convoy quickly drove from Gulu to Kasese.": "The convoy",
        "The next day, the convoy drove from Mombasa to Lamu.": "the convoy",
    }
    for text, want in cases.items():
        props, _ = _one(text, gazetteer)
        assert [p["what"] for p in props] == [want], text


def test_what_keeps_the_count_and_the_object():
    from geomove.read.forces import _force_np
    assert _force_np("Later") == "Later"                       # nothing left: kept as told
    assert _force_np("The six are said to") == "The six"
    assert _force_np("Kenyan police officers") == "Kenyan police officers"
    assert _force_np("Three weeks later 200 soldiers") == "200 soldiers"


def test_what_is_the_force_sent_not_the_sender(gazetteer):
    props, _ = _one("Kenya deployed troops to its northern border with Ethiopia in April.", gazetteer)
    assert [(p["actor"], p["what"]) for p in props] == [("Kenya", "troops")]
    props, _ = _one("Troops moved to Garissa on Monday.", gazetteer)
    assert [p["what"] for p in props] == ["Troops"]


# --- dates: a span before the telling before (coordinator, session 12) ----------------------

def test_date_before_span_counts_back_from_the_date_told_before():
    import datetime as dt
    from geomove.dates import date_after_span, find_dates
    pub = dt.date(2026, 11, 20)
    wednesday = find_dates("Troops pulled back on Wednesday.", pub)[0]
    two = date_after_span("Two days earlier an armoured column", wednesday, pub)
    assert (two.date_start, two.precision) == (dt.date(2026, 11, 16), "day")
    assert date_after_span("Three days before, a convoy", wednesday, pub).date_start == dt.date(2026, 11, 15)
    # "two days before the vote" dates from the vote, which no date told before gives
    assert date_after_span("two days before the vote", wednesday, pub) is None


def test_a_span_before_dates_the_clause_and_leaves_what(gazetteer):
    props, _ = _one("Troops pulled back from Sukhumi on Wednesday. Two days earlier an armoured column had "
                    "advanced from Zugdidi into Gali.", gazetteer)
    column = next(p for p in props if p["destination"] and p["destination"]["name"] == "Gali")
    assert (column["start"], column["what"]) == ("2026-11-16", "an armoured column")
