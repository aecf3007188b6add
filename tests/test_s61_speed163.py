"""Session 61, speed163: a finder's candidate row keeps the keys code seldom reads (raw, features,
licence, population, matched_name) as one marshal bytes value, so the store of kept answers
loads one object for them a row; every reader asks for them through gazetteer.cold.cold, the
records that leave the finder carry none of the packing, and a store of the layout before is
built again rather than read (gazetteer/cold.py, mentions/kept_answers.FORMAT)."""

import json
import re
import shutil
from contextlib import closing
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.gazetteer import raw_of
from geomove.gazetteer.cold import COLD_KEYS, PACKED, cold, packed, unpacked
from geomove.mentions import kept_answers, places

from kept_store import live_answer, store_reader
from kept_store import made_closed, store  # noqa: F401 (fixtures: the module's store, what a test made closed)
from sqlite_files import connected

_OLD_FORMAT = "kept-answers-12"  # (the layout before this session: every key of a row its own)
_ROOT = Path(__file__).resolve().parent.parent
_MISSING = object()

_values = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20) \
    | st.tuples(st.text(max_size=8), st.text(max_size=8))
_keys = st.sampled_from(COLD_KEYS + ("name", "kind", "score", "why", "country")) | st.text(max_size=10)


@settings(max_examples=300, deadline=None)
@given(row=st.dictionaries(_keys.filter(lambda k: k != PACKED), _values, max_size=12),
       asked=_keys, default=_values)
def test_a_packed_row_answers_every_key_as_the_plain_row(row, asked, default):
    kept = packed(dict(row))
    assert cold(kept, asked, default) == row.get(asked, default)
    assert cold(row, asked, default) == row.get(asked, default)  # (a plain row answers as .get does)
    assert unpacked(kept) == row
    assert not any(k in kept for k in COLD_KEYS)  # (none of them left plain)
    assert (PACKED in kept) == any(k in row for k in COLD_KEYS)
    # (the keys that are not packed keep their order)
    assert [k for k in kept if k != PACKED] == [k for k in row if k not in COLD_KEYS]


def test_a_key_written_after_packing_is_the_answer():
    kept = packed({"name": "Somewhere", "matched_name": "Elsewhere", "features": ("name",)})
    kept["features"] = ("name", "importance")
    assert cold(kept, "features") == ("name", "importance")
    assert cold(kept, "matched_name") == "Elsewhere"
    assert unpacked(kept)["features"] == ("name", "importance")


def test_the_same_row_packs_to_the_same_bytes():
    # (no back-references: a row worked out live and the same row worked out by the store's
    # builder are equal, whatever else the process holds)
    row = {"name": "A", "matched_name": "B", "features": ("name", "importance"), "population": 7,
           "raw": '{"geonameid": 1}', "licence": "some licence"}
    held = [row["matched_name"]] * 3  # noqa: F841 (more references to a value than the row's)
    assert packed(dict(row))[PACKED] == packed(json.loads(json.dumps(row)) | {"features": ("name", "importance")})[PACKED]


def test_the_rows_a_finder_ranks_are_packed_and_answer_through_the_accessor(gazetteer):
    found = [c for name in ("London", "Paris", "Kharkiv") for c in live_answer(gazetteer, name)]
    rows = [c for c in found if PACKED in c]
    assert rows
    for c in rows:
        assert not any(k in c for k in COLD_KEYS)
        assert isinstance(cold(c, "matched_name"), str)
        assert isinstance(raw_of(c), dict)  # (the row's JSON text, read through the accessor)
        assert set(cold(c, "features") or ()) <= set(unpacked(c).get("features") or ())


def test_the_records_that_leave_the_finder_carry_no_packed_value(gazetteer):
    text = "Soldiers left Kharkiv on Monday and drove to Poltava, then on towards Kyiv."
    records = places(text, gazetteer=gazetteer)
    assert any(r.get("name") for r in records)
    for r in records:
        assert PACKED not in r
        json.dumps(r)  # (a bytes value would not be written)


def _as_old_format(src: Path, dst: Path) -> None:
    shutil.copyfile(src, dst)
    with connected(dst) as db:
        db.execute("UPDATE meta SET v = ? WHERE k = 'format'", (_OLD_FORMAT,))
        db.commit()


def test_a_store_of_the_layout_before_is_built_again(gazetteer, store, tmp_path, monkeypatch):
    beside = tmp_path / "old.answers"
    _as_old_format(store[0], beside)
    with closing(store_reader(gazetteer, beside)) as reader:
        assert reader.answer(store[1][0]) is None and reader.state == "off"  # (never misread)
    monkeypatch.setattr(kept_answers, "store_path", lambda index: beside)
    assert kept_answers.status(Path(gazetteer.path), gazetteer)["fresh"] is False
    built = []
    monkeypatch.setattr(kept_answers, "build", lambda index, started_ns=None: built.append(index) or beside)
    assert kept_answers._child(str(gazetteer.path), 0) == 0
    assert built == [Path(gazetteer.path)]


# the reads of a packed key that may stay plain, by module: they read rows of the gazetteer's own
# (Gazetteer.candidates and Gazetteer.country, before or without the finder's packing)
_PLAIN_READS_ALLOWED = {
    "geomove/mentions/candidates.py": 8,  # (_named_features, the keep test, _service_name, _looked_up_in)
    "geomove/mentions/context.py": 2,  # (a country's row: Gazetteer.country)
    "geomove/mentions/hints.py": 1,  # (the same)
    "geomove/read/book.py": 1,  # (the same)
    "geomove/read/country_epithet.py": 1,  # (the same)
}
_READ_RE = re.compile(r"""(?:\.get\(|\[)["'](%s)["'][,)\]]""" % "|".join(COLD_KEYS))


def test_no_module_reads_a_packed_key_but_through_the_accessor():
    # every module that gets a finder's rows: a plain read of a packed key would find nothing
    folders = [_ROOT / "geomove" / "mentions", _ROOT / "geomove" / "read"]
    files = [p for f in folders for p in sorted(f.glob("*.py"))] + [_ROOT / "geomove" / "locate.py"]
    found = {}
    for p in files:
        n = sum(1 for line in p.read_text(encoding="utf-8").splitlines()
                if not line.lstrip().startswith("#") for _ in _READ_RE.finditer(line))
        if n:
            found[str(p.relative_to(_ROOT))] = n
    assert found == _PLAIN_READS_ALLOWED
