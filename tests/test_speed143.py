"""speed143: C-level passes in place of per-item Python ones, each against what it replaces:
the text-order key of the passes that sort a text's mentions (mentions.text_order.START for
``lambda m: m["start"]``), a name's context points (context.context_points, the set less the
points at ``left``), and the store's check that an answer holds only dicts (kept_answers._read)."""

import marshal
import shutil
import sqlite3
import zlib

from hypothesis import given, settings, strategies as st

from geomove.mentions import kept_answers
from geomove.mentions.context import context_points
from geomove.mentions.text_order import START

from test_kept_answers import _fresh, _live, _reader, store  # noqa: F401 (the module's store fixture)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 3)), max_size=30))
def test_the_start_key_sorts_as_the_lambda_did(spans):
    # (ties kept in the order the mentions came: both sorts are stable on the same keys)
    mentions = [{"start": s, "end": s + n, "id": i} for i, (s, n) in enumerate(spans)]
    assert [m["id"] for m in sorted(mentions, key=START)] == [m["id"] for m in sorted(mentions, key=lambda m: m["start"])]


def _old_context_points(points, left):
    return frozenset(p for i, p in enumerate(points) if i not in left) if left else frozenset(points)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(-5, 5), st.integers(-5, 5), st.sampled_from([0.0, 1.5, 60.0])),
                unique=True, max_size=25), st.data())
def test_context_points_as_before(points, data):
    # (the points are a text's distinct context keys; ``left`` distinct indexes into them)
    left = data.draw(st.lists(st.integers(0, max(len(points) - 1, 0)), unique=True, max_size=len(points))) \
        if points else []
    assert context_points(points, left) == _old_context_points(points, left)
    assert context_points(points, tuple(left)) == _old_context_points(points, tuple(left))


def test_context_points_own_example():
    points = [(15.6, 32.5, 0.0), (13.2, 30.2, 0.0), (12.1, 15.0, 60.0)]
    assert context_points(points, [0, 2]) == frozenset({(13.2, 30.2, 0.0)})
    assert context_points(points, ()) == frozenset(points)


def _rewrite_first_answer(path, answer):
    with sqlite3.connect(path) as db:
        at, name = db.execute("SELECT id, name FROM answers WHERE kind IS NULL ORDER BY id LIMIT 1").fetchone()
        data = marshal.dumps(answer)
        db.execute("UPDATE answers SET data = ?, crc = ? WHERE id = ?", (data, zlib.crc32(data), at))
    return name


def test_an_answer_holding_no_dict_turns_the_store_off(gazetteer, store, tmp_path):  # noqa: F811
    for bad in ([{"name": "Gao"}, ("Gao",)], [["Gao"]], ({"name": "Gao"},), [{"name": "Gao"}, None]):
        path = tmp_path / f"answers-{len(str(bad))}"
        shutil.copyfile(store[0], path)
        name = _rewrite_first_answer(path, bad)
        reader = _reader(_fresh(gazetteer), path)
        assert reader.answer(name) is None and reader.state == "off", bad


def test_an_answer_of_dicts_is_read(gazetteer, store, tmp_path):  # noqa: F811
    path = tmp_path / "answers"
    shutil.copyfile(store[0], path)
    own = [{"name": "Gao", "kind": "city"}, {"name": "Gao", "kind": "admin1"}]
    name = _rewrite_first_answer(path, own)
    reader = _reader(_fresh(gazetteer), path)
    assert reader.answer(name) == own and reader.state != "off"
