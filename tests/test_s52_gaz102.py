"""Session 52 (gaz102): places session 51 left (benchmarks/HISTORY.md, "Session 51 (gaz100)", Left).

1. "The Seme border was closed": the crossing's alias is 'Seme Border', but 'Seme' alone read Semey
   (Kazakhstan, also called Seme), which the far-reading guards dropped: nothing. A name followed by
   a lower-case "border" (and "post"/"crossing") is now read as the crossing the index holds by
   "<name> border" (or "<name> border post/crossing"), the town where it holds none
   (facilities._with_the_border_word). "the Mali border", "border guards", "the northern border"
   stay as they were.
2. "the Torkham and Chaman crossings": each name of the list gets the crossing where a row of it
   exists (Torkham); the town where none does (Chaman), and its why says so.
3. "Today the Gulf was calm" read Papua New Guinea's Gulf province: "the" and a water body's word
   alone in a text that names no other place keep no point (guards._feature_word_alone_unplaced);
   "the Gulf province of Papua New Guinea" stays the province.
5. Rows: Kelafo (ET), Oog (SO).
The sentences are my own.
"""

import pytest

from placecounts import placed as _places
from placing import cited_point, feature_rows


# 1. "<name> border"

@pytest.mark.parametrize("text", [
    "The Seme border was closed to lorries on Monday.",
    "Customs officers at the Seme border seized bags of rice.",
    "The Seme border post reopened after two weeks.",
    "Traders waited at the Seme border crossing overnight.",
])
def test_a_name_before_border_is_the_crossing_the_index_holds(gazetteer, text):
    got = _places(gazetteer, text)
    assert ("Seme", "NG", "crossing") in got, got


@pytest.mark.parametrize("text, want", [
    ("The Torkham border was shut for a week.", ("Torkham", "PK", "crossing")),
    ("The Rafah border was closed to aid lorries.", ("Rafah", "PS", "crossing")),
    ("The Chaman border was shut for a week.", ("Chaman", "PK", "city")),
    ("Lorries queued at the Chaman border post.", ("Chaman", "PK", "city")),
])
def test_a_town_before_border_is_the_crossing_or_the_town(gazetteer, text, want):
    got = _places(gazetteer, text)
    assert want in got, got


@pytest.mark.parametrize("text, want", [
    ("Troops were sent to the Mali border on Tuesday.", [("Mali", "ML", "country")]),
    ("Border guards fired warning shots.", []),
    ("Patrols were doubled along the northern border.", []),
])
def test_other_borders_stay_as_they_were(gazetteer, text, want):
    got = _places(gazetteer, text)
    assert got == want, got


# 2. a plural head shared by a list

def test_a_list_before_crossings_reads_the_crossing_or_the_town(gazetteer):
    from geomove.mentions import find_mentions
    text = "The Torkham and Chaman crossings were shut on Friday."
    got = _places(gazetteer, text)
    assert got == [("Torkham", "PK", "crossing"), ("Chaman", "PK", "city")], got
    chaman = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == "Chaman"][0]
    assert "no crossing of the name in the index: the town" in chaman["why"], chaman["why"]


# 3. "the Gulf" alone

@pytest.mark.parametrize("text", [
    "Today the Gulf was calm after the storm.",
    "The Gulf was calm after the storm.",
    "On Monday the Gulf was calm.",
])
def test_the_gulf_alone_is_no_province(gazetteer, text):
    got = _places(gazetteer, text)
    assert not any(c == "PG" for _, c, _ in got), got


@pytest.mark.parametrize("text", [
    "Floods hit the Gulf province of Papua New Guinea.",
    "Officials in Gulf province said the road was cut.",
    "Floods cut roads in the Gulf province and near Port Moresby.",
])
def test_the_gulf_province_stays_the_province(gazetteer, text):
    got = _places(gazetteer, text)
    assert ("Gulf", "PG", "admin1") in got, got


# 5. Rows (gazetteer/features.csv, cited in gazetteer/SOURCES.md "s52 gaz102")

@pytest.mark.parametrize("text, surface, country, kind", [
    ("Fighting was reported near Kelafo on the Shebelle.", "Kelafo", "ET", "town"),
    ("Flood water reached Qalaafe on Sunday.", "Qalaafe", "ET", "town"),
    ("Somaliland troops moved from Burao to Oog.", "Oog", "SO", "town"),
])
def test_the_rows_read(gazetteer, text, surface, country, kind):
    assert (surface, country, kind) in _places(gazetteer, text), _places(gazetteer, text)


@pytest.mark.parametrize("row_id", ["kelafo", "oog"])
def test_each_row_is_at_its_source_s_point(row_id):
    row = feature_rows()[row_id]
    assert (float(row["lat"]), float(row["lon"])) == pytest.approx(cited_point(row["source"]), abs=1e-5)
    assert row["licence"] == "CC BY-SA 4.0" and row["source"].startswith(f"en.wikipedia '{row['name']}'")
