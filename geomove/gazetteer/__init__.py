"""The offline gazetteer: name lookup, ranked candidates with context, countries, demonyms.

The index is one SQLite file built on first use from installed packages (see
:mod:`geomove.gazetteer_build`) and cached under ``platformdirs.user_cache_dir("geomove")``;
``GEOMOVE_GAZETTEER`` overrides the path. Analysts' own places live in a separate file
(``GEOMOVE_USER_PLACES``, default ``user_data_dir("geomove")/places.sqlite``) that survives
rebuilds and wins over built-in rows.
"""

from __future__ import annotations

import csv
import functools
import itertools
import json
import marshal
import os
import sqlite3
import sys
import threading
import types
import weakref
import zlib
from contextlib import closing
from operator import truediv as _truediv
from pathlib import Path
from typing import Iterable, Sequence

from ..distance import haversine_km
from ..errors import GazetteerError, InputError, check_latlon
from ..io.cache_files import file_identity
from ..io.sqlite_uri import connect_read_only
from ..names import light_key, name_key  # (re-exported; both keep their answers: see below)
from ..names import plain as _plain
from . import ranking
from .cold import cold
from .kinds import EXACT_FIRST, KIND_FAMILY, KIND_WORDS, family_met, kind_hint, split_kind  # noqa: F401 (re-exported)
from .kinds import SERVICE_TOKENS, spelled_service

PLACE_COLUMNS = ("rowid", "gazetteer_id", "name", "kind", "country", "admin1", "lat", "lon",
                 "population", "importance", "uncertainty_km", "precision", "source", "licence", "raw")
_SELECT = "SELECT p." + ", p.".join(PLACE_COLUMNS)
_LOOKUP_SQL = f"{_SELECT}, n.name, n.is_preferred, n.variants FROM names n JOIN places p ON p.rowid = n.place WHERE n.key = ?"
# an index built with the spellings' light keys (see gazetteer_build.IndexWriter.finish)
_LOOKUP_LIGHT_SQL = _LOOKUP_SQL.replace("n.variants FROM", "n.variants, n.light FROM")
# the columns of _LOOKUP_LIGHT_SQL: an index whose key_rows blobs hold these serves look-ups from them
_KEY_ROWS_COLUMNS = _LOOKUP_LIGHT_SQL[len("SELECT "):_LOOKUP_LIGHT_SQL.index(" FROM ")]

USER_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    rowid INTEGER PRIMARY KEY, gazetteer_id TEXT UNIQUE, name TEXT, kind TEXT, country TEXT,
    admin1 TEXT, lat REAL, lon REAL, population INTEGER, importance REAL,
    uncertainty_km REAL, precision TEXT, source TEXT, licence TEXT, raw TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT, place INTEGER, name TEXT, is_preferred INTEGER,
    variants TEXT, PRIMARY KEY (key, place)) WITHOUT ROWID;
