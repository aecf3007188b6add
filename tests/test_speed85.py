"""s44 speed85: the ranking asks whether a name is only another of a world city's names
(mentions.context._read_by_another_name, session 43) only of names with a settlement reading
known at least WORLD_CITY_IMPORTANCE, a flag set while the name's readings are read once.

The gate is sound only while no reading less known than that can be such a city: these tests
fail if _by_another_name_of_geonames ever answers True for a lesser reading (then the flag in
ContextRanking._rank_in_context must follow it). The answers themselves are held by
tests/test_s43_gaz72.py (Salem, Ariel, al-Quds, Madras) and the baseline.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.gazetteer.ranking import WORLD_CITY_IMPORTANCE
from geomove.mentions import find_mentions
from geomove.mentions import context
from geomove.mentions.context import _SETTLEMENT_KINDS, _by_another_name_of_geonames, _read_by_another_name

_NAMES = ("Salem", "Jerusalem", "Ariel", "Sālim", "Madras", "Chennai", "Bara", "Bārah", "al-Quds", None)
_KINDS = ("city", "town", "village", "admin2", "admin1", "country", "base", "crossing")

_reading = st.fixed_dictionaries({
    "name": st.sampled_from(_NAMES),
    "kind": st.sampled_from(_KINDS),
    "importance": st.one_of(st.none(), st.floats(min_value=0.0, max_value=1.0)),
    "gazetteer_id": st.sampled_from(("geonames:281184", "curated:salim", "natural-earth:1", None)),
})


@settings(max_examples=300, deadline=None)
@given(c=_reading, core=st.sampled_from(("salem", "ariel", "al-quds", "madras", "bara")))
def test_only_a_reading_known_as_a_world_city_is_read_by_another_name(c, core):
    if _by_another_name_of_geonames(c, core):
        assert (c["importance"] or 0.0) >= WORLD_CITY_IMPORTANCE


@settings(max_examples=300, deadline=None)
@given(readings=st.lists(st.tuples(_reading, st.booleans()), max_size=6),
       core=st.sampled_from(("salem", "ariel", "al-quds", "madras", "bara")))
def test_a_name_without_a_famous_settlement_is_never_read_by_another_name(readings, core):
    # rows as the ranking builds them: (reading, get, distance key or None, lat, kind)
    rows = [(c, c.get, ("ctx", 1.0, 2.0, 0.0) if measured else None, 1.0, c["kind"]) for c, measured in readings]
    famous_settlement = any(key is not None and (c["importance"] or 0.0) >= WORLD_CITY_IMPORTANCE
                            and kind in _SETTLEMENT_KINDS for c, _get, key, _lat, kind in rows)
    if not famous_settlement:
        assert not _read_by_another_name(rows, core)


def _asks(text, gazetteer, monkeypatch):
    asked = []
    real = context._read_by_another_name

    def counted(rows, core):
        asked.append(core)
        return real(rows, core)

    monkeypatch.setattr(context, "_read_by_another_name", counted)
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    return asked, found


def test_names_of_small_towns_only_are_not_asked(gazetteer, monkeypatch):
    # (Malian towns of a few thousand people: no reading of either name is a world city)
    asked, found = _asks("Soldiers drove from Tessalit to Aguelhok on Monday.", gazetteer, monkeypatch)
    assert asked == [] and "Tessalit" in found


def test_a_name_with_a_world_city_reading_is_asked_and_read_as_before(gazetteer, monkeypatch):
    # (Salem: GeoNames lists it among Jerusalem's old names; the village among the text's places
    # bears it as its own, tests/test_s43_gaz72)
    asked, found = _asks("JENIN, West Bank - Israeli armoured jeeps withdrew from the refugee camp before dawn "
                         "and drove back to their base at Salem.", gazetteer, monkeypatch)
    assert "salem" in asked
    assert found["Salem"]["name"] == "Sālim"
