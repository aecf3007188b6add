"""A hyphenated pair's half is looked up as "X County" (a district) only when the store's trie of
every district's exact forms (kept_answers.district_forms) holds the name asked or its core
(CandidateLookup.no_district_spelled_as): the readings of a half must be those the look-up
without the gate gives, and a name the gate stops must find no district of similarity 1.0."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from geomove.mentions.candidates import _BoundedCache
from geomove.mentions.finder import _Finder
from geomove.mentions.kept_answers import district_forms


class _Kept:
    """A store that holds no answer, only the trie of the districts' forms."""

    def __init__(self, forms):
        self.forms = forms

    def answer(self, name):
        return None

    def kind_answer(self, name, kind):
        return None

    def district_forms(self):
        return self.forms


@pytest.fixture(scope="module")
def forms(gazetteer):
    import marisa_trie
    return marisa_trie.Trie(sorted(district_forms(gazetteer)))


def _gated(gaz, forms):
    finder = _Finder("", gaz)
    finder.cand_cache = _BoundedCache()
    finder.cand_cache.kept = _Kept(forms)
    return finder


def _plain(gaz):
    finder = _Finder("", gaz)
    finder.cand_cache = {}  # (no store: the gate never closes, every look-up is worked out)
    return finder


def _exact_districts(finder, name, kind):
    return [c["gazetteer_id"] for c in finder._filtered_candidates(name, kind)
            if c.get("kind") == "admin2" and c.get("name_similarity") == 1.0]


def _readings(finder, word):
    return [(c.get("gazetteer_id"), c.get("name_similarity"), c.get("kind")) for c in finder._pair_readings(word)]


@pytest.fixture(scope="module")
def district_names(gazetteer):
    """Own names of the index's districts, spread over its places table, and their first words."""
    names = [n for (n,) in gazetteer.db.execute(
        "SELECT name FROM places WHERE kind = 'admin2' AND rowid % 97 = 0 LIMIT 300") if n]
    return names + [n.split()[0] for n in names if " " in n]


# our own halves of hyphenated pairs: counties called after a town, and words that name none
_OWN = ["Middlesex", "Fairfax", "Harris", "Orange", "Kent", "Reuters", "Parliament", "Tuesday",
        "Donetsk", "Gaza", "Brigade", "Nairobi", "Kherson", "Loudoun", "Monmouth"]


def test_no_store_no_gate(gazetteer):
    assert not _plain(gazetteer).no_district_spelled_as("Reuters County")


def test_the_gate_stops_words_that_name_no_district_and_passes_counties(gazetteer, forms):
    finder = _gated(gazetteer, forms)
    assert finder.no_district_spelled_as("Reuters County")
    assert finder.no_district_spelled_as("Parliament County")
    assert not finder.no_district_spelled_as("Fairfax County")
    assert not finder.no_district_spelled_as("Harris County")


def test_the_readings_of_our_halves_are_those_without_the_gate(gazetteer, forms):
    gated, plain = _gated(gazetteer, forms), _plain(gazetteer)
    stopped = 0
    for word in _OWN:
        stopped += gated.no_district_spelled_as(f"{word} County")
        assert _readings(gated, word) == _readings(plain, word), word
    assert stopped >= 3


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_name_the_gate_stops_finds_no_district_spelled_so(gazetteer, forms, district_names, data):
    name = data.draw(st.sampled_from(district_names + _OWN))
    if data.draw(st.booleans()):
        name += " County"
    kind = data.draw(st.sampled_from(["admin2", None]))
    if _gated(gazetteer, forms).no_district_spelled_as(name):
        assert _exact_districts(_plain(gazetteer), name, kind) == [], name


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_pair_readings_with_the_gate_are_those_without(gazetteer, forms, district_names, data):
    word = data.draw(st.sampled_from(district_names + _OWN))
    assert _readings(_gated(gazetteer, forms), word) == _readings(_plain(gazetteer), word), word


def test_the_forms_hold_every_district_s_own_name(gazetteer, forms, district_names):
    finder = _gated(gazetteer, forms)
    own = {n for (n,) in gazetteer.db.execute("SELECT name FROM places WHERE kind = 'admin2' AND rowid % 97 = 0")}
    for name in district_names:
        if name not in own:
            continue  # (a first word of a district's name: a district's form or not)
        assert not finder.no_district_spelled_as(name), name