"""


# (the ranker folds the same names and spellings again and again, every candidate's spellings
# for every query: names.name_key and names.light_key keep their answers, pure functions of the
# string; this module wrapped them in a second cache, which a string met for the first time
# passed through as well)


# every word of a kind word ("border", "crossing", "air", "base", "oblast", ...) and of a
# service designator ("raaf", "nas", "afb": kinds.SERVICE_FORMS)
_KIND_TOKENS = frozenset(w for phrase in KIND_WORDS for w in phrase.split()) | SERVICE_TOKENS


@functools.lru_cache(maxsize=1 << 16)
def _split_kind_quick(name: str) -> tuple[str, str | None]:
    r""":func:`kinds.split_kind`, the same answer, without its regex for a name none of whose
    words is a word of a kind word (most names: 'Aleppo', 'Kafr Nabl').

    The regex finds a kind word only as whole words at the start or at the end of the name
    (``^kind\s+`` or ``\s+kind$``, case-insensitive), so a name with no such word has none; for
    ASCII text ``str.split()`` cuts at exactly the characters ``\s`` matches and ``str.lower``
    folds exactly as the regex's IGNORECASE does. Other names ask the regex (its first-time cost,
    ~3 us a name, was ~0.07 CPU s of a 380-report batch)."""
    if name.isascii() and _KIND_TOKENS.isdisjoint(name.lower().split()):
        return name.strip(), None
    return split_kind(name)


# ---------------------------------------------------------------- paths

def default_index_path() -> Path:
    env = os.environ.get("GEOMOVE_GAZETTEER")
    if env:
        return Path(env).expanduser()
    global _DEFAULT_PATH
    if _DEFAULT_PATH is None:
        # the fingerprint reads package versions and hashes source files (~1.4 ms): once per
        # process, not once per document (a package upgraded under a running process is seen
        # by the next one)
        from ..io.cache_files import user_cache_dir
        folder = Path(user_cache_dir())
        _DEFAULT_PATH = folder / f"gazetteer-{_remembered_fingerprint(folder)}.sqlite"
    return _DEFAULT_PATH


_DEFAULT_PATH: Path | None = None


# ---------------------------------------------------------------- famous names, kept

_FAMOUS_MEMO_FORMAT = 1


def _famous_memo_path(index: Path | None) -> Path | None:
    """The file that keeps the famous names of the index at ``index`` (Gazetteer.famous_name_slipped)
    between processes, in the user's cache: its name holds the index file's path, size, time and
    inode, the bar of importance, names.py (plain) and the interpreter's version, so another
    index, bar or folding makes another name (None: no cache folder or no such file)."""
    if index is None:
        return None
    from ..io.cache_files import keyed_cache_path
    return keyed_cache_path("famous-names", (Path(index).resolve(), Path(__file__).parent.parent / "names.py"),
                            _FAMOUS_MEMO_FORMAT, ranking.FAMOUS_SLIP_IMPORTANCE, sys.version)


def _read_famous_memo(memo: Path | None) -> list[str] | None:
    from ..io.cache_files import read_checked
    names = read_checked(memo)
    return names if type(names) is list and all(type(n) is str for n in names) else None


# (gazetteer_build.fingerprint of what a process's files were, by _fingerprint_key; the newest
# few kept)
FINGERPRINTS_FILE = "gazetteer-fingerprints.json"
_FINGERPRINTS_KEPT = 64


def _fingerprint_key() -> str | None:
    """What :func:`gazetteer_build.fingerprint` reads, seen from outside: the size and time of
    every file it hashes (curated files, the builder's code), the package metadata folders in
    every folder on ``sys.path`` (:func:`_metadata_folders_in`) and the interpreter. None when a
    file is not a plain file (a zipped package): not remembered."""
    import hashlib
    import sys

    from ..gazetteer_build import CURATED_FILES, fingerprint_list_sources, fingerprint_sources
    from ..io.installed import curated_file  # (curated_path's twin, without importlib.resources)
    seen = [sys.version, sys.prefix, sys.exec_prefix]
    for path in [curated_file(name) for name in CURATED_FILES] + fingerprint_sources() + fingerprint_list_sources():
        if path is not None and not isinstance(path, Path):
            return None
        seen.append(file_identity(path))
    seen += [_metadata_folders_in(entry or os.getcwd()) for entry in sys.path]
    return hashlib.sha1(repr(seen).encode("utf-8")).hexdigest()[:24]


_METADATA_ENDS = (".dist-info", ".egg-info")


def _metadata_folders_in(entry: str) -> tuple:
    """What importlib.metadata reads a version from in the ``sys.path`` folder ``entry``: its
    ``<name>-<version>.dist-info`` (or ``.egg-info``; an egg's ``EGG-INFO``) entries, each with its time -- installing,
    upgrading or removing a package adds or drops one. Not the folder's own time: the folder a
    process runs in is on ``sys.path`` and changes whenever a file is written there (a batch's
    output, another run's temporary file), and a memo keyed by it was worked out anew, with
    importlib.metadata's import (~90M instructions), by nearly every process run from a busy
    folder. An entry that is no folder (a zip) is keyed by its own size and time."""
    try:
        names = os.listdir(entry)
    except NotADirectoryError:
        return file_identity(Path(entry))
    except (OSError, TypeError, ValueError):
        return (str(entry), None)
    return (str(entry), sorted(file_identity(os.path.join(entry, name)) for name in names
                               if name.lower().endswith(_METADATA_ENDS) or name.lower() == "egg-info"))


def _remembered_fingerprint(folder: Path) -> str:
    """:func:`gazetteer_build.fingerprint`, remembered in ``folder`` between processes under
    :func:`_fingerprint_key`: reading the package versions costs a process ~0.03 s
    (importlib.metadata's import alone ~90M instructions, and a look-up for each of six
    packages), every ``places``, ``extract`` and ``geocode`` start. Any change it could see
    changes the key, and then it is worked out again; a memo that cannot be read or written
    is no error."""
    from ..gazetteer_build import fingerprint
    try:
        key = _fingerprint_key()
    except Exception:  # noqa: BLE001 (anything unexpected: worked out as before)
        key = None
    if key is None:
        return fingerprint()
    memo = folder / FINGERPRINTS_FILE
    try:
        known = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    if not isinstance(known, dict):
        known = {}
    hit = known.get(key)
    if isinstance(hit, str) and len(hit) == 16 and all(c in "0123456789abcdef" for c in hit):
        return hit
    found = fingerprint()
    known.pop(key, None)
    known = dict(list(known.items())[-(_FINGERPRINTS_KEPT - 1):])
    known[key] = found
    from ..io.cache_files import keep_bytes
    keep_bytes(memo, json.dumps(known).encode("utf-8"))
    return found


def user_places_path() -> Path:
    env = os.environ.get("GEOMOVE_USER_PLACES")
    if env:
        return Path(env).expanduser()
    from ..io.cache_files import user_data_dir
    return Path(user_data_dir()) / "places.sqlite"


def _build_locked(path: Path, *, geonames: Sequence = (), progress: bool | None = None, force: bool = False,
                  packages: bool = True) -> Path:
    """Build ``path`` unless another process did so while we waited for the lock."""
    from ..gazetteer_build import build
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(path.name + ".lock")
    with open(lock_path, "w") as lock:
        try:
            import fcntl
            fcntl.flock(lock, fcntl.LOCK_EX)
        except ImportError:  # Windows: no advisory lock; the atomic rename still protects readers
            pass
        if path.exists() and not force:
            return path
        return build(path, geonames=geonames, progress=progress, packages=packages)


def _remembered_geonames_path() -> Path | None:
    """Where the default index remembers its GeoNames dumps, so upgrades rebuild with them."""
    if os.environ.get("GEOMOVE_GAZETTEER"):
        return None
    return default_index_path().parent / "gazetteer-geonames.json"


def remembered_geonames() -> list[Path]:
    sidecar = _remembered_geonames_path()
    if sidecar is None or not sidecar.exists():
        return []
    try:
        files = [Path(p) for p in json.loads(sidecar.read_text(encoding="utf-8"))]
    except (OSError, ValueError):
        return []
    return [p for p in files if p.exists()]


def _use_lock(path: Path, *, exclusive: bool = False):
    """Lock ``<index>.use``: shared while a process reads the index, exclusive to delete it.

    Returns the open lock file (the lock lasts until it is closed), or None when it cannot
    be taken: held by another process (exclusive), a read-only folder, or no fcntl (Windows,
    where an open file cannot be deleted anyway).
    """
    try:
        import fcntl
    except ImportError:
        return None
    try:
        f = open(path.with_name(path.name + ".use"), "a")
    except OSError:
        return None
    try:
        fcntl.flock(f, (fcntl.LOCK_EX | fcntl.LOCK_NB) if exclusive else fcntl.LOCK_SH)
    except OSError:
        f.close()
        return None
    if not exclusive:
        try:
            os.utime(f.fileno())  # when the index was last opened (see _remove_stale_indexes)
        except OSError:
            pass
    return f


def _write_key_trie_copy(copy: Path, data: bytes, digest: str) -> None:
    """Write the index's key trie beside it (see Gazetteer._load_key_trie), if ``data`` is what
    the digest says, and remove copies of other digests of the same index (rebuilt since);
    quietly nothing where the folder cannot be written."""
    import hashlib

    from ..io.cache_files import keep_bytes
    if hashlib.sha1(data).hexdigest() != digest:
        return
    if not keep_bytes(copy, data):
        return
    _remove_key_trie_copies(copy.with_name(copy.name.rpartition(".keys-")[0]), keep=copy)


def _remove_key_trie_copies(index: Path, keep: Path | None = None) -> None:
    import glob
    for old in index.parent.glob(f"{glob.escape(index.name)}.keys-*"):
        if old != keep:
            try:
                old.unlink()
            except OSError:
                pass


def _remove_stale_indexes(current: Path, min_age_s: float = 86400.0) -> list[Path]:
    """Delete cached indexes of older fingerprints (~200 MB each) that no process is using.

    Every Gazetteer holds a shared lock on ``<index>.use`` from before it checks the file
    until it is dropped, so an index another process (an older checkout, a CI run) has open
    or is about to open is kept. Indexes built or opened within ``min_age_s`` (a day) are kept
    too: another checkout on the same machine uses it between its runs (with ten minutes, two
    checkouts of different fingerprints swept each other's index and rebuilt it, ~30 CPU s, on
    every other run). Opening an index stamps its ``.use`` file. The tiny lock files stay:
    deleting a lock file while another process waits on it would let two processes take "the"
    lock at once.
    """
    import time
    removed = []
    now = time.time()
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old == current:
            continue
        try:
            used = old.with_name(old.name + ".use")
            last = max(old.stat().st_mtime, used.stat().st_mtime if used.exists() else 0.0)
            if now - last <= min_age_s:
                continue
        except OSError:
            continue
        lock = _use_lock(old, exclusive=True)
        if lock is None:
            continue  # in use (or cannot tell): keep it
        try:
            old.unlink()
            removed.append(old)
            _remove_key_trie_copies(old)
            old.with_name(old.name + ".answers").unlink(missing_ok=True)  # (kept_answers.store_path)
        except OSError:
            pass
        finally:
            lock.close()
    return removed


def build_index(path: str | os.PathLike | None = None, geonames: Iterable[str | os.PathLike] = (),
                progress: bool | None = True, packages: bool = True, answers: bool = True) -> Path:
    """(Re)build the index; GeoNames dump files are imported when given. Returns its path.

    With ``answers`` the finder's answers of frequent names are worked out once the index is
    written, into a store beside it (mentions/kept_answers.py, ~35 CPU s for the full index).

    Building the default index with GeoNames dumps remembers them: later automatic rebuilds
    (after a package upgrade) import them again while the files exist.
    """
    geonames = [Path(g).resolve() for g in geonames]
    for g in geonames:
        if not g.is_file():
            raise GazetteerError("GeoNames file not found", source=str(g))
    target = Path(path) if path else default_index_path()
    Gazetteer.drop_default()
    built = _build_locked(target, geonames=geonames, progress=progress, force=True, packages=packages)
    sidecar = _remembered_geonames_path() if path is None else None
    if sidecar is not None:
        sidecar.write_text(json.dumps([str(g) for g in geonames]), encoding="utf-8")
    if answers:
        from ..mentions.kept_answers import build_in_child
        build_in_child(built)
    return built


def info(path: str | os.PathLike | None = None) -> dict:
    """Counts, sources, licences and paths of the index and of the user's own places."""
    target = Path(path) if path else default_index_path()
    out: dict = {"path": str(target), "exists": target.exists(), "user_places": str(user_places_path())}
    if target.exists():
        with closing(connect_read_only(target)) as db:  # (closed when a query fails too)
            meta = dict(db.execute("SELECT k, v FROM meta"))
            out["size_bytes"] = target.stat().st_size
            out["places"] = db.execute("SELECT count(*) FROM places").fetchone()[0]
            out["names"] = db.execute("SELECT count(*) FROM names").fetchone()[0]
            out["sources"] = [{"source": s, "licence": lic, "places": n} for s, lic, n in db.execute(
                "SELECT source, licence, count(*) FROM places GROUP BY source, licence ORDER BY count(*) DESC")]
            out["kinds"] = dict(db.execute("SELECT kind, count(*) FROM places GROUP BY kind ORDER BY 2 DESC"))
        out["built_at"] = meta.get("built_at")
        out["packages"] = json.loads(meta.get("packages") or "{}")
        out["geonames_files"] = json.loads(meta.get("geonames") or "[]")
        out["fingerprint"] = meta.get("fingerprint")
        from ..mentions.kept_answers import status
        out["kept_answers"] = status(target)
    up = user_places_path()
    out["user_place_count"] = 0
    if up.exists():
        with closing(connect_read_only(up)) as db:
            out["user_place_count"] = db.execute("SELECT count(*) FROM places").fetchone()[0]
    return out


# ---------------------------------------------------------------- user places

def add_places(csv_path: str | os.PathLike, *, user_db: str | os.PathLike | None = None) -> int:
    """Add an analyst's places (CSV: name,lat,lon[,aliases,kind,country,admin1,uncertainty_km,source,licence,note,id]).

    Rows keep their provenance (``source`` column, else the file name) and win over
    built-in rows. Re-adding a row with the same id replaces it. Returns rows added.
    """
    from ..gazetteer_build import curated_rows
    src = Path(csv_path)
    if not src.is_file():
        raise InputError("file not found", source=str(src))
    data = src.read_bytes()
    newline, nul = b"\n", b"\x00"
    if nul in data:
        line = data.count(newline, 0, data.index(nul)) + 1
        raise InputError(f"line {line}: a NUL byte; this is not a CSV text file", source=str(src))
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(newline, 0, err.start) + 1
        raise InputError(f"line {line}: not UTF-8 text (byte 0x{data[err.start]:02x}); re-save the "
                         "file as UTF-8", source=str(src)) from err
    with src.open(encoding="utf-8-sig", newline="") as f:  # a BOM (spreadsheet export) is fine
        header = next(csv.reader(f), [])
    missing = {"name", "lat", "lon"} - {h.strip() for h in header}
    if missing:
        raise InputError(f"missing column(s) {', '.join(sorted(missing))} (need name,lat,lon)", source=str(src))
    target = Path(user_db) if user_db else user_places_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(target)
    n = 0
    try:
        db.executescript(USER_SCHEMA)  # (inside: a file that is no database is closed too)
        with src.open(encoding="utf-8-sig", newline="") as f:
            for lineno, r in enumerate(csv.DictReader(f), start=2):
                if (r.get("lat") or "").strip() or (r.get("lon") or "").strip():
                    try:
                        check_latlon(r.get("lat"), r.get("lon"), source=f"{src}:{lineno}")
                    except InputError:
                        raise
        for place, names in curated_rows(src, prefix="user", source_default=f"user:{src.name}"):
            place["importance"] = 0.9
            line = place.pop("_line", None)
            place["raw"] = {**place["raw"], "file": str(src.resolve()), "line": line}
            place["licence"] = place["licence"] or "user-supplied"
            if not place["source"].startswith("user"):
                place["source"] = f"user:{place['source']}"
            old = db.execute("SELECT rowid FROM places WHERE gazetteer_id=?", (place["gazetteer_id"],)).fetchone()
            if old:
                db.execute("DELETE FROM names WHERE place=?", old)
                db.execute("DELETE FROM places WHERE rowid=?", old)
            cols = PLACE_COLUMNS[1:]
            vals = [place.get(c) for c in cols]
            vals[-1] = json.dumps(place["raw"], ensure_ascii=False)
            cur = db.execute(f"INSERT INTO places ({','.join(cols)}) VALUES ({','.join('?' * len(cols))})", vals)
            keys = {}
            for nm, pref in names:
                k = name_key(nm)
                if k and k not in keys:
                    keys[k] = [k, cur.lastrowid, nm, pref, nm]
                elif k:
                    keys[k][4] += "|" + nm
            db.executemany("INSERT OR REPLACE INTO names VALUES (?,?,?,?,?)", keys.values())
            n += 1
        db.commit()
    except ValueError as err:
        db.rollback()
        raise InputError(f"bad value: {err}", source=str(src)) from err
    finally:
        db.close()
    Gazetteer.drop_default()  # (the next one reads the places just added)
    return n


# ---------------------------------------------------------------- the gazetteer



def _ranked_order(asked: str):
    """The order of scored readings: the best score first, then the better known, then (at a
    tie) the reading whose matched name is the whole name asked before one matched by its core
    alone ('Clark Air Base' is the base of that name, not an airfield called Clark), then by id."""
    asked = (asked or "").lower()

    def order(p):
        return -p["score"], -(p["importance"] or 0), (p.get("matched_name") or "").lower() != asked, p["gazetteer_id"]
    return order


# the words a province's own name ends in, in the index's English names ("Amur Oblast", "Primorsky
# Krai", "Marib Governorate"): a report writes "the X region" or "X province" for any of them
_AREA_NAME_WORDS = ("oblast", "krai", "kray", "province", "region", "governorate", "prefecture", "state")


def _area_names_of(core: str) -> tuple[str, ...]:
    """``core`` with each word of :data:`_AREA_NAME_WORDS` ("Amur" -> "Amur oblast", "Amur krai",
    ...), for a name written with a province's kind word that the index knows only by another of
    them."""
    return tuple(f"{core} {w}" for w in _AREA_NAME_WORDS)


# the connections a forked process inherited and replaced (Gazetteer.reopen_after_fork)
_INHERITED_CONNECTIONS: list = []


def _close_files(connections, use, closers) -> None:
    """Close a gazetteer's ``connections`` (index, user's places), its ``use`` lock and what
    readers registered with it and still live (``closers``, see Gazetteer.on_close)."""
    for db in connections:
        if db is not None:
            db.close()
    if use is not None:
        use.close()
    for close in map(_live_closer, closers):
        if close is not None:
            close()


def _held_weakly(close):
    """What Gazetteer.on_close keeps of ``close``: a weak reference to a bound method (its reader
    may go when its last user lets go: the gazetteer must not keep it alive), else ``close``
    itself (a function, or a method of an object that takes no weak reference)."""
    if isinstance(close, types.MethodType):
        try:
            return weakref.WeakMethod(close)
        except TypeError:
            pass
    return close


def _live_closer(held):
    """The closer :func:`_held_weakly` kept, None when its reader is gone."""
    return held() if isinstance(held, weakref.WeakMethod) else held


def _close_files_in(pid: int, connections, use, closers) -> None:
    """:func:`_close_files`, in the process ``pid`` only: a forked child that drops what it
    inherited leaves the parent's files to the parent (see Gazetteer.reopen_after_fork)."""
    if os.getpid() == pid:
        _close_files(connections, use, closers)


class Gazetteer:
    """An opened gazetteer index (read-only) plus the user's own places."""

    _default: "Gazetteer | None" = None
    _lock = threading.Lock()

    @classmethod
    def default(cls) -> "Gazetteer":
        """The shared gazetteer; builds the index on first use."""
        with cls._lock:
            path = default_index_path()
            if cls._default is None or cls._default.path != path:
                cls._drop_default_locked()
                # hold the index before looking for it, so no cleanup deletes it in between
                use = _use_lock(path)
                try:
                    built = False
                    if not path.exists():
                        _build_locked(path, geonames=remembered_geonames(), progress=None)
                        built = True
                    cls._default = cls(path, _use=use)
                except BaseException:
                    if use is not None:
                        use.close()
                    raise
                if built and not os.environ.get("GEOMOVE_GAZETTEER"):
                    _remove_stale_indexes(path)
                if built:
                    # the finder's answers of frequent names, worked out in a detached child:
                    # this process goes on without them (mentions/kept_answers.py)
                    from ..mentions.kept_answers import build_later
                    build_later(path)
            return cls._default

    @classmethod
    def drop_default(cls) -> None:
        """Forget the shared gazetteer (its index was rebuilt, the user's places changed): the
        next :meth:`default` opens the index again. The old one's files close as soon as no
        caller holds it any more, at once when none does."""
        with cls._lock:
            cls._drop_default_locked()

    @classmethod
    def _drop_default_locked(cls) -> None:
        """:meth:`drop_default` with ``cls._lock`` held.

        Why not close it here: callers keep the default they were given (a Geomove, a pool's
        worker, a test's fixture, a thread in the middle of a batch), and closing would pull the
        index from under a reader that still reads; left to the collector instead, a dropped
        gazetteer's SQLite connections stay open until its next full walk (see :meth:`close`).
        A finalizer does both: it runs when the last holder lets go."""
        old, cls._default = cls._default, None
        if old is not None:
            # (given the files, never the gazetteer: a finalizer that held it would keep it alive)
            weakref.finalize(old, _close_files_in, os.getpid(), (old.db, old.user_db), old._use, old._closers)

    def __init__(self, path: str | os.PathLike, *, user_places: str | os.PathLike | None = None, _use=None):
        self.path = Path(path)
        if not self.path.exists():
            raise GazetteerError("gazetteer index not found (run `geomove gazetteer build`)", source=str(self.path))
        # a shared lock for as long as this object lives: cleanups elsewhere leave the file alone
        self._use = _use if _use is not None else _use_lock(self.path)
        try:
            # immutable: the index never changes under a reader (a build writes a temporary file
            # and renames it over the old one; rollback journal, no WAL), so SQLite need not take
            # a shared lock, look for a hot journal and re-read the header around every query:
            # 4,000 look-ups a 380-report batch made 15,500 fcntl, 11,600 stat and 3,900 pread
            # calls (strace -c) that this leaves out
            self.db = self._connect_index()
            self.meta = dict(self.db.execute("SELECT k, v FROM meta"))
            names_columns = {row[1] for row in self.db.execute("PRAGMA table_info(names)")}
        except sqlite3.DatabaseError as err:
            raise GazetteerError(f"not a gazetteer index: {err}", source=str(self.path)) from err
        self.max_name_tokens = int(self.meta.get("max_name_tokens", 6))
        # an index of an older build has no light keys: the reader folds the spellings itself
        self._lookup_sql = _LOOKUP_LIGHT_SQL if "light" in names_columns else _LOOKUP_SQL
        up = Path(user_places) if user_places else user_places_path()
        self.user_places = up  # (the store of kept answers is fresh for these user places only)
        self.user_db = None
        self._user_keys: frozenset[str] = frozenset()
        if up.exists():
            self.user_db = connect_read_only(up, check_same_thread=False)
            self._user_keys = frozenset(k for (k,) in self.user_db.execute("SELECT key FROM names"))
        self._key_cache: dict[str, bool] = {}
        self._key_trie = None
        self._demonym_cache: dict[str, tuple[str | None]] = {}
        self._demonyms: dict[str, str | None] | None = None
        self._lookup_cache: dict[str, list[dict]] = {}
        self._key_rows: bytes | bool | None = None  # the blobs' preset dictionary (True: none); False: no blobs
        self._key_rows_keys = None  # a marisa trie of the keys with a blob (None: ask the table)
        self._key_rows_plains = False  # do the blobs hold each row's plain forms?
        self._key_rows_wbits = zlib.MAX_WBITS  # a zlib stream, or (negative) a raw deflate one
        self._borders = None
        self._closers: list = []  # (what readers opened for this gazetteer and close with it: on_close)

    def on_close(self, close) -> None:
        """Call ``close`` when this gazetteer is closed: a reader that opened files for it (the
        store of kept answers) without holding it (a reader cached by the gazetteer as a weak key
        must not keep its key alive). Nor does the gazetteer hold the reader: a bound method is
        kept by a weak reference, so a reader its user dropped is collected (its files with it)
        instead of living as long as the gazetteer; the closers of readers gone are let go here."""
        # (in place: a dropped default's finalizer holds this very list, see _drop_default_locked)
        self._closers[:] = [held for held in self._closers if _live_closer(held) is not None]
        self._closers.append(_held_weakly(close))

    def close(self) -> None:
        """Let go of the index now: its connections, the user's places, the mapped key trie and
        the shared lock on the file. For a gazetteer made for a while (a test, the store's
        builder); not the default one, which the process keeps and every caller shares.

        Why: a dropped gazetteer frees its files too, but a SQLite connection and its
        statement cache refer to each other, so its descriptor closes only when Python's cyclic
        collector next walks the oldest objects -- rarely, in a process with large caches."""
        self._key_trie = None  # (marisa's map of the .keys copy keeps the file open)
        use, self._use = self._use, None
        closers, self._closers = self._closers, []
        _close_files((self.db, self.user_db), use, closers)

    def __enter__(self) -> "Gazetteer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _connect_index(self, mmap_size: int = 0) -> sqlite3.Connection:
        db = connect_read_only(self.path, immutable=True, check_same_thread=False)
        # no memory map in a process that reads alone: lookups touch random pages of a ~140 MB
        # file, and with the kernel's read-around a batch of 400 reports mapped ~140 MB into the
        # process (peak RSS 321 MB, same CPU time); SQLite's own page cache (below) is bounded at
        # 32 MB. A pool's workers map it (``mmap_size``: parallel.WORKER_MMAP_SIZE)
        db.execute(f"PRAGMA mmap_size = {int(mmap_size)}")
        db.execute("PRAGMA cache_size = -32768")
        return db

    def reopen_after_fork(self, mmap_size: int = 0) -> None:
        """In a process forked from the one that opened this gazetteer (a pool's worker): its own
        connections to the index and the user's places, as SQLite asks (a connection belongs to
        the process that opened it), and everything else kept -- the key trie, the memos, and
        what the parent worked out per gazetteer (parallel._init_worker). The inherited
        connections are kept, never used, never closed here (the parent still reads with them).
        ``mmap_size``: the bytes of the index the new connection reads through a memory map."""
        _INHERITED_CONNECTIONS.append((self.db, self.user_db))
        self.db = self._connect_index(mmap_size)
        if self.user_db is not None:
            self.user_db = connect_read_only(self.user_places, check_same_thread=False)

    # -- rows

    @staticmethod
    def _place(row: Sequence, matched: str | None = None, *, decode: bool = True) -> dict:
        """A PLACE dict of an index row; ``decode=False`` leaves ``raw`` as the row's JSON text
        (see :func:`_with_raw`: most places a name's key finds are ranked and dropped unread)."""
        (rowid, gid, name, kind, country, admin1, lat, lon, pop, imp, unc, precision, source,
         licence, raw) = row[:15]
        return {"name": name, "surface": None, "lat": lat, "lon": lon, "country": _SHARED[country],
                "admin1": admin1, "kind": _SHARED[kind], "precision": precision, "uncertainty_km": unc,
                "gazetteer_id": gid, "source": source, "licence": licence, "population": pop,
                "importance": imp, "raw": (_decode_raw(raw) if decode else raw) if raw else {},
                "matched_name": matched if matched is not None else name}

    def _rows_for_key(self, key: str) -> list[tuple[list[tuple], bool]]:
        """The rows of a key as (rows, are they the user's own places): the user's first, then
        the index's, each row as :data:`_LOOKUP_SQL` gives it (the index's with its light keys
        when it has them; rows read from a blob are a :class:`_BlobRows`, with their stored
        plain forms)."""
        groups = []
        if self.user_db is not None and key in self._user_keys:
            groups.append((self.user_db.execute(_LOOKUP_SQL, (key,)).fetchall(), True))
        if self._key_trie and key not in self._key_trie:
            # the index's trie of every name key, once read (has_key reads it: the finder asks
            # it first), knows a key of no name: no join to find no rows (a tenth of the keys a
            # batch looks up, a name's core key most often)
            groups.append(([], False))
            return groups
        rows = None
        if self._key_rows is not False:
            rows = self._key_rows_of(key)
        if rows is None:
            rows = self.db.execute(self._lookup_sql, (key,)).fetchall()
        groups.append((rows, False))
        return groups

    def _key_rows_of(self, key: str) -> "_BlobRows | None":
        """A key's rows from the index's ``key_rows`` blobs (see gazetteer_build.write_key_rows):
        one B-tree look-up and ~1.5 us a row, where the join of names and places costs 3-6 us a
        row. None when the key has no blob (a few places only), the index has no such
        blobs (built before them, or of other columns) or one cannot be read: the caller
        joins the tables then."""
        found = self._key_rows_and_plains(key)
        return _BlobRows(found[0], found[1]) if found is not None else None

    # blob formats this reader knows: rows alone (older indexes), or (rows, their plain forms)
    # (rows alone; rows and plain forms; the same as a raw deflate stream; the same not
    # compressed, see gazetteer_build.KEY_ROWS_FORMAT)
    _KEY_ROWS_FORMATS = ("marshal4+zlib-zdict", "marshal4+zlib-zdict+plains+folds", "marshal4+deflate-zdict+plains+folds",
                         "marshal4+plains+folds")

    def _key_rows_and_plains(self, key: str) -> tuple[list[tuple], list[str] | None] | None:
        """(rows, each row's plain forms or None) of a key with a blob; see :meth:`_key_rows_of`."""
        if self._key_rows is None:
            self._key_rows = False
            self._key_rows_plains = self.meta.get("key_rows_format") in self._KEY_ROWS_FORMATS[1:]
            self._key_rows_wbits = -zlib.MAX_WBITS if self.meta.get("key_rows_format") == self._KEY_ROWS_FORMATS[2] \
                else None if self.meta.get("key_rows_format") == self._KEY_ROWS_FORMATS[3] else zlib.MAX_WBITS
            if self.meta.get("key_rows_columns") == _KEY_ROWS_COLUMNS \
                    and self.meta.get("key_rows_format") in self._KEY_ROWS_FORMATS:
                found = dict(self.db.execute("SELECT name, data FROM matchers "
                                             "WHERE name IN ('key_rows_zdict', 'key_rows_keys')"))
                if self._key_rows_wbits is None or "key_rows_zdict" in found:
                    # (True: blobs not compressed, no preset dictionary)
                    self._key_rows = True if self._key_rows_wbits is None else bytes(found["key_rows_zdict"])
                    self._key_rows_keys = None
                    if "key_rows_keys" in found:
                        try:
                            import marisa_trie
                            self._key_rows_keys = marisa_trie.Trie().frombytes(bytes(found["key_rows_keys"]))
                        except ImportError:
                            pass
            if self._key_rows is False:
                return None
        if self._key_rows_keys is not None and key not in self._key_rows_keys:
            return None  # a key of a few places (or none): the join costs little more
        hit = self.db.execute("SELECT rows FROM key_rows WHERE key = ?", (key,)).fetchone()
        if hit is None:
            return None
        try:
            if self._key_rows_wbits is None:  # (gazetteer_build.KEY_ROWS_FORMAT: not compressed)
                data = marshal.loads(hit[0])
            else:
                z = zlib.decompressobj(self._key_rows_wbits, zdict=self._key_rows)
                data = z.decompress(hit[0]) + z.flush()
                if not z.eof:
                    return None  # a stream cut short
                data = marshal.loads(data)
        except (zlib.error, ValueError, EOFError, TypeError):
            return None
        if not self._key_rows_plains:
            return (data, None) if isinstance(data, list) else None
        if not (isinstance(data, tuple) and len(data) == 2 and isinstance(data[0], list)
                and isinstance(data[1], list) and len(data[0]) == len(data[1])):
            return None
        return data

    def _places_for_key(self, key: str) -> list[tuple]:
        """(row, is it the user's own, the row's stored plain forms or None: see
        gazetteer_build.row_plains) for a folded key, ``row`` as :data:`_LOOKUP_LIGHT_SQL` gives
        it (19 columns: the first 15 are :data:`PLACE_COLUMNS`, :func:`_row_place` makes the
        PLACE dict; a row of a table without light keys has None for them; see
        :func:`_row_spellings`); recent keys cached.

        The rows stay tuples here, paired with their plain forms at C level (zip): a key's first
        look-up meets every row of the key (61,000 rows a batch of 380 reports) and most are
        spelled unlike the name asked or fail the finder's keep test; a PLACE dict is made only
        for the rows a look-up keeps."""
        cached = self._lookup_cache.get(key)
        if cached is None:
            cached = []
            for rows, is_user in self._rows_for_key(key):
                plains = getattr(rows, "plains", None)
                if rows and len(rows[0]) < 19:  # (the user's places, an index without light keys)
                    rows = [row + (None,) for row in rows]
                cached += zip(rows, itertools.repeat(is_user),
                              plains if plains is not None else itertools.repeat(None))
            if len(self._lookup_cache) >= 16384:
                # drop the oldest quarter (dicts keep insertion order), not everything at once
                for old in list(itertools.islice(self._lookup_cache, 4096)):
                    del self._lookup_cache[old]
            self._lookup_cache[key] = cached
        return cached

    def lookup(self, name: str) -> list[dict]:
        """Every place with a name of the same key (user places first), as PLACE dicts.

        Results of recent keys are cached; each call returns fresh dicts (``raw`` is shared).
        """
        key = name_key(name)
        if not key:
            return []
        return [_with_raw(_row_place(row, is_user)) for row, is_user, *_ in self._places_for_key(key)]

    def has_key(self, key: str) -> bool:
        """Is ``key`` (already folded by name_key) the key of any name? Cached; cheap."""
        trie = self._key_trie if self._key_trie is not None else self._load_key_trie()
        if trie:
            return key in trie or key in self._user_keys
        hit = self._key_cache.get(key)
        if hit is None:
            hit = key in self._user_keys or self.db.execute(
                "SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone() is not None
            if len(self._key_cache) > 200_000:
                self._key_cache.clear()
            self._key_cache[key] = hit
        return hit

    def _load_key_trie(self):
        """The index's trie of every name key (gazetteer_build.name_key_trie), read on first use;
        False for an index without one or without marisa-trie installed.

        An index that gives its trie's SHA-1 (meta ``name_keys_sha1``) has a copy of the trie
        beside it, ``<index>.keys-<sha1>``: the first reader writes it from the blob, once the
        blob's digest is checked, and later ones map that file (~0.05 ms) instead of reading and
        unpacking the 2.3 MB blob (~8 ms a process, and a private copy in each worker). The
        file's name is its content's digest, so a rebuilt or another index never takes a copy
        of other keys."""
        self._key_trie = False
        try:
            import marisa_trie
        except ImportError:
            return self._key_trie
        digest = self.meta.get("name_keys_sha1")
        copy = self.path.with_name(f"{self.path.name}.keys-{digest}") if digest else None
        if copy is not None:
            try:
                if copy.stat().st_size == int(self.meta.get("name_keys_bytes", -1)):
                    self._key_trie = marisa_trie.Trie().mmap(str(copy))
                    return self._key_trie
            except Exception:  # noqa: BLE001 (no copy, or one that cannot be mapped: read the blob)
                pass
        try:
            row = self.db.execute("SELECT data FROM matchers WHERE name = 'name_keys'").fetchone()
        except sqlite3.OperationalError:  # (an index built before the table)
            row = None
        if row:
            self._key_trie = marisa_trie.Trie().frombytes(row[0])
            if copy is not None:
                _write_key_trie_copy(copy, row[0], digest)
        return self._key_trie

    # -- ranking

    # 'al-Waleed crossing' -> ('al-Waleed', 'crossing'); names without kind words unchanged. A
    # cached function, not a method around it: the finder asks 50,000 times a batch
    split_kind = staticmethod(_split_kind_quick)

    def _variant_places(self, key: str, limit: int = 400) -> list[tuple[dict, str]]:
        from ..gazetteer_build import skeleton_key_of_key
        skel = skeleton_key_of_key(key)
        out = []
        for (k,) in self.db.execute("SELECT key FROM skeletons WHERE skel = ? LIMIT 200", (skel,)):
            if k != key:
                out += self._places_for_key(k)
                if len(out) > limit:
                    break
        return out

    def _fuzzy_places(self, key: str, limit_keys: int = 15) -> list[tuple[dict, str, int]]:
        """Places whose key is within a small edit distance; keys sharing the first letters."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein
        if len(key) < 4:
            return []
        prefix = key[:3] if len(key) >= 6 else key[:2]
        hi = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        keys = [k for (k,) in self.db.execute(
            "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? LIMIT 50000", (prefix, hi))
            if abs(len(k) - len(key)) <= 2 and k != key]
        best = process.extract(key, keys, scorer=Levenshtein.normalized_similarity,
                               score_cutoff=0.75, limit=limit_keys)
        out = []
        for k, _, _ in best:
            out += self._places_for_key(k)
        return out

    def exact_spellings(self, name: str) -> tuple[list[str], bool]:
        """Every spelling ``candidates(name)`` (no country hint) could give a candidate from the
        rows of the name's own keys (each row's spellings, whole and split, and its name), and
        whether that exact stage finds any place at all (when it finds none, ``candidates``
        goes on to variant and fuzzy keys, whose spellings are not listed here).

        For a caller that asks whether a candidate is spelled some way: when no spelling here
        is, and the exact stage finds a place, no candidate is, and no ranking is needed."""
        from rapidfuzz import fuzz
        ratio = fuzz.ratio
        core = self.split_kind(name)[0]
        qplain = light_key(core)
        spelled: list[str] = []
        found = False
        for k in dict.fromkeys((name_key(name), name_key(core))):
            if not k:
                continue
            for row, _, _ in self._places_for_key(k):
                spellings, lights = _row_spellings(row)
                # (the same test as candidates' take(): a row spelled unlike the name is dropped)
                if not found and any(ratio(qplain, lk) / 100.0 >= _LEAST_SIMILARITY["exact"] for lk in lights):
                    found = True
                spelled.append(spellings)
                spelled.extend(spellings.split("|"))
                spelled.append(row[2])
        return spelled, found

    def candidates(self, name: str, *, country: str | None = None, kind: str | None = None,
                   near: tuple[float, float] | None = None, context: Iterable[tuple[float, float]] | None = None,
                   limit: int = 10, fuzzy: bool = True, keep=None, parse_raw: bool = True) -> list[dict]:
        """Ranked PLACE dicts for ``name``, each with ``score`` (0..1) and ``why``.

        ``keep``: a test of a candidate's name and kind (``name``, ``matched_name``, ``kind``;
        not its score): of the ``limit`` best, only those it passes are returned. The answer
        is the same as filtering the returned list, but when no more than ``limit`` places
        are found, those it fails are not scored at all.

        ``parse_raw=False``: a candidate's ``raw`` is left as its row's JSON text (or {} where
        it has none), for a caller that reads it with :func:`raw_of`, if at all (the finder
        keeps ~8,000 candidates a batch of 380 reports and reads the raw row of a few: parsing
        every one was ~3.5% of the instructions of the batch's first-seen look-ups)."""
        if not name or not name.strip():
            return []
        name = spelled_service(name)  # 'JB X' is asked as 'Joint Base X' (kinds.SERVICE_FORMS)
        core, kind_in_text = self.split_kind(name)
        kind = kind_hint(kind) or kind_in_text
        cc = self._country_code(country) if country else None
        points = [tuple(near)] if near else []
        points += [tuple(p) for p in (context or ()) if p and p[0] is not None and p[1] is not None]

        article = ranking.has_article(core)
        found: dict[str, tuple[dict, str, float]] = {}  # gazetteer_id -> (place, how, name similarity)
        qplain = light_key(core)
        qfold = core.casefold()
        # a name asked with its kind word ('Kansas City', 'Benin City') is compared whole too: a
        # place spelled so IS the name asked, not a loose spelling of its head 'Kansas'
        qwhole = light_key(name.strip()) if kind_in_text else None
        if qwhole == qplain:
            qwhole = None

        sims_of_lights: dict[str, float] = {}  # light key -> its similarity (see take)

        def take(items, how, asked=None):
            # (asked: the (light key, whole light key, casefold) a look-up of another spelling
            # compares rows with, its similarities kept apart: see _area_names_of)
            q_plain, q_whole, q_fold = asked or (qplain, qwhole, qfold)
            ratio = _fuzz_ratio()
            least = _LEAST_SIMILARITY[how]
            rank = _HOW_RANK[how]
            get = found.get
            # the similarity of a spelling, by its light key (kept over the look-up's stages and
            # keys, shared with _closest_spelling): the rows of a common name repeat their
            # spellings (a third of the one-spelling rows a batch meets, half the spellings of
            # the rows of several)
            sim_of_light = sims_of_lights if asked is None else {}
            for row, is_user, plains in items:
                # (_row_spellings written out: most rows have one spelling, and its light key)
                variants, light = row[17], row[18]
                if variants and light is not None:
                    if "|" not in light:
                        sim = sim_of_light.get(light)
                        if sim is None:
                            sim = sim_of_light[light] = 1.0 if light == q_whole else ratio(q_plain, light) / 100.0
                        if sim < least:
                            continue
                        gid = row[1]
                        prev = get(gid)
                        if prev is None or rank > _HOW_RANK[prev[1]] or (prev[1] == how and sim > prev[2]):
                            found[gid] = ((row, is_user, variants, 0, plains), how, sim)
                        continue
                    spellings = variants
                    lights = light.split("|")
                else:
                    spellings = variants or row[15]
                    lights = [light_key(v) for v in spellings.split("|")]
                    if len(lights) == 1:
                        light, lights = lights[0], None
                if lights is None:  # most places have one spelling of a key
                    sim = 1.0 if light == q_whole else ratio(q_plain, light) / 100.0
                    if sim < least:
                        continue  # a key match spelled unlike the query is noise (Kobami is not Cubameh)
                    spelled, which = spellings, 0
                else:
                    closest = _closest_spelling(spellings, lights, q_plain, q_whole, q_fold, least, ratio, sim_of_light)
                    if closest is None:
                        continue
                    sim, spelled, which = closest
                gid = row[1]
                prev = get(gid)
                if prev is None or rank > _HOW_RANK[prev[1]] or (prev[1] == how and sim > prev[2]):
                    # the row as found, no PLACE dict yet (see place_of): ~47,000 rows a batch of
                    # 380 reports pass the test above, and most fail the caller's ``keep`` or
                    # rank below the ``limit`` best
                    found[gid] = ((row, is_user, spelled, which, plains), how, sim)

        made: dict[str, dict] = {}  # gazetteer_id -> the PLACE dict of a found row, once made

        def place_of(found_row) -> dict:
            """The PLACE dict of a found row (what _row_place makes, its keys in the same order,
            and the flags the ranking reads), made once."""
            row, is_user, spelled, which, plains = found_row
            place = made.get(row[1])
            if place is not None:
                return place
            (_, gid, own, kind_, country, admin1, lat, lon, pop, imp, unc, precision, source, licence,
             raw) = row[:15]
            place = made[gid] = {
                "name": own, "surface": None, "lat": lat, "lon": lon, "country": _SHARED[country],
                "admin1": admin1, "kind": _SHARED[kind_], "precision": precision, "uncertainty_km": unc,
                "gazetteer_id": gid, "source": source, "licence": licence, "population": pop,
                "importance": imp, "raw": raw or {}, "matched_name": spelled, "user": is_user}
            if plains is not None and spelled:
                # the row's stored plain forms and which spelling matched, for ``keep``
                # (popped by _score; see gazetteer_build.row_plains and mentions.candidates' stored_similarity):
                # most places found are never asked about, they are not split here
                place["_plains"] = (plains, which)
            place["_derived"] = row[16] < 0
            if article:
                place["_spelled_with_article"] = any(
                    ranking.has_article(v) for v in (row[17] or row[15]).split("|")) or ranking.has_article(own)
            if namesake_of or lent_of:
                if gid in namesake_of:
                    place["_namesake_settlement"] = namesake_of[gid]
                if gid in lent_of:
                    place["_lent_importance"] = lent_of[gid]
            return place

        def bound(items):
            # a country hint binds: places elsewhere are not candidates at all
            return [it for it in items if it[0][4] == cc] if cc else items

        keys = [k for k in dict.fromkeys((name_key(name), name_key(core))) if k]
        # (every place found is found by one stage: a stage runs only when those before it found
        # none; ``stage`` is the one that found them)
        stage = "exact"
        for k in keys:
            take(bound(self._places_for_key(k)), "exact")
        _words_cut_from_a_country_s_name(found, qplain)  # ('Mongla' is not Mongolia)
        # 'Lashio', the Shan town spelled so, against Lazio by its other name 'Łasio': the light
        # key folds 'sh' to 's' and took the two for one spelling (before the province names
        # below, which are compared with another spelling than the name asked; not for a name
        # written with its kind word, 'Donetsk oblast', whose province matches it whole)
        if not kind_in_text:
            _folded_only_below_letter_bearers(found, core)
        if kind == "admin1" and not any(f[0][0][3] == "admin1" for f in found.values()):
            # "the Amur region": a province the index names "Amur Oblast" only, its short name
            # some town's abroad (Āmūr, India): its names with each word of a province's kind
            before = set(found)
            for area_name in _area_names_of(core):
                asked = (light_key(area_name), None, area_name.casefold())
                take(bound(self._places_for_key(name_key(area_name))), "exact", asked)
            for gid in found.keys() - before:
                # (without the row's stored plain forms, a caller's keep test compares the name
                # asked with the core of the spelling found, "Amur" of "Amur Oblast")
                (row, is_user, spelled, which, _plains), how, sim = found[gid]
                found[gid] = ((row, is_user, spelled, which, None), how, sim)
        if not found:
            stage = "variant"
            for k in keys:
                take(bound(self._variant_places(k)), "variant")
            _words_cut_from_a_country_s_name(found, qplain)
        if not found and fuzzy:
            stage = "fuzzy"
            for k in keys:
                take(bound(self._fuzzy_places(k)), "fuzzy")
            _words_cut_from_a_country_s_name(found, qplain)

        # a name asked with its kind word ('Camp Hill') that some place bears whole: that kind
        # word is a word of its name, and a place found by the name without it (Hill Air Force
        # Base, by 'Hill') bears only part of the name asked (see _whole_name_bearers)
        whole_bearers = _whole_name_bearers(found, qwhole) if qwhole and stage == "exact" else frozenset()

        # the namesake marks (ranking.mark_namesake_settlements), worked out on the rows found:
        # gazetteer_id -> the settlement a facility is named after / the importance it lends
        namesake_of: dict[str, str] = {}
        lent_of: dict[str, float] = {}
        if _found_a_facility(found):
            rows = [rec[0] for rec, _, _ in found.values()]
            named, lent = ranking.namesake_marks(rows, columns=_NAMESAKE_COLUMNS)
            namesake_of = {rows[i][1]: town for i, town in named.items()}
            lent_of = {rows[i][1]: imp for i, imp in lent.items()}
        ranked = []
        # does a place found by the exact stage bear the very name asked? (its similarities read
        # at C level: the stage that found them all is known)
        exact_elsewhere = _found_exact_elsewhere(found, stage)
        # a name no place bears as written, one slip of the pen from a famous one ('Irsael')
        slip_of = self.famous_name_slipped(core) if found and not exact_elsewhere else None
        # a kind word that a reading fits exactly narrows what agrees with it ('Beni territory':
        # the admin2 found, an admin1 of the name abroad does not fit; kinds.family_met)
        family = family_met(kind, kind_in_text and _kind_word_of(name, core),
                            {(rec[0][3], rec[0][4], rec[0][3] == "admin1" and ranking.digraphs_written_out(rec[0][2]) == asked
                              and ranking.has_article(rec[0][2] or "") == article)  # ('El Beni' is no 'Beni')
                             for rec, _, _ in found.values()}) \
            if kind in EXACT_FIRST and (asked := ranking.digraphs_written_out(core)) else \
            ranking.second_level_met(kind_in_text and _kind_word_of(name, core),
                                     {(rec[0][3], rec[0][4], False) for rec, _, _ in found.values()}) \
            if kind == "admin1" else None
        # ('Soum province' of Burkina Faso: an admin2 where the word names second-level units)
        query = ranking.Query(how="exact", similarity=1.0, kind=kind, country=cc, points=tuple(points),
                              near_given=bool(near),
                              article=article, text=core, whole=name, slip_of=slip_of,
                              exact_elsewhere=exact_elsewhere, whole_bearers=whole_bearers, family=family,
                              **(ranking.own_name_holders(_rows_spelled_as_asked(found), qplain)
                                 if exact_elsewhere else {}))
        if len(found) > limit and not near:
            best = self._best_by_totals(list(found.values()), query, limit, keep, place_of, article,
                                        (namesake_of, lent_of))
            if best is not None:
                if parse_raw:
                    for p in best:
                        _with_raw(p)
                return best
        if keep is not None and len(found) <= limit:
            # every place found is among the ``limit`` best: the ones ``keep`` drops need no score;
            # a ``keep`` that can tell from a row's stored plain forms and kind that it would drop
            # the place (``keep.rejects``) drops it before a PLACE dict is made
            rejects = getattr(keep, "rejects", None)
            items = []
            for rec, how, sim in found.values():
                if rejects is not None and rec[4] is not None and rec[2] and rejects(rec[4], rec[3], rec[0][3]):
                    continue
                place = place_of(rec)
                if keep(place):
                    items.append((place, how, sim))
            keep = None
        else:
            items = [(place_of(rec), how, sim) for rec, how, sim in found.values()]
        for place, how, sim in items:
            query.how, query.similarity = how, sim
            scored = self._score(place, query)
            if scored is not None:
                ranked.append(scored)
        if near:
            # a place named so near the point comes first: the caller said where to look
            for p in ranked:
                p["distance_km"] = round(haversine_km(p["lat"], p["lon"], near[0], near[1]), 1)
            ranked.sort(key=lambda p: (p["distance_km"], -p["score"], p["gazetteer_id"]))
        else:
            ranked.sort(key=_ranked_order(query.whole))
        ranked = [p for p in ranked[:limit] if keep(p)] if keep is not None else ranked[:limit]
        if parse_raw:
            for p in ranked:
                _with_raw(p)
        return ranked

    def famous_name_slipped(self, name: str) -> str | None:
        """The famous name (plain) that ``name`` is one slip of the pen from (ranking.FAMOUS_SLIP_*:
        a country's own name or a world city's, one letter dropped, added, changed, or two
        swapped), when ``name`` is itself none of them and has at least
        ranking.FAMOUS_SLIP_LEAST_LETTERS letters; None otherwise, or when it is one slip from
        two of them ('Nigera': Niger or Nigeria? no reading says which; both stay candidates)."""
        asked = _plain(name)
        if len(asked) < ranking.FAMOUS_SLIP_LEAST_LETTERS:
            return None
        by_deletion = self._famous_names_by_deletion()
        if asked in by_deletion.get(asked, ()):
            return None  # (the famous name itself)
        near = set()
        for key in (asked, *_one_letter_less(asked)):
            near.update(by_deletion.get(key, ()))
        if not near:
            return None
        from rapidfuzz.distance import OSA
        near = {f for f in near if OSA.distance(asked, f) <= ranking.FAMOUS_SLIP_LETTERS}
        return next(iter(near)) if len(near) == 1 else None

    def _famous_names_by_deletion(self) -> dict[str, frozenset]:
        """{a famous name, or it with one letter left out: the famous names (plain) it comes
        from}: the own names of the index's countries and of its cities at least
        ranking.FAMOUS_SLIP_IMPORTANCE important, read once. Two names one slip apart share a
        key here (each with one letter left out, or one of them whole)."""
        # (getattr for every memo of the object, no read of its __dict__: such a read gives it a
        # dict of its own for good, and CPython 3.11 then looks each of its methods up the slow
        # way; the finder calls them thousands of times a batch, see mentions.finder)
        kept = getattr(self, "_famous_by_deletion", None)
        if kept is None:
            memo = _famous_memo_path(self.path)
            names = _read_famous_memo(memo)
            if names is None:
                # (the query walks the index by country: ~30 ms of a process's first look-up, ~1.5%
                # of a `places` run of the 380 dev documents; kept between processes beside the index)
                names = sorted({_plain(n) for (n,) in self.db.execute(
                    "SELECT name FROM places WHERE kind = 'country' OR (kind = 'city' AND importance >= ?)",
                    (ranking.FAMOUS_SLIP_IMPORTANCE,)) if n})
                from ..io.cache_files import keep_checked
                keep_checked(memo, names)
            found: dict[str, set] = {}
            for n in names:
                if len(n) >= ranking.FAMOUS_SLIP_LEAST_LETTERS - 1:
                    for key in (n, *_one_letter_less(n)):
                        found.setdefault(key, set()).add(n)
            kept = self._famous_by_deletion = {k: frozenset(v) for k, v in found.items()}
        return kept

    # a candidate whose total is this far below the limit-th best cannot reach the ``limit``
    # best, one this far above cannot miss them: the totals here may differ from score's in
    # the last bits (numpy's, see ranking.approx_totals) and a 3-decimal score rounds by at
    # most 0.0005, so 0.003 leaves a wide margin
    _TOTALS_MARGIN = 0.003

    def _best_by_totals(self, items: list, query: "ranking.Query", limit: int, keep, place_of,
                        article: bool, marks: tuple[dict, dict]) -> list[dict] | None:
        """The ``limit`` best of more than ``limit`` found rows (``keep`` applied), scoring in
        Python only those that can be among them: the same list as scoring every one.

        ``items``: (found row, how, similarity) as :meth:`candidates` keeps them; ``place_of``
        makes (once) a found row's PLACE dict, which only the rows that can be among the best
        need; ``marks``: the rows' namesake marks (see :meth:`_row_totals`).

        Every candidate's total comes first from :meth:`_row_totals` (the sums of
        :func:`ranking.score`, without its texts). Those clearly above the ``limit``-th total
        are among the best whatever their exact score; those clearly below are not; only the
        ones near the line are scored exactly to settle which of them fill the remaining
        places. ``keep`` looks at names and kinds, never at scores, so it is asked before
        scoring and only what it keeps is scored. None when the totals cannot be worked out
        from the rows (context points) or the line lies where scores are clipped (0 or 1) and
        ties could not be told apart."""
        how = items[0][1]
        if limit < 1 or any(it[1] != how for it in items):
            return None
        query.how = how
        sims = [it[2] for it in items]
        totals = self._row_totals([it[0] for it in items], sims, query, article, marks)
        if totals is None:
            return None
        line = sorted(totals, reverse=True)[limit - 1]
        margin = self._TOTALS_MARGIN
        if not 0.01 <= line <= 0.99:
            return None
        above, below = line + margin, line - margin
        sure = [i for i, t in enumerate(totals) if t > above]
        near_line = [i for i, t in enumerate(totals) if below <= t <= above]

        order = _ranked_order(query.whole)

        # (a ``keep`` that tells from a row's stored plain forms that it drops the place: see
        # candidates; most of the sure ones of a common name are spelled unlike the name asked)
        rejects = getattr(keep, "rejects", None) if keep is not None else None
        if rejects is not None and len(near_line) <= limit - len(sure):
            # every one near the line is among the best whatever its score: ``keep`` drops the
            # ones it rejects whatever their score, so they need none (four in five of them)
            near_line = [i for i in near_line if (rec := items[i][0])[4] is None or not rec[2]
                         or not rejects(rec[4], rec[3], rec[0][3])]
        settled = []
        for i in near_line:
            query.similarity = items[i][2]
            settled.append(self._score(place_of(items[i][0]), query))
        settled.sort(key=order)
        best = [(place_of(rec), sim) for rec, _, sim in map(items.__getitem__, sure)
                if rejects is None or rec[4] is None or not rec[2] or not rejects(rec[4], rec[3], rec[0][3])]
        best += [(p, None) for p in settled[:limit - len(sure)]]
        if keep is not None:
            best = [b for b in best if keep(b[0])]
        ranked = []
        for p, sim in best:
            if sim is not None:  # (one of the sure ones: not scored yet)
                query.similarity = sim
                p = self._score(p, query)
            ranked.append(p)
        ranked.sort(key=order)
        return ranked  # (raw rows as the rows hold them: candidates parses them, when asked to)

    @staticmethod
    def _columns(places: list[dict], sims: list[float], query: "ranking.Query") -> dict:
        """The columns :func:`ranking.approx_totals` reads, for found places (flags set)."""
        import numpy as np
        from ..names import plain
        n = len(places)
        no = np.zeros(n, dtype=bool)
        family = query.kind_family() if query.kind else ()
        area_text = query.plain_text() if query.text and not query.kind else None
        return {
            "similarity": np.array(sims, dtype=float),
            "importance": np.array([p.get("importance") or 0.0 for p in places], dtype=float),
            "lent_importance": np.array([p.get("_lent_importance") or 0.0 for p in places], dtype=float),
            "derived": np.array([bool(p.get("_derived")) for p in places], dtype=bool),
            "spelled_with_article": np.array([bool(p.get("_spelled_with_article")) for p in places], dtype=bool)
            if query.article else no,
            "area_by_other_name": np.array([p.get("kind") in ("admin1", "admin2")
                                            and plain(p.get("name") or "") != area_text
                                            and ranking.area_named_otherwise(p.get("name"), query) for p in places],
                                           dtype=bool)
            if area_text is not None else no,
            "user": np.array([bool(p.get("user")) for p in places], dtype=bool),
            "in_country": np.array([p.get("country") == query.country for p in places], dtype=bool)
            if query.country else no,
            "kind_agrees": np.array([p.get("kind") in family for p in places], dtype=bool) if query.kind else no,
            "whole_name": np.array([p.get("gazetteer_id") in query.whole_bearers for p in places], dtype=bool)
            if query.whole_bearers else no,
            "namesake": np.array([bool(p.get("_namesake_settlement")) for p in places], dtype=bool),
            "another_name_only": np.array([ranking.another_name_only(
                p.get("kind"), p.get("gazetteer_id"), p.get("name"), p.get("country"), query, p.get("lat"), p.get("lon"))
                for p in places], dtype=bool),
            "loose_country_name": np.array([ranking.loose_other_name_of_a_country(
                p.get("kind"), p.get("name"), p.get("matched_name"), query, sim)
                for p, sim in zip(places, sims)], dtype=bool),
            "famous_own_name": np.array([plain(p.get("name") or "") == query.slip_of for p in places], dtype=bool)
            if query.slip_of is not None else no,
        }

    @staticmethod
    def _row_totals(found_rows: list, sims: list[float], query: "ranking.Query", article: bool,
                    marks: tuple[dict, dict]) -> list[float] | None:
        """What :func:`ranking.score` adds up (before clipping and rounding) for each found row
        (row, is_user, spelled, which, plains) at its similarity, read from the rows, PLACE
        dicts made or not: the features of ranking.approx_totals (its ``_VECTOR_FEATURES``)
        over the :meth:`_columns` of the rows' places, in the same order, as plain lists (a
        name's rows here are ~40-200, too few for numpy to pay for its import, ~0.1 s a
        process). None when an active feature has no such form (context points). ``marks``:
        ({gazetteer_id: the settlement a facility is named after}, {gazetteer_id: the
        importance a facility lends a settlement}) (ranking.namesake_marks)."""
        plain = _plain  # (imported once, not at each call: ~280 calls a batch)
        rows = [r[0] for r in found_rows]
        namesake_of, lent_of = marks
        how, kind = query.how, query.kind
        total = [0.0] * len(rows)
        for feature, weight_name in query.active():
            name = feature.__name__
            w = ranking.WEIGHTS[weight_name]
            if name == "name_match":
                if how == "exact":
                    x = [0.4 + 0.6 * s if s >= 0.75 else 0.25 + 0.45 * s for s in sims]
                elif how == "variant":
                    x = [0.25 + 0.45 * s for s in sims]
                else:
                    x = [0.45 * s for s in sims]
                total = [t + w * v for t, v in zip(total, x)]
                continue
            if name == "importance":
                # (a lent importance of 0.0 where none: as score, a negative importance counts 0)
                imps = [lent if (lent := lent_of.get(r[1]) or 0.0) > (imp := r[9] or 0.0) else imp for r in rows]
                total = [t + w * (imp * s ** 2) for t, imp, s in zip(total, imps, sims)]
                continue
            # the yes/no features: the weight where one holds (t + w * 0 is t)
            if name == "short_form":
                if kind:
                    continue
                x = [r[16] < 0 for r in rows]
            elif name == "article_unmatched":
                x = [not (any(map(ranking.has_article, (r[17] or r[15]).split("|"))) or ranking.has_article(r[2]))
                     for r in rows] if article else [True] * len(rows)
            elif name == "area_by_other_name":
                area_text = query.plain_text()
                x = [r[3] in ("admin1", "admin2") and plain(r[2] or "") != area_text
                     and ranking.area_named_otherwise(r[2], query) for r in rows]
            elif name == "analyst_place":
                x = [bool(r[1]) for r in found_rows]
            elif name == "in_hinted_country":
                x = [r[4] == query.country for r in rows]
            elif name == "kind_agrees":
                family = query.kind_family()
                x = [r[3] in family for r in rows]
            elif name == "kind_differs":
                family = query.kind_family()
                bearers = query.whole_bearers
                x = [r[3] not in family and r[1] not in bearers for r in rows]
            elif name == "facility_unasked":
                if kind or not namesake_of:
                    continue
                x = [bool(namesake_of.get(r[0][1])) and not r[1] for r in found_rows]
            elif name == "spelled_as_another":  # (active only when some row bears the very name)
                x = [s <= ranking._SAME_SPELLING for s in sims]
            elif name == "country_by_a_loose_other_name":
                x = [r[0][3] == "country" and ranking.loose_other_name_of_a_country(r[0][3], r[0][2], r[2], query, s)
                     for r, s in zip(found_rows, sims)]
            elif name == "slip_of_a_famous_name":
                if query.slip_of is None:
                    continue
                x = [plain(r[2] or "") != query.slip_of for r in rows]
            elif name == "by_another_name":  # (active only when some row's own name is the name asked)
                low, high = query.own_importance, query.own_importance + ranking.OWN_NAME_MARGIN
                x = [s > ranking._SAME_SPELLING and low <= (r[9] or 0.0) <= high
                     and ranking.another_name_only(r[3], r[1], r[2], r[4], query, r[6], r[7])
                     for r, s in zip(rows, sims)]
            else:
                return None  # (near_context, context_given: distances)
            total = [t + w if yes else t for t, yes in zip(total, x)]
        if how == "fuzzy" and not query.points:
            cap = ranking.FUZZY_ALONE_CAP
            total = [min(t, cap) for t in total]
        return total

    @staticmethod
    def _score(place: dict, query: "ranking.Query") -> dict | None:
        scored = ranking.score(place, query)
        if scored is not None:
            scored.pop("_derived", None)
            scored.pop("_namesake_settlement", None)
            scored.pop("_spelled_with_article", None)
            scored.pop("_plains", None)
            lent = scored.pop("_lent_importance", None)
            if lent and lent > (scored.get("importance") or 0.0):
                scored["lent_importance"] = lent  # (ranking in a text's context weighs it too)
            scored.pop("user", None)
        return scored

    def resolve(self, name: str, *, min_score: float | None = None, **hints) -> dict | None:
        """The best candidate, or None when nothing scores at least ``min_score`` (default: the
        calibrated "no place" bar, :data:`geomove.gazetteer.ranking.NO_PLACE`)."""
        if min_score is None:
            min_score = ranking.NO_PLACE
        if set(hints) <= {"country", "near", "kind", "context"}:
            # the same answer as `geomove geocode`: areas, and the decisions over the whole list
            from .answers import answers
            country = hints.pop("country", None)
            best = answers(self, name, countries=[self._country_code(country) or country] if country else (),
                           limit=5, **hints)[:1]
        else:
            best = self.candidates(name, limit=1, **hints)
        return best[0] if best and best[0]["score"] >= min_score else None

    # -- countries

    def _country_code(self, cc_or_name: str) -> str | None:
        s = cc_or_name.strip()
        if len(s) == 2 and s.isalpha():
            return s.upper()
        c = self.country(s)
        return c["country"] if c else None

    def country(self, cc_or_name: str) -> dict | None:
        """The country PLACE for an ISO2 code, a name or a demonym ('SY', 'Syria', 'Syrian')."""
        if not cc_or_name:
            return None
        s = cc_or_name.strip()
        if len(s) == 2 and s.isalpha():
            # a country's row, read once a code (the index does not change while open; asked
            # ~770 times a batch of 380 reports, for 'UK', 'US' and each text's countries):
            # each call still makes a fresh PLACE dict, ``raw`` decoded anew
            code = s.upper()
            rows = getattr(self, "_country_rows", None)
            if rows is None:
                rows = self._country_rows = {}
            if code in rows:
                row = rows[code]
            else:
                row = rows[code] = self.db.execute(
                    f"{_SELECT}, p.name FROM places p WHERE p.kind = 'country' AND p.country = ?",
                    (code,)).fetchone()
            return self._place(row) if row else None
        countries = [p for p in self.lookup(s) if p["kind"] == "country"]
        if countries:
            # one key can fold two countries together (Angola, Anguilla): the spelling decides
            from ..names import plain
            want = plain(s)
            spelled = [p for p in countries if want in (plain(p["name"]), plain(p.get("matched_name") or ""))]
            place = (spelled or countries)[0]
            place.pop("user", None)
            return place
        cc = self.demonym(s)
        return self.country(cc) if cc else None

    def sovereigns(self) -> dict[str, str]:
        """ISO2 of each territory -> ISO2 of the state that holds it ('NC' -> 'FR', 'GL' -> 'DK',
        'GU' -> 'US'), as the index's country rows keep it (``raw["sovereign"]``, from Natural
        Earth's SOVEREIGNT at build: gazetteer_build.sovereigns); read once. A sovereign state
        has no entry; an index built before the key was kept gives {}."""
        kept = getattr(self, "_sovereigns", None)
        if kept is None:
            kept = {}
            for cc, raw in self.db.execute("SELECT country, raw FROM places WHERE kind = 'country'"):
                if raw and '"sovereign"' in raw:
                    sov = json.loads(raw).get("sovereign")
                    if cc and sov:
                        kept[cc] = sov
            self._sovereigns = kept
        return kept

    def province_names(self, cc: str) -> frozenset:
        """The plain names of the country's provinces (admin1 rows of the index), read once a
        country."""
        cache = getattr(self, "_province_names", None)
        if cache is None:
            cache = self._province_names = {}
        hit = cache.get(cc)
        if hit is None:
            from ..names import plain
            hit = cache[cc] = frozenset(plain(n) for (n,) in self.db.execute(
                "SELECT name FROM places WHERE country = ? AND kind = 'admin1'", (cc,)) if n)
        return hit

    def demonym(self, word: str) -> str | None:
        """ISO2 of the country a demonym names ('Iraqi' -> 'IQ'); None for peoples without one."""
        hit = self._demonym_cache.get(word)
        if hit is None:
            if self._demonyms is None:
                # a few hundred rows, asked about for most capitalised words of a report: read
                # them once rather than one query each (5,500 queries in the dev batch)
                self._demonyms = dict(self.db.execute("SELECT key, country FROM demonyms"))
            hit = (self._demonyms.get(_demonym_key(word)) or None,)
            if len(self._demonym_cache) > 100_000:
                self._demonym_cache.clear()
            self._demonym_cache[word] = hit
        return hit[0]

    def country_at(self, lat: float, lon: float) -> str | None:
        """ISO2 of the country containing the point (Natural Earth 10 m), None at sea."""
        return country_at(lat, lon)

    def countries_within(self, lat: float, lon: float, km: float) -> frozenset[str]:
        """The ISO2 codes of the countries within ``km`` of the point (Natural Earth 10 m)."""
        return countries_within(lat, lon, km)


def _demonym_key(word: str) -> str:
    """:func:`gazetteer_build.demonym_key`, imported at the first call (gazetteer_build imports
    this package's kinds, so not at the top), which then puts it in this name's place: an
    import in :meth:`Gazetteer.demonym` ran the import machinery for each word it had not seen
    (~2,000 a batch)."""
    global _demonym_key
    from ..gazetteer_build import demonym_key as _demonym_key
    return _demonym_key(word)


_HOW_RANK = {"fuzzy": 0, "variant": 1, "exact": 2}
_FACILITY_KIND_SET = frozenset(ranking.FACILITY_KINDS)


def _found_a_facility(found: dict) -> bool:
    """Is a row found (candidates' ``found``) a facility with a point? (The rows' kinds are
    gathered first, in one comprehension: most names find no facility.)"""
    return not _FACILITY_KIND_SET.isdisjoint([rec[0][3] for rec, _, _ in found.values()]) \
        and any(rec[0][3] in ranking.FACILITY_KINDS and rec[0][6] is not None for rec, _, _ in found.values())


def _rows_spelled_as_asked(found: dict) -> list:
    """The rows found (candidates' ``found``, every one found by the exact stage: see
    :func:`_found_exact_elsewhere`) whose similarity is above ranking._SAME_SPELLING, in order."""
    same = ranking._SAME_SPELLING
    return [rec[0] for rec, _, sim in found.values() if sim > same]


def _kind_word_of(name: str, core: str) -> str:
    """The kind word of ``name`` around its ``core`` ('Beni territory', 'Beni' -> 'territory')."""
    name = name.strip()
    i = name.find(core)
    word = (name[i + len(core):] if i == 0 else name[:i] if i > 0 else "").strip()
    return word[:-3].rstrip() if word.lower().endswith(" of") else word  # ('district of Beni')


def _whole_name_bearers(found: dict, qwhole: str) -> frozenset:
    """The gazetteer ids of the rows found (candidates' ``found``, by the exact stage) whose
    matched spelling is the whole name asked, kind word included ('Camp Hill', the towns in
    Pennsylvania and Queensland), when there are any; the rows found by the name without its
    kind word ('Hill' of Hill Air Force Base) then get a similarity of at most
    ranking._SAME_SPELLING (changed in place): another place bears the very name asked, and
    ranking.spelled_as_another weighs that. A settlement at such a facility is named after it
    (the census place 'Hill Air Force Base' around the base): no bearer of its own. Asked only of
    a name written with a kind word."""
    whole = [rec[0] for rec, _, _ in found.values() if rec[2] and light_key(rec[2]) == qwhole]
    if not whole:
        return frozenset()
    facilities = [(r[6], r[7]) for rec, _, _ in found.values() if (r := rec[0])[3] in ranking.FACILITY_KINDS
                  and r[6] is not None and not (rec[2] and light_key(rec[2]) == qwhole)]
    bearers = frozenset(r[1] for r in whole
                        if not ranking.named_after_a_facility(r[3], r[6], r[7], facilities))
    if bearers:
        same = ranking._SAME_SPELLING
        for gid, (rec, how, sim) in list(found.items()):
            if sim > same and gid not in bearers:
                found[gid] = (rec, how, same)
    return bearers


# a country's name read from a word this many letters longer or shorter (light keys) is another
# word, not a slip of the pen: see _words_cut_from_a_country_s_name
COUNTRY_LETTERS_APART = 2


def _words_cut_from_a_country_s_name(found: dict, qplain: str) -> None:
    """Drop from candidates' ``found`` the countries that the name asked matches only loosely
    (similarity below 1) by a spelling COUNTRY_LETTERS_APART or more letters longer or shorter
    than it (light keys). The name key keeps a word's consonants, so 'Mongla', the Bangladeshi
    port, shares Mongolia's key and read as the country (light keys 'mongla' and 'mongolia', two
    letters apart); and a longer word that opens with a country's name ('Nigerian' of Niger) is
    a demonym or another word. A report writes a country's name whole: a slip of the pen drops,
    doubles or swaps a letter ('Somlia', 'Ukrane', 'Isreal', 'Lybia'), and those stay. Changed
    in place; ``qplain``: the light key of the name asked."""
    if not found:
        return
    drop = [gid for gid, (rec, _how, sim) in found.items()
            if rec[0][3] == "country" and sim < 1.0 and rec[2]
            and abs(len(light_key(rec[2])) - len(qplain)) >= COUNTRY_LETTERS_APART]
    for gid in drop:
        del found[gid]


def _folded_only_below_letter_bearers(found: dict, core: str) -> None:
    """The areas found (candidates' ``found``, by the exact stage: provinces, districts,
    regions) that match the name asked only by the light key of another of their names, where a
    settlement bears the name written letter for letter (its :func:`plain` form, case, accents
    and articles aside), get as similarity the ratio of the two plain forms, at most
    ranking._SAME_SPELLING (changed in place). The light key folds spelling conventions (q/k,
    kh/h, sh/s, doubled letters) so that one name transliterated two ways is one name; but a
    town spelled as written beside a province found only by a folded spelling of one of its
    other names, most often another language's ('Łasio', one of Lazio's names, beside 'Lashio',
    the Shan town), is no transliteration of the province's name, and
    ranking.spelled_as_another weighs that. Nothing changes where no settlement bears the
    letters written (a transliteration is then the writer's: 'Rakka'), nor among settlements,
    whose other names are most often the spellings reports use (a namesake town would win
    there by fame alone, the way 'Tanna' would read Thane, once called so)."""
    same = ranking._SAME_SPELLING
    # (a found row: ((row, is_user, spelling matched, its index, plains), how, similarity); the
    # row's own name is row[2], its kind row[3])
    close = [(gid, rec, how, sim) for gid, (rec, how, sim) in found.items() if sim > same and rec[2]]
    if len(close) < 2 or not any(rec[0][3] in _AREA_KINDS_FOLDED for _, rec, _, _ in close):
        return
    asked = _plain(core)
    if not any(rec[0][3] in _SETTLEMENT_KINDS_LETTERED and _plain(rec[2]) == asked for _, rec, _, _ in close):
        return
    ratio = _fuzz_ratio()
    light = light_key(core)
    for gid, rec, how, sim in close:
        # (a province whose own name the text writes transliterated, 'Kufra' of Al Kufrah, keeps it)
        if rec[0][3] in _AREA_KINDS_FOLDED and _plain(rec[2]) != asked and light_key(rec[0][2] or "") != light:
            found[gid] = (rec, how, min(same, ratio(asked, _plain(rec[2])) / 100.0))


# the kinds of area _folded_only_below_letter_bearers weighs, and of the settlements that bear a
# name letter for letter there
_AREA_KINDS_FOLDED = frozenset({"admin1", "admin2", "region"})
_SETTLEMENT_KINDS_LETTERED = frozenset({"city", "town", "village"})


def _found_exact_elsewhere(found: dict, stage: str) -> bool:
    """Does a row found by the exact stage bear the very name asked (a similarity above
    ranking._SAME_SPELLING)? ``stage``: the stage that found every row of ``found`` (a stage
    runs only when those before it found none), so the similarities alone are read."""
    if stage != "exact":
        return False
    same = ranking._SAME_SPELLING
    return any(sim > same for _, _, sim in found.values())
_RATIO = None


def _one_letter_less(word: str) -> list[str]:
    """``word`` with each one of its letters left out."""
    return [word[:i] + word[i + 1:] for i in range(len(word))]


def _fuzz_ratio():
    """rapidfuzz.fuzz.ratio, imported on first use."""
    global _RATIO
    if _RATIO is None:
        from rapidfuzz.fuzz import ratio
        _RATIO = ratio
    return _RATIO


# where a look-up row has what ranking.namesake_marks reads: kind, country, lat, lon, name, importance
_NAMESAKE_COLUMNS = (3, 4, 6, 7, 2, 9)
# how close a row's spelling must be to the name asked for the row to be a candidate, by the
# stage that found it: a key match spelled unlike the query is noise (Kobami is not Cubameh)
_LEAST_SIMILARITY = {"exact": 0.55, "variant": 0.6, "fuzzy": 0.6}


def _closest_spelling(spellings: str, lights: list[str], qplain: str, qwhole: str | None, qfold: str,
                      least: float, ratio, memo: dict[str, float] | None = None) -> tuple[float, str, int] | None:
    """(similarity, spelling, its index) of the spelling of a row of several ('|'-joined
    ``spellings``, their light keys ``lights``) closest to the name asked (light key ``qplain``;
    a spelling whose light key is ``qwhole``, the name asked with its kind word, is 1.0); None
    when none is at least ``least``. Among spellings equally close, the one written as asked
    (casefolded, ``qfold``: 'Calcutta', not 'Kälküttä' of the same key; the finder compares it
    with the text), then the greatest spelling, then the last: the max of (similarity, written
    as asked, spelling, index) over the spellings. The similarities come first and only ties
    are weighed: a row of many spellings has most of them far from the name asked. ``ratio``:
    rapidfuzz.fuzz.ratio (imported by the caller, once a look-up). ``memo``: the similarity of
    each light key met so far in this look-up (1.0 for ``qwhole``, else ratio / 100), read and
    filled here (half the spellings of the rows of several a look-up meets were met before in
    another row of it: each ratio call is ~2,300 instructions, a dict look-up ~50)."""
    if memo is not None:
        sims = list(map(memo.get, lights))
        if None in sims:
            for lk in lights:
                if lk not in memo:
                    memo[lk] = 1.0 if lk == qwhole else ratio(qplain, lk) / 100.0
            sims = list(map(memo.__getitem__, lights))
    elif qwhole is None or qwhole not in lights:
        # (the same floats, the loop at C level: most rows of several spellings have two or three)
        sims = list(map(_truediv, map(ratio, itertools.repeat(qplain), lights), itertools.repeat(100.0)))
    else:
        sims = [1.0 if lk == qwhole else ratio(qplain, lk) / 100.0 for lk in lights]
    sim = max(sims)
    if sim < least:
        return None
    spelled_as = spellings.split("|")
    if len(spelled_as) < len(sims):  # (never so in an index we built: pairs as zip() makes them)
        sims = sims[:len(spelled_as)]
        sim = max(sims)
        if sim < least:
            return None
    if sims.count(sim) == 1:
        which = sims.index(sim)
        return sim, spelled_as[which], which
    _, spelled, which = max((v.casefold() == qfold, v, i) for i, (v, x) in enumerate(zip(spelled_as, sims)) if x == sim)
    return sim, spelled, which


def _row_spellings(row: Sequence) -> tuple[str, list[str]]:
    """(the spellings of a look-up row, '|'-joined: its ``variants``, else its matched name;
    their light keys, from the row's ``light`` column where it has one)."""
    variants, light = row[17], row[18]
    spellings = variants or row[15]
    if light is not None and variants:
        return spellings, light.split("|")
    return spellings, [light_key(v) for v in spellings.split("|")]


def _row_place(row: Sequence, is_user: bool) -> dict:
    """The PLACE dict of a look-up row (:meth:`Gazetteer._place` of its first 15 columns,
    :data:`PLACE_COLUMNS`), ``raw`` left as the row's JSON text (see :func:`_with_raw`),
    ``matched_name`` the row's matched spelling (the look-up sets the one it compared) and
    ``user`` whether the row is one of the user's own places."""
    place = Gazetteer._place(row, row[15], decode=False)
    place["user"] = is_user
    return place


class _SharedStrings(dict):
    """A place's kind and country code as one shared, interned string each (``_SHARED[s]``):
    the index hands them out as fresh strings, so every ``kind in ("city", "town", ...)`` and
    ``country == "UA"`` of the later passes compared them by value with each constant; the
    interned object is the code's own constant, so those tests succeed on identity at once
    (session 51, speed117; speed113 counted 1.12M such tests in ranking in context alone).
    The answers a store of kept answers holds are marshal bytes of these dicts: marshal writes
    an interned string as interned and interns it again on load, so the store's answers carry
    the same objects. A few hundred kinds and codes at most: never cleared. None and anything
    not a str map to themselves."""

    __slots__ = ()

    def __missing__(self, value):
        shared = self[value] = sys.intern(value) if type(value) is str else value
        return shared


_SHARED = _SharedStrings()


class _BlobRows(list):
    """A key's rows read from its blob (equal to the rows of the join), with ``plains``: each
    row's stored plain forms (gazetteer_build.row_plains), None from an older index."""

    __slots__ = ("plains",)

    def __init__(self, rows: list, plains: list[str] | None):
        super().__init__(rows)
        self.plains = plains


# a row's raw JSON, parsed once while cached (equal texts, one parse)
_RAW_DECODE = json.JSONDecoder().raw_decode


@functools.lru_cache(maxsize=1 << 14)
def _parse_raw(text: str):
    """json.loads of a row's raw JSON. The builder writes it with json.dumps (no space around
    it), so the decoder's scanner is called at once; text it did not write (leading or trailing
    space, anything after the value) goes through json.loads, which accepts or rejects it."""
    if text[:1] in "{[" and text[-1:] in "}]":
        value, end = _RAW_DECODE(text)
        if end == len(text):
            return value
    return json.loads(text)


def _decode_raw(text: str) -> dict:
    """A row's raw JSON as a dict of its own: every answer keeps its raw row (geopy's
    ``Location.raw``), and a caller that writes into it must not change the next answer that
    has the same row. The parse is cached; the copy is shallow because raw values are scalars
    (the builder writes flat JSON objects)."""
    return dict(_parse_raw(text))


def _with_raw(place: dict) -> dict:
    raw = place["raw"]
    if isinstance(raw, str):
        place["raw"] = _decode_raw(raw)
    return place


def raw_of(place: dict) -> dict:
    """A place's raw row as a dict of its own ({} when it has none), whether its ``raw`` is
    parsed already or is still the row's JSON text (``Gazetteer.candidates(...,
    parse_raw=False)``). Writes nothing into the place (the finder shares its candidates
    between documents; a finder's row keeps it packed, see gazetteer.cold)."""
    raw = cold(place, "raw")
    if isinstance(raw, str):
        return _decode_raw(raw) if raw else {}
    return raw or {}


_BORDERS = None


def country_at(lat: float, lon: float) -> str | None:
    """ISO2 of the country containing the point (Natural Earth 10 m), None at sea; needs no index."""
    check_latlon(lat, lon)
    tree, codes = _borders()
    if tree is None:
        return None
    from shapely import Point
    hits = tree.query(Point(lon, lat), predicate="intersects")
    return codes[int(hits[0])] if len(hits) else None


def countries_within(lat: float, lon: float, km: float) -> frozenset[str]:
    """ISO2 codes of the countries whose outline lies within ``km`` of the point (Natural Earth
    10 m, the polygons country_at loads; planar degrees, km / 111, as read.book's near-border
    test measures): the point's own country and, for a border town, its neighbour. Empty
    without the polygons."""
    check_latlon(lat, lon)
    tree, codes = _borders()
    if tree is None:
        return frozenset()
    from shapely import Point
    hits = tree.query(Point(lon, lat), predicate="dwithin", distance=km / 111.0)
    return frozenset(codes[int(i)] for i in hits if codes[int(i)])


def _borders():
    """(the STRtree of the Natural Earth country outlines, their ISO2 codes), loaded once a
    process (``tree`` None without the polygons)."""
    global _BORDERS
    if _BORDERS is None:
        _BORDERS = _load_borders()
    return _BORDERS


def _load_borders():
    """(STRtree of country polygons, ISO2 codes), from Natural Earth 10 m shipped on PyPI."""
    from ..gazetteer_build import _ne_zip
    path = _ne_zip()
    if path is None:
        return None, []
    from shapely import STRtree
    from ..borders import natural_earth_layer  # read once, then kept beside the index
    iso_a2, iso_a2_eh, _names, geometries = natural_earth_layer(path)
    codes = [a if a not in (None, "-99") else (b if b not in (None, "-99") else None)
             for a, b in zip(iso_a2, iso_a2_eh)]
    return STRtree(geometries), codes
