"""gaz42: namesakes of the places wing read against the text's context (probes of my own, s28).

- 'the Lake X province': a lake (a built-in area) written with a kind word that names only an
  administrative unit is the province named for the lake -- by the lake's name without "Lake"
  (Tanganyika, DR Congo) or by the word for a lake alone (Lac, Chad) -- where such a unit of the
  index lies within the lake's area (mentions.scan.RunScanner._unit_named_for_the_lake).
  "the Lake Chad region" (also the land round the lake) and a bare "Lake Chad" keep the lake.
- 'Congo troops were sent to Rutshuru': a name two countries share names both until ranked, so a
  lesser town of the one the gazetteer does not read first is no 'weak reading abroad' and puts
  its country in the text (ContextRanking._countries_named_or_shared).
- 'sent to Sake': an everyday word capitalised right after a locative preposition is a name, as
  acceptance reads it, so its reading is context (ContextRanking._capitalised_after_a_locative).
- 'had retaken X', 'to recapture X': cues, as 'retook', 'recaptured' (wordlists.LOCATIVE_PREPS).
- 'X near the border with <country>': the namesake of X that lies by that country's border
  (ContextRanking._beside_the_border_named).
- Guards, already right when probed (no fail-before): a bare 'Palma' in a report about Cabo
  Delgado reads the Mozambican town, in one about Mallorca the Spanish city; a bare 'Congo'
  beside Goma and Sake reads the DR Congo.

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import find_mentions, places_by_surface


# --- a lake written with a province's kind word ------------------------------------------------------

@pytest.mark.parametrize("text,surface,name,country", [
    # before: the lake itself (the built-in area, at a point in Nigeria / of no country)
    ("Chadian troops were deployed to the Lake Chad province after an attack on an army base near Bol.",
     "Lake Chad", "Lac", "TD"),
    ("Extra police units were flown into the Lake Chad province on Sunday.", "Lake Chad", "Lac", "TD"),
    ("Congolese troops were sent to the Lake Tanganyika province after militia raids near Kalemie.",
     "Lake Tanganyika", "Tanganyika", "CD"),
])
def test_lake_written_with_a_province_kind_word(gazetteer, text, surface, name, country):
    found = places_by_surface(text, gazetteer)[surface]
    assert (found["name"], found["country"], found["kind"]) == (name, country, "admin1")


@pytest.mark.parametrize("text,surface", [
    # twins: the lake bare, or with "region" (the land round it), stays the lake (as before)
    ("Nigerian soldiers crossed Lake Chad by boat to reach islands held by insurgents.", "Lake Chad"),
    ("Armed groups have long moved freely across the Lake Chad region, where four countries meet.", "Lake Chad"),
    ("Fishing boats were seized on Lake Tanganyika near the port on Tuesday.", "Lake Tanganyika"),
])
def test_lake_without_a_province_kind_word_stays_the_lake(gazetteer, text, surface):
    found = places_by_surface(text, gazetteer)[surface]
    assert found["kind"] == "region" and found["gazetteer_id"].startswith("geomove-area:lake-")


def test_province_written_by_its_own_name_still_reads(gazetteer):
    found = places_by_surface("Chadian troops were deployed to Lac province after an attack near Bol.", gazetteer)
    assert (found["Lac"]["name"], found["Lac"]["country"]) == ("Lac", "TD")


# --- guards: a namesake read by the text's places (already right when probed) -------------------------

@pytest.mark.parametrize("text,country", [
    ("Insurgents attacked Mocimboa da Praia in Cabo Delgado, Mozambique. Troops came from Pemba. "
     "Fighting later spread to Palma and residents fled.", "MZ"),
    ("Insurgents stormed Palma on Wednesday after months of raids across northern Mozambique. "
     "Survivors were taken by boat to Pemba.", "MZ"),
    ("Spanish police detained three men in Palma on Tuesday; the Balearic government said the arrests "
     "on Mallorca ended a long inquiry.", "ES"),
])
def test_palma_read_by_the_text_s_places(gazetteer, text, country):
    assert places_by_surface(text, gazetteer)["Palma"]["country"] == country


@pytest.mark.parametrize("text", [
    "Rebels in Congo seized Sake. Goma is now threatened.",
    "Troops moved from Goma towards Sake. The fighting in Congo has displaced thousands.",
    "M23 rebels advanced on Sake, a town west of Goma in eastern Congo.",
])
def test_congo_beside_goma_is_the_dr_congo(gazetteer, text):
    assert places_by_surface(text, gazetteer)["Congo"]["country"] == "CD"


# --- 'Congo' beside a lone, lesser town of one of the Congos ----------------------------------------

@pytest.mark.parametrize("text,country", [
    # before: the Republic of the Congo (the gazetteer's own reading of 'Congo'); the DR Congo town,
    # a weak reading outside the countries named, put no country in the text
    ("Congo troops were sent to Rutshuru on Friday.", "CD"),
    ("Congo said its soldiers had pushed the rebels out of Rutshuru.", "CD"),
    # twins: a town of the Republic keeps the Republic (as before)
    ("Congo troops were sent to Dolisie on Friday.", "CG"),
    ("Congo said its soldiers had pushed the rebels out of Dolisie.", "CG"),
])
def test_congo_beside_a_lone_town_of_one_congo(gazetteer, text, country):
    # ('Congo' here is who acts, an actor mention, not a place one)
    congo = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == "Congo"]
    assert congo and congo[0]["country"] == country


# --- an everyday word written as a name after a locative preposition is context ---------------------

@pytest.mark.parametrize("text,country", [
    # before: the Republic of the Congo; Sake (DR Congo), taken for the everyday word, put nothing in the text
    ("Congo troops were sent to Sake on Friday.", "CD"),
    ("Congo troops and UN peacekeepers held the line at Sake.", "CD"),
    # twin: the everyday word in lower case beside a town of the Republic (as before)
    ("For the sake of calm, Congo troops were sent to Dolisie on Friday.", "CG"),
])
def test_congo_beside_a_town_spelled_like_an_everyday_word(gazetteer, text, country):
    congo = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == "Congo"]
    assert congo and congo[0]["country"] == country


# --- 'had retaken X', 'to recapture X': the verb of taking a place back is a cue ---------------------

@pytest.mark.parametrize("text,country", [
    # before: Palma dropped (the Mozambican town, less known, had no cue)
    ("Mozambique's army said it had retaken Palma.", "MZ"),
    ("Government troops hope to recapture Palma soon, Mozambique's defence minister said.", "MZ"),
    # twin: in a text about Spain, the Spanish city (as the famous namesake reads)
    ("Spain's police said the gang had retaken Palma's old port.", "ES"),
])
def test_verb_of_taking_back_is_a_cue(gazetteer, text, country):
    assert places_by_surface(text, gazetteer)["Palma"]["country"] == country


def test_retaken_before_a_lower_case_word_is_no_name(gazetteer):
    assert places_by_surface("The rebels have retaken the initiative in the north.", gazetteer) == {}


# --- 'X near the border with <country>': the namesake that lies by that border -----------------------

@pytest.mark.parametrize("text,country", [
    # before: Palma de Mallorca (ES), 7,000 km from Tanzania
    ("Militants overran Palma near the border with Tanzania.", "MZ"),
    ("Troops were sent to Palma on the border with Tanzania.", "MZ"),
    ("Militants overran Palma close to the border with Tanzania.", "MZ"),
    # twins: no reading lies by the border named, or the first already does (as before)
    ("Police raided a flat in Palma near the border with France.", "ES"),
    ("Refugees crossed into Goma near the border with Rwanda.", "CD"),
])
def test_namesake_by_the_border_named(gazetteer, text, country):
    found = places_by_surface(text, gazetteer)
    surface = "Palma" if "Palma" in text else "Goma"
    assert found[surface]["country"] == country
