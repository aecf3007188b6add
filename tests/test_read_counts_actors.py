"""Who moved and how many (read21): a count before a weapon's type designation, a range of
numbers, a named armed group's members, a force counted or told after a formation word, a
unit's full name, a ship's name; and the twins that must stay as they are. Sentences written
for these tests; the golden lines r21-* show the same constructions on whole movements."""

import pytest

from geomove.movements import extract
from geomove.read.counts import _count_range
from geomove.read.lexicon import _COUNT_RE

PUBLISHED = "2026-11-20"


def _one(text: str, gazetteer) -> dict:
    features = extract(text, published=PUBLISHED, gazetteer=gazetteer)
    assert len(features) == 1, [f["properties"]["what"] for f in features]
    return features[0]["properties"]


@pytest.mark.parametrize("text", [
    "12 T-72 tanks", "Four F-16 jets", "Two B-52 bombers", "three Su-25s", "Ten Leopard 2A6 tanks",
    "six MiG-29 jets", "two F/A-18 jets", "eight BM-21 launchers", "40 M1A2 tanks", "two A400M planes",
])
def test_count_across_a_designation(text):
    m = _COUNT_RE.search(text)  # the whole phrase: the number first, the designation among its words
    assert m is not None and m.group("num") == text.split()[0] and m.end() == len(text)


@pytest.mark.parametrize("text", ["Il-76 transport planes", "C-130s", "Su-25 jets", "the F-16 programme"])
def test_a_designation_is_no_count(text):
    assert _COUNT_RE.search(text) is None


@pytest.mark.parametrize("text, high, low", [
    ("between 200 and 300 fighters", "300", 200), ("200 to 300 soldiers", "300", 200), ("200-300 soldiers", "300", 200),
    ("some 1,000-1,500 soldiers", "1,500", 1000), ("two or three helicopters", "three", 2),
    ("grew from 200 to 300 soldiers", "300", None),  # a change of size, no range
    ("300 soldiers", "300", None),
    ("in 2023-24 troops", "24", False),  # runs downwards: years, no count
])
def test_count_range(text, high, low):
    at = text.rindex(high)
    value = {"three": 3}.get(high) or int(high.replace(",", ""))
    assert _count_range(text, 0, at, value) == low


def test_range_counts_its_low_end_and_keeps_the_high(gazetteer):
    p = _one("The army flew 60 to 80 commandos from Bamako to Timbuktu.", gazetteer)
    assert p["count"] == 60
    assert p["counts"][0] == {"value": 60, "unit": "commandos", "approx": True, "qualifier": "between", "high": 80}
    assert p["what"] == "60 to 80 commandos"


@pytest.mark.parametrize("text, actor", [
    ("M23 rebels advanced from Bunagana to Rutshuru on Sunday.", "M23 rebels"),
    ("Islamic State militants crossed from Syria into Iraq near Al-Qaim.", "Islamic State militants"),
    ("Between 200 and 300 Wagner fighters withdrew from Kidal to Gao.", "Wagner fighters"),
    ("Several technicals carrying al-Shabaab militants drove from Bulo Burte into Jalalaqsi.", "al-Shabaab militants"),
    ("A contingent of 850 Bangladeshi peacekeepers left Bangui for Bria.", "Bangladeshi peacekeepers"),
    ("A column of Wagner fighters left Kidal for Tessalit.", "Wagner fighters"),
    ("The 82nd Airborne Division's 1st Brigade deployed from Fort Bragg to Rzeszow.", "82nd Airborne Division's 1st Brigade"),
    ("The destroyer USS Carney sailed from Djibouti to Jeddah.", "USS Carney"),
    ("HMS Prince of Wales sailed from Portsmouth to Halifax.", "HMS Prince of Wales"),
    ("The USS Gerald R. Ford carrier strike group sailed from Norfolk to the eastern Mediterranean.",
     "USS Gerald R. Ford carrier strike group"),
    ("The Russian frigate Admiral Gorshkov sailed from Severomorsk to Havana.", "Admiral Gorshkov"),
    # twins: who said, a date's month, a count's noun
    ("M23 said Congolese troops had withdrawn from Sake to Minova.", "Congolese troops"),
    ("On 3rd March Russian soldiers moved from Belgorod to Kursk.", "Russian soldiers"),
    ("On 12 March Wagner fighters withdrew from Kidal to Gao.", "Wagner fighters"),
    # (a count's noun is no actor, nor is the convoy itself: what moved, not whose)
    ("A convoy of about 30 Toyota military and civilian trucks entered Mosul.", None),
    ("The Rapid Support Forces said they had moved from Omdurman to Bara.", "Rapid Support Forces"),
    ("The Rapid Support Forces said on Monday that its fighters had moved from Omdurman to Bara.", "Rapid Support Forces"),
    ("The Wagner Group withdrew from Kidal to Gao.", "Wagner Group"),
    ("M23 said on Monday that it had withdrawn from Sake to Kitchanga.", "M23"),
    ("The RSF said its fighters had moved from Omdurman to Bara.", "RSF"),
])
def test_actor(text, actor, gazetteer):
    assert _one(text, gazetteer)["actor"] == actor


@pytest.mark.parametrize("text", [
    "Marines aboard USS Wasp landed in Aqaba.",  # the ship carried them: no actor named
    "The frigate Monday sailed from Rota to Haifa.",  # a day is no ship's name
    "Pilots trained in the F-16 programme flew from Tucson to Kyiv.",
    # who said another force moved is no actor (but "said it / they / its troops" is: read19)
    "The International Crisis Group said troops withdrew from Kidal to Gao.",
    "The Rapid Support Forces said troops moved from Omdurman to Bara.",
    "The UN said it had moved peacekeepers from Bunia to Goma.",  # (the UN is no armed group's initials)
])
def test_no_actor(text, gazetteer):
    p = _one(text, gazetteer)
    assert p["actor"] is None and p["count"] is None


def test_rebels_are_no_national_force(gazetteer):
    """'rebels' names a group's members only after a name: '<nationality> rebels' stay no
    national force, so 'returned home' gives them no country (soldiers would)."""
    assert _one("Congolese rebels returned home from Uganda.", gazetteer)["destination"] is None
    assert _one("Congolese soldiers returned home from Uganda.", gazetteer)["destination"]["country"] == "CD"


@pytest.mark.parametrize("text", [
    "The militants killed 12 soldiers near Djibo and then withdrew towards Arbinda.",
    "Dozens of Ethiopian soldiers crossed from Humera into Sudan.",
    "Two companies of Estonian soldiers moved from Tapa to Voru.",
])
def test_no_count(text, gazetteer):
    assert _one(text, gazetteer)["count"] is None
