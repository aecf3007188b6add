"""A word written as one ("Beledweyne" of "Beled Weyne") is looked up, ranked, only when some
row of its key is spelled so or the look-up would go on to other keys
(NamesWrittenApart._spelled_so_in_its_key): the towns found must be those the full look-up
finds."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from geomove.mentions.finder import _Finder
from geomove.mentions.written_apart import NamesWrittenApart


def _finder(gaz):
    finder = _Finder("", gaz)
    finder.cand_cache = {}  # (a private cache: no store, every answer worked out live)
    return finder


def _towns_in_full(finder, joined, one_word=True):
    """_towns_spelled without the gate: every joined key looked up and ranked."""
    gate = NamesWrittenApart._spelled_so_in_its_key
    try:
        NamesWrittenApart._spelled_so_in_its_key = lambda self, joined: True
        return finder._towns_spelled(joined, "written apart", one_word=one_word)
    finally:
        NamesWrittenApart._spelled_so_in_its_key = gate


@pytest.fixture(scope="module")
def spellings(gazetteer):
    return _index_spellings(gazetteer)


def _index_spellings(gaz, n=200):
    total = gaz.db.execute("SELECT count(*) FROM names").fetchone()[0]
    step = max(1, total // n)
    return [r[0] for r in (gaz.db.execute("SELECT name FROM names LIMIT 1 OFFSET ?", (i * step,)).fetchone()
                           for i in range(n)) if r and r[0]]


# our own joined words: towns written as one, two words of a person or a thing run together, an
# article written on
_OWN = ["Beledweyne", "Ceelbuur", "Pétionville", "Elwak", "Thedarwin", "Birdflu", "Janeharlow",
        "Montroyal", "Newyork", "Sanjose", "Alqaim", "Portsudan", "Tonysmith", "Redriver"]


def test_the_gate_passes_the_towns_written_as_one(gazetteer):
    finder = _finder(gazetteer)
    found = [w for w in _OWN if finder._towns_spelled(w, "written apart")]
    assert "Beledweyne" in found
    for w in _OWN:
        assert finder._towns_spelled(w, "written apart") == _towns_in_full(_finder(gazetteer), w), w


def test_the_gate_stops_a_key_spelled_otherwise(gazetteer):
    # "Birdflu" shares a key with some row (else it is not asked at all) but no row is spelled
    # so: no ranked look-up, and the full look-up finds no town either
    finder = _finder(gazetteer)
    stopped = [w for w in _OWN if finder._joined_is_a_key(w) and not finder._spelled_so_in_its_key(w)]
    assert stopped
    for w in stopped:
        assert _towns_in_full(_finder(gazetteer), w) == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_towns_spelled_with_the_gate_are_those_of_the_full_look_up(gazetteer, spellings, data):
    a = data.draw(st.sampled_from(spellings))
    b = data.draw(st.sampled_from(spellings + [""]))
    joined = (a.replace(" ", "") + b.lower().replace(" ", "")) if data.draw(st.booleans()) else a
    one_word = data.draw(st.booleans())
    got = _finder(gazetteer)._towns_spelled(joined, "written apart", one_word=one_word)
    assert got == _towns_in_full(_finder(gazetteer), joined, one_word), joined
