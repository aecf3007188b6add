"""speed30 (issue 12): the index's key_rows blobs are marshal data as it is (no inflate on a
first-seen look-up); an index of the older format (a raw deflate stream with a preset
dictionary) is still read, row for row the same, and a blob that cannot be read sends the
reader to the join of the tables."""

import marshal
import shutil
import zlib
from pathlib import Path

import pytest

from sqlite_files import connected

FIXTURES = Path(__file__).parent / "fixtures"
OLD_FORMAT = "marshal4+deflate-zdict+plains+folds"


def _join(gaz, key):
    from geomove.gazetteer import _LOOKUP_LIGHT_SQL
    return gaz.db.execute(_LOOKUP_LIGHT_SQL, (key,)).fetchall()


def _as_old_format(path, copy):
    """A copy of the index whose blobs are written as the builder wrote them before speed30:
    raw deflate, level 6, with a preset dictionary (the last 8 kB of some blobs)."""
    shutil.copy(path, copy)
    with connected(copy) as db:
        blobs = db.execute("SELECT key, rows FROM key_rows").fetchall()
        zdict = b"".join(b for _, b in blobs[::3])[-8192:]
        redone = []
        for key, blob in blobs:
            z = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS, 8, zlib.Z_DEFAULT_STRATEGY, zdict)
            redone.append((z.compress(blob) + z.flush(), key))
        db.executemany("UPDATE key_rows SET rows = ? WHERE key = ?", redone)
        db.execute("INSERT INTO matchers VALUES ('key_rows_zdict', ?)", (zdict,))
        db.execute("UPDATE meta SET v = ? WHERE k = 'key_rows_format'", (OLD_FORMAT,))
    return copy


def test_the_builder_writes_blobs_not_compressed(every_key_a_blob, tmp_path):
    from geomove.gazetteer import Gazetteer
    from geomove.gazetteer_build import KEY_ROWS_FORMAT
    gaz = Gazetteer(every_key_a_blob, user_places=tmp_path / "none.sqlite")
    assert gaz.meta["key_rows_format"] == KEY_ROWS_FORMAT == "marshal4+plains+folds"
    assert gaz.db.execute("SELECT count(*) FROM matchers WHERE name = 'key_rows_zdict'").fetchone() == (0,)
    blobs = gaz.db.execute("SELECT key, rows FROM key_rows").fetchall()
    assert len(blobs) > 20
    for key, blob in blobs:
        rows, plains = marshal.loads(blob)
        assert rows == _join(gaz, key) and len(plains) == len(rows)
        assert gaz._key_rows_of(key) == rows and gaz._key_rows_of(key).plains == plains
    assert gaz._key_rows is True and gaz._key_rows_wbits is None


def test_an_index_of_the_older_deflate_format_reads_the_same(every_key_a_blob, tmp_path):
    from geomove.gazetteer import Gazetteer
    old = Gazetteer(_as_old_format(every_key_a_blob, tmp_path / "old.sqlite"), user_places=tmp_path / "none.sqlite")
    new = Gazetteer(every_key_a_blob, user_places=tmp_path / "none.sqlite")
    keys = [k for (k,) in new.db.execute("SELECT key FROM key_rows")]
    for key in keys:
        got = old._key_rows_of(key)
        assert got is not None and got == new._key_rows_of(key) and got.plains == new._key_rows_of(key).plains
    assert isinstance(old._key_rows, bytes) and old._key_rows_wbits == -zlib.MAX_WBITS
    for name in ("Lere", "Hol", "Mali"):
        assert new.lookup(name) and old.lookup(name) == new.lookup(name)
        assert old.candidates(name, limit=20) == new.candidates(name, limit=20)


