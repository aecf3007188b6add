"""A name listed with a place the word before the list supports ("between Gao and Kidal",
"left Gao and Kidal") shares that support (issue 11, places16). The sentences are made up for
the test; the places are real."""

import pytest

from geomove.mentions import find_mentions
from geomove.mentions.listed import LIST_JOINERS, LISTED_WITH_MAX_KM, ListedPlaces


def _found(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


@pytest.mark.parametrize("text, first, second, word", [
    ("Troops left Gao and Kidal.", "Gao", "Kidal", "left"),
    ("A convoy travelled between Gao and Kidal.", "Gao", "Kidal", "between"),
    ("Troops moved between Gao and Menaka.", "Gao", "Menaka", "between"),
    ("Troops moved between Mopti and Kidal.", "Mopti", "Kidal", "between"),
    ("Troops withdrew from Gao and Kidal.", "Gao", "Kidal", "from"),
    ("Militants shelled Gao as well as Kidal.", "Gao", "Kidal", "shelled"),
])
def test_the_second_place_of_a_pair_shares_the_support_of_the_first(gazetteer, text, first, second, word):
    found = _found(text, gazetteer)
    assert first in found and second in found, (text, list(found))
    assert found[second]["country"] == "ML" and found[second]["role"] == "place"
    why = found[second]["why"]
    # (or, where the first is clear enough to be a point -- since session 34 'Mopti', the city or
    # the region named after it -- the nearness to it, in Mali, which the list's support follows)
    assert why.endswith(f"listed with {first!r} after {word!r}") or (
        "km from other places in the text" in why and "ML named in the text" in why), why


def test_between_a_town_and_a_village(gazetteer):
    # Tessalit is a village in the index (importance below 0.45)
    found = _found("A convoy travelled between Kidal and Tessalit.", gazetteer)
    assert found["Tessalit"]["country"] == "ML"
    assert "listed with 'Kidal' after 'between'" in found["Tessalit"]["why"]


def test_between_a_city_and_a_small_town(gazetteer):
    found = _found("A convoy travelled between Gao and Bourem.", gazetteer)
    assert found["Bourem"]["country"] == "ML"
    assert "listed with 'Gao' after 'between'" in found["Bourem"]["why"]


def test_every_name_of_a_list_of_three(gazetteer):
    found = _found("Fighters left Gao and Kidal or Tessalit.", gazetteer)
    assert {"Gao", "Kidal", "Tessalit"} <= set(found)
    assert all(found[n]["country"] == "ML" for n in ("Gao", "Kidal", "Tessalit"))
    found = _found("Fighting was reported in Gao, Kidal and Menaka.", gazetteer)
    assert {"Gao", "Kidal", "Menaka"} <= set(found)
    assert "listed with" in found["Menaka"]["why"] or "km from other places in the text" in found["Menaka"]["why"]


def test_the_pair_in_the_other_order_is_unchanged(gazetteer):
    found = _found("Troops left Kidal and Gao.", gazetteer)
    assert {"Kidal", "Gao"} <= set(found)
    assert "listed with" not in found["Gao"]["why"]  # Gao (0.61) needs no support


@pytest.mark.parametrize("text, dropped", [
    ("Troops moved between Gao and Summer.", "Summer"),      # a common word
    ("Troops moved between Gao and Winter.", "Winter"),
    ("Troops moved between Gao and Smith.", "Smith"),        # a surname
    ("Troops moved between Gao and Jones.", "Jones"),
    ("Fighters left Gao and Mr Kidal stayed.", "Kidal"),     # a person
    ("Colonel Ibrahim Kidal said the convoy moved between Gao and Kidal.", "Kidal"),  # a person the text names
    ("Troops travelled to Gao and Kidal Partners said nothing.", "Kidal"),  # an organisation
    ("The lawyers of Gao and Partners were in Bamako.", "Partners"),
    ("Troops moved between Gao and Bamberg.", "Bamberg"),    # a far namesake: a German town
    ("Troops left Gao and Bamberg.", "Bamberg"),
])
def test_what_the_existing_guards_drop_stays_dropped(gazetteer, text, dropped):
    found = _found(text, gazetteer)
    assert "Gao" in found
    assert dropped not in found, (text, found.get(dropped, {}).get("why"))


def test_a_name_not_in_a_list_gets_nothing(gazetteer):
    # a far name in another sentence, joined to no supported place by a list word
    found = _found("Troops left Gao. Kidal was calm on Monday with Bamberg.", gazetteer)
    assert "Bamberg" not in found


class _Tok:
    def __init__(self, text):
        self.lower = text.lower()


class _Listed(ListedPlaces):
    def __init__(self, words):
        self.toks = [_Tok(w) for w in words]
        self.person_words = {"Keita"}


def _m(tok, n=1, sentence=0, surface="X", **best):
    return {"tok": tok, "n_tokens": n, "sentence": sentence, "surface": surface,
            "cands": [dict({"kind": "town", "name_similarity": 1.0, "lat": 0.0, "lon": 0.0}, **best)]}


def test_list_words():
    f = _Listed("between Gao and Kidal , Menaka as well as Tessalit with Anefis".split())
    gao, kidal, menaka, tessalit, anefis = _m(1), _m(3), _m(5), _m(9), _m(11)
    assert f._joined_in_a_list(gao, kidal)
    assert f._joined_in_a_list(kidal, menaka)
    assert f._joined_in_a_list(menaka, tessalit)
    assert not f._joined_in_a_list(tessalit, anefis)  # "with" joins no list
    assert not f._joined_in_a_list(gao, menaka)       # another name stands between
    assert not f._joined_in_a_list(gao, _m(3, sentence=1))
    assert ("and",) in LIST_JOINERS and ("with",) not in LIST_JOINERS


def test_only_a_settlement_or_area_by_its_own_spelling_of_no_person():
    f = _Listed(["x"])
    assert f._may_be_listed_place(_m(0, surface="Kidal"))
    assert f._may_be_listed_place(_m(0, surface="Kidal", kind="admin1"))
    assert not f._may_be_listed_place(_m(0, surface="Kidal", kind="airfield"))
    assert not f._may_be_listed_place(_m(0, surface="Kidal", kind="base"))
    assert not f._may_be_listed_place(_m(0, surface="Kidal", name_similarity=0.9))
    assert not f._may_be_listed_place(_m(0, surface="Keita"))        # a person the text names
    assert not f._may_be_listed_place(_m(0, surface="John"))         # a first name


def test_near_enough():
    gao = {"country": "ML", "lat": 16.27, "lon": -0.04}
    kidal = {"country": "ML", "lat": 18.44, "lon": 1.41}
    niamey = {"country": "NE", "lat": 13.51, "lon": 2.11}     # ~390 km from Gao
    bamberg = {"country": "DE", "lat": 49.90, "lon": 10.90}   # ~3,900 km
    dakar = {"country": "SN", "lat": 14.69, "lon": -17.44}    # ~1,880 km
    assert ListedPlaces._near_enough(gao, kidal)
    assert ListedPlaces._near_enough(gao, niamey)
    assert not ListedPlaces._near_enough(gao, bamberg)
    assert not ListedPlaces._near_enough(gao, dakar)
    assert 500 <= LISTED_WITH_MAX_KM <= 1500
