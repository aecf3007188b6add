"""read.country_epithet: a country told again by a description ("the Caribbean nation") is the
country told last before it that the description does not contradict; near misses read none."""

import pytest

from geomove.mentions import find_mentions
from geomove.read.book import place_book
from geomove.read.country_epithet import country_epithets


def _read(text, gazetteer):
    book = place_book(gazetteer)
    why = []
    return country_epithets(text, find_mentions(text, gazetteer=gazetteer), book, why), why


def _told(mentions, text, phrase):
    at = text.index(phrase)
    return [m for m in mentions if m["start"] == at and m["end"] == at + len(phrase)]


@pytest.mark.parametrize("text, phrase, country", [
    ("Kenya sent police to Haiti. The officers reached the Caribbean nation in June.", "the Caribbean nation", "HT"),
    ("Troops left Mali. The West African country was quiet.", "The West African country", "ML"),
    ("Turkey moved troops into Syria. Convoys crossed into the war-torn country at Kilis.", "the war-torn country", "SY"),
    # (the region word passes over Chad, told last, for Haiti)
    ("Haiti and Chad asked for help. Police flew to the Caribbean nation.", "the Caribbean nation", "HT"),
    ("Warships docked in Bahrain. They left the Gulf state on Monday.", "the Gulf state", "BH"),
    # (not the United States of "US troops": a name said of a force, as a demonym is)
    ("Turkey moved troops into Syria. US troops entered the war-torn country.", "the war-torn country", "SY"),
    ("Syria asked for help. US air defence units reached the war-torn country.", "the war-torn country", "SY"),
    # (a name followed by "to help troops" is told as a country: the run of words ends at "to")
    ("Kenya sent police to Haiti to help troops. Police reached the Caribbean nation.", "the Caribbean nation", "HT"),
])
def test_the_country_told_before(text, phrase, country, gazetteer):
    mentions, why = _read(text, gazetteer)
    told = _told(mentions, text, phrase)
    assert [m["country"] for m in told] == [country] and told[0]["kind"] == "country"
    assert any("read.country_epithet" in w for w in why)


@pytest.mark.parametrize("text, phrase", [
    ("The officers were deployed to the Caribbean nation in June.", "the Caribbean nation"),  # none told before
    ("Rwandan soldiers entered the central African country.", "the central African country"),  # a demonym only
    ("Mali asked for help. Troops flew to the Caribbean nation.", "the Caribbean nation"),  # Mali is not Caribbean
    ("Nigeria sent troops to Niger. The restive state was calm.", "The restive state"),  # a state without a region word
])
def test_no_country_told(text, phrase, gazetteer):
    mentions, _ = _read(text, gazetteer)
    at = text.index(phrase)
    assert not [m for m in mentions if m["start"] >= at and m["end"] <= at + len(phrase) and m.get("kind") == "country"]


@pytest.mark.parametrize("text", [
    "Haiti asked the United Nations for help and nation-building began across the country.",
    "Qatar sent jets to the Gulf on Monday, and the Gulf states met.",
    "Oman hosts ships. The Gulf state of Qatar sent jets.",
    "Nigeria sent 300 soldiers to Gambia. The host nation welcomed them.",
])
def test_near_misses_read_none(text, gazetteer):
    mentions, why = _read(text, gazetteer)
    assert not why
    assert mentions == find_mentions(text, gazetteer=gazetteer)


def test_the_phrases_are_those_the_pattern_finds_in_the_whole_text():
    # (country_epithet._phrases tries the pattern only just before a head noun: the same matches as
    # a search of the whole text, on texts of our own with nouns inside words, line breaks, commas)
    from hypothesis import given, settings, strategies as st

    from geomove.read import country_epithet as ce

    pieces = ["the", "The", "Caribbean", "war-torn", "landlocked,", "nation", "country", "state", "kingdom", "sultanate",
              "statement", "nationwide", "Gulf", "West African", "of", "Mali", "'s", "-building",
              "international", "other", "\n", "  ", ",", "."]

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(pieces), max_size=30), st.lists(st.sampled_from([" ", "", "\n"]), min_size=30, max_size=30))
    def same(words, gaps):
        text = "".join(w + g for w, g in zip(words, gaps))
        assert [m.span() for m in ce._phrases(text)] == [m.span() for m in ce._PHRASE.finditer(text)], text

    same()


