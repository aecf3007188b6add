"""Session 51 (gaz100): places session 50 left (benchmarks/HISTORY.md, "Left").

1. "the garrison of Kidal", "the base of Kidal" lost the town (an unsupported name of a town of
   middling importance, "of" before it): a force's site before "of" now supports the name as
   "the mayor of X" does (wordlists.OF_PLACE_NOUNS); "the Bank of England", "the Army of Mali"
   stay a body's or an actor's.
2. "Yesterday the Channel was closed": the sentence's first word, "the" and 'Channel' made one run,
   which the outlet's word 'Channel' marked an organisation's; a capitalised word of time before a
   lower-case "the" now ends the lead-in (persons._the_after_a_conjunction), and a body's name
   after it ("Yesterday the Bank of England") stays a body's.
3. "the Khyber and Torkham passes" (the plural after a list that "the" opens: each name read with
   "pass", scan.RunScanner._kind_after_list) and "waited at Sico pass" (a preposition of place
   before the name and no object after "pass": scan.RunScanner._noun_after_a_place_told); the
   verb stays a verb.
The sentences are my own.
"""

import pytest

from placecounts import placed as _places


@pytest.mark.parametrize("text, surface, country", [
    ("Two companies were drawn from the garrison of Kidal on Monday.", "Kidal", "ML"),
    ("The base of Kidal was reinforced after the attack.", "Kidal", "ML"),
    ("Mortar rounds hit the outpost of Menaka overnight.", "Menaka", "ML"),
    ("The garrisons of Tessalit and Aguelhok sent a column north.", "Tessalit", "ML"),
    ("Helicopters flew in from the barracks of Kati.", "Kati", "ML"),
])
def test_a_force_s_site_before_of_supports_its_town(gazetteer, text, surface, country):
    assert any(s == surface and c == country for s, c, _ in _places(gazetteer, text)), _places(gazetteer, text)


@pytest.mark.parametrize("text", [
    "The Bank of England raised its rates again.",
    "The Church of Scotland opened its assembly.",
    "The Army of Mali sent two columns north.",
    "The base of the mountain was covered in snow.",
])
def test_a_body_named_after_a_place_is_no_place(gazetteer, text):
    assert [s for s, _, _ in _places(gazetteer, text)] == [], _places(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Yesterday the Channel was closed to ferries.",
    "On Monday the Channel was closed after the storm.",
    "Meanwhile the Channel stayed calm for the small boats.",
])
def test_the_channel_after_a_word_of_time_is_the_sea(gazetteer, text):
    assert ("Channel", None, "sea") in _places(gazetteer, text), _places(gazetteer, text)


@pytest.mark.parametrize("text", [
    "Yesterday the Bank of England raised its rates.",
    "Yesterday the University of Alberta closed its campus.",
])
def test_a_body_s_name_after_a_word_of_time_stays_the_body_s(gazetteer, text):
    assert _places(gazetteer, text) == [], _places(gazetteer, text)


def test_the_channel_tunnel_after_a_word_of_time_is_the_tunnel(gazetteer):
    got = _places(gazetteer, "Yesterday the Channel Tunnel was shut for a day.")
    assert ("Channel Tunnel", "GB", "crossing") in got, got


@pytest.mark.parametrize("text, want", [
    ("The Khyber and Torkham passes were shut to lorries.",
     [("Khyber", "PK", "region"), ("Torkham", "PK", "crossing")]),
    ("Trucks were turned back at the Khyber and Torkham passes.",
     [("Khyber", "PK", "region"), ("Torkham", "PK", "crossing")]),
    ("The San Francisco and Agua Negra passes were closed by snow.",
     [("San Francisco", "AR", "crossing"), ("Agua Negra", "AR", "crossing")]),
])
def test_a_list_of_names_before_passes_are_passes(gazetteer, text, want):
    got = _places(gazetteer, text)
    assert got == want, got


@pytest.mark.parametrize("text", [
    "Lorries waited at San Francisco pass for two days.",
    "The convoy crossed at San Francisco pass on Monday.",
    "Lorries queued at San Francisco pass, which was shut.",
])
def test_a_pass_after_a_preposition_of_place_is_the_mountain_pass(gazetteer, text):
    assert ("San Francisco", "AR", "crossing") in _places(gazetteer, text), _places(gazetteer, text)


@pytest.mark.parametrize("text, surface, country", [
    ("The road from Kherson and Mykolaiv passes through the steppe.", "Mykolaiv", "UA"),
    ("Officials in San Francisco pass on the message.", "San Francisco", "US"),
    ("Columns from Bakhmut pass Soledar every night.", "Soledar", "UA"),
    ("Investors in San Francisco pass the bill around.", "San Francisco", "US"),
])
def test_the_verb_pass_stays_a_verb(gazetteer, text, surface, country):
    got = _places(gazetteer, text)
    assert any(s == surface and c == country and k != "crossing" for s, c, k in got), got
    assert not any(k == "crossing" for _, _, k in got), got


# 4. Rows (gazetteer/features.csv, cited in gazetteer/SOURCES.md "s51 gaz100")

@pytest.mark.parametrize("text, surface, country, kind", [
    ("Lorries queued for two days at the Seme-Krake crossing.", "Seme-Krake", "NG", "crossing"),
    ("Traders crossed at Kraké into Benin before dawn.", "Kraké", "NG", "crossing"),
    ("The fighters who came from Niem attacked a herders' camp near Bouar.", "Niem", "CF", "town"),
    ("Gendarmes were sent to Niem-Yelewa on Friday.", "Niem-Yelewa", "CF", "town"),
])
def test_the_rows_read(gazetteer, text, surface, country, kind):
    assert (surface, country, kind) in _places(gazetteer, text), _places(gazetteer, text)


def test_seme_alone_is_no_crossing(gazetteer):
    got = _places(gazetteer, "Seme is a small town in Senegal.")
    assert ("Seme", "SN", "town") in got, got


@pytest.mark.parametrize("row_id, lat, lon", [
    ("seme-krake-crossing", 6.38194, 2.72222),   # en.wikipedia 'Seme Border': 6°22′55″N 2°43′20″E
    ("niem-yelewa", 6.288889, 15.254444),        # fr.wikipedia 'Niem-Yéléwa': 6° 17′ 20″ N, 15° 15′ 16″ E
])
def test_each_row_is_at_its_source_s_point(row_id, lat, lon):
    import csv
    from pathlib import Path
    rows = {r["id"]: r for r in csv.DictReader((Path(__file__).parent.parent / "gazetteer" / "features.csv").open(encoding="utf-8"))}
    row = rows[row_id]
    assert abs(float(row["lat"]) - lat) < 1e-5 and abs(float(row["lon"]) - lon) < 1e-5
    assert row["licence"] == "CC BY-SA 4.0" and "wikipedia" in row["source"]
