"""s38 gaz61: the gazetteer's coverage and namesakes, taken as kinds. Every sentence is written
for these tests.

- A territory governed from afar and its sovereign are one country to the far-reading guards
  (Gazetteer.sovereigns, from Natural Earth's SOVEREIGNT at index build; guards._NamedPlaces.
  state_of): a French force sent to a town of New Caledonia or French Polynesia is not sent to
  "a village the index lacks, spelled like a town on another continent".
- Waters reports of naval moves name (the Danish belts, the Kattegat, two Great Lakes, the Gulf
  of Guayaquil) and Tahiti: rows of gazetteer/areas.csv, each citing its article.
- Villages of the North Kivu front that the index lacked (Kibumba, Kibati, Ngungu): rows of
  gazetteer/features.csv, each citing its article.
- A word that shares a country's name key but is two or more letters shorter or longer than the
  country's name ('Mongla', the Bangladeshi port, of Mongolia) is not the country
  (gazetteer._words_cut_from_a_country_s_name); a slip of one letter still is.
"""

import pytest

from geomove.mentions import find_mentions
from geomove.movements import extract
from placing import places_by_surface as _found


def _moves(text, gazetteer):
    return [f["properties"] for f in extract(text, gazetteer=gazetteer)]


def _end(props, which):
    return (props.get(which) or {}).get("name")


# -- a territory and its sovereign

@pytest.mark.parametrize("territory, sovereign", [
    ("NC", "FR"), ("PF", "FR"), ("GL", "DK"), ("GU", "US"), ("GI", "GB"), ("FK", "GB"),
    ("AW", "NL"), ("HK", "CN"),
    # (no shape of their own in Natural Earth: their capital lies in the sovereign's)
    ("RE", "FR"), ("GF", "FR"), ("YT", "FR"), ("SJ", "NO"),
])
def test_a_territory_has_its_sovereign(gazetteer, territory, sovereign):
    assert gazetteer.sovereigns().get(territory) == sovereign


@pytest.mark.parametrize("state", ["FR", "DK", "US", "GB", "NL", "CN", "SD"])
def test_a_sovereign_state_has_none(gazetteer, state):
    assert state not in gazetteer.sovereigns()


def test_a_territory_no_state_governs_has_none(gazetteer):
    # (Natural Earth's 'Indeterminate': no state holds Western Sahara as its own)
    assert "EH" not in gazetteer.sovereigns()


@pytest.mark.parametrize("text, origin, destination, country", [
    # before: the destination kept no point (lone-far-settlement: NC is not France)
    ("Forty French gendarmes were flown from Marseille to Noumea on Tuesday.", "Marseille", "Nouméa", "NC"),
    ("French gendarmes were sent from Lyon to Koné after riots in the north of the island.", "Lyon", "Koné", "NC"),
    ("Two French gendarmerie squadrons left Toulon for Bourail on Monday.", "Toulon", "Bourail", "NC"),
    ("A company of French legionnaires moved from Marseille to Kourou to guard the launch site.",
     "Marseille", "Kourou", "GF"),
])
def test_a_force_sent_to_its_own_state_s_territory(gazetteer, text, origin, destination, country):
    moves = _moves(text, gazetteer)
    assert len(moves) == 1, moves
    assert _end(moves[0], "origin") == origin and _end(moves[0], "destination") == destination
    assert moves[0]["destination"]["country"] == country


@pytest.mark.parametrize("text, surface", [
    # the near miss: a force of another state keeps the far village without a point
    ("Ivorian troops moved from Abidjan to Bourail on Monday.", "Bourail"),
    ("Kenyan police were sent from Nairobi to Koné.", "Koné"),
    ("Malian soldiers were sent from Bamako to Bourail.", "Bourail"),
])
def test_a_far_territory_of_another_state_is_still_doubted(gazetteer, text, surface):
    found = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface]
    assert found and all(m.get("lat") is None for m in found), found


# -- waters of naval moves, and Tahiti

