"""gaz45: namesakes and kind cues around a name (probes of my own, s30).

- 'along the Niger', 'up the Congo', 'the left bank of the Dnipro', 'crossed the Niger': a name
  after "the" and a word that says a river is the river of the name where the built-in areas
  hold one ("Niger River"), not the country, province or town of the name
  (features.FeatureWords._rivers_by_the_words_before_them). 'on the' and 'across the' are weak
  cues: over a country reading ("fighting across the Congo") they need a word of boats or
  bridges in the sentence, or to open an apposition to a place ("Ayorou, on the Niger"). "the
  Niger's northern bank" (the possessive before a river's bank) is the river too; "the Niger's
  central bank" is not. A lower-case word after the name that is no linking word makes the
  name a modifier ("along the Niger border", "sanctions on the Niger junta"): no river.
- 'the Presevo valley': the land around a town written with 'valley' in lower case is read as
  '<town> Valley' is, at the town (features._feature_head_left_out); the word says the name is a
  place (acceptance.support: a town of importance 0.10 was dropped unsupported, in either case),
  and the valley is seen as the countryside of the town is: precision near, 25 km, anchored on
  the town (features._grow_to_the_land_around). A built-in valley ('the Bekaa valley') stays itself.
- 'Dachne, west of Donetsk': the index lacks the Dachne of Donetsk oblast; its first reading, the
  Dachne of Odesa oblast, lies 530 km off in the same country. A minor settlement the text places
  beside a town with no distance written, farther than BESIDE_FAR_SAME_COUNTRY_KM from it, is a
  namesake: the mention keeps no point (hints.BindingHints._no_place_beside_at_home; the rule
  before asked another country). 'Dachne, near Odesa' and 'Dachne, 500 km west of Donetsk' keep it.
- 'left Bunia for Mahagi': the index lacks the town and reads the name only as Mahagi Airport, by
  the short form of its name. With no kind word and no flight in the sentence, the name is the
  town beside the airfield: its point seen as near it, 30 km (flights.town_near_its_airfield,
  finder._towns_named_by_their_airfield). 'flown to Mahagi', 'Mahagi airport' keep the exact
  airfield; a base named alone stays the base.
- 'the islands of Lake Chad': a built-in lake or inland sea whose radius reaches the land of
  several countries is given no one country, as a river is not (areas._region_country: Lake Chad
  was NG by its point; Lake Kivu RW, Lake Victoria UG, Lake Edward CD, the Dead Sea JO, Pangong Tso
  CN). Land keeps the country at its point: the Bekaa Valley LB; the Galwan Valley CN (the row's
  point lies on the Chinese side of the Line of Actual Control; the valley is disputed, and its
  point, not its code, is what a map shows).
- 'crossed the Artibonite near Petite-Riviere and entered Liancourt': the index lacks both Haitian
  towns and reads Petite Rivière (Mauritius) and Liancourt (France). The lone-far-settlement
  guard judges a minor reading by the country most of the text's other places lie in; the two
  stray namesakes diluted each other's judge (HT, FR, MU a third each). Other minor settlements
  far from every other reading and in none of their countries are left out of that share
  (guards._NamedPlaces.dominant_country_share_without_stray_minors): both keep no point. Two
  minor places near each other ('left Liancourt for Creil') keep their readings.
- 'VDP volunteers arrived in Solhan': a text that names no country but an armed group of one takes
  the group's country as context (mentions.group_homes); the table gains Burkina Faso's VDP, Mali's
  Dan Na Ambassagou, the DRC's CODECO, Myanmar's TNLA and KNLA, Haiti's 400 Mawozo. Before: Solhan,
  Turkey. A country the text names still wins.

The sentences are written for these tests; the twins must keep their readings."""

import pytest
from placing import mention_of



# --- a river after the words that say one --------------------------------------------------------

