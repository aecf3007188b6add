"""gaz58: names the index lacks that the words around them tell a place (kinds of the errors on
the toponym corpora, s36; every sentence here is written for these tests).

- A part of a place told by its kind word and its holder: 'the Hodan district of Mogadishu',
  "Tripoli's Abu Salim district", 'the village of Ngangi in Masisi territory'. The index lacks the
  part; the words still say a place is named there, so the name is a place mention (without a
  point: a part is no answer of its holder's; as 'Mansour, a district of Baghdad' before).
- A name the index lacks written before its holder after a comma, behind a word of place: 'in
  Bulengo, Goma', 'near Kharbeh, Syria'. A place as well, without a point.

Since gaz60 (s37) such a place told inside its holder stands at the holder's point, marked
approximate (tests/test_s37_gaz60.py): here it is told by having no gazetteer row of its own
(``gazetteer_id`` None), where it was told by having no point.

Near misses: the same shapes around words that are no names of places ('Speaking in Parliament,
Kenya's minister', "Kenya's Ruto government", 'the City of Light').
"""

import pytest

from geomove.mentions import find_mentions
from placing import places_by_surface


def _mentions(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


# --- a part of a place the index lacks, told by its kind word and its holder ----------------------

@pytest.mark.parametrize("text,part,holder,country", [
    # before: no mention of the part at all (the holder alone was read)
    ("Militia gunmen stormed the Hay al-Jihad district of Baghdad overnight.", "Hay al-Jihad", "Baghdad", "IQ"),
    ("Heavy fighting was reported in Tripoli's Abu Salim district on Sunday.", "Abu Salim", "Tripoli", "LY"),
    ("A drone struck a house in the Ndosho neighbourhood of Goma.", "Ndosho", "Goma", "CD"),
    ("Al-Shabaab fighters entered Mogadishu's Daynile district at dusk.", "Daynile", "Mogadishu", "SO"),
    ("Soldiers torched the village of Ngangi in Masisi territory.", "Ngangi", "Masisi", "CD"),
    ("Junta troops burned the village of Pyigyidagun near Mandalay.", "Pyigyidagun", "Mandalay", "MM"),
])
def test_part_the_index_lacks_is_a_place(gazetteer, text, part, holder, country):
    found = places_by_surface(text, gazetteer)
    assert part in found, sorted(found)
    assert found[part]["gazetteer_id"] is None and found[part]["role"] == "place"
    assert found[holder]["country"] == country  # the holder keeps its reading


@pytest.mark.parametrize("text,name", [
    # no holder named: still the words say a village is named (opening a sentence too)
    ("Jihadists attacked the village of Yirgou before dawn, killing six.", "Yirgou"),
    ("The village of Ngangi was emptied by the fighting.", "Ngangi"),
    ("The Wadajir district of Mogadishu saw heavy shelling.", "Wadajir"),
])
def test_a_village_named_alone_is_a_place(gazetteer, text, name):
    found = places_by_surface(text, gazetteer)
    assert name in found and found[name]["gazetteer_id"] is None


@pytest.mark.parametrize("text,word", [
    # near misses: a possessive or a kind word before words that are no part of a place
    ("Kenya's Ruto government sent police to Haiti.", "Ruto"),
    ("Tourists call Paris the City of Light.", "Light"),
    ("Ukraine's Zelensky administration asked for more air defence.", "Zelensky"),
])
def test_near_misses_of_a_part(gazetteer, text, word):
    assert not any(word in m["surface"] and m["role"] == "place" and m["gazetteer_id"] is None
                   for m in find_mentions(text, gazetteer=gazetteer)), text


# --- a name the index lacks, then its holder after a comma -----------------------------------------

@pytest.mark.parametrize("text,name,holder,country", [
    # before: no mention of the name (the holder alone was read)
    ("Clashes broke out in Bulengo, Goma, late on Friday.", "Bulengo", "Goma", "CD"),
    ("Gunmen opened fire on a market in Gargaresh, Tripoli, on Monday.", "Gargaresh", "Tripoli", "LY"),
    ("Artillery hit homes near Kharbeh, Syria, at dawn.", "Kharbeh", "Syria", "SY"),
    ("Displaced families reached Kanyaruchinya, North Kivu, by truck.", "Kanyaruchinya", "North Kivu", "CD"),
    ("Marines landed at Wadajir, Somalia; others waited offshore.", "Wadajir", "Somalia", "SO"),
    # a weekday right after the holder ('in X, Y Wednesday evening')
    ("Gunmen struck a market in Gargaresh, Tripoli Wednesday evening.", "Gargaresh", "Tripoli", "LY"),
    # items of a list told apart by semicolons, each with its holder
    ("Outbreaks were reported in Kampot, Cambodia; Ngangi, Congo; and Yirgou, Burkina Faso.", "Ngangi", "Congo", None),
    ("Outbreaks were reported in Kampot, Cambodia; Ngangi, Congo; and Yirgou, Burkina Faso.", "Yirgou", "Burkina Faso", "BF"),
])
def test_name_before_its_holder_is_a_place(gazetteer, text, name, holder, country):
    found = places_by_surface(text, gazetteer)
    assert name in found, sorted(found)
    assert found[name]["gazetteer_id"] is None and found[name]["role"] == "place"
    if country:
        assert found[holder]["country"] == country


@pytest.mark.parametrize("text,word", [
    # near misses: a word before a comma and a place that is no place itself
    ("Speaking in Parliament, Kenya's defence minister said the troops would stay.", "Parliament"),
    ("In January, Mali asked the French force to leave.", "January"),
    ("At Christmas, Ukraine's army held the line.", "Christmas"),
    ("The interview took place in Arabic, Iraq's main language.", "Arabic"),
    ("According to Reuters, Niger closed its border.", "Reuters"),
    ("According to Ndayishimiye, Burundi will keep its troops in Uvira.", "Ndayishimiye"),
    ("Mr Kabore said so. According to Kabore, Ouagadougou is calm.", "Kabore"),
    ("Aid reached Goma, Rutshuru and Kiwanja on Monday.", "Kiwanja, Rutshuru"),
    ("The talks ended; Tshisekedi, Kenya's envoy and the rebels signed.", "Tshisekedi"),
    ("The convoy left; Monday, Goma was quiet.", "Monday"),
    ("The brigade reached Ngangi, Kinshasa said on Monday.", "Ngangi"),
])
def test_near_misses_of_a_name_before_a_holder(gazetteer, text, word):
    got = _mentions(text, gazetteer)
    assert not (word in got and got[word]["role"] == "place" and got[word]["gazetteer_id"] is None), text


# --- the same name again, bare: one place through the text ------------------------------------------

@pytest.mark.parametrize("text,name,count", [
    # before: only the first, told a place by its kind word, was a mention (the rest none)
    ("Rebels burned the village of Ngangi on Monday. By Tuesday the survivors had left Ngangi for Goma.", "Ngangi", 2),
    ("Police sealed off the Hay al-Jihad district of Baghdad. Residents of Hay al-Jihad said shops stayed shut.",
     "Hay al-Jihad", 2),
    ("Fighting reached Bulengo, Goma, on Friday. Aid workers in Bulengo counted 40 dead; Bulengo's clinic closed.",
     "Bulengo", 3),
    ("In Tripoli's Gargaresh district, militias clashed. Gargaresh was calm by noon.", "Gargaresh", 2),
])
def test_name_told_a_place_is_one_place_through_the_text(gazetteer, text, name, count):
    got = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == name]
    assert len(got) == count and all(m["role"] == "place" and m["gazetteer_id"] is None for m in got), got