@pytest.mark.parametrize("text, surface, name", [
    ("Danish frigates sailed through the Great Belt toward Kiel.", "Great Belt", "Great Belt"),
    ("A German submarine passed the Great Belt on the surface, as the treaty requires.", "Great Belt", "Great Belt"),
    ("Two minehunters were sent into the Little Belt after a mine was found near Middelfart.",
     "Little Belt", "Little Belt"),
    ("A Russian corvette was shadowed across the Kattegat by a Swedish patrol boat.", "Kattegat", "Kattegat"),
    ("Coast Guard cutters moved from Lake Erie to Lake Ontario through the Welland Canal.", "Lake Erie", "Lake Erie"),
    ("Coast Guard cutters moved from Lake Erie to Lake Ontario through the Welland Canal.",
     "Lake Ontario", "Lake Ontario"),
    ("Ecuadorian navy boats patrolled the Gulf of Guayaquil after the attack on Puná.",
     "Gulf of Guayaquil", "Gulf of Guayaquil"),
    ("French marines were flown to Tahiti from Nouméa on Sunday.", "Tahiti", "Tahiti"),
])
def test_waters_and_an_island_reports_name(gazetteer, text, surface, name):
    found = _found(text, gazetteer)
    assert surface in found and found[surface]["name"] == name, found.keys()


@pytest.mark.parametrize("text, surface, kind", [
    # the namesakes keep their place: the city, the province
    ("The convoy reached Erie after dark.", "Erie", "town"),
    ("Troops from Ontario were sent to Quebec.", "Ontario", "admin1"),
    ("The naval base at Guayaquil sent two boats.", "Guayaquil", "city"),
])
def test_a_bare_name_keeps_its_namesake(gazetteer, text, surface, kind):
    found = _found(text, gazetteer)
    assert surface in found and found[surface]["kind"] == kind, found.get(surface)


def test_a_move_across_a_danish_strait(gazetteer):
    text = "Two Danish frigates sailed from Korsør through the Great Belt to Aarhus."
    assert _found(text, gazetteer)["Great Belt"]["kind"] == "strait"
    moves = _moves(text, gazetteer)
    assert len(moves) == 1, moves
    assert _end(moves[0], "origin") == "Korsør" and moves[0]["destination"]["surface"] == "Aarhus"


# -- villages of the North Kivu front

@pytest.mark.parametrize("text, surface", [
    ("M23 rebels advanced from Kibumba toward Goma on Tuesday.", "Kibumba"),
    ("Congolese troops fell back to Kibati, north of Goma.", "Kibati"),
    ("Wazalendo fighters attacked M23 positions around Ngungu in Masisi.", "Ngungu"),
    ("Displaced families fled Kibumba for Goma as the shelling went on.", "Kibumba"),
])
def test_front_villages_of_north_kivu(gazetteer, text, surface):
    found = _found(text, gazetteer)
    assert surface in found and found[surface]["country"] == "CD", found.get(surface)
    assert found[surface]["lat"] < -1.4


def test_a_move_between_front_villages(gazetteer):
    moves = _moves("FARDC units withdrew from Kibumba to Kibati overnight.", gazetteer)
    assert len(moves) == 1, moves
    assert _end(moves[0], "origin") == "Kibumba" and _end(moves[0], "destination") == "Kibati"


# -- a word cut from a country's name

@pytest.mark.parametrize("text", [
    "The Bangladesh Navy moved two corvettes from Chittagong to Mongla.",
    "Two Bangladeshi patrol boats left Mongla for the Sundarbans coast.",
    "Cargo for the army was unloaded at Mongla port on Sunday.",
])
def test_a_word_cut_from_a_country_s_name_is_not_the_country(gazetteer, text):
    for m in find_mentions(text, gazetteer=gazetteer):
        if m["surface"].startswith("Mongla"):
            assert m.get("country") != "MN", m


@pytest.mark.parametrize("word, country", [
    # a slip of one letter still reads the country (dropped, swapped or doubled)
    ("Somlia", "SO"), ("Ukrane", "UA"), ("Nigera", "NG"), ("Lybia", "LY"), ("Venezuala", "VE"),
])
def test_a_slip_of_one_letter_still_reads_the_country(gazetteer, word, country):
    best = gazetteer.candidates(word, limit=1)
    assert best and best[0]["kind"] == "country" and best[0]["country"] == country, best


def test_the_country_itself_still_reads(gazetteer):
    found = _found("Mongolian troops were flown from Ulaanbaatar to South Sudan; Mongolia sent 850.", gazetteer)
    assert found["Mongolia"]["country"] == "MN"