@pytest.mark.parametrize("text,surface,river", [
    # before: Niger (NE, the country), the Benue state (NG), the DR Congo, Jordan (the country)
    ("A Malian army convoy travelled along the Niger toward Bourem on Saturday.", "Niger", "Niger River"),
    ("Soldiers crossed the Niger near Ayorou and reached Ansongo on Tuesday.", "Niger", "Niger River"),
    ("Nigerien troops were ferried across the Niger to Gaya on Wednesday.", "Niger", "Niger River"),
    ("Government troops reinforced positions on the Benue near Makurdi on Monday.", "Benue", "Benue River"),
    ("Congolese troops moved up the Congo by barge to Mbandaka on Thursday.", "Congo", "Congo River"),
    ("Jordanian forces deployed along the Jordan near the Allenby crossing on Sunday.", "Jordan", "Jordan River"),
    ("Marines landed on the right bank of the Niger at Gao.", "Niger", "Niger River"),
    # the possessive before a river's bank
    ("Malian troops moved to the Niger's northern bank near Gao on Monday.", "Niger", "Niger River"),
    ("Congolese troops moved along the Congo's northern bank to Mbandaka.", "Congo", "Congo River"),
    # 'on the' opening an apposition to a place: where the town lies
    ("A second unit was sent from Niamey to Ayorou, on the Niger near the border with Mali.", "Niger", "Niger River"),
])
def test_name_after_a_word_of_rivers_is_the_river(gazetteer, text, surface, river):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["name"] == river and m["kind"] == "river" and m["country"] is None


@pytest.mark.parametrize("text,surface,country", [
    ("Sanctions on the Niger junta were lifted, and troops left Niamey for Tillaberi.", "Niger", "NE"),
    ("Soldiers were sent along the Niger border with Mali on Monday.", "Niger", "NE"),
    ("Fighting across the Congo has displaced thousands, and troops left Goma for Beni.", "Congo", "CD"),
    ("Nigerien soldiers left Niamey for the Niger frontier with Burkina Faso.", "Niger", "NE"),
    ("Troops from Niger reached Gao on Monday.", "Niger", "NE"),
    ("Sanctions were imposed on the Niger, and troops left Niamey for Ayorou.", "Niger", "NE"),
    ("Officials at the Niger's central bank left Niamey for Zinder.", "Niger", "NE"),
    ("Nigerien troops moved to the Niger's border with Burkina Faso.", "Niger", "NE"),
])
def test_country_written_so_stays_the_country(gazetteer, text, surface, country):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["kind"] == "country" and m["country"] == country


# --- the valley around a town --------------------------------------------------------------------

@pytest.mark.parametrize("text,surface", [
    # before: no mention (Preševo, importance 0.10, dropped for lack of support)
    ("Serbian police units were deployed to the Presevo valley in southern Serbia on Friday.", "Presevo valley"),
    ("Gendarmes moved into the Presevo Valley on Friday, close to the border with Kosovo.", "Presevo Valley"),
])
def test_valley_after_a_town_is_the_land_around_it(gazetteer, text, surface):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["country"] == "RS" and abs(m["lat"] - 42.31) < 0.05
    assert m["precision"] == "near" and m["uncertainty_km"] >= 20 and m["relation"]["type"] == "countryside"


@pytest.mark.parametrize("text,surface,name", [
    ("Lebanese army units deployed in the Bekaa valley on Friday.", "Bekaa valley", "Bekaa Valley"),
    ("Pakistani troops moved into the Swat valley on Monday.", "Swat valley", "Swat Valley"),
])
def test_valley_the_index_holds_stays_itself(gazetteer, text, surface, name):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["name"] == name and m["precision"] != "near"


# --- a namesake across the country from the town the text places it beside -----------------------

def test_minor_namesake_far_from_the_town_beside_it_keeps_no_point(gazetteer):
    # before: Dachne (UA, 46.58 30.55, Odesa oblast), 530 km from Donetsk
    m = mention_of("Ukrainian troops withdrew from Dachne, west of Donetsk, on Monday.", "Dachne", gazetteer)
    assert m is not None and m["lat"] is None and "Donetsk" in m["why"]


