"""The store of look-up answers worked out in advance (geomove/mentions/kept_answers.py): a stored
answer is the answer worked out live; a store that is stale (a dependency touched, the user's
places changed), truncated or corrupt is not used, quietly; `gazetteer build` writes it."""

import gc
import os
import shutil
import weakref
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.gazetteer import Gazetteer
from geomove.mentions import find_mentions, kept_answers
from geomove.mentions.candidates import shared_candidates
from geomove.mentions.finder import _Finder
from geomove.names import name_key

from kept_store import EMPTY_UPTO, FAMOUS, OWN_LEAST, WORDS, cold_gazetteer, live_answer, store_reader
from kept_store import made_closed, store  # noqa: F401 (fixtures: the module's store, what a test made closed)
from sqlite_files import connected, needs_proc, open_on

FIXTURES = Path(__file__).parent / "fixtures"
TEXTS = [FIXTURES / "genres" / "a_communique.txt", FIXTURES / "genres" / "c_wire.txt",
         FIXTURES / "places27" / "a_kurdish.txt", FIXTURES / "places27" / "d_guinea.txt"]
# (the stores of the tests of staleness keep no (name, kind) pair: they read 'London' alone, and a
# real store's ~120,000 pairs took 3-4 minutes a test under load)
_NO_KIND_PAIRS = {"own_kinds": (), "spelled_kinds": (), "asked_as": ()}


def _kind_pairs(path) -> list[tuple[str, str]]:
    with connected(path) as db:
        return [(n, k) for n, k in db.execute("SELECT name, kind FROM kind_answers")]


def _empty_names(path) -> list[str]:
    import marisa_trie
    with connected(path) as db:
        (blob,) = db.execute("SELECT v FROM blobs WHERE k = 'empty_trie'").fetchone()
    return sorted(marisa_trie.Trie().frombytes(bytes(blob)).keys())


def test_store_holds_common_words_and_index_names(store):
    _, stored, names = store
    assert len(stored) > 1000
    assert {"London", "Paris", "Washington"} <= set(stored)
    assert len(set(names) & set(stored)) > 100


def test_store_holds_the_names_of_well_known_places(gazetteer, store):
    # (a country, a city and a province that are no frequent English word: asked of the index
    # by their importance, not by wordfreq)
    path, stored, _ = store
    famous = kept_answers.famous_names(gazetteer, FAMOUS)
    assert {"Sierra Leone", "Da Nang", "Gauteng"} <= famous
    assert {"Sierra Leone", "Da Nang", "Gauteng"} <= set(stored)
    from wordfreq import top_n_list
    assert not {"Sierra Leone", "Da Nang", "Gauteng"} & {w[:1].upper() + w[1:] for w in top_n_list("en", WORDS)}
    assert kept_answers.famous_names(gazetteer, None) == set()
    # every well-known place's name the index holds as a key is stored, as its live answer (one
    # that finds nothing, 'K-1 air base', in the trie of empty answers)
    from geomove.names import name_key
    held = {n for n in famous if name_key(n) and gazetteer.has_key(name_key(n))}
    assert held <= set(stored) | set(_empty_names(path))
    reader = store_reader(gazetteer, path)
    for name in ("Sierra Leone", "Da Nang", "Gauteng"):
        assert reader.answer(name) == live_answer(gazetteer, name)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_stored_answer_is_the_live_answer(gazetteer, store, data):
    path, stored, names = store
    name = data.draw(st.sampled_from(stored))
    with closing(store_reader(gazetteer, path)) as reader:  # (one an example: closed, not left to the collector)
        kept = reader.answer(name)
        assert reader.state == "fresh"
    assert kept is not None
    assert kept == live_answer(gazetteer, name)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=st.sampled_from(["Monday", "Troops", "Alpha", "Qwertyuiop", "Kharkiv", "Xqzv", "Of", "A"])
       | st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'", min_size=1, max_size=12))
def test_a_name_the_store_lacks_is_no_answer(gazetteer, store, word):
    path, stored, _ = store
    with closing(store_reader(gazetteer, path)) as reader:
        kept = reader.answer(word)
    if word in stored or word in _empty_names(path):
        assert kept == live_answer(gazetteer, word)
    else:
        assert kept is None


