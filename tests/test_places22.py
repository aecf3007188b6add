"""places22: a ship's prefix read as a place, namesakes on another continent. The sentences are
written for these tests.

- a navy's ship prefix ("HMS", "USS", "HMAS") and the ship's name after it are no place and no
  dateline ('HMS' was read as Homs by one of its other names, 'HMAS Canberra' as the city);
"""

import pytest

from geomove.mentions import find_mentions


def _found(text, gazetteer):
    """Every mention that locates something, datelines too, by its surface."""
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)
            if m["role"] in ("place", "demonym_place", "dateline")}


# -- ship prefixes

@pytest.mark.parametrize("text, gone, kept", [
    ("HMS Diamond sailed from Portsmouth to Gibraltar on Friday.", "HMS", ["Portsmouth", "Gibraltar"]),
    ("HMAS Canberra arrived in Darwin after a week at sea.", "Canberra", ["Darwin"]),
    ("The cruiser USS Philadelphia docked in Naples.", "Philadelphia", ["Naples"]),
    ("Sailors waved. INS Kolkata left Mumbai at dawn.", "Kolkata", ["Mumbai"]),
    ("The carrier HMS Prince of Wales left Portsmouth.", "Wales", ["Portsmouth"]),
])
def test_a_ship_is_no_place(gazetteer, text, gone, kept):
    found = _found(text, gazetteer)
    assert gone not in found, found[gone]
    for surface in kept:
        assert surface in found and found[surface]["lat"] is not None, found


@pytest.mark.parametrize("text, surface, country", [
    # the same names where no prefix stands before them: places, and a dateline stays a dateline
    ("Crowds gathered in Canberra as the ship arrived in Darwin.", "Canberra", "AU"),
    ("Trains left Kolkata on Sunday.", "Kolkata", "IN"),
    ("HOMS — Troops moved into the old city on Friday.", "HOMS", "SY"),
    ("Ministers met in Wales, then travelled to London.", "Wales", "GB"),
])
def test_the_same_names_without_a_prefix_stay_places(gazetteer, text, surface, country):
    hit = _found(text, gazetteer).get(surface)
    assert hit is not None and hit["country"] == country, _found(text, gazetteer)


def test_a_headline_in_title_case_keeps_the_sea_after_the_ship(gazetteer):
    # the ship's name in a title-case headline is one word: "Red Sea" is where it goes
    found = _found("USS Carney Enters Red Sea", gazetteer)
    assert "Carney" not in found
    assert found.get("Red Sea") is not None and found["Red Sea"]["kind"] == "sea", found


# -- a place called so only by another of its names, against the place whose own name it is

@pytest.mark.parametrize("name, country, other", [
    ("Rota", "ES", "CL"),            # Lota, Chile, lists 'rota' among its other names
    ("Philadelphia", "US", "JO"),    # Amman, once Philadelphia, is better known
    ("Bethlehem", "PS", "BR"),       # Belém is Bethlehem in Portuguese
])
def test_the_place_called_so_comes_first(gazetteer, name, country, other):
    got = gazetteer.candidates(name, limit=5)
    assert got[0]["country"] == country, [(c["name"], c["country"], c["score"]) for c in got]
    for c in got:
        if c["country"] == other:
            assert "only another of its names" in c["why"]


@pytest.mark.parametrize("name, country", [
    # a city far better known by the other name than the places called so is left as it was
    ("Victoria", "HK"),
    ("Kiev", "UA"),
])
def test_a_far_better_known_city_stays(gazetteer, name, country):
    got = gazetteer.candidates(name, limit=5)
    assert got[0]["country"] == country, [(c["name"], c["country"], c["score"]) for c in got]
    assert "only another of its names" not in got[0]["why"]


def test_a_short_form_of_the_own_name_is_no_other_name(gazetteer):
    # 'Newcastle' of Newcastle upon Tyne: English shortens the name so
    got = gazetteer.candidates("Newcastle", limit=5)
    tyne = [c for c in got if c["country"] == "GB"]
    assert tyne and "only another of its names" not in tyne[0]["why"], got


@pytest.mark.parametrize("text, surface, country", [
    ("Israeli troops entered Bethlehem before dawn.", "Bethlehem", "PS"),
    ("The destroyer returned to Rota for repairs.", "Rota", "ES"),
    ("Protesters marched in Philadelphia on Sunday.", "Philadelphia", "US"),
    # the other place where the text says so
    ("Flooding hit Bethlehem, Pennsylvania, on Monday.", "Bethlehem", "US"),
    ("Jordanian police closed roads in Philadelphia, as Amman was once called.", "Philadelphia", "JO"),
])
def test_in_running_text(gazetteer, text, surface, country):
    hit = _found(text, gazetteer).get(surface)
    assert hit is not None and hit["country"] == country, _found(text, gazetteer)


