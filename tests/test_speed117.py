"""Session 51 (speed117): a place's kind and country code are one shared, interned string each,
whichever source made the place (a key's blob, the join of names and places, the ranked
candidates, an answer kept as marshal bytes, the built-in areas), so that the later passes'
``kind in ("city", "town", ...)`` and ``country == "UA"`` succeed on identity. Values unchanged."""

import marshal
import sys

from hypothesis import given
from hypothesis import strategies as st

from geomove.areas import area_place
from geomove.gazetteer import _SHARED, Gazetteer

NAMES = ("Kharkiv", "Paris", "Goma", "Aleppo", "Mosul")
CITY = "city"  # (a code constant: interned)


def _shared(place: dict) -> bool:
    """Are the place's kind and country the interned objects (None where it has none)?"""
    return all(v is None or (type(v) is str and v is sys.intern(v)) for v in (place["kind"], place["country"]))


def test_rows_of_a_key_blob_carry_shared_strings(gazetteer):
    places = [p for n in NAMES for p in gazetteer.lookup(n)]
    assert places and any(p["kind"] == "city" for p in places)
    assert all(_shared(p) for p in places)
    # (the code's own constants are the same objects)
    assert any(p["kind"] is CITY for p in places)


def test_rows_of_the_join_carry_shared_strings(gazetteer):
    joined = Gazetteer(gazetteer.path)
    joined._key_rows = False  # (no blobs: every key joins names and places)
    places = [p for n in NAMES for p in joined.lookup(n)]
    assert places
    assert all(_shared(p) for p in places)
    # same values as the blobs give
    assert [(p["kind"], p["country"]) for p in places] == \
        [(p["kind"], p["country"]) for n in NAMES for p in gazetteer.lookup(n)]


def test_ranked_candidates_carry_shared_strings(gazetteer):
    for n in NAMES:
        cands = gazetteer.candidates(n, limit=20, parse_raw=False)
        assert cands
        assert all(_shared(c) for c in cands)


def test_kept_answers_keep_them_through_marshal(gazetteer):
    """The store of kept answers holds marshal bytes of candidate lists: interned strings are
    written as interned and come back as the same objects."""
    for n in NAMES:
        back = marshal.loads(marshal.dumps(gazetteer.candidates(n, limit=20, parse_raw=False), 4))
        assert back and all(_shared(c) for c in back)


def test_built_in_areas_carry_shared_strings():
    for surface in ("Donbas", "Sahel", "Danube"):
        place = area_place(surface)
        assert place is not None and _shared(place)


@given(st.one_of(st.none(), st.text(max_size=12), st.integers()))
def test_shared_strings_keep_the_value(value):
    fresh = "".join(value) if isinstance(value, str) else value  # (a new object of the same text)
    out = _SHARED[fresh]
    assert out == value and type(out) is type(value)
    if isinstance(value, str):
        assert out is sys.intern(fresh) and _SHARED[value] is out
    else:
        assert out is fresh