@pytest.mark.parametrize("text, phrase, country", [
    # (a form of government the country has: country_forms.json)
    ("Saudi Arabia asked for help. US jets flew to the oil-rich kingdom.", "the oil-rich kingdom", "SA"),
    ("Oman hosts the talks. Warships docked in the Gulf sultanate.", "the Gulf sultanate", "OM"),
    ("Kuwait asked for help. Batteries moved to the small emirate.", "the small emirate", "KW"),
    # (a country not listed is a republic)
    ("Chad asked for help. Troops flew to the landlocked republic.", "the landlocked republic", "TD"),
    # (an island country, told first, over India told last)
    ("Sri Lanka asked India for help. Ships sailed to the island nation.", "the island nation", "LK"),
    # (s53 gaz103: a federal Commonwealth realm is a monarchy, the Factbook's Government type)
    ("Canada sent help. Planes flew to the vast monarchy.", "the vast monarchy", "CA"),
])
def test_the_noun_fits_the_country(text, phrase, country, gazetteer):
    mentions, why = _read(text, gazetteer)
    assert [m["country"] for m in _told(mentions, text, phrase)] == [country]


@pytest.mark.parametrize("text, phrase", [
    ("Qatar asked for help. US jets flew to the oil-rich kingdom.", "the oil-rich kingdom"),  # an emirate, a republic
    ("Morocco asked for help. Marines flew to the small republic.", "the small republic"),  # a kingdom
    ("Chad asked France for help. Troops flew to the island nation.", "the island nation"),  # no island country
    ("Jamaica asked for help. Troops flew to the island republic.", "the island republic"),  # a Commonwealth realm
    # (s53 gaz103: rows checked against the Factbook; neither a federation nor "State of Eritrea"
    # says republic)
    ("Russia sent help. Troops flew to the vast republic.", "the vast republic"),
    ("Eritrea sent help. Troops flew to the small republic.", "the small republic"),
])
def test_a_noun_that_does_not_fit_reads_nothing(text, phrase, gazetteer):
    mentions, why = _read(text, gazetteer)
    at = text.index(phrase)
    assert not [m for m in mentions if m["start"] >= at and m["end"] <= at + len(phrase) and m.get("kind") == "country"]
    assert any("no country told before it that it fits" in w for w in why)


@pytest.mark.parametrize("text, phrase, country, role", [
    ("Qatar agreed. A frigate sailed to the Gulf state's main port.", "the Gulf state", "QA", "place"),
    ("Chad sent troops to Sudan. The war-torn country's army moved to Adre.", "The war-torn country", "SD", "actor"),
    ("Chad sent troops to Sudan. The war-torn country’s own soldiers moved to Adre.", "The war-torn country", "SD", "actor"),
])
def test_a_description_owning_what_follows(text, phrase, country, role, gazetteer):
    mentions, _ = _read(text, gazetteer)
    told = _told(mentions, text, phrase)
    assert [(m["country"], m["role"]) for m in told] == [(country, role)]
    # (its region word is no place of its own: not the Gulf)
    at = text.index(phrase)
    assert [m for m in mentions if at <= m["start"] < at + len(phrase)] == told


def test_the_forms_table_is_well_formed():
    from geomove.read.data_files import read_data

    forms = read_data("country_forms.json")
    nouns = set(forms["nouns"])
    for cc, row in forms["forms"].items():
        assert len(cc) == 2 and cc.isupper()
        assert set(row["forms"]) <= nouns
        assert row["source"] and all(u.startswith("https://") for u in row["source"])
    assert all(len(cc) == 2 and cc.isupper() for cc in forms["islands"])
    epithet = read_data("country_epithet.json")
    assert nouns <= set(epithet["nouns"]) and set(forms["island_words"]) <= set(epithet["words"])
