"""Countries a text names only by a demonym or a force ("Congolese troops", "Costa Rican police")
count for namesakes (places19): a named, weighed feature of the ranking in context
(ranking.WEIGHTS['text_country_by_demonym']) that says so in the reading's `why`. A force acts
across its borders as often as at home, so beside a namesake in a bordering country the demonym of
troops says nothing ("Russian forces shelled Pokrovsk"); police, officials and people do. The
sentences were written for these tests."""

import pytest

from geomove.gazetteer.ranking import WEIGHTS
from geomove.mentions import places

from placing import places_by_surface as _found


def test_the_feature_has_its_weight_in_the_table():
    assert 0 < WEIGHTS["text_country_by_demonym"] <= WEIGHTS["text_country_named"]


@pytest.mark.parametrize("text", [
    "Congolese troops attacked rebels near Beni.",
    "Fighting near Beni killed ten, the Congolese army said.",
    "The Congolese army sent reinforcements to Beni on Tuesday.",
])
def test_beni_beside_congolese_forces_is_the_congolese_town(gazetteer, text):
    # before: Bolivia's province El Beni, better known than the town
    beni = _found(text, gazetteer)["Beni"]
    assert beni["country"] == "CD" and beni["kind"] != "admin1", beni
    assert "CD named in the text by 'Congolese'" in beni["why"]


def test_bare_beni_stays_the_bolivian_province(gazetteer):
    assert _found("Beni was calm on Monday.", gazetteer)["Beni"]["country"] == "BO"


def test_police_of_a_country_count_beside_a_namesake_across_its_border(gazetteer):
    # 'Russian police' act at home: the Russian Pokrovsk; 'Russian forces' (below) need not
    p = _found("Russian police detained him in Pokrovsk.", gazetteer)["Pokrovsk"]
    assert p["country"] == "RU" and "RU named in the text by 'Russian'" in p["why"]


def test_forces_beside_a_namesake_across_their_border_say_nothing(gazetteer):
    # between the two sides the demonym says nothing: the Ukrainian town gets the border
    # region's credit as the Russian one would (session 43: both keep it against far namesakes),
    # not the credit of a country the text names
    p = _found("Russian forces shelled Pokrovsk overnight.", gazetteer)["Pokrovsk"]
    assert p["country"] == "UA" and "UA borders RU, named in the text by 'Russian'" in p["why"]
    assert "UA named in the text by" not in p["why"]


def test_a_namesake_by_a_former_name_gets_nothing(gazetteer):
    # Engels was once called Pokrovsk: the demonym favours only a place's own name
    for m in places("Russian police detained him in Pokrovsk.", gazetteer=gazetteer):
        assert m.get("name") != "Engels"


def test_san_jose_beside_costa_rican_police(gazetteer):
    sj = _found("Costa Rican police arrested two men in San Jose.", gazetteer)["San Jose"]
    assert sj["country"] == "CR"


@pytest.mark.parametrize("text", [
    "Soldiers patrolled Santa Cruz on Monday.",
    "Bolivian soldiers patrolled Santa Cruz.",
])
def test_santa_cruz_is_no_pair_of_everyday_words(gazetteer, text):
    # 'Santa' and 'Cruz' are both frequent English words (zipf >= 4): the rule for names made of
    # everyday words ('West Coast') dropped the Bolivian city; a saint's name is a town's name
    sc = _found(text, gazetteer)["Santa Cruz"]
    assert sc["country"] == "BO"


def test_a_demonym_of_a_country_the_text_places_something_in_adds_nothing_more(gazetteer):
    # Goma puts CD in the text already: 'Congolese' is no second bonus
    beni = _found("Congolese troops drove from Goma to Beni.", gazetteer)["Beni"]
    assert beni["country"] == "CD" and "named in the text by" not in beni["why"]


def test_a_namesake_across_the_border_by_another_of_its_names_counts_too(gazetteer):
    # Dolow (Somalia) is read by its other name 'Dolo'; Ethiopia borders Somalia, so 'Ethiopian
    # troops' give the Tigray village Dolo nothing
    # (both sides keep the border region's credit, session 43; neither the named country's)
    dolo = _found("Ethiopian troops entered Dolo.", gazetteer)["Dolo"]
    assert dolo["country"] == "SO" and "ET named in the text by" not in dolo["why"], dolo