@pytest.mark.parametrize("text", [
    "Ukrainian troops withdrew from Dachne, near Odesa, on Monday.",
    "Ukrainian troops withdrew from Dachne, 500 km west of Donetsk, on Monday.",
])
def test_namesake_near_the_town_or_at_the_distance_written_stays(gazetteer, text):
    m = mention_of(text, "Dachne", gazetteer)
    assert m is not None and m["country"] == "UA" and abs(m["lat"] - 46.58) < 0.05


# --- a town read only as its airfield -------------------------------------------------------------

def test_town_read_only_as_its_airfield_is_near_it(gazetteer):
    # before: Mahagi Airport, exact (2 km)
    m = mention_of("Congolese troops left Bunia for Mahagi on Monday.", "Mahagi", gazetteer)
    assert m is not None and m["country"] == "CD" and m["precision"] == "near" and m["uncertainty_km"] >= 25


@pytest.mark.parametrize("text,surface", [
    ("FARDC soldiers were flown to Mahagi on Tuesday.", "Mahagi"),
    ("Congolese troops left Bunia for Mahagi airport on Monday.", "Mahagi airport"),
])
def test_airfield_by_a_flight_or_its_kind_word_stays_exact(gazetteer, text, surface):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["kind"] == "airfield" and m["precision"] == "exact"



# --- a lake shared by the countries on its shore -------------------------------------------------

@pytest.mark.parametrize("name", ["Lake Chad", "Lake Kivu", "Lake Victoria", "Dead Sea"])
def test_shared_lake_has_no_one_country(gazetteer, name):
    from geomove.areas import area_place
    # before: NG, RW, UG, JO (the country at the point)
    place = area_place(name)
    assert place is not None and place["lat"] is not None and place["country"] is None


@pytest.mark.parametrize("name,country", [("Bekaa Valley", "LB"), ("Donbas", "UA"), ("Sinjar Mountains", "IQ")])
def test_land_near_a_border_keeps_its_country(gazetteer, name, country):
    from geomove.areas import area_place
    assert area_place(name)["country"] == country


def test_mention_of_a_shared_lake_names_no_country(gazetteer):
    m = mention_of("Chadian troops were deployed to the islands of Lake Chad on Wednesday.", "Lake Chad", gazetteer)
    assert m is not None and m["name"] == "Lake Chad" and m["country"] is None and abs(m["lat"] - 13.0) < 0.1


# --- stray minor namesakes do not vouch for each other ---------------------------------------------

@pytest.mark.parametrize("surface", ["Petite-Riviere", "Liancourt"])
def test_stray_minor_namesakes_on_two_continents_keep_no_point(gazetteer, surface):
    # before: Petite Rivière (MU), Liancourt (FR)
    m = mention_of("Gang members crossed the Artibonite near Petite-Riviere on Sunday and entered Liancourt.",
                 surface, gazetteer)
    assert m is not None and m["lat"] is None


@pytest.mark.parametrize("surface", ["Liancourt", "Creil"])
def test_minor_places_near_each_other_keep_their_readings(gazetteer, surface):
    m = mention_of("Gang members left Liancourt for Creil on Sunday, police in the Artibonite said.", surface, gazetteer)
    assert m is not None and m["country"] == "FR"


# --- armed groups of one country, in a text that names no country ---------------------------------

@pytest.mark.parametrize("text,surface,country", [
    # before: Solhan (TR), the namesake of the larger town, with nothing in the text to judge by
    ("VDP volunteers arrived in Solhan on Monday.", "Solhan", "BF"),
    ("Volunteers for the Defence of the Homeland reached Solhan on Monday.", "Solhan", "BF"),
])
def test_group_of_one_country_places_a_bare_namesake(gazetteer, text, surface, country):
    m = mention_of(text, surface, gazetteer)
    assert m is not None and m["country"] == country


def test_country_named_beats_the_group_home(gazetteer):
    m = mention_of("VDP volunteers crossed into Turkey and reached Solhan on Monday.", "Solhan", gazetteer)
    assert m is not None and m["country"] == "TR"
