"""Session 30's lead fixes, at the level of the functions that decide."""

from geomove.mentions import find_mentions


def test_a_report_in_capitals_is_recased_once_and_its_mentions_keep_their_surface(gazetteer, monkeypatch):
    # extract reads the recased text and finds the mentions in it; the finder is not asked to
    # recase the same lines again (each recased line looks its words up in the gazetteer)
    from geomove.mentions import recase
    from geomove.movements import extract
    text = "FLASH 3: SUDANESE ARMY TROOPS LEFT KOSTI FOR EL OBEID ON 2 MAR, A COMMANDER SAID."
    calls = []
    real = recase._recased_line
    monkeypatch.setattr(recase, "_recased_line", lambda *a: calls.append(a[0]) or real(*a))
    found = [m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] == "place"]
    lines_of_the_finder = len(calls)
    calls.clear()
    (f,) = extract(text, gazetteer=gazetteer, published="2026-03-10")
    assert lines_of_the_finder == 1 and len(calls) == 1
    p = f["properties"]
    assert (p["origin"]["name"], p["destination"]["name"]) == ("Kosti", "El Obeid") and p["quote"] == text
    assert {m["surface"] for m in found} >= {"KOSTI", "EL OBEID"}


def test_a_clause_about_a_place_in_apposition_keeps_its_year():
    from geomove.read.relative_date import _RELATIVE
    from geomove.read.status import _TRAILING_RELATIVE
    text = "Troops entered Kidal, the northern town that the rebels had held since 2012."
    assert _RELATIVE.match(text, text.index(", the")).end() == len(text)
    assert _TRAILING_RELATIVE.search(text).start() == text.index(", the")
    # the head names a move, not a place: the clause may be the move's own
    move = "Troops moved to Pskov, a deployment that began in 2021."
    assert _RELATIVE.match(move, move.index(", a")) is None and _TRAILING_RELATIVE.search(move) is None


def test_a_name_before_armed_men_after_a_comma_is_no_list_item(gazetteer):
    text = "After a march from Gondar, Fano militiamen entered Bahir Dar on Wednesday."
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert found["Gondar"].get("country") == "ET"
    assert "Fano" not in found or found["Fano"]["role"] != "place"


def test_a_verbs_form_after_a_determiner_is_the_noun_of_a_journey():
    import re
    from geomove.read.journey_noun import read_as_noun
    for text, word, noun in [("After a three-day march from Gao, the men", "march", True),
                             ("Following their long drive from Gao", "drive", True),
                             ("The soldiers march from Gao", "march", False),
                             ("They drive from Gao every day", "drive", False)]:
        verb = re.search(word, text)
        assert read_as_noun(text, 0, verb) is noun, text


def test_a_demonyms_country_backs_a_city_named_by_its_english_name(gazetteer):
    # 'Gomel' is Homyel's English name, not a name it once had that another town bears: the
    # Belarusian city is no less in the country the demonym names than the airport that bears
    # the word in its own name
    text = "A column of Russian vehicles crossed into the Gomel region overnight, Belarusian officials said."
    (gomel,) = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == "Gomel"]
    assert gomel.get("kind") != "airfield" and gomel.get("country") == "BY"


def test_a_night_or_part_of_a_day_counts_from_the_day_it_was_said():
    import datetime as dt
    from geomove.dates import find_dates
    from geomove.read.speech_day import counted_from_speech, speech_day
    published = dt.date(2026, 3, 10)
    text = "Officials said on Thursday that a column had crossed overnight."
    dates = find_dates(text, published)
    said = speech_day(text, dates, 0, len(text))
    assert said is not None and said.date_start == dt.date(2026, 3, 5)
    night = next(d for d in dates if d.text == "overnight")
    assert counted_from_speech(night, said, published).date_start == dt.date(2026, 3, 4)
    # a weekday is no relative part of a day: it stays as told
    told = "Officials said on Thursday that a column had crossed on Wednesday."
    wednesday = next(d for d in find_dates(told, published) if "Wednesday" in d.text)
    assert counted_from_speech(wednesday, said, published) is wednesday
    # no verb of saying before the day: no day of saying
    other = "A column crossed on Thursday."
    assert speech_day(other, find_dates(other, published), 0, len(other)) is None


def test_a_structure_named_with_its_kind_is_no_area_of_its_head(gazetteer):
    # "the Unity Bridge" (Tanzania-Mozambique) is a structure the index lacks, not the South
    # Sudanese state of Unity; a town's structure keeps the town
    text = "Tanzanian troops crossed the Unity Bridge into Mozambique on Monday."
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer) if m["role"] == "place"}
    assert "Unity" not in found and found["Unity Bridge"].get("lat") is None
    town = "Ukrainian troops crossed the Kherson Bridge on Monday."
    assert any(m.get("name") == "Kherson" for m in find_mentions(town, gazetteer=gazetteer))

