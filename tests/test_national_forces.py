"""read.national_forces: the names of one state's force, each with its source. Our own sentences."""

import json
from importlib import resources

import pytest

from geomove.read.national_forces import COUNTRY_OF_FORCE, force_state


def test_every_force_has_a_country_and_a_source():
    data = json.loads(resources.files("geomove.read").joinpath("national_forces.json").read_text(encoding="utf-8"))
    for force in data["forces"]:
        assert len(force["country"]) == 2 and force["country"].isupper()
        assert "wikipedia.org/wiki/" in force["source"] and force["names"]


@pytest.mark.parametrize("words, found", [
    ("The IDF's Golani Brigade", ("IDF", "IL")),
    ("About 500 KDF soldiers", ("KDF", "KE")),
    ("units of the People's Liberation Army", ("People's Liberation Army", "CN")),
    ("Bundeswehr engineers", ("Bundeswehr", "DE")),
])
def test_a_named_force_gives_its_state(words, found):
    assert force_state(words) == found


@pytest.mark.parametrize("words", ["explained the idf", "a SANDFORD unit", "Idfs", "the PLA-backed militia", None])
def test_no_state_from_a_part_of_a_word_or_another_case(words):
    assert force_state(words) is None


def test_no_name_stands_for_two_states():
    data = json.loads(resources.files("geomove.read").joinpath("national_forces.json").read_text(encoding="utf-8"))
    names = [n for force in data["forces"] for n in force["names"]]
    assert len(names) == len(set(names)) == len(COUNTRY_OF_FORCE)
