"""The look-ups of a name with a kind word's kind that the store of kept answers now spares
(speed109): a river's kind is answered by the built-in areas alone, without the index's rows it
used to read and drop; and the own names of towns, cities, provinces and countries asked with the
kinds news writes after them (a city as a town, an airfield or a district, a province as a city)
are kept (kept_answers.ASKED_AS), each the answer worked out live."""

from contextlib import closing

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.areas import AREA_BY_PLAIN, area_place
from geomove.gazetteer import Gazetteer
from geomove.mentions import kept_answers
from geomove.mentions.finder import _Finder
from geomove.names import name_key

from sqlite_files import connected

LEAST = 0.7  # (a small store: the places of importance 0.7 or more, ~3,000 pairs)


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


# ---------------------------------------------------------------- places asked with another kind than their own

@pytest.fixture(scope="module")
def store(gazetteer, tmp_path_factory):
    # only the pairs of ASKED_AS (no words, no famous names, no own-kind or spelled pairs)
    path = kept_answers.build(gazetteer.path, 0, path=tmp_path_factory.mktemp("kept109") / "answers",
                              user_places=gazetteer.user_places, famous=None, empty_upto=0,
                              own_kinds=(), own_least=LEAST, spelled_kinds=())
    assert path is not None and path.is_file()
    with connected(path) as db:
        pairs = sorted((n, k) for n, k in db.execute("SELECT name, kind FROM kind_answers"))
    return path, pairs


def _own_names(gaz, kind, least):
    return {n for (n,) in gaz.db.execute("SELECT name FROM places WHERE kind = ? AND importance >= ?", (kind, least))}


def test_the_settlements_and_units_are_kept_with_the_kinds_news_asks_them(gazetteer, store):
    path, pairs = store
    want = {(n, k) for n, k in kept_answers.asked_as_names(gazetteer, least=LEAST)
            if name_key(n) and gazetteer.has_key(name_key(n))}
    assert set(pairs) == want and len(pairs) > 100
    assert {k for _, k in pairs} == {"town", "airfield", "city", "admin2"}
    cities, towns = _own_names(gazetteer, "city", LEAST), _own_names(gazetteer, "town", LEAST)
    provinces, countries = _own_names(gazetteer, "admin1", LEAST), _own_names(gazetteer, "country", LEAST)
    asked_as = {kind: {n for n, k in pairs if k == kind} for kind in ("town", "airfield", "city", "admin2")}
    assert asked_as["town"] & cities and asked_as["town"] & towns  # ('the Garissa town')
    assert asked_as["airfield"] <= cities  # ('Cairo airport': the city's name, the airport's kind)
    assert asked_as["city"] & countries and asked_as["city"] & provinces  # ('a Burkina Faso city')
    assert asked_as["admin2"] & provinces and asked_as["admin2"] & cities  # ('the Ituri district')
    assert not asked_as["city"] & (cities - provinces - countries)  # (a city's own kind: OWN_KINDS)


def test_the_rule_s_least_importance(gazetteer):
    # a town below ASKED_AS's 0.5 is not kept as a town (unless another place of its name
    # is kept so); a city of any importance is kept as an airfield
    pairs = kept_answers.asked_as_names(gazetteer)
    low = gazetteer.db.execute("SELECT name FROM places WHERE kind = 'town' AND importance < 0.5 AND name NOT IN "
                               "(SELECT name FROM places WHERE kind IN ('town', 'city', 'admin1', 'country') "
                               "AND importance >= 0.5) LIMIT 1").fetchone()[0]
    assert (low, "town") not in pairs
    city = gazetteer.db.execute("SELECT name FROM places WHERE kind = 'city' ORDER BY importance LIMIT 1").fetchone()[0]
    assert (city, "airfield") in pairs and (city, "admin2") in pairs


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_kept_pair_is_answered_as_live(gazetteer, store, data):
    # the stored answer of a place's own name asked with another kind than its own (a city as
    # a town, a province as a district) is the live one, ranked with that kind
    path, pairs = store
    name, kind = data.draw(st.sampled_from(pairs))
    # (a reader and a gazetteer an example: closed, not left to the collector -- a reader of the
    # session's gazetteer is kept by it, to be closed with it, until the session ends)
    with closing(kept_answers.KeptAnswers(gazetteer, path)) as reader:
        kept = reader.kind_answer(name, kind)
    with Gazetteer(gazetteer.path, user_places=gazetteer.user_places) as own:
        live = _live(own, name, kind)
    assert kept is not None and kept == live, (name, kind)


def test_a_kept_answer_is_not_the_kind_none_answer(gazetteer, store):
    path, pairs = store
    with closing(kept_answers.KeptAnswers(gazetteer, path)) as reader:
        differ = sum(reader.kind_answer(n, k) != _live(gazetteer, n) for n, k in pairs[::max(1, len(pairs) // 40)])
    assert differ


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_pair_no_rule_keeps_is_no_answer(gazetteer, store, data):
    # a kept name asked with another kind (a city as a village, a town as an airfield) is worked
    # out live
    path, pairs = store
    kept = set(pairs)
    name, _ = data.draw(st.sampled_from(pairs))
    other = data.draw(st.sampled_from(["village", "city", "admin2", "airfield", "town", "base"]))
    with closing(kept_answers.KeptAnswers(gazetteer, path)) as reader:
        if (name, other) not in kept:
            assert reader.kind_answer(name, other) is None
