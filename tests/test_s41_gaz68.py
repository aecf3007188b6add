"""s41 gaz68: place finding on styles of text it was not tuned on (a diplomatic story, a central
bank's news). Every sentence is written for these tests.

- A capital that opens its sentence or clause, alone or in a list of names joined by commas and
  'and', before a verb of speech or diplomacy ("Moscow and Beijing urged restraint", "Washington on
  Monday labelled the test a provocation") stands for its government: an actor, not a place
  (mentions.roles.Roles.acts_as_a_government, seat_of_a_government). Its point then lends no
  nearness to a lesser namesake of another capital (Vienna, Virginia beside Washington; a Doha in
  India beside Delhi). Countries keep the role they had ("Turkey backs the rebels": a place).
- "The Bank of England", "The University of Edinburgh" opening a sentence: the capitalised
  article hid the body's word from the reading of "<body> of <place>" (mentions.persons._body_of_a_place).
- A compass name with a kind word before "of" and a place ("the Southern District of New York",
  a court's district) names a part of that place: not Hong Kong's Southern District nor Israel's
  Northern District when no reading of it lies in that place's country
  (mentions.compass_heads.compass_parts_of_another_country).
- A water body's word alone before a lower-case noun it qualifies ("Gulf diplomats", "their Gulf
  oil") names the feature, as "the Gulf" does: not Gulf, a province of Papua New Guinea, far from
  every other place of the text (mentions.guards._feature_word_qualifying_a_noun_far).
- Clubs named after their town that the club words missed: "Bayern Munich", "Red Star Belgrade",
  "Paris Saint-Germain" (wordlists.CLUB_HEADS, CLUB_HEAD_PAIRS, CLUB_TAILS).
"""

import gc
import time

import pytest

from geomove.mentions import PLACE_ROLES, find_mentions


