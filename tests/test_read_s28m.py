"""Session 28's lead fixes to the reading wing, at the level of the functions that decide (the
golden lines s28m-* show them on whole sentences; these pin what a golden line cannot tell, as
a prefix left on an actor the golden test reads as a substring)."""

from geomove.movements import extract
from geomove.read.assemble import _without_speech_mark
from geomove.read.said_pronoun import speaker_of_pronoun


def test_speaker_after_a_liveblog_stamp_and_dash():
    text = "10:15 GMT - The Kenyan army says its troops withdrew from Kismayo."
    subject = text.index("its troops")
    assert speaker_of_pronoun(text, 0, subject) == "The Kenyan army"


def test_speaker_after_a_colon_or_a_long_dash_as_before():
    for text in ("Update: The Kenyan army says its troops withdrew from Kismayo.",
                 "Kismayo\u2014The Kenyan army says its troops withdrew from the port."):
        subject = text.index("its troops")
        assert speaker_of_pronoun(text, 0, subject) == "The Kenyan army"


def test_liveblog_actor_has_no_dash(gazetteer):
    text = "10:15 GMT - The Kenyan army says its troops withdrew from Kismayo overnight and returned to Kenya."
    actors = [f["properties"]["actor"] for f in extract(text, gazetteer=gazetteer, published="2026-03-04")]
    assert actors == ["Kenyan army"]


def test_speech_mark_dropped_only_when_unclosed():
    assert _without_speech_mark('"The officers') == "The officers"
    assert _without_speech_mark("\u201cTwo companies") == "Two companies"
    assert _without_speech_mark('the "Wagner" group') == 'the "Wagner" group'
    assert _without_speech_mark('"Wagner" fighters') == '"Wagner" fighters'
    assert _without_speech_mark(None) is None
    assert _without_speech_mark('"') is None


def test_demonym_before_border_town_binds_only_where_a_reading_lies(gazetteer):
    from geomove.mentions import find_mentions
    found = {m["surface"]: m for m in find_mentions("Troops moved towards the Algerian border town of Ghat.", gazetteer=gazetteer)}
    assert found["Ghat"]["country"] == "LY"
    found = {m["surface"]: m for m in find_mentions("Troops moved towards the Algerian town of Ghat.", gazetteer=gazetteer)}
    assert found.get("Ghat") is None or found["Ghat"].get("lat") is None  # 'the Algerian town of': bound, no such town


def test_province_by_its_kind_word_when_indexed_with_another(gazetteer):
    from geomove.mentions import find_mentions
    found = {m["surface"]: m for m in find_mentions("The bombers returned to the Amur region.", gazetteer=gazetteer)}
    assert found["Amur"]["kind"] == "admin1" and found["Amur"]["country"] == "RU"
    # (a name whose own readings hold the province is read as before: no other spelling asked)
    found = {m["surface"]: m for m in find_mentions("Troops moved to the Kursk region.", gazetteer=gazetteer)}
    assert found["Kursk"]["kind"] == "admin1" and found["Kursk"]["country"] == "RU"


def test_far_namesake_guard_keeps_a_voyage_s_home_port(gazetteer):
    from geomove.mentions import find_mentions
    text = ("The carrier left Portsmouth on Tuesday. It will sail through the Mediterranean and the "
            "Suez Canal before exercises with the Indian Navy off Goa.")
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert found["Portsmouth"]["country"] == "GB"


def test_seas_far_from_its_countries():
    from geomove.mentions.guards import _seas_far_from_its_countries
    goa, india = (15.4, 74.0, "IN"), (22.0, 79.0, "IN")
    assert _seas_far_from_its_countries([goa, india, (35.0, 18.0, None)])  # the Mediterranean
    assert not _seas_far_from_its_countries([goa, india, (15.0, 70.0, None)])  # the Arabian Sea, beside
    assert not _seas_far_from_its_countries([(35.0, 18.0, None)])  # no place in a country to judge by


def test_a_force_s_name_starts_after_a_sentence_end(gazetteer):
    text = ("Several bases have been emptied as units were sent to fight in Ukraine.\n\nThe 138th Motor Rifle "
            "Brigade, based at Kamenka, has lost most of its equipment. Its battalions were moved to Belgorod last week.")
    actors = [f["properties"]["actor"] for f in extract(text, gazetteer=gazetteer, published="2026-03-10")]
    assert actors == ["138th Motor Rifle Brigade"]
    # (an abbreviation's dot is no sentence end: the name keeps it)
    actors = [f["properties"]["actor"] for f in
              extract("The U.S. Army moved 300 soldiers to Poland on Monday.", gazetteer=gazetteer, published="2026-03-10")]
    assert actors == ["U.S. Army"]


def test_an_island_s_head_word_alone_is_no_country(gazetteer):
    from geomove.mentions import find_mentions
    found = {m["surface"]: m for m in find_mentions("Two ships sailed from Valparaiso to Easter Island.", gazetteer=gazetteer)}
    assert "Island" not in found and found["Easter Island"].get("lat") is None  # not Iceland (Ísland)
    found = {m["surface"]: m for m in find_mentions("Two ships sailed to Christmas Island.", gazetteer=gazetteer)}
    assert found["Christmas Island"]["country"] == "CX"  # (a name the index holds whole, as before)
