"""gaz36: places the finder misread in roundups, ship names and conflict reports.

- A world city's small namesake backed only by paragraphs far from the name ("a port call in
  Manila" three paragraphs after "Hill AFB, Utah"): the world city (mentions.context,
  FAR_PARAGRAPHS).
- A name right after a noun of a ship's kind ("the destroyer Baotou", "the aircraft carrier
  Shandong") is the ship's: no place (mentions.persons, wordlists.SHIP_KINDS_RE).

The sentences are written for these tests; the twins must keep their places."""

import pytest
from placing import places_by_surface

from geomove.mentions import find_mentions, places

MANILA_PH = "geonames:1701668"
MANILA_UT = "geonames:5777855"

# --- a small namesake backed only by far paragraphs ----------------------------------------

_UTAH = "Crews from Hill AFB, Utah, flew out on Monday."


@pytest.mark.parametrize("text", [
    # before: Manila, Utah (0 km from Utah's places, in a province the text names)
    _UTAH + "\n\nJapan said two Chinese frigates passed Okinawa.\n\nGerman troops reached Lithuania.\n\n"
            "The USS America made a port call in Manila before exercises in the South China Sea.",
    _UTAH + "\n\nJapan said Chinese ships passed Okinawa.\n\nGerman troops reached Lithuania.\n\n"
            "Later, a fire broke out in Manila, officials said.",
])
def test_world_city_against_a_namesake_backed_far(gazetteer, text):
    assert places_by_surface(text, gazetteer)["Manila"]["gazetteer_id"] == MANILA_PH


@pytest.mark.parametrize("text", [
    # the namesake's backing is in its own paragraph, or the next
    _UTAH + " Later, a fire broke out in Manila, officials said.",
    _UTAH + "\n\nLater, a fire broke out in Manila, officials said.",
    # a text about Utah: places of Utah in the paragraphs between
    _UTAH + "\n\nSnow closed roads near Provo and Orem on Tuesday.\n\nPolice in Salt Lake City said the "
            "storm eased.\n\nLater, a fire broke out in Manila, officials said.",
])
def test_namesake_backed_near_kept(gazetteer, text):
    assert places_by_surface(text, gazetteer)["Manila"]["gazetteer_id"] == MANILA_UT


# --- a ship's name after a noun of its kind --------------------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: Baotou the city, Shandong the province, Baden-Württemberg the German state, Xiangyang
    ("The destroyer Baotou shadowed the group east of Okinawa.", "Baotou"),
    ("China's aircraft carrier Shandong sailed past the Philippines on Friday.", "Shandong"),
    ("The frigate Baden-Württemberg left Wilhelmshaven for the Indo-Pacific.", "Baden-Württemberg"),
    ("The survey ship Xiang Yang Hong 10 was tracked off Sri Lanka.", "Xiang Yang"),
    ("The patrol boat Kerch returned to Sevastopol.", "Kerch"),
])
def test_ship_named_after_a_place(gazetteer, text, surface):
    assert surface not in {m["surface"] for m in places(text, gazetteer=gazetteer)}


