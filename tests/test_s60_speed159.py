"""Session 60, speed159: a finder's candidate row keeps the names of the ranking features that
fired (a tuple), not the dict of their shares, so the store of kept answers unmarshals no dict
and no floats for them; the store's format says so, and a store of the older format is built
again rather than read (mentions/candidates._named_features, mentions/kept_answers.FORMAT)."""

import shutil
from contextlib import closing
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.gazetteer import ranking
from geomove.gazetteer.cold import unpacked
from geomove.mentions import kept_answers
from geomove.mentions.candidates import _named_features

from kept_store import live_answer, store_reader
from kept_store import made_closed, store  # noqa: F401 (fixtures: the module's store, what a test made closed)
from sqlite_files import connected

_FEATURE_NAMES = sorted(ranking.WEIGHTS)
_OLD_FORMAT = "kept-answers-11"  # (the layout before this session: each row's features a dict of shares)


@settings(max_examples=300, deadline=None)
@given(shares=st.dictionaries(st.sampled_from(_FEATURE_NAMES) | st.text(max_size=12),
                              st.floats(allow_nan=False, allow_infinity=False), max_size=8),
       asked=st.sampled_from(_FEATURE_NAMES) | st.text(max_size=12))
def test_the_names_answer_every_question_the_shares_did(shares, asked):
    row = {"name": "Somewhere", "features": dict(shares), "score": 0.5}
    named = _named_features(dict(row))
    # the finder only asks "did this feature fire?" (`name in (c.get("features") or ())`)
    assert (asked in (named.get("features") or ())) == (asked in (row.get("features") or ()))
    assert named["features"] == tuple(shares)  # (the ranking's order, every name once)
    assert list(named) == list(row)  # (the key keeps its place in the row)
    assert bool(named["features"]) == bool(shares)


def test_a_row_without_a_dict_of_shares_is_left_as_it_is():
    for row in ({"name": "A built-in area"}, {"name": "B", "features": ("name",)}, {"name": "C", "features": None}):
        assert _named_features(dict(row)) == row


def test_the_rows_a_finder_ranks_carry_the_names_of_their_features(gazetteer):
    found = [c for name in ("London", "Paris", "Kharkiv", "Gaza") for c in live_answer(gazetteer, name)]
    assert found
    for c in found:
        features = c.get("features")
        assert features is None or type(features) is tuple
        assert set(features or ()) <= set(ranking.WEIGHTS)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_stored_row_is_the_live_row(gazetteer, store, data):
    path, stored, _ = store
    name = data.draw(st.sampled_from(stored))
    with closing(store_reader(gazetteer, path)) as reader:
        kept = reader.answer(name)
    live = live_answer(gazetteer, name)
    assert kept == live
    for k, lv in zip(kept, live):
        assert list(k) == list(lv)  # (the same keys in the same order, each value equal)
        assert type(k.get("features")) is type(lv.get("features"))
    # (and the same once the seldom-read keys packed by the finder are written out: gazetteer.cold)
    assert [unpacked(k) for k in kept] == [unpacked(lv) for lv in live]


def _as_old_format(src: Path, dst: Path) -> None:
    """A copy of the store at ``src`` that says it is of the format before this session."""
    shutil.copyfile(src, dst)
    with connected(dst) as db:
        db.execute("UPDATE meta SET v = ? WHERE k = 'format'", (_OLD_FORMAT,))
        db.commit()


def test_a_store_of_the_older_format_is_not_read(gazetteer, store, tmp_path):
    path = tmp_path / "old.answers"
    _as_old_format(store[0], path)
    with closing(store_reader(gazetteer, path)) as reader:
        assert reader.answer(store[1][0]) is None  # (worked out live by the finder instead)
        assert reader.state == "off"


def test_a_store_of_the_older_format_is_built_again(gazetteer, store, tmp_path, monkeypatch):
    beside = tmp_path / "old.answers"
    _as_old_format(store[0], beside)
    monkeypatch.setattr(kept_answers, "store_path", lambda index: beside)
    assert kept_answers.status(Path(gazetteer.path), gazetteer)["fresh"] is False
    built = []
    monkeypatch.setattr(kept_answers, "build", lambda index, started_ns=None: built.append(index) or beside)
    assert kept_answers._child(str(gazetteer.path), 0) == 0  # (the child a `gazetteer build` or a first run starts)
    assert built == [Path(gazetteer.path)]
    # and the fresh store of this format is read, not built again
    shutil.copyfile(store[0], beside)
    built.clear()
    assert kept_answers._child(str(gazetteer.path), 0) == 0
    assert built == []