def _read(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


# -- a capital named for its government

@pytest.mark.parametrize("text,names", [
    ("Moscow and Beijing urged restraint at the Security Council.", ["Moscow", "Beijing"]),
    ("Washington on Monday labelled the launch a provocation.", ["Washington"]),
    ("Canberra and Wellington signed a fisheries pact on Friday.", ["Canberra", "Wellington"]),
    ("Washington, London, Paris and Berlin condemned the missile test.", ["Washington", "London", "Paris", "Berlin"]),
    ("Nairobi again urged calm after the clashes in the north.", ["Nairobi"]),
    ("The convoy reached Homs, while Damascus insisted that nothing had moved.", ["Damascus"]),
    ("Troops pulled out of Kherson, and Kyiv said the city was calm.", ["Kyiv"]),
    ("Islamabad issued a statement calling for calm.", ["Islamabad"]),
])
def test_capital_named_for_its_government_is_an_actor(gazetteer, text, names):
    read = _read(text, gazetteer)
    for name in names:
        assert read[name]["role"] == "actor", (name, read[name]["role"])


@pytest.mark.parametrize("text,name", [
    # a capital where something happens, after a preposition
    ("Envoys from Washington flew to Vienna for the meeting.", "Washington"),
    # an official of the city speaks, not its government
    ("Mexico City Health Secretary Rosa Marquez stated that the clinics would stay open.", "Mexico City"),
    # an opening word and its comma are no list of governments
    ("However, Nairobi insisted on a new count of the votes.", "Nairobi"),
    # a locative opens the sentence
    ("In Brussels, ministers said the talks would resume.", "Brussels"),
    # the city's police speak
    ("London police said the march passed off peacefully.", "London"),
    # a verb that is neither speech nor diplomacy
    ("Kyiv and Kharkiv lost power overnight.", "Kyiv"),
    # an apposition, not a list
    ("Kyiv, the capital, was calm on Sunday.", "Kyiv"),
])
def test_capital_where_something_happens_stays_a_place(gazetteer, text, name):
    assert _read(text, gazetteer)[name]["role"] in PLACE_ROLES


@pytest.mark.parametrize("text", [
    "Turkey backs some of the armed groups in the north.",
    "Kenya and Uganda signed a border deal on Friday.",
])
def test_country_keeps_its_role(gazetteer, text):
    first = text.split()[0]
    assert _read(text, gazetteer)[first]["role"] == "place"


@pytest.mark.parametrize("text,name,country", [
    # Vienna, Virginia lies 15 km from Washington; Washington names the US government here
    ("Washington and Vienna exchanged notes on the nuclear file on Thursday.", "Vienna", "AT"),
    # a Doha of Haryana lies 90 km from Delhi, named for India's government
    ("Washington pressed Doha to expel the group's leaders, and Delhi agreed.", "Doha", "QA"),
    # (Geneva, New York: the United States is named by its capital alone)
    ("Washington and Moscow met in Geneva for talks on strategic stability.", "Geneva", "CH"),
])
def test_namesake_near_a_government_s_capital_loses(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name]["country"] == country


def test_a_long_list_of_capitals_reads_fast(gazetteer):
    text = ", ".join(["Paris", "Rome", "Madrid"] * 400) + " and Berlin condemned the test."
    find_mentions("Paris and Rome condemned it.", gazetteer=gazetteer)  # (warm the patterns)
    gc.disable()
    try:
        t0 = time.process_time()
        read = find_mentions(text, gazetteer=gazetteer)
        took = time.process_time() - t0
    finally:
        gc.enable()
    assert read and took < 5.0
    # (the list is longer than the reading walks: no name of it is read for a government)
    assert all(m["role"] != "actor" for m in read if m["surface"] == "Rome")


# -- "The <body> of <place>" opening a sentence

@pytest.mark.parametrize("text,name", [
    ("The Bank of England held its main rate on Thursday.", "England"),
    ("The University of Edinburgh said it would close two campuses.", "Edinburgh"),
    ("The Bank of Canada cut rates by a quarter point.", "Canada"),
    ("The Council of Europe sent observers to the vote.", "Europe"),
])
def test_body_of_a_place_opening_a_sentence(gazetteer, text, name):
    read = _read(text, gazetteer)
    assert name not in read or read[name]["role"] not in PLACE_ROLES


@pytest.mark.parametrize("text,name", [
    ("The Gulf of Aden was calm on Monday.", "Gulf of Aden"),
    ("The Court of Appeal in The Hague ruled on Monday.", "The Hague"),
    ("The ships sailed from the Bank of Newfoundland fishing grounds to Halifax.", "Halifax"),
])
def test_place_names_opening_with_the_stay(gazetteer, text, name):
    read = _read(text, gazetteer)
    assert name in read and read[name]["role"] in PLACE_ROLES


# -- clubs named after their town

@pytest.mark.parametrize("text,name", [
    ("Bayern Munich signed a striker from Ajax on Friday.", "Munich"),
    ("Red Star Belgrade fans marched through Novi Sad after the derby.", "Belgrade"),
    ("Paris Saint-Germain hosted Lille on Sunday evening.", "Paris"),
    ("Red Star Belgrade beat Partizan two-nil.", "Belgrade"),
])
def test_club_named_after_its_town(gazetteer, text, name):
    read = _read(text, gazetteer)
    assert name not in read or read[name]["role"] not in PLACE_ROLES


@pytest.mark.parametrize("text,name", [
    ("Floods hit Bayern and Saxony on Monday.", "Bayern"),
    ("Red Star Belgrade fans marched through Novi Sad after the derby.", "Novi Sad"),
    ("The Red Sea port of Hodeidah was shelled overnight.", "Red Sea"),
    ("Paris Saint-Germain hosted Lille on Sunday evening.", "Lille"),
])
def test_places_beside_clubs_stay(gazetteer, text, name):
    read = _read(text, gazetteer)
    assert name in read and read[name]["role"] in PLACE_ROLES


# -- a compass district of a place the index lacks

@pytest.mark.parametrize("text,part,place", [
    ("A Hong Kong trader was charged in the Southern District of New York with evading sanctions.",
     "Southern District", "Hong Kong"),
    ("Prosecutors in the Eastern District of Virginia said the Hong Kong firm shipped chips to Iran.",
     "Eastern District", "Virginia"),
    ("The Hong Kong company was indicted in the Southern District of Florida on Tuesday.",
     "Southern District", "Florida"),
    ("A shell company in Hong Kong was named in a complaint filed in the Northern District of Illinois.",
     "Northern District", "Illinois"),
])
def test_compass_district_of_a_place_abroad_is_no_namesake(gazetteer, text, part, place):
    read = _read(text, gazetteer)
    assert part not in read or read[part]["role"] not in PLACE_ROLES
    assert place in read


@pytest.mark.parametrize("text", [
    "Police patrolled the Southern District of Hong Kong island on Sunday.",
    "Floods hit the Eastern District of Hong Kong on Monday.",
])
def test_compass_district_in_the_place_s_country_stays(gazetteer, text):
    read = _read(text, gazetteer)
    district = next(m for s, m in read.items() if s.endswith("District"))
    assert district["country"] == "HK" and district["role"] in PLACE_ROLES


# -- a feature's word alone qualifying a noun

@pytest.mark.parametrize("text", [
    "Gulf diplomats met in Riyadh on Sunday.",
    "Tokyo and Seoul buy most of their Gulf oil through the strait near Bandar Abbas.",
    "Gulf shrimp prices rose in Houston and New Orleans.",
    "Saudi Arabia and Qatar led the Gulf mediation in Muscat.",
])
def test_feature_word_before_a_noun_is_no_far_province(gazetteer, text):
    gulf = _read(text, gazetteer)["Gulf"]
    assert gulf.get("country") != "PG"


@pytest.mark.parametrize("text", [
    "Floods cut roads in Gulf province, officials in Port Moresby said.",
    "Floods cut roads in Gulf Province near Kerema and Port Moresby.",
])
def test_the_province_named_with_its_kind_word_stays(gazetteer, text):
    gulf = next(m for s, m in _read(text, gazetteer).items() if s.startswith("Gulf"))
    assert gulf["country"] == "PG"
