"""speed143: C-level passes in place of per-item Python ones, each against what it replaces:
the text-order key of the passes that sort a text's mentions (mentions.text_order.START for
``lambda m: m["start"]``), a name's context points (context.context_points, the set less the
points at ``left``), and the store's check that an answer holds only dicts (kept_answers._read)."""

import marshal
import shutil
import zlib

from hypothesis import given, settings, strategies as st

from geomove.mentions import kept_answers
from geomove.mentions.context import context_points
from geomove.mentions.text_order import START

from kept_store import cold_gazetteer, made_closed, store, store_reader  # noqa: F401 (fixtures: the module's store, what a test made closed)
from sqlite_files import connected


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
    with connected(path) as db:
        at, name = db.execute("SELECT id, name FROM answers WHERE kind IS NULL ORDER BY id LIMIT 1").fetchone()
        data = marshal.dumps(answer)
        db.execute("UPDATE answers SET data = ?, crc = ? WHERE id = ?", (data, zlib.crc32(data), at))
    return name


def test_an_answer_holding_no_dict_turns_the_store_off(gazetteer, store, tmp_path):  # noqa: F811
    for bad in ([{"name": "Gao"}, ("Gao",)], [["Gao"]], ({"name": "Gao"},), [{"name": "Gao"}, None]):
        path = tmp_path / f"answers-{len(str(bad))}"
        shutil.copyfile(store[0], path)
        name = _rewrite_first_answer(path, bad)
        reader = store_reader(cold_gazetteer(gazetteer), path)
        assert reader.answer(name) is None and reader.state == "off", bad


def test_an_answer_of_dicts_is_read(gazetteer, store, tmp_path):  # noqa: F811
    path = tmp_path / "answers"
    shutil.copyfile(store[0], path)
    own = [{"name": "Gao", "kind": "city"}, {"name": "Gao", "kind": "admin1"}]
    name = _rewrite_first_answer(path, own)
    reader = store_reader(cold_gazetteer(gazetteer), path)
    assert reader.answer(name) == own and reader.state != "off"


class _Tok:
    def __init__(self, text):
        self.lower = text.lower()


def _old_joined(toks, a, b):
    from geomove.mentions.listed import LIST_JOINERS
    if a.get("tok") is None or b.get("tok") is None or a["sentence"] != b["sentence"]:
        return False
    return tuple(t.lower for t in toks[a["tok"] + a["n_tokens"]:b["tok"]]) in LIST_JOINERS


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Gao", "Kidal", "and", "or", ",", "as", "well", "with", "the"]), min_size=1, max_size=12),
       st.integers(0, 11), st.integers(1, 3), st.integers(0, 12), st.integers(0, 1))
def test_joined_in_a_list_as_before(words, at, n, other, sentence):
    from geomove.mentions.listed import ListedPlaces

    class Listed(ListedPlaces):
        toks = [_Tok(w) for w in words]

    a = {"tok": min(at, len(words) - 1), "n_tokens": n, "sentence": 0}
    b = {"tok": min(other, len(words) - 1), "n_tokens": 1, "sentence": sentence}
    assert Listed()._joined_in_a_list(a, b) == _old_joined(Listed.toks, a, b)


def test_held_territories_as_before():
    from geomove.mentions.context import ContextRanking

    class Ranking(ContextRanking):
        def __init__(self):
            pass

        def _territories_by_state(self):
            return {"GB": ("FK", "GI", "BM"), "FR": ("PF", "NC"), "US": ("GU", "PR")}

    r = Ranking()
    for countries in ({"GB"}, {"GB", "FK"}, {"GB": ("British", True), "GI": ("x", False)}, set(), {"ML"}, {"FR", "US", "NC"}):
        by_state = r._territories_by_state()
        held = [t for state in countries for t in by_state.get(state, ())]
        old = frozenset(t for t in held if t not in countries) if held else frozenset()
        assert r._held_territories(countries) == old, countries
