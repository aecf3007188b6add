"""The look-ups of a name with a kind word's kind made cheaper (speed109): a river's kind is
answered by the built-in areas alone, without the index's rows it used to read and drop."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.areas import AREA_BY_PLAIN, area_place
from geomove.mentions.finder import _Finder


def _live(gaz, name, kind=None):
    finder = _Finder("", gaz)
    finder.cand_cache = {}  # (a private cache: no store, every answer worked out live)
    return finder._filtered_candidates(name, kind)


def _index_spellings(gaz, n=300):
    total = gaz.db.execute("SELECT count(*) FROM names").fetchone()[0]
    step = max(1, total // n)
    return [r[0] for r in (gaz.db.execute("SELECT name FROM names LIMIT 1 OFFSET ?", (i * step,)).fetchone()
                           for i in range(n)) if r and r[0]]


@pytest.fixture(scope="module")
def spellings(gazetteer):
    # the index's own spellings, the built-in areas' names (rivers among them) and names of our
    # own: rivers that share their name with a city or a province, a 'G' spelling of a qaf
    areas = sorted({hit[1] for hit in AREA_BY_PLAIN.values()})
    return _index_spellings(gazetteer) + areas + ["Dnipro", "Amur", "Don", "Jordan", "Gasr", "Orange", "Congo"]


# ---------------------------------------------------------------- a river's kind

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_name_asked_as_a_river_finds_only_a_built_in_river(gazetteer, spellings, data):
    # "the Dnipro river" is the river, never the city: whatever rows of the index the name's key
    # holds, the answer is the built-in river of the name, or nothing
    name = data.draw(st.sampled_from(spellings))
    answer = _live(gazetteer, name, "river")
    area = area_place(name, river=True)
    assert answer == ([area] if area else []), name
    assert all(c["gazetteer_id"].startswith("geomove-area:") and c["kind"] == "river" for c in answer)


def test_a_river_that_shares_its_name_with_a_city_is_the_river(gazetteer):
    # (the index holds a city of the name, found without the kind; asked as a river, the area)
    city = [c for c in _live(gazetteer, "Dnipro") if c.get("kind") in ("city", "town")]
    assert city
    river = _live(gazetteer, "Dnipro", "river")
    assert [c["kind"] for c in river] == ["river"] and river[0]["gazetteer_id"].startswith("geomove-area:")
    rows = gazetteer.candidates("Dnipro", kind="river", limit=40, fuzzy=False)
    assert rows and not any(r["gazetteer_id"].startswith("geomove-area:") for r in rows)