@pytest.mark.parametrize("damage", ["cut", "junk", "other shape"])
def test_a_blob_that_cannot_be_read_is_read_from_the_tables(every_key_a_blob, tmp_path, damage):
    from geomove.gazetteer import Gazetteer
    from geomove.names import name_key
    copy = tmp_path / "damaged.sqlite"
    shutil.copy(every_key_a_blob, copy)
    key = name_key("Lere")
    with connected(copy) as db:
        (blob,) = db.execute("SELECT rows FROM key_rows WHERE key = ?", (key,)).fetchone()
        bad = {"cut": blob[:len(blob) // 2], "junk": b"\xff\xfe not marshal",
               "other shape": marshal.dumps([("a", 1)], 4)}[damage]
        db.execute("UPDATE key_rows SET rows = ? WHERE key = ?", (bad, key))
    gaz = Gazetteer(copy, user_places=tmp_path / "none.sqlite")
    assert gaz._key_rows_of(key) is None
    good = Gazetteer(every_key_a_blob, user_places=tmp_path / "none.sqlite")
    assert gaz.lookup("Lere") and gaz.lookup("Lere") == good.lookup("Lere")
    assert gaz.candidates("Lere") == good.candidates("Lere")


# ---------------------------------------------------------------- raw rows read when asked

NAMES = ("Springfield", "San Jose", "Alexandria", "Victoria", "Aleppo", "Homs", "Kansas City", "Paris",
         "New York", "Santa Cruz", "Lagos", "Mosul")


def _alike(c):
    """A keep test of the finder's kind (names and kinds only)."""
    return (c.get("kind") or "") != "airport" and (c.get("name") or "")[:1] == (c.get("matched_name") or "")[:1]


@pytest.mark.parametrize("limit", [1, 5, 40])
def test_candidates_with_raw_left_as_text_are_the_same_places(gazetteer, limit):
    import json
    from geomove.gazetteer import raw_of
    texts = 0
    for name in NAMES:
        for keep in (None, _alike):
            for kind in (None, "city"):
                parsed = gazetteer.candidates(name, kind=kind, limit=limit, fuzzy=False, keep=keep)
                left = gazetteer.candidates(name, kind=kind, limit=limit, fuzzy=False, keep=keep, parse_raw=False)
                assert [list(p) for p in left] == [list(p) for p in parsed]  # (keys in the same order)
                for a, b in zip(left, parsed):
                    assert {**a, "raw": None} == {**b, "raw": None}
                    assert isinstance(b["raw"], dict)
                    if isinstance(a["raw"], str):
                        texts += 1
                        assert json.loads(a["raw"]) == b["raw"]
                    assert raw_of(a) == b["raw"] and raw_of(b) == b["raw"]
    assert texts > 20


def test_raw_of_reads_without_writing():
    from geomove.gazetteer import raw_of
    place = {"name": "X", "raw": '{"population_of_cities":12,"a":"\\u00e9"}'}
    got = raw_of(place)
    assert got == {"population_of_cities": 12, "a": "é"} and isinstance(place["raw"], str)
    got["a"] = "changed"  # (a dict of its own: the next reader sees the row)
    assert raw_of(place)["a"] == "é"
    assert raw_of({"raw": {"b": 1}}) == {"b": 1}
    assert raw_of({"raw": {}}) == {} and raw_of({"raw": ""}) == {} and raw_of({"raw": None}) == {} and raw_of({}) == {}


def test_the_finder_keeps_its_candidates_raw_rows_as_text(gazetteer):
    from geomove.gazetteer import raw_of
    from geomove.gazetteer.cold import cold
    from geomove.mentions.finder import _Finder
    finder = _Finder("", gazetteer)
    cands = finder._filtered_candidates("Aleppo", None)
    # (a ranked row keeps its raw row packed with the other seldom-read keys: gazetteer.cold)
    assert cands and any(isinstance(cold(c, "raw"), str) for c in cands)
    direct = {p["gazetteer_id"]: p for p in gazetteer.candidates("Aleppo", limit=40, fuzzy=False)}
    for c in cands:
        if c["gazetteer_id"] in direct:
            assert raw_of(c) == direct[c["gazetteer_id"]]["raw"]