@pytest.mark.parametrize("text,surface,gid", [
    # twins: the place itself
    ("The destroyer docked at the port of Baotou on Monday.", "Baotou", "geonames:2038432"),
    ("Two destroyers sailed to Shandong on Friday.", "Shandong", "geonames:1796328"),
    ("A destroyer in Kerch was hit overnight.", "Kerch", None),
    # a country after the noun: the subject of a clause about the ship more often than its name
    ("The tanker Iran seized last month was towed to Bandar Abbas.", "Iran", "geonames:130758"),
    # a boat is no kind of ship alone
    ("Fishermen took a boat Monday from Kerch.", "Kerch", None),
])
def test_place_after_a_ship_word_kept(gazetteer, text, surface, gid):
    found = places_by_surface(text, gazetteer)
    assert surface in found
    if gid:
        assert found[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("text,gone", [
    # probes of my own: the ship's name used before a warship noun, and the names listed after a
    # plural one (before: the Chinese provinces, the German states, and Kiel read as Kehl beside them)
    ("The Shandong carrier group sailed east of the Philippines.", {"Shandong"}),
    ("China's Fujian aircraft carrier passed the Taiwan Strait.", {"Fujian"}),
    ("The Liaoning and Shandong carriers operated near Okinawa.", {"Liaoning", "Shandong"}),
    ("The frigates Hessen and Bayern left Kiel for the Red Sea.", {"Hessen", "Bayern"}),
])
def test_ship_names_beside_warship_nouns(gazetteer, text, gone):
    assert not gone & {m["surface"] for m in places(text, gazetteer=gazetteer)}


def test_port_beside_listed_ships_read(gazetteer):
    found = places_by_surface("The frigates Hessen and Bayern left Kiel for the Red Sea.", gazetteer)
    assert found["Kiel"]["gazetteer_id"] == "geonames:2891122"  # (was Kehl, 99 km from 'Hessen')


@pytest.mark.parametrize("text,kept", [
    # twins: countries, demonyms and seas beside a warship noun; places listed without one
    ("The US and UK carriers sailed into the Mediterranean.", {"US", "UK"}),
    ("The Black Sea frigate returned to Sevastopol.", {"Black Sea", "Sevastopol"}),
    ("Troops moved from Baotou and Shandong to Beijing.", {"Baotou", "Shandong", "Beijing"}),
    ("Ships left Kiel and Hamburg for the Baltic.", {"Kiel", "Hamburg"}),
])
def test_no_ship_beside_warship_nouns(gazetteer, text, kept):
    assert kept <= {m["surface"] for m in places(text, gazetteer=gazetteer)}


def test_demonyms_before_a_warship_noun_kept(gazetteer):
    assert {("British", "demonym"), ("French", "demonym")} <= _roles(
        "The British and French carriers sailed to Cyprus.", gazetteer)


def test_ship_words_shared_with_the_reading_stage():
    from geomove.read import clauses
    from geomove.wordlists import SHIP_KINDS_RE, SHIP_PREFIXES_RE
    assert clauses._ship_name("Marines flew from the destroyer Baotou.", {"start": 32, "end": 38})
    assert {"destroyer", "frigate", "uss"} <= clauses._SHIP_WORDS
    assert "landing\\s+ship" in SHIP_KINDS_RE and "HMS" in SHIP_PREFIXES_RE.split("|")


# --- a province by its own name, its seat only once called so ------------------------------

KINMEN = "geonames:1676511"  # the island county; its seat Jincheng has 'Kinmen' among its other names


@pytest.mark.parametrize("text", [
    # before: Jincheng ("the city the province is named after")
    "Taiwan's coast guard said Chinese boats entered restricted waters off Kinmen on Tuesday.",
    "Taiwan reinforced its garrison on Kinmen, a few kilometres from Xiamen.",
])
def test_province_by_its_own_name(gazetteer, text):
    assert places_by_surface(text, gazetteer)["Kinmen"]["gazetteer_id"] == KINMEN


@pytest.mark.parametrize("text,surface,kind", [
    # twins: a city whose own name holds the province's, or the province's name another of its
    # own, stays the city
    ("Protesters gathered in New York on Saturday.", "New York", "city"),
    ("Shelling hit Aleppo overnight, Syrian state media said.", "Aleppo", "city"),
])
def test_city_named_like_its_province_kept(gazetteer, text, surface, kind):
    assert places_by_surface(text, gazetteer)[surface]["kind"] == kind


# --- places the index lacked -----------------------------------------------------------------

@pytest.mark.parametrize("text,surface,gid", [
    # before: the airport (the bay and former naval base were missing)
    ("The USS Blue Ridge made a port call at Subic Bay on Monday.", "Subic Bay", "curated:subic-bay"),
    # before: no place ("Hainan Sheng is not the island")
    ("Two Chinese frigates left Hainan Island for the Paracels.", "Hainan Island", "geonames:1809054"),
    # before: no place
    ("A convoy of Russian troops left Cobasna for Tiraspol, Moldovan officials said.", "Cobasna", "curated:cobasna"),
    ("LNA units moved from Sirte to Ras Lanuf overnight.", "Ras Lanuf", "curated:ras-lanuf"),
    ("Thai soldiers reinforced Ta Muen Thom after Cambodian troops massed near the border.",
     "Ta Muen Thom", "curated:ta-muen-thom"),
    # probes of my own (Western Sahara, Somalia-Kenya border): before, no place
    ("Polisario fighters shelled Moroccan positions on the berm near Mahbes.", "Mahbes", "curated:mahbes"),
    ("Somali army units left Kismayo for Bulo Hawo, across from Mandera.", "Bulo Hawo", "geonames:12212406"),
])
def test_places_added(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("text,surface,gid", [
    # probe of my own: 'Matsu' beside Kinmen read Matsue (JP); a Japanese text keeps Matsue
    ("Taiwan reinforced Kinmen and Matsu after Chinese drills.", "Matsu", "geonames:6724655"),
    ("A festival in Matsue drew crowds from Izumo and Yonago.", "Matsue", "geonames:1857550"),
])
def test_matsu(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("text,gid", [
    # probe of my own (Caribbean): before, the Venezuelan town beside Port of Spain
    ("The destroyer docked in Port of Spain and held exercises near Chaguaramas.", "curated:chaguaramas"),
    # twin: the town in Guárico
    ("Venezuelan troops moved from Calabozo to Chaguaramas in Guárico state.", "geonames:3645944"),
])
def test_chaguaramas(gazetteer, text, gid):
    assert places_by_surface(text, gazetteer)["Chaguaramas"]["gazetteer_id"] == gid


def test_lieyu(gazetteer):
    # probe of my own (Kinmen): before, a village in Guangdong, 280 km off
    found = places_by_surface("Taiwan's army held drills on Kinmen and Lieyu.", gazetteer)
    assert found["Lieyu"]["gazetteer_id"] == "curated:lieyu" and found["Kinmen"]["gazetteer_id"] == KINMEN


def test_subic_airport_still_read_by_its_kind_word(gazetteer):
    found = places_by_surface("The C-130 landed at Subic Bay airport on Friday.", gazetteer)
    assert found["Subic Bay"]["gazetteer_id"] == "airport:RPLB"


# --- a feature's head word before "of" and a name no mention reads -------------------------

@pytest.mark.parametrize("text,surface", [
    # before: 'Gulf' read as Gulf Province, Papua New Guinea
    ("Colombian marines patrolled the Gulf of Urabá on Tuesday.", "Gulf of Urabá"),
    ("Troops moved from Apartadó to Turbo on the Gulf of Urabá.", "Gulf of Urabá"),
])
def test_head_word_of_an_unknown_feature_is_no_place(gazetteer, text, surface):
    found = places_by_surface(text, gazetteer)
    assert "Gulf" not in found
    assert found[surface]["lat"] is None


@pytest.mark.parametrize("text,surface,gid", [
    # twins: the feature the index has, and the province by its kind word
    ("Warships entered the Gulf of Aden on Monday.", "Gulf of Aden", "geomove-area:gulf-of-aden"),
    ("Gulf Province officials said Kerema was calm.", "Gulf Province", "geonames:2096633"),
])
def test_head_word_twins(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


def test_lake_of_a_town_stays_no_town(gazetteer):
    found = places_by_surface("Venezuelan troops moved to Cabimas on the shore of Lake Maracaibo.", gazetteer)
    assert found["Lake Maracaibo"]["lat"] is None and "Maracaibo" not in found


# --- an armed group named before its fighters ------------------------------------------------

def _roles(text, gazetteer):
    return {(m["surface"], m["role"]) for m in find_mentions(text, gazetteer=gazetteer)}


@pytest.mark.parametrize("text", [
    # before: the second 'Fano' a place (the Italian town, left without a point by the far guard)
    "Fano fighters ambushed an army convoy near Gondar, Ethiopia, on Sunday. Later, Fano said it held "
    "the town of Debre Markos.",
])
def test_group_named_before_its_fighters(gazetteer, text):
    assert "Fano" not in {m["surface"] for m in places(text, gazetteer=gazetteer)}
    assert ("Fano", "organisation") in _roles(text, gazetteer)


@pytest.mark.parametrize("text,surface", [
    # twins: a province of the text's country before 'militia'; the town itself in Italy; a place
    # on the continent of the text's countries
    ("Amhara militia clashed with Tigrayan forces near Alamata, in Ethiopia.", "Amhara"),
    ("Italian police in Fano arrested two men, Ancona prosecutors said.", "Fano"),
    ("Donetsk militia shelled Avdiivka, Ukraine said.", "Donetsk"),
])
def test_place_before_fighters_kept(gazetteer, text, surface):
    assert surface in places_by_surface(text, gazetteer)


# --- a demonym before an aircraft type's letters ---------------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: 'Russian Il', 'Ukrainian An' (the letters read as an article of the demonym)
    ("Two Russian Il-76 transports landed in Bamako.", "Russian"),
    ("A Ukrainian An-26 crashed near Odesa on Friday.", "Ukrainian"),
])
def test_demonym_before_aircraft_letters(gazetteer, text, surface):
    found = {m["surface"] for m in find_mentions(text, gazetteer=gazetteer)}
    assert surface in found and not any(s.startswith(surface + " ") for s in found)


def test_two_word_demonym_kept(gazetteer):
    assert ("South Sudanese", "actor") in _roles("South Sudanese troops crossed into Uganda.", gazetteer)


# --- a town before a plural place noun ----------------------------------------------------

@pytest.mark.parametrize("text,surface,gid", [
    # probes of my own (Western Sahara, Kenya): before, dropped as unsupported
    ("Sahrawi refugees in the Tindouf camps were told to stay indoors.", "Tindouf", "geonames:2476301"),
    ("Refugees in the Dadaab camps were moved after the floods.", "Dadaab", "geonames:199209"),
])
def test_town_before_a_plural_place_noun(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


def test_common_word_before_a_plural_place_noun_stays_out(gazetteer):
    assert not places("Children went to the Summer camps in July.", gazetteer=gazetteer)