@pytest.mark.parametrize("text,name", [
    # near misses: the name again inside a person's name or a longer name
    ("Militiamen shelled the village of Bwambale. Joseph Bwambale, a farmer, fled with his family.", "Bwambale"),
    ("Troops entered the village of Ngangi. Ngangi Road was blocked by trucks.", "Ngangi"),
    ("Fighters held the village of Kisimba. Mr Kisimba, its chief, fled.", "Kisimba"),
])
def test_name_again_inside_another_name(gazetteer, text, name):
    second = text.index(name, text.index(name) + 1)
    assert not any(m["start"] == second for m in find_mentions(text, gazetteer=gazetteer))


def test_possessive_after_the_name_is_no_part_of_it(gazetteer):
    found = places_by_surface("Gunmen raided the village of Ngangi's market at dawn.", gazetteer)
    assert "Ngangi" in found and "Ngangi's" not in found


# --- 'the village of X in Y': X read in another country than Y -------------------------------------

@pytest.mark.parametrize("text,name,wrong", [
    # before: the namesake abroad (Seychelles, Egypt's Sinai, Jerusalem by 'Salem', India's Kallam)
    ("Gunmen hit the village of Victoria in Khost province.", "Victoria", "SC"),
    ("Fighting reached the village of Sinai in Idlib province.", "Sinai", "EG"),
    ("Army units reached the town of Salem in Kordofan.", "Salem", "IL"),
    ("Soldiers patrolled the town of Kalam in Swat district.", "Kalam", "IN"),
])
def test_settlement_in_an_area_not_read_abroad(gazetteer, text, name, wrong):
    found = places_by_surface(text, gazetteer)
    assert name in found, sorted(found)  # (the text names a place: it stays, without a point)
    assert found[name]["country"] != wrong and found[name]["gazetteer_id"] is None


