"""Session 47 (gaz85): the lead's places probes, in sentences written for these tests.

- The verb of an attack governs a list after it as it does its first name ("attacked Elwak town
  and Lafey", "attacked Tessalit and Aguelhok"): the later names get the weak support "object of
  'attacked'" (mentions.acceptance._attack_verb_before_a_list), so a small town listed with a
  better-known one is no longer dropped for want of support.
- "province" names the second-level units (GeoNames admin2) of some countries: Burkina Faso's,
  the Philippines', Italy's (gazetteer.ranking.SECOND_LEVEL_WORDS): where a name has no admin1
  reading, its admin2 there agrees with the word ("Burkina Faso's Soum province").
- "<town> in <Y>" binds Y's district (admin2) when the settlements of that country that Y also
  reads bear it only as another of their names and one lies at the district's point, as its
  capital does (mentions.hints._district_named_like_its_capital): "Patikul in Sulu" is the
  province, not Jolo, which GeoNames also calls 'Sulu'.
- A town read by another of its names that a person bears ("Durán" of Eloy Alfaro) is the place
  where a district of the country bears the name as its own at the town, the text names that
  country and a word of place governs the name (mentions.acceptance._seat_of_a_unit_so_named).
- Rows: Dibaya (Kasaï-Central, features.csv), the Kerio Valley (areas.csv).
"""

import pytest

from geomove.gazetteer.ranking import second_level_met
from geomove.mentions import find_mentions


def _read(gazetteer, text):
    return {text[m["start"]:m["end"]]: (m.get("name"), m.get("country"), m.get("kind"))
            for m in find_mentions(text, gazetteer=gazetteer)
            if m["role"] == "place" and m.get("lat") is not None}


# -- an attack verb before a list

@pytest.mark.parametrize("text, name, want", [
    ("Raiders attacked Elwak town and Lafey overnight.", "Lafey", ("Lafey", "KE", "town")),
    ("Rebels attacked Tessalit, Anefis and Aguelhok.", "Aguelhok", ("Aguelhok", "ML", "town")),
])
def test_an_attack_verb_governs_its_list(gazetteer, text, name, want):
    assert _read(gazetteer, text)[name] == want


@pytest.mark.parametrize("text", [
    "The senator attacked Obama and Pelosi in a speech.",
    "Critics attacked Johnson and Kirby in a column.",
])
def test_persons_after_an_attack_verb_stay_persons(gazetteer, text):
    assert _read(gazetteer, text) == {}


def test_a_list_without_the_verb_is_not_backed(gazetteer):
    # (the walk back stops at a word that is no joiner nor a name: "visited" is no attack)
    text = "Officials visited Elwak town and Lafey overnight."
    mentions = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert "object of" not in (mentions.get("Lafey") or {}).get("why", "")


# -- 'province' of a country whose provinces are second-level units

def test_second_level_met():
    # (kind, country, own): the readings found
    assert second_level_met("province", [("town", "SN", False), ("admin2", "BF", False)]) == {"admin1", "region", "admin2"}
    assert second_level_met("province", [("admin2", "BF", False), ("admin1", "AF", False)]) is None  # an admin1 found
    assert second_level_met("province", [("admin2", "NG", False)]) is None  # Nigeria has no provinces below states
    assert second_level_met("region", [("admin2", "BF", False)]) is None  # the word names the first level there
    assert second_level_met(None, [("admin2", "PH", False)]) == {"admin1", "region", "admin2"}


@pytest.mark.parametrize("text, name, want", [
    ("Gunmen crossed from Niger into Burkina Faso's Seno province.", "Seno", ("Séno", "BF", "admin2")),
    ("The army sent a battalion to the Philippines' Basilan province.", "Basilan", ("Basilan", "PH", "admin2")),
    ("Troops of Burkina Faso moved into Soum province.", "Soum", ("Soum", "BF", "admin2")),
])
def test_province_reads_a_second_level_unit(gazetteer, text, name, want):
    assert _read(gazetteer, text)[name] == want


@pytest.mark.parametrize("text, name, want", [
    # near misses: provinces that are first-level units keep their admin1
    ("Taliban fighters entered Afghanistan's Kunar province.", "Kunar", ("AF", "admin1")),
    ("Police were sent into Kenya's Mandera county.", "Mandera", ("KE", "admin1")),
])
def test_first_level_provinces_stay(gazetteer, text, name, want):
    assert _read(gazetteer, text)[name][1:] == want


# -- 'X in Y': Y's district, whose capital the index also calls Y

@pytest.mark.parametrize("text", [
    "Police reinforced Patikul in Sulu.",
    "Soldiers were posted to Maimbung in Sulu on Sunday.",
])
def test_a_district_named_like_its_capital_holds_the_town(gazetteer, text):
    assert _read(gazetteer, text)["Sulu"] == ("Sulu", "PH", "admin2")


def test_a_town_bearing_the_name_as_its_own_is_not_bound(gazetteer):
    # near miss: Pulwama is its town's own name as much as its district's
    assert _read(gazetteer, "Militants were seen in Tral in Pulwama.")["Pulwama"][2] != "admin2"


# -- a town's other name that a person bears, where a district bears it as its own

def test_the_seat_of_a_district_of_the_name(gazetteer):
    read = _read(gazetteer, "Ecuador deployed troops to Durán.")
    assert read["Durán"][1:] == ("EC", "city")


@pytest.mark.parametrize("text", [
    "Ecuador's coach praised Durán after the match.",  # no word of place before the name
    "Troops were deployed to Durán on Friday.",  # no country named: a person's name as likely
])
def test_a_person_named_like_the_town_stays_a_person(gazetteer, text):
    assert "Durán" not in _read(gazetteer, text)


# -- rows

@pytest.mark.parametrize("text", [
    "Clashes were reported in Dibaya, in Kasai-Central, and near Kananga.",
    "Militia fighters seized Dibaya before dawn.",
])
def test_dibaya_of_kasai_central(gazetteer, text):
    name, cc, _ = _read(gazetteer, text)["Dibaya"]
    assert (name, cc) == ("Dibaya", "CD")


def test_dibaya_lubwe_keeps_its_whole_name(gazetteer):
    assert _read(gazetteer, "Farmers fled Dibaya-Lubwe after the raid.")["Dibaya-Lubwe"][0] == "Dibaya-Lubwe"


def test_kerio_valley(gazetteer):
    assert _read(gazetteer, "Herders clashed in the Kerio Valley on Tuesday.")["Kerio Valley"] == \
        ("Kerio Valley", "KE", "region")


@pytest.mark.parametrize("text, name, cc", [
    ("Toposa raiders crossed from Narus to Nadapal on Sunday.", "Narus", "SS"),
    ("Kenyan troops moved from Lokichogio to Nadapal.", "Nadapal", "SS"),
])
def test_narus_and_nadapal(gazetteer, text, name, cc):
    assert _read(gazetteer, text)[name] == (name, cc, "town")


@pytest.mark.parametrize("ident", ["dibaya", "narus", "nadapal"])
def test_each_new_row_is_the_point_its_article_gives(ident):
    from placing import cited_point, feature_rows, km
    r = feature_rows()[ident]
    assert r["licence"] == "CC BY-SA 4.0" and r["source"].startswith("en.wikipedia '")
    assert km((float(r["lat"]), float(r["lon"])), cited_point(r["source"])) < 0.5