def test_the_three_forms_of_by_another_name_agree(gazetteer, monkeypatch):
    """The feature fires on the shortcut path (Gazetteer._row_totals) as in ranking.score:
    a name with more places than the limit gives the same list either way."""
    from geomove.gazetteer import Gazetteer
    fast = [gazetteer.candidates(n, limit=2, fuzzy=False) for n in ("Philadelphia", "Rota", "Bethlehem")]
    monkeypatch.setattr(Gazetteer, "_best_by_totals", lambda self, *a, **k: None)
    gazetteer._lookup_cache.clear()
    slow = [gazetteer.candidates(n, limit=2, fuzzy=False) for n in ("Philadelphia", "Rota", "Bethlehem")]
    assert fast == slow
    assert any("only another of its names" in c["why"] for c in gazetteer.candidates("Philadelphia", limit=3))


# -- the country the text names by a demonym, against a better-known namesake abroad

@pytest.mark.parametrize("text, surface, country", [
    # those who act at home (police, authorities) act in their country
    ("Honduran police said gunmen attacked a bus in Santa Rosa.", "Santa Rosa", "HN"),
    ("Spanish police arrested a man in Santa Cruz on Tuesday.", "Santa Cruz", "ES"),
    ("Costa Rican police arrested two men in San Jose.", "San Jose", "CR"),
    ("Filipino police said gunmen attacked a checkpoint in San Jose.", "San Jose", "PH"),
    ("Chilean police raided a house in Concepcion.", "Concepcion", "CL"),
    # the place the text ties to a country by name stays there
    ("Honduran police said the suspects fled to Santa Rosa, California.", "Santa Rosa", "US"),
    # forces cross borders: a town across the border stays where it is
    ("Russian forces shelled Pokrovsk overnight.", "Pokrovsk", "UA"),
])
def test_the_country_named_by_demonym(gazetteer, text, surface, country):
    hit = _found(text, gazetteer).get(surface)
    assert hit is not None and hit["country"] == country, _found(text, gazetteer)


def test_the_first_words_of_a_name_are_no_alias(gazetteer):
    """'Santa Rosa' for Santa Rosa de Copán is the town's name shortened, not another of its
    names made of English words; a kind word after a name stays a kind word."""
    found = _found("Honduran police said gunmen attacked a bus in Santa Rosa.", gazetteer)
    assert found["Santa Rosa"]["name"] == "Santa Rosa de Copán"
    business = _found("Shops in the Central Business District reopened after the storm.", gazetteer)
    assert all(m["country"] != "CA" for m in business.values()), business


@pytest.mark.parametrize("text, surface, abroad", [
    # forces cross borders, seldom oceans: a namesake on another continent than the country
    # the text names by demonym loses, when a reading of the name lies in that country
    ("Honduran soldiers were deployed to Santa Rosa.", "Santa Rosa", "PH"),
    ("Mexican soldiers patrolled San Pedro.", "San Pedro", "CI"),
])
def test_a_namesake_on_another_continent_than_the_demonym(gazetteer, text, surface, abroad):
    hit = _found(text, gazetteer).get(surface)
    assert hit is None or hit["country"] != abroad, hit


# -- a minor place read loosely, far from the text's one other place: no place rather than a guess

@pytest.mark.parametrize("text", [
    "The convoy reached Bagram from Jalalabad.",   # Bahrām (IR) has 'Bagram' among its other names
    "US aircraft landed at Bagram.",              # (the actor's country is where the text is)
])
def test_a_loose_reading_of_a_far_village_keeps_no_point(gazetteer, text):
    hit = _found(text, gazetteer).get("Bagram")
    assert hit is None or hit["country"] != "IR", hit


@pytest.mark.parametrize("text, surface, country", [
    # the same village near the text's place, or by its own name, stays
    ("The convoy reached Bagram from Tabriz.", "Bagram", "IR"),
    ("Aid flights left Kabul for Bahram.", "Bahram", "IR"),
])
def test_a_village_near_the_text_or_by_its_own_name_stays(gazetteer, text, surface, country):
    hit = _found(text, gazetteer).get(surface)
    assert hit is not None and hit["country"] == country, _found(text, gazetteer)