def test_the_rarer_words_kept_are_those_that_find_nothing(gazetteer, store):
    # each name of the trie of empty answers is a word of wordfreq's ranks WORDS..EMPTY_UPTO or
    # a name the builder stored (a frequent word, a well-known place's name, a name of the
    # index), a key of the index, with no row, and answers [] as it does live; the words of
    # those ranks it lacks that are keys of the index and not stored find something live
    from wordfreq import top_n_list

    from geomove.names import name_key
    path, stored, names = store
    empty = _empty_names(path)
    rarer = {w[:1].upper() + w[1:] for w in top_n_list("en", EMPTY_UPTO)[WORDS:]}
    assert len(set(empty) & rarer) > 50 and not set(empty) & set(stored)
    asked = ({w[:1].upper() + w[1:] for w in top_n_list("en", WORDS)} | kept_answers.famous_names(gazetteer, FAMOUS)
             | set(names))
    assert set(empty) <= rarer | asked
    reader = store_reader(gazetteer, path)
    for name in empty:
        assert name_key(name) and gazetteer.has_key(name_key(name))
        assert reader.answer(name) == [] == live_answer(gazetteer, name), name
    others = sorted(w for w in rarer - set(empty) - set(stored) if name_key(w) and gazetteer.has_key(name_key(w)))
    assert others
    for name in others[::7]:
        assert reader.answer(name) is None and live_answer(gazetteer, name), name


def test_a_store_whose_trie_of_empty_answers_is_not_whole_asks_live(gazetteer, store, tmp_path):
    # a trie of empty answers that does not hold as many names as the store's meta says is not
    # read: those names are worked out live (no answer from the store), the same answer
    import marisa_trie
    path, stored, _ = store
    empty = _empty_names(path)
    partial = tmp_path / "partial"
    shutil.copyfile(path, partial)
    with connected(partial) as db:
        db.execute("UPDATE blobs SET v = ? WHERE k = 'empty_trie'", (marisa_trie.Trie(empty[1:]).tobytes(),))
    reader = store_reader(gazetteer, partial)
    assert reader.answer(stored[0]) is not None and reader.empty is None
    assert all(reader.answer(name) is None for name in empty[:20])
    assert store_reader(gazetteer, path).answer(empty[0]) == []


def test_the_trie_of_stored_names_numbers_the_rows(gazetteer, store, tmp_path):
    # a name the trie lacks is no answer without a query; a row's id is its name's id in the
    # trie. A store without the trie, or with a trie that does not hold every stored name, is
    # not read (its rows cannot be found): every name is worked out live, the same answer
    import marisa_trie
    path, stored, _ = store
    reader = store_reader(gazetteer, path)
    assert reader.answer(stored[0]) is not None
    assert reader.names is not None and set(reader.names.keys()) == set(stored)
    with connected(path) as db:
        assert all(reader.names[name] == at for at, name in db.execute("SELECT id, name FROM answers"))
    without, partial = tmp_path / "without", tmp_path / "partial"
    shutil.copyfile(path, without)
    shutil.copyfile(path, partial)
    with connected(without) as db:
        db.execute("DROP TABLE blobs")
    with connected(partial) as db:
        db.execute("UPDATE blobs SET v = ? WHERE k = 'names_trie'", (marisa_trie.Trie(stored[1:]).tobytes(),))
    for other in (store_reader(gazetteer, without), store_reader(gazetteer, partial)):
        for name in stored[:10] + ["Qwertyuiop", "Monday", "Xqzv"]:
            assert other.answer(name) is None, name
        assert other.state == "off" and other.names is None