@pytest.mark.parametrize("text,name,country", [
    # twins: a reading in the area the text names stays
    ("Rebels seized the town of Kalemie in Tanganyika province.", "Kalemie", "CD"),
    ("Soldiers entered the town of Bama in Borno State.", "Bama", "NG"),
    ("Troops reached the town of Kramatorsk in the Donbas.", "Kramatorsk", "UA"),
    ("Police reached the city of Victoria in British Columbia.", "Victoria", "CA"),
    ("Marines secured the town of Salem in Massachusetts.", "Salem", "US"),
])
def test_settlement_in_an_area_kept(gazetteer, text, name, country):
    assert places_by_surface(text, gazetteer)[name]["country"] == country


# --- 'in X, <province>': no reading of X in the province written bare after it ---------------------

@pytest.mark.parametrize("text,name,wrong", [
    # before: the namesake abroad (India's Tura, Dover in Ohio)
    ("Militants struck Tura, Borno, overnight.", "Tura", "IN"),
    ("Troops arrived in Dover, Ontario, by road.", "Dover", "US"),
    ("Soldiers patrolled in Kalam, Khyber Pakhtunkhwa, at dawn.", "Kalam", "IN"),
])
def test_town_before_a_bare_province_not_read_abroad(gazetteer, text, name, wrong):
    found = places_by_surface(text, gazetteer)
    assert name not in found or (found[name]["gazetteer_id"] is None and found[name]["country"] != wrong), found.get(name)


def test_town_before_a_bare_province_stays_a_place(gazetteer):
    # the word of place before it says a place is named: kept without a point
    found = places_by_surface("Militants struck Tura, Borno, overnight.", gazetteer)
    assert "Tura" in found and found["Tura"]["gazetteer_id"] is None


@pytest.mark.parametrize("text,name,country", [
    # twins: a reading in the province written after it stays
    ("Rangers moved to Kingston, Ontario, and on to Riga.", "Kingston", "CA"),
    ("Guardsmen deployed to Moscow, Idaho.", "Moscow", "US"),
    ("Marines flew to Paris, Texas.", "Paris", "US"),
    ("Soldiers returned to Bama, Borno, on Monday.", "Bama", "NG"),
])
def test_town_before_a_bare_province_kept(gazetteer, text, name, country):
    assert places_by_surface(text, gazetteer)[name]["country"] == country