def test_a_trie_that_numbers_other_rows_is_a_damaged_store(gazetteer, store, tmp_path):
    # rows numbered otherwise than by the trie (two rows' ids swapped, as a trie that is not the
    # table's own would number them): the row found by a name's id is another name's, never
    # read as its answer; the store goes off and the names are worked out live
    path, stored, _ = store
    other = tmp_path / "other"
    shutil.copyfile(path, other)
    reader = store_reader(gazetteer, path)
    first, second = stored[0], stored[len(stored) // 2]
    assert reader.answer(first) is not None  # (opens the store: its tries are read)
    a, b = reader.names[first], reader.names[second]
    with connected(other) as db:
        db.execute("UPDATE answers SET id = -1 WHERE id = ?", (a,))
        db.execute("UPDATE answers SET id = ? WHERE id = ?", (a, b))
        db.execute("UPDATE answers SET id = ? WHERE id = -1", (b,))
    gaz = cold_gazetteer(gazetteer)
    damaged = store_reader(gaz, other)
    assert damaged.answer(stored[1]) == live_answer(gaz, stored[1])  # (a row in its place is read)
    assert damaged.answer(first) is None and damaged.state == "off"
    assert damaged.answer(stored[1]) is None


def test_a_stored_name_that_finds_nothing_has_no_row(gazetteer, store):
    # a frequent word or a name of the index whose answer is no candidate is kept in the trie
    # of empty answers, without a row, and answers [] without a query, as it does live
    from wordfreq import top_n_list
    path, stored, names = store
    asked = {w[:1].upper() + w[1:] for w in top_n_list("en", WORDS)} | set(names)
    empty = [n for n in _empty_names(path) if n in asked]
    assert len(empty) > 10
    reader = store_reader(gazetteer, path)
    with connected(path) as db:
        for name in empty[::max(1, len(empty) // 30)]:
            assert db.execute("SELECT 1 FROM answers WHERE name = ?", (name,)).fetchone() is None
            assert reader.answer(name) == [] == live_answer(gazetteer, name), name


def test_the_provinces_and_cities_are_kept_with_their_kind(gazetteer, store):
    # each own name of a province or a city of the index is kept asked with its kind, as its
    # live answer, which the kind None answer is not (the kind agrees in its scores)
    path, _, _ = store
    pairs = _kind_pairs(path)
    want = kept_answers.own_kind_names(gazetteer, least=OWN_LEAST) | kept_answers.spelled_kind_names(
        gazetteer, least=OWN_LEAST) | kept_answers.asked_as_names(gazetteer, least=OWN_LEAST)
    # (a pair is kept when its name's key is a key of the index: an own name's always is; a
    # spelling's ASCII letters may fold to another key)
    want = {(n, k) for n, k in want if name_key(n) and gazetteer.has_key(name_key(n))}
    assert len(pairs) > 100 and set(pairs) == want
    assert {"admin1", "city"} <= {kind for _, kind in pairs} <= set(kept_answers.OWN_KINDS) | set(
        kept_answers.SPELLED_KINDS) | {kind for kind, _, _ in kept_answers.ASKED_AS}
    reader = store_reader(gazetteer, path)
    differ = 0
    for name, kind in pairs[::max(1, len(pairs) // 60)]:
        kept = reader.kind_answer(name, kind)
        assert kept == live_answer(gazetteer, name, kind), (name, kind)
        differ += kept != live_answer(gazetteer, name)
    assert differ
    assert reader.kinds is not None and len(reader.kinds) == len(pairs)


def _spelled_pairs(gaz) -> list[tuple[str, str]]:
    """The (spelling, kind) pairs of the store fixture that are no own name of a place of
    that kind: a province's other spellings ('Hunan' of 'Hunan Sheng', 'Maharashtra' in ASCII
    letters), the facility kinds' spellings and the countries' names asked as provinces."""
    return sorted(kept_answers.spelled_kind_names(gaz, least=OWN_LEAST)
                  - kept_answers.own_kind_names(gaz, least=OWN_LEAST))


def test_the_spellings_kept_with_a_kind_include_a_province_s_other_names(gazetteer):
    pairs = set(kept_answers.spelled_kind_names(gazetteer, least=OWN_LEAST))
    # (a province the index names in its own language, asked in English or in ASCII letters;
    # a country asked with a province's kind word; a kind the store does not keep so)
    provinces = {name for name, kind in pairs if kind == "admin1"}
    own = {name for name, _ in kept_answers.own_kind_names(gazetteer, ("admin1",), least=OWN_LEAST)}
    assert provinces - own
    ascii_only = [n for n in provinces - own if n.isascii()]
    assert ascii_only
    assert all(kind in kept_answers.SPELLED_KINDS for _, kind in pairs)
    assert all("\x1f" not in name for name, _ in pairs)


@pytest.fixture(scope="module")
def spelled_pairs(gazetteer, store):
    # (listed once: the index's every spelling is read to list them, ~3 s, and each example
    # listed them anew: 5-10 minutes a run under load)
    return _spelled_pairs(gazetteer), set(_kind_pairs(store[0]))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_spelling_kept_with_its_kind_is_answered_as_live(gazetteer, store, spelled_pairs, data):
    # the stored answer of a spelling asked with a kind word ('the Hunan province', 'Sudan
    # state television', 'the X crossing') is the live answer of that pair
    path, _, _ = store
    pairs, kept = spelled_pairs
    name, kind = data.draw(st.sampled_from(pairs))
    with closing(store_reader(gazetteer, path)) as reader, cold_gazetteer(gazetteer) as fresh:
        answer = reader.kind_answer(name, kind)
        live = live_answer(fresh, name, kind)
    if (name, kind) in kept:
        assert answer == live, (name, kind)
    else:  # (a spelling whose key the index lacks is not stored: worked out live)
        assert answer is None


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_pair_the_store_lacks_is_no_answer(gazetteer, store, data):
    # another kind of a kept name, or a kept kind of a name that is no place of it: None (worked
    # out live); the name's answer of kind None is not given for a kind
    path, stored, _ = store
    name, kind = data.draw(st.sampled_from(_kind_pairs(path)))
    other = data.draw(st.sampled_from(["town", "admin2", "airfield", "river", "province", "City"]))
    with closing(store_reader(gazetteer, path)) as reader:
        if (name, other) not in set(_kind_pairs(path)):  # (a city kept as a town too: kept_answers.ASKED_AS)
            assert reader.kind_answer(name, other) is None
        word = data.draw(st.sampled_from(stored))
        if (word, kind) not in set(_kind_pairs(path)):
            assert reader.kind_answer(word, kind) is None


def test_a_store_whose_trie_of_kind_pairs_is_not_whole_is_not_read(gazetteer, store, tmp_path):
    # (its kind answers' rows are numbered by the trie: every look-up is worked out live)
    import marisa_trie
    path, _, _ = store
    pairs = _kind_pairs(path)
    for label, change in (("without", "DELETE FROM blobs WHERE k = 'kinds_trie'"),
                          ("partial", "UPDATE blobs SET v = ? WHERE k = 'kinds_trie'")):
        other = tmp_path / label
        shutil.copyfile(path, other)
        with connected(other) as db:
            db.execute(change, (marisa_trie.Trie([k + "\x1f" + n for n, k in pairs[1:]]).tobytes(),)
                       if "?" in change else ())
        reader = store_reader(gazetteer, other)
        for name, kind in pairs[:20]:
            assert reader.kind_answer(name, kind) is None, (label, name, kind)
        assert reader.kinds is None and reader.kind_answer("Qwertyuiop", "city") is None
        assert reader.state == "off"
    reader = store_reader(gazetteer, path)
    for name, kind in pairs[:20]:
        assert reader.kind_answer(name, kind) == live_answer(gazetteer, name, kind), (name, kind)


def _read_all(gaz, reader=None):
    cache = shared_candidates(gaz)
    cache.kept = reader
    return [find_mentions(p.read_text(encoding="utf-8"), gazetteer=gaz) for p in TEXTS], cache


def test_fixture_texts_read_the_same_with_and_without_the_store(gazetteer, store):
    path, stored, _ = store
    with_store = cold_gazetteer(gazetteer)
    reader = store_reader(with_store, path)
    asked = []
    real = reader.answer

    class Counting:
        state = "fresh"

        def answer(self, name):
            hit = real(name)
            asked.append((name, None, hit is not None))
            return hit

        def kind_answer(self, name, kind):
            hit = reader.kind_answer(name, kind)
            asked.append((name, kind, hit is not None))
            return hit

        def possessive_letters(self):
            return reader.possessive_letters()

    got, cache = _read_all(with_store, Counting())
    want, _ = _read_all(cold_gazetteer(gazetteer), None)
    assert got == want
    assert any(hit for _, _, hit in asked), "the store answered some of the texts' names"
    # every name the texts asked: the store's answer, where it has one, is the live one
    plain = cold_gazetteer(gazetteer)
    for name, kind, hit in asked:
        if hit:
            assert (real(name) if kind is None else reader.kind_answer(name, kind)) == live_answer(plain, name, kind), name


def test_default_gazetteer_gets_a_reader_and_test_doubles_none(gazetteer):
    assert isinstance(kept_answers.kept_answers_of(gazetteer), kept_answers.KeptAnswers)

    class Double(Gazetteer):
        pass

    assert kept_answers.kept_answers_of(object()) is None
    assert kept_answers.kept_answers_of(Double.__new__(Double)) is None


@needs_proc
def test_a_reader_no_one_holds_goes_and_a_held_one_closes_with_its_gazetteer(gazetteer, store):
    """Gazetteer.on_close holds its readers weakly: a reader its user let go is collected, its
    store file closed, while the gazetteer reads on (at s57start the gazetteer kept it, open, to
    its own end); a reader still held is closed with the gazetteer; the closers of readers gone
    do not pile up on a gazetteer that outlives many of them."""
    path, stored, _ = store
    gaz = cold_gazetteer(gazetteer)
    gc.collect()
    before = open_on(path)
    dropped, held = kept_answers.KeptAnswers(gaz, path), kept_answers.KeptAnswers(gaz, path)
    assert dropped.answer(stored[0]) is not None and held.answer(stored[0]) is not None
    assert open_on(path) == before + 2
    gone = weakref.ref(dropped)
    del dropped
    gc.collect()
    assert gone() is None
    assert open_on(path) == before + 1
    for _ in range(20):
        kept_answers.KeptAnswers(gaz, path)
    assert len(gaz._closers) <= 2
    gaz.close()
    assert held.state == "off" and held.db is None
    assert open_on(path) == before


def test_a_touched_dependency_makes_the_store_stale(gazetteer, tmp_path, monkeypatch):
    dep = tmp_path / "ranking_data.csv"
    dep.write_text("a,b\n", encoding="utf-8")
    files = kept_answers._dependency_files
    monkeypatch.setattr(kept_answers, "_dependency_files", lambda: files() + [dep])
    path = kept_answers.build(gazetteer.path, 200, path=tmp_path / "answers", user_places=gazetteer.user_places,
                              names=["London"], famous=None, empty_upto=0, **_NO_KIND_PAIRS)
    assert store_reader(gazetteer, path).answer("London") is not None
    assert kept_answers.status(gazetteer.path, gazetteer) is not None
    st_ = dep.stat()
    os.utime(dep, ns=(st_.st_atime_ns, st_.st_mtime_ns + 1_000_000_000))  # touch: same bytes, new time
    reader = store_reader(gazetteer, path)
    assert reader.answer("London") is None and reader.state == "off"


def test_a_dependency_written_after_the_builder_started_leaves_no_store(gazetteer, tmp_path, monkeypatch):
    import time
    dep = tmp_path / "candidates_data.json"
    dep.write_text("{}", encoding="utf-8")
    files = kept_answers._dependency_files
    monkeypatch.setattr(kept_answers, "_dependency_files", lambda: files() + [dep])
    # (an edit while the builder ran: the code it imported may not be the code the fingerprint names)
    assert kept_answers.build(gazetteer.path, 100, path=tmp_path / "a", user_places=gazetteer.user_places,
                              started_ns=dep.stat().st_mtime_ns - 1, famous=None, empty_upto=0,
                              **_NO_KIND_PAIRS) is None
    assert not (tmp_path / "a").exists()
    assert kept_answers.build(gazetteer.path, 100, path=tmp_path / "b", user_places=gazetteer.user_places,
                              started_ns=time.time_ns(), famous=None, empty_upto=0, **_NO_KIND_PAIRS) == tmp_path / "b"


def test_the_users_new_places_make_the_store_stale(gazetteer, tmp_path):
    from geomove.gazetteer import add_places
    places = tmp_path / "places.sqlite"
    before = Gazetteer(gazetteer.path, user_places=places)
    path = kept_answers.build(gazetteer.path, 200, path=tmp_path / "answers", user_places=places, names=["London"],
                              famous=None, empty_upto=0, **_NO_KIND_PAIRS)
    stored = store_reader(before, path).answer("London")
    assert stored is not None and stored == live_answer(before, "London")
    csv = tmp_path / "mine.csv"
    csv.write_text("name,lat,lon,kind,country\nLondon,10.5,20.5,camp,TD\n", encoding="utf-8")
    assert add_places(csv, user_db=places) == 1
    after = Gazetteer(gazetteer.path, user_places=places)
    reader = store_reader(after, path)
    assert reader.answer("London") is None and reader.state == "off"
    live = live_answer(after, "London")
    assert live != stored and any(c.get("source", "").startswith("user") for c in live)


def test_turned_off_by_the_environment(gazetteer, store, monkeypatch):
    monkeypatch.setenv("GEOMOVE_KEPT_ANSWERS", "0")
    assert store_reader(gazetteer, store[0]).answer("London") is None


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "blob", "no meta"])
def test_a_damaged_store_is_ignored_quietly(gazetteer, store, tmp_path, damage, capsys):
    path = tmp_path / "answers"
    shutil.copyfile(store[0], path)
    if damage == "truncated":
        with open(path, "r+b") as f:
            f.truncate(path.stat().st_size // 3)
    elif damage == "garbage":
        path.write_bytes(b"not a database " * 1000)
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "blob":
        with connected(path) as db:  # (bytes changed, checksum not: a bit flip on disk)
            db.execute("UPDATE answers SET data = substr(data, 1, length(data) - 7) || x'00000000000000'")
    else:
        with connected(path) as db:
            db.execute("DROP TABLE meta")
    gaz = cold_gazetteer(gazetteer)
    reader = store_reader(gaz, path)
    for name in store[1][::50]:
        hit = reader.answer(name)
        assert hit is None or hit == live_answer(gaz, name)
    if damage != "truncated":  # (a truncated file may still answer from its first pages)
        assert reader.state == "off"
    got, _ = _read_all(gaz, store_reader(gaz, path))
    want, _ = _read_all(cold_gazetteer(gazetteer), None)
    assert got == want
    assert capsys.readouterr().err == ""


def test_status_says_present_and_fresh(gazetteer, store, tmp_path):
    path = tmp_path / "x.sqlite.answers"
    out = kept_answers.status(tmp_path / "x.sqlite", gazetteer)
    assert out["exists"] is False and out["fresh"] is False
    shutil.copyfile(store[0], path)
    out = kept_answers.status(tmp_path / "x.sqlite", gazetteer)
    assert out["exists"] is True and out["fresh"] is True and out["answers"] == len(store[1])


def test_the_store_of_another_index_is_not_used(every_key_a_blob, store, monkeypatch, tmp_path):
    monkeypatch.setenv("GEOMOVE_USER_PLACES", str(tmp_path / "none.sqlite"))
    other = Gazetteer(every_key_a_blob)
    reader = store_reader(other, store[0])
    assert reader.answer("London") is None and reader.state == "off"


def test_build_index_writes_the_store(every_key_a_blob, tmp_path, monkeypatch):
    import geomove.gazetteer as gz
    target = tmp_path / "index.sqlite"

    def built(path, **kwargs):
        shutil.copyfile(every_key_a_blob, path)
        return path

    monkeypatch.setenv("GEOMOVE_USER_PLACES", str(tmp_path / "none.sqlite"))
    monkeypatch.setattr(gz, "_build_locked", built)
    assert gz.build_index(target, progress=False) == target
    out = gz.info(target)["kept_answers"]
    assert out["exists"] and out["fresh"], out


def test_installing_another_package_leaves_the_store_fresh_and_upgrading_its_own_does_not(tmp_path, monkeypatch):
    import importlib

    site = tmp_path / "site-packages"
    pkg = site / "wordlistpkg"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("WORDS = 1\n", encoding="utf-8")
    (site / "single_module_pkg.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    importlib.invalidate_caches()
    before = kept_answers._package_stat("wordlistpkg"), kept_answers._package_stat("single_module_pkg")
    # another package installed beside it: site-packages gets a new entry and a new time
    (site / "geotext_like").mkdir()
    (site / "geotext_like" / "__init__.py").write_text("", encoding="utf-8")
    st_ = site.stat()
    os.utime(site, ns=(st_.st_atime_ns, st_.st_mtime_ns + 5_000_000_000))
    assert (kept_answers._package_stat("wordlistpkg"), kept_answers._package_stat("single_module_pkg")) == before
    # its own upgrade: a new data file in its folder, and the one-file module rewritten
    (pkg / "data.msgpack").write_bytes(b"\x00")
    st_ = pkg.stat()
    os.utime(pkg, ns=(st_.st_atime_ns, st_.st_mtime_ns + 5_000_000_000))
    (site / "single_module_pkg.py").write_text("X = 2  # new\n", encoding="utf-8")
    after = kept_answers._package_stat("wordlistpkg"), kept_answers._package_stat("single_module_pkg")
    assert after[0] != before[0] and after[1] != before[1]


def _possessive_names(gaz) -> list[str]:
    """Spellings of the index with a possessive 's ("<Name>'s <Kind>"), the first word with its
    's alone too, as a text writes it before a noun."""
    out = []
    for (name,) in gaz.db.execute("SELECT name FROM names WHERE instr(name, ?) LIMIT 60", ("'s",)):
        out.append(name)
        out.append(name.split("'s")[0] + "'s")
    return out


# our own possessives: places' names, words no place bears, and a made-up name
OWN_POSSESSIVES = ["Turkey's", "China's", "It's", "Peru's", "Kyiv's", "Martha's Vineyard", "King's Lynn",
                   "St. John's", "Queen Anne's County", "Bishop's Stortford", "Gen. Smith's", "Zzyzxq's",
                   "Ghana’s", "Lake Chad's"]


def test_the_possessive_spellings_hold_every_spelling_with_an_s(gazetteer, store):
    path, _, _ = store
    letters = store_reader(cold_gazetteer(gazetteer), path).possessive_letters()
    assert letters is not None and len(letters) > 0
    from geomove.mentions.tokens import _letters, _possessive
    spelled = [n for (n,) in gazetteer.db.execute("SELECT name FROM names WHERE instr(name, ?) LIMIT 200", ("'s",))]
    assert spelled
    for name in spelled:
        if _possessive(name):
            assert _letters(name) in letters, name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_possessive_asked_with_the_store_is_answered_as_without_it(gazetteer, store, data):
    """The store's trie of possessive spellings only skips look-ups: each name gets the answer
    of the full look-up (the index's own spellings with an 's, their first words, ours)."""
    path, _, _ = store
    names = _possessive_names(gazetteer) + OWN_POSSESSIVES
    name = data.draw(st.sampled_from(names))
    with cold_gazetteer(gazetteer) as with_store, cold_gazetteer(gazetteer) as without, \
            closing(store_reader(with_store, path)) as reader:
        finder = _Finder("", with_store)
        finder.cand_cache = shared_candidates(with_store)
        finder.cand_cache.kept = reader
        assert finder._possessive_letters() is not None
        plain = _Finder("", without)
        plain.cand_cache = {}
        assert plain._possessive_letters() is None
        assert finder._looked_up_with_possessive(name) == plain._looked_up_with_possessive(name), name


def test_a_possessive_spelled_so_by_some_place_is_still_found(gazetteer, store):
    path, _, _ = store
    with_store = cold_gazetteer(gazetteer)
    finder = _Finder("", with_store)
    finder.cand_cache = shared_candidates(with_store)
    finder.cand_cache.kept = store_reader(with_store, path)
    found = [n for n in _possessive_names(gazetteer) if finder._looked_up_with_possessive(n)]
    assert found, "no spelling of the index with an 's was found as one"


def test_the_store_holds_every_district_s_forms(gazetteer, store, tmp_path):
    # the trie of kept_answers.district_forms, read at its first ask (speed105); a store whose
    # trie does not hold as many forms as its meta says, or has none, gives None: every "X
    # County" of a hyphenated pair is looked up as before
    import marisa_trie
    path, _, _ = store
    forms = store_reader(cold_gazetteer(gazetteer), path).district_forms()
    assert forms is not None and set(forms.keys()) == kept_answers.district_forms(gazetteer)
    partial = tmp_path / "partial"
    shutil.copyfile(path, partial)
    with connected(partial) as db:
        db.execute("UPDATE blobs SET v = ? WHERE k = 'districts_trie'", (marisa_trie.Trie(["x"]).tobytes(),))
    assert store_reader(cold_gazetteer(gazetteer), partial).district_forms() is None
    with connected(partial) as db:
        db.execute("DELETE FROM blobs WHERE k = 'districts_trie'")
    assert store_reader(cold_gazetteer(gazetteer), partial).district_forms() is None
