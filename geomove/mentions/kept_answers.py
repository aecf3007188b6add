"""Look-up answers worked out in advance: the finder's candidate list (kind None) of the names
news writes most, kept in a SQLite file beside the gazetteer index and read one name at a time.

A batch's first-seen look-ups are a third of its first pass (benchmarks/find_passes.py
--lookups-first, session 18): each costs ~300 us worked out, ~13 us read from this store.
Which names: wordfreq's 300,000 most frequent English words (100,000 until session 48), written with a capital, that the
index holds as a name key, and the own names of the index's well-known places (importance
FAMOUS_IMPORTANCE or more: the towns, cities, provinces and countries news names, 45,077
spellings; 'Sierra Leone', 'Da Nang' and 'Gauteng' are no frequent English words): ~102,000
answers, ~114 MB, ~35 CPU s to build (with the kind answers below: 200 MB; 160 MB since the
rows are numbered by the trie's ids and the 35,000 answers that are no candidate have none,
session 46). Of a batch of 380 news reports' 1,306 live look-ups of kind None, the well-known places' names took 311 (0.095 s of ~2.5 CPU s; session 33); with
30,000 words (until session 33: ~62,000 answers, 90 MB) the words of ranks 30,000 to 100,000
were 146 more of its live look-ups that find something and 99 that find nothing (~-0.7% of
its instructions). A trie of
the stored names (marisa-trie, a few hundred KB, read at the store's opening in ~0.1 ms) tells the names
it lacks, a third of those a batch asks, without a query of the table (~20 us each).
A second trie holds wordfreq's rarer words (ranks WORDS to EMPTY_WORDS; none since session 48, when WORDS
was raised to EMPTY_WORDS) that are keys of the
index but find nothing ('Myron', 'Cialis': ~78,000 names, ~200 KB, ~20 more CPU s to build):
their answer is [] without a query (session 33).
A stored name whose answer is no candidate joins it and gets no row (session 46: 35,113 of the
101,873 stored names; 669 of the 2,225 answers a batch of 380 news reports read were []); the
stored rows are numbered by the first trie's ids (an integer key, found by SQLite in ~55% of the
instructions of a name key: ~20,000 a read with the trie's look-up, ~35,700 by name).
A third table holds the answers of the own names of the index's provinces, districts and cities
asked with their own kind (OWN_KINDS: 'Ohio' with a province's kind word, 'Pyongyang' with 'city',
'Marion County' with 'county'): a look-up with a kind is ranked with it (the kind agrees or
differs in each score), so its answer is not the kind None answer filtered; kept as worked out,
~40,700 answers, ~86 MB of the store (session 34). With them, every other spelling of the
provinces, crossings, bases and camps, and the countries' names asked as provinces
(SPELLED_KINDS: 'Hunan' of 'Hunan Sheng', 'Sudan state television'; ~18,900 pairs, +23 MB;
a batch's live look-ups with a kind 262 -> 216, callgrind -0.40% of `places`, session 47). And
the own names of towns, cities, provinces and countries asked with the kinds news writes after
them (ASKED_AS: 'the Garissa town', 'Cairo airport', 'the Ituri district'; ~65,000 pairs, +~90 MB,
session 50).

Safe by construction:

- **Its own fingerprint**, kept in the store's ``meta`` table: an answer depends on the finder's
  code and data (this package's modules, the gazetteer reader and ranking, names, areas, word
  lists, the curated files), on the index and the user's added places, and on rapidfuzz,
  unidecode and wordfreq -- not only on what the index fingerprint covers (it deliberately
  leaves the ranking out). The fingerprint is a hash of the size, time and inode of each of
  those files, of the three packages' modules and of each package's own folder (upgrading a
  package rewrites both; installing another package changes neither), of the index file and its own
  fingerprint, of the user's places file, and of the interpreter: any edit, even a ``touch``,
  makes the store stale. (Not of ``sys.path``: a script, pytest and the console script each
  put another folder first, and the store would be stale for all but one of them.) A stale, missing or unreadable store is not used: the
  look-up is worked out live, the same answer.
- Every stored answer carries a CRC-32 of its bytes and its name (checked against the name
  asked: the row is found by its name's id in a trie) and must load as a list of dicts; any
  failure (a truncated or corrupt file) drops the store for the rest of the process, silently.
- Built off the hot path, always by a fresh child process (:func:`build_in_child` after
  ``geomove gazetteer build`` has written the index, :func:`build_later`, detached, after the
  automatic first build of the index); a one-report run only reads it. The child notes when it
  started and writes nothing if a dependency changed since (an edit during a build: the code
  it imported would not be the code the fingerprint names).
- Asked only for the default :class:`~geomove.gazetteer.Gazetteer` class (not test doubles or
  wrappers), and a name with a kind only for the (name, kind) pairs it was worked out for.

``GEOMOVE_KEPT_ANSWERS=0`` turns the store off (to measure without it).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sqlite3
import sys
import zlib
from pathlib import Path
from typing import Any, NamedTuple

from ..io.cache_files import file_identity

FORMAT = "kept-answers-13"  # (bump when the stored layout or what is stored changes; 12: a row's
# ``features`` are the names of the features that fired, not a dict of their shares, candidates._named_features;
# 13: a row's seldom-read keys are one bytes value, gazetteer.cold.COLD_KEYS)
# wordfreq's most frequent English words looked at, kept whatever they find: as many as
# EMPTY_WORDS (until session 48, 100,000: the words of ranks 100,000 to 300,000 were kept only
# where they find nothing, though the build worked every one of them out; of a batch of 380
# news reports' 633 live look-ups of kind None, 88 were such words that find something;
# ~46,000 more answers, ~+50 MB, for the same build work: speed100)
WORDS = 300_000
EMPTY_WORDS = 300_000       # and the rarer ones up to this rank, kept only where they find nothing
FAMOUS_IMPORTANCE = 0.5     # the index's places whose own names are looked at (None: none)
# the kinds of the index's places whose own names are kept asked with that kind, as the finder
# asks after a kind word ('the Ohio state', 'Pyongyang city', 'Marion County'): provinces (3,867
# names), cities (6,080) and districts (30,709); a batch of 380 news reports asks 113 of its 375
# look-ups with a kind so (session 34: admin1 and city 77, callgrind -0.5%; admin2 36 more,
# -0.7%, for 60 MB of the store's 200)
OWN_KINDS = ("admin1", "admin2", "city")
# the kinds whose places' every spelling (own name, each name the index holds for it and its
# variants, and their ASCII spellings) is kept asked with that kind, and the kind countries'
# spellings are kept asked with: the index names many provinces otherwise than news writes
# them ('Mahārāshtra', 'Hunan Sheng', 'Thüringen'), so 'the Hunan province' missed the own
# names' pairs; and 'state' after a country's name ('Sudan state television') asks it as a
# province. A batch of 380 news reports asked 66 look-ups of kind admin1 live, 36 of them of
# these spellings; the facility kinds' spellings are few (~2,700) and asked after 'crossing',
# 'base', 'camp' (session 47, speed96: ~16,800 more pairs)
SPELLED_KINDS = ("admin1", "crossing", "base", "camp")
COUNTRIES_ASKED_AS = "admin1"
# the kinds a place's own name is asked with besides its own, by the kind asked: the kinds of
# the places whose own names are kept asked so, of importance the least given or more (None:
# all). News writes a city's or a town's name before 'town' ('the Garissa town', 'Torun town':
# cities of the index asked as towns), a city's before 'airport' ('Cairo airport' asks 'Cairo'
# with an airfield's kind), a country's or a province's before 'city' ('a Burkina Faso city')
# and 'district' ('the Ituri district'), a city's before 'district' or 'county'. A batch of 380
# news reports asked 169 look-ups with a kind live (s50start): 16 of them towns' and cities'
# own names as towns (town rows are all of importance 0.47 or more, those asked 0.51-0.68), 6
# cities' as airfields, 4 countries' and provinces' as cities, 3 provinces' and 4 cities' as
# districts, 1 a province's as a town (speed109)
ASKED_AS = (("town", ("city", "town", "admin1", "country"), 0.5),
            ("airfield", ("city",), None),
            ("city", ("admin1", "country"), None),
            ("admin2", ("admin1", "city", "country"), None))
# (the separator of a name and its kind in the trie of kind answers: no name holds it)
_KIND_SEP = "\x1f"
_DICT_ONLY = frozenset((dict,))  # (the only type an answer's candidates have: see _read)
_PACKAGES = ("rapidfuzz", "unidecode", "wordfreq")

_HERE = Path(__file__).resolve().parent          # geomove/mentions
_PACKAGE = _HERE.parent                          # geomove


def store_path(index: Path) -> Path:
    """Where the store of ``index`` lives: beside it (not inside it: the index is shared by
    checkouts of different finder code)."""
    return index.with_name(index.name + ".answers")


def _dependency_files() -> list[str]:
    """Every file an answer can depend on: the package's top-level modules and the modules and
    data of mentions/, gazetteer/ and io/, and the curated data folder (areas.csv, features,
    aliases, demonyms). A few more than needed (cli.py, say) only make the store stale sooner.
    (os.scandir, not pathlib: a one-report run pays this once, 0.3 ms against 1.2.)"""
    files: list[str] = []
    _files_in(str(_PACKAGE), files, deep=False, py_only=True)
    for sub in ("mentions", "gazetteer", "io"):
        _files_in(os.path.join(str(_PACKAGE), sub), files, deep=True, py_only=False)
    from ..io.installed import curated_file
    areas = curated_file("areas.csv")
    if areas is not None and isinstance(areas, Path):
        _files_in(str(areas.parent), files, deep=False, py_only=False)
    return files


def _files_in(folder: str, out: list[str], *, deep: bool, py_only: bool) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        out.append(folder)  # (a folder that cannot be read: its absence is in the fingerprint)
        return
    for e in entries:
        if e.is_file():
            if (e.name.endswith(".py") or not py_only) and not e.name.endswith((".pyc", ".pyo")):
                out.append(e.path)
        elif deep and e.is_dir() and e.name != "__pycache__":
            _files_in(e.path, out, deep=True, py_only=py_only)


def _package_stat(name: str) -> tuple:
    """The stat of a package's module file and of the package's own folder, found without
    importing it (a ``places`` run does not import wordfreq: importing it to read a version
    cost ~600 M instructions, as much as the store saves). Upgrading a package rewrites its
    files and its folder's entries; a version string would say no more. Not the folder it is
    installed in (site-packages): installing any other package changes that folder's time, and
    ``pip install geotext`` for a benchmark left every run without its store."""
    import importlib.util
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return (None,)
    where = getattr(spec, "origin", None) if spec is not None else None
    if not where:
        return (None,)
    if os.path.basename(where) != "__init__.py":
        return (file_identity(where),)  # (a module of one file: its own stat says an upgrade)
    return (file_identity(where), file_identity(os.path.dirname(where)))


def fingerprint(gaz) -> str:
    """The store's fingerprint for gazetteer ``gaz`` as it is now (see the module docstring)."""
    seen: list = [FORMAT, WORDS, EMPTY_WORDS, FAMOUS_IMPORTANCE, OWN_KINDS, SPELLED_KINDS, COUNTRIES_ASKED_AS, ASKED_AS,
                  sys.version, sys.prefix, sys.exec_prefix]
    # (the index and the user's places by their file, not their path: a private cache folder
    # that links the shared index reads the same file)
    seen.append(("index", file_identity(gaz.path)[1:], gaz.meta.get("fingerprint"), gaz.meta.get("built_at")))
    # (the user's places file as it is, or None when there is none: a run whose places file
    # does not exist, wherever it would be, answers as the store's builder did without one)
    up = getattr(gaz, "user_places", None)
    seen.append(("user places", file_identity(up)[1:] if up is not None and os.path.exists(up) else None))
    seen += [file_identity(p) for p in _dependency_files()]
    for name in _PACKAGES:
        seen.append((name,) + _package_stat(name))
    return hashlib.sha1(repr(seen).encode("utf-8")).hexdigest()


def _disabled() -> bool:
    return os.environ.get("GEOMOVE_KEPT_ANSWERS", "1").strip().lower() in ("0", "no", "off", "false")


# the store connections a forked process inherited and replaced (KeptAnswers.reopen_after_fork)
_INHERITED_CONNECTIONS: list = []


class _IndexFacts(NamedTuple):
    """What :func:`fingerprint` reads of a gazetteer (its index file and the user's places)."""
    path: Path
    meta: dict
    user_places: Any


class KeptAnswers:
    """The store of one gazetteer, opened at the first look-up that misses the shared cache.
    :meth:`answer` is None for a name it does not hold, and always None once the store was
    found missing, stale or unreadable."""

    # (__weakref__: its gazetteer holds its close weakly, see Gazetteer.on_close)
    __slots__ = ("_of", "path", "db", "state", "names", "empty", "kinds", "possessive", "meta", "districts",
                 "__weakref__")

    def __init__(self, gaz, path: Path | None = None):
        # (what the fingerprint reads of the gazetteer, not the gazetteer: the reader is the value
        # of its gazetteer's entry in the finder's shared cache, a WeakKeyDictionary (see
        # mentions.candidates); holding its key, the value kept the entry alive, and every
        # Gazetteer a process read with stayed open to the end, its files with it)
        self._of = _IndexFacts(gaz.path, gaz.meta, getattr(gaz, "user_places", None))
        self.path = path if path is not None else store_path(Path(gaz.path))
        self.db = None
        self.state = "unopened"  # then "fresh", or "off" (missing, stale, unreadable, turned off)
        self.names = None  # the stored names' trie (see _trie_of), None: every name is asked of the table
        self.empty = None  # the trie of names whose answer is no candidate (see _trie_of)
        self.kinds = None  # the trie of the (name, kind) pairs kept, as kind + _KIND_SEP + name
        self.possessive = None  # the trie of the letters of the spellings with a possessive 's
        self.meta = None  # the store's meta table, once open
        self.districts = False  # the trie of district_forms, read at its first ask (None: none)
        on_close = getattr(gaz, "on_close", None)
        if on_close is not None:  # (closed with its gazetteer: Gazetteer.close gives back every file)
            on_close(self.close)

    def close(self) -> None:
        """Close the store's connection; the reader is off from now on (answers worked out live)."""
        if self.db is not None:
            self.db.close()
        self.db = None
        self.state = "off"

    def _open(self) -> None:
        self.state = "off"
        if _disabled():
            return
        try:
            path = self.path
            if not path.is_file():
                return
            db = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True,
                                 check_same_thread=False)
            try:
                meta = dict(db.execute("SELECT k, v FROM meta"))
                if meta.get("format") != FORMAT or meta.get("fingerprint") != fingerprint(self._of):
                    db.close()
                    return
            except (sqlite3.Error, ValueError, TypeError):
                db.close()
                return
        except (OSError, sqlite3.Error, ValueError):
            return
        # (the tables' rows are numbered by the tries of their names: a store without them, or
        # with one that does not hold as many names as its table, is not read; a missing trie
        # of empty answers only leaves those names to be worked out live)
        names = _trie_of(db, meta, "names_trie", "answers")
        kinds = _trie_of(db, meta, "kinds_trie", "kind_answers")
        if names is None or kinds is None:
            db.close()
            return
        self.db = db
        self.names = names
        self.empty = _trie_of(db, meta, "empty_trie", "empty_answers")
        self.kinds = kinds
        self.possessive = _trie_of(db, meta, "possessive_trie", "possessive_spellings")
        self.meta = meta
        self.state = "fresh"

    def reopen_after_fork(self, mmap_size: int = 0) -> None:
        """In a forked process: its own connection to the store, the tries and the fresh state
        the parent found kept (see Gazetteer.reopen_after_fork); ``mmap_size``: the bytes of the
        store it reads through a memory map (parallel.WORKER_MMAP_SIZE)."""
        if self.db is not None:
            _INHERITED_CONNECTIONS.append(self.db)
            self.db = sqlite3.connect(self.path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True,
                                      check_same_thread=False)
            if mmap_size:
                self.db.execute(f"PRAGMA mmap_size = {int(mmap_size)}")

    def _ready(self) -> bool:
        """Is the store open to be read (opened at the first ask, never when it is off)?"""
        if self.state != "fresh":
            if self.state == "off":
                return False
            self._open()
            if self.db is None:
                return False
        return True

    def answer(self, name: str) -> list[dict] | None:
        if not self._ready():
            return None
        # (a row's id is its name's id in the trie: an integer key is found in the table in
        # ~40% of the instructions a name key took, session 46)
        at = self.names.get(name)
        if at is None:
            empty = self.empty
            if empty is not None and name in empty:
                return []  # (a word of a key of the index that finds nothing: no query at all)
            return None  # (a third of the names a batch asks: no query of the table for them)
        return self._read("SELECT name, kind, crc, data FROM answers WHERE id = ?", at, name, None)

    def kind_answer(self, name: str, kind: str) -> list[dict] | None:
        """The answer of ``name`` asked with ``kind`` (the finder's kind argument as it is), or
        None for a pair the store does not hold (most: only OWN_KINDS, each with its own places'
        names)."""
        if not self._ready():
            return None
        at = self.kinds.get(kind + _KIND_SEP + name)
        if at is None:
            return None
        return self._read("SELECT name, kind, crc, data FROM kind_answers WHERE id = ?", at, name, kind)

    def possessive_letters(self):
        """The trie of :func:`possessive_spellings` (their letters, as tokens._letters folds
        them), or None when the store is off or has none. A name whose letters it lacks is
        spelled with its possessive by no row of the index (tokens._looked_up_with_possessive:
        "China's", "Kabul's"; ~570 a batch of 380 reports, each a fold, a trie look-up and often
        a key's rows read to say no)."""
        if not self._ready():
            return None
        return self.possessive

    def district_forms(self):
        """The trie of :func:`district_forms` (the forms a district of the index can be found
        spelled exactly as), or None when the store is off or has none. Read at its first ask,
        not at the store's opening: only a hyphenated pair of names asks it (~0.3 ms to read)."""
        if not self._ready():
            return None
        if self.districts is False:
            self.districts = _trie_of(self.db, self.meta, "districts_trie", "district_forms")
        return self.districts

    def _read(self, query: str, at: int, name: str, kind: str | None) -> list[dict] | None:
        """The answer of the row ``at`` of a table, which must be the row of (``name``,
        ``kind``): a trie that is not the one its rows were numbered by is a damaged store."""
        try:
            row = self.db.execute(query, (at,)).fetchone()
            if row is None or row[0] != name or row[1] != kind:
                raise ValueError("not the row of the name")
            _, _, crc, data = row
            if zlib.crc32(data) != crc:
                raise ValueError("checksum")
            hit = marshal.loads(data)
            # (every candidate a dict: its types' set, made in C, holds none but dict; an empty
            # answer passes, as all() of nothing does)
            if type(hit) is not list or not set(map(type, hit)) <= _DICT_ONLY:
                raise ValueError("not a candidate list")
            return hit
        except Exception:  # noqa: BLE001 (a corrupt or truncated store: never an answer, never an error)
            self.close()
            return None

    def close(self) -> None:
        self.state = "off"
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.Error:
                pass
            self.db = None


def _trie_of(db, meta: dict, blob: str, count: str):
    """A trie the builder wrote into the store's ``blobs`` table under ``blob``, when it holds as
    many names as the store's meta says under ``count``; None when the store has none, it cannot
    be read, marisa-trie is missing or the count differs. Five are read: ``names_trie``, the
    stored names, and ``kinds_trie``, the stored (name, kind) pairs, whose ids number the rows
    of ``answers`` and ``kind_answers`` (without them the store is not read: every name is
    worked out live, the same answer); a name the first lacks is no answer, known in ~1 us
    where the table's B-tree took ~20 us; and ``empty_trie``, the names whose answer is no
    candidate (a stored word's, and :func:`empty_words`: a rarer English word written with a
    capital, 'Myron', 'Cialis', that the index holds as a key but no row of the key is spelled
    like it), asked only for a name the first lacks; and ``possessive_trie``, the letters of the
    index's spellings with a possessive 's (:func:`possessive_spellings`, read by
    :meth:`KeptAnswers.possessive_letters`); and ``districts_trie``, every district's exact forms
    (:func:`district_forms`, read by :meth:`KeptAnswers.district_forms` at its first ask). (A row read is checked to be the row of the name
    asked: a trie that is not the one the rows were numbered by is a damaged store.)"""
    try:
        import marisa_trie
        row = db.execute("SELECT v FROM blobs WHERE k = ?", (blob,)).fetchone()
        if row is None:
            return None
        trie = marisa_trie.Trie().frombytes(bytes(row[0]))
        return trie if len(trie) == int(meta.get(count, -1)) else None
    except Exception:  # noqa: BLE001 (no trie: the table answers alone, or the names are worked out live)
        return None


def kept_answers_of(gaz) -> KeptAnswers | None:
    """The store reader for ``gaz``: only the index reader class itself (a wrapper or a test's
    gazetteer may answer differently from the index the store was built from)."""
    from ..gazetteer import Gazetteer
    if type(gaz) is not Gazetteer:
        return None
    return KeptAnswers(gaz)


def status(index: Path, gaz=None) -> dict:
    """For ``geomove gazetteer info``: the store's path, whether it is there, fresh, and its size."""
    path = store_path(Path(index))
    out: dict = {"path": str(path), "exists": path.is_file(), "fresh": False}
    if not out["exists"]:
        return out
    out["size_bytes"] = path.stat().st_size
    own = None  # (a gazetteer opened here for the fingerprint: closed here)
    try:
        from ..gazetteer import Gazetteer
        gaz = gaz if gaz is not None else (own := Gazetteer(index))
        db = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            meta = dict(db.execute("SELECT k, v FROM meta"))
            out["answers"] = int(meta.get("answers", 0))
            out["built_at"] = meta.get("built_at")
            out["fresh"] = meta.get("format") == FORMAT and meta.get("fingerprint") == fingerprint(gaz)
        finally:
            db.close()
            if own is not None:
                own.close()
    except Exception as err:  # noqa: BLE001 (a file that cannot be read is "not fresh", not an error)
        out["error"] = f"{type(err).__name__}: {err}"
    return out


# ---------------------------------------------------------------- building

def famous_names(gaz, least: float | None = FAMOUS_IMPORTANCE) -> set[str]:
    """The own names of the index's places of importance ``least`` or more (none for None): a
    name news writes of a well-known place is asked by every batch that names it, and worked
    out live it costs ~250 us (a key's rows read and ranked), read from the store ~20 us."""
    if least is None:
        return set()
    return {n for (n,) in gaz.db.execute("SELECT DISTINCT name FROM places WHERE importance >= ?", (least,)) if n}


def own_kind_names(gaz, kinds=OWN_KINDS, least: float | None = None) -> set[tuple[str, str]]:
    """(own name, kind) of the index's places of ``kinds`` (of importance ``least`` or more,
    None: all): the pairs whose answers are kept (see OWN_KINDS)."""
    out: set[tuple[str, str]] = set()
    for kind in kinds:
        out |= {(n, kind) for (n,) in gaz.db.execute(
            "SELECT DISTINCT name FROM places WHERE kind = ? AND importance >= ?",
            (kind, -1.0 if least is None else least)) if n and _KIND_SEP not in n}
    return out


def asked_as_names(gaz, asked=ASKED_AS, least: float | None = None) -> set[tuple[str, str]]:
    """(own name, kind asked) of the index's places of the kinds ``asked`` lists for that kind
    (see ASKED_AS), of its least importance or more, and of ``least`` or more too (None: the
    rule's alone): the pairs kept beside :func:`own_kind_names`."""
    out: set[tuple[str, str]] = set()
    for kind, place_kinds, rule_least in asked:
        floor = max(-1.0 if rule_least is None else rule_least, -1.0 if least is None else least)
        for place_kind in place_kinds:
            out |= {(n, kind) for (n,) in gaz.db.execute(
                "SELECT DISTINCT name FROM places WHERE kind = ? AND importance >= ?", (place_kind, floor))
                if n and _KIND_SEP not in n}
    return out


def spelled_kind_names(gaz, kinds=SPELLED_KINDS, countries_as: str | None = COUNTRIES_ASKED_AS,
                       least: float | None = None) -> set[tuple[str, str]]:
    """(spelling, kind) of every spelling of the index's places of ``kinds`` (the place's own
    name, the names the index holds for it and their variants, each also in its ASCII letters:
    'Maharashtra' for 'Mahārāshtra'), and of the countries' spellings with kind ``countries_as``
    (None: none), of the places of importance ``least`` or more (None: all): the pairs kept
    beside :func:`own_kind_names` (see SPELLED_KINDS)."""
    from unidecode import unidecode
    asked = [(k, k) for k in kinds] + ([("country", countries_as)] if countries_as else [])
    out: set[tuple[str, str]] = set()
    for place_kind, kind in asked:
        for row in gaz.db.execute(
                "SELECT p.name, n.name, n.variants FROM names n JOIN places p ON p.rowid = n.place "
                "WHERE p.kind = ? AND p.importance >= ?", (place_kind, -1.0 if least is None else least)):
            own, named, variants = row
            for spelled in (own, named, *(variants.split("|") if variants else ())):
                if not spelled:
                    continue
                for form in (spelled, unidecode(spelled)):
                    if form and _KIND_SEP not in form:
                        out.add((form, kind))
    return out


def stored_kind_answers(gaz, pairs):
    """(name, kind, its answer as marshal bytes) of each (name, kind) of ``pairs`` whose name
    the index holds as a key, worked out live by a finder of ``gaz`` as :func:`stored_words`'."""
    from ..names import name_key
    from .finder import _Finder
    finder = _Finder("", gaz)
    finder.cand_cache = {}
    for name, kind in sorted(pairs):
        k = name_key(name)
        if not (k and gaz.has_key(k)):
            continue
        try:
            data = marshal.dumps(finder._filtered_candidates(name, kind), 4)
        except ValueError:
            continue
        yield name, kind, data


_APOSTROPHES = ("'", "’")  # (the two a possessive is written with: tokens._POSSESSIVE_RE)


def possessive_spellings(gaz) -> set[str]:
    """The letters (tokens._letters) of every spelling of the index, and of the user's places,
    that holds a possessive 's (tokens._possessive): each name's own and variant spellings
    (the ``names`` table) and each place's name (``places``), which are all the spellings a
    look-up's candidates carry (their ``matched_name`` and ``name``). ~1,400 in a full index,
    one pass over its tables (~0.4 CPU s)."""
    from .tokens import _letters, _possessive
    out: set[str] = set()
    for db in (gaz.db, getattr(gaz, "user_db", None)):
        if db is None:
            continue
        for name, variants in db.execute(
                "SELECT name, variants FROM names WHERE instr(name, ?1) OR instr(name, ?2) "
                "OR instr(variants, ?1) OR instr(variants, ?2)", _APOSTROPHES):
            for spelled in [name] + (variants.split("|") if variants else []):
                if spelled and _possessive(spelled):
                    out.add(_letters(spelled))
        for (name,) in db.execute("SELECT name FROM places WHERE instr(name, ?1) OR instr(name, ?2)", _APOSTROPHES):
            if name and _possessive(name):
                out.add(_letters(name))
    return out


def district_forms(gaz) -> set[str]:
    """Every form a district (kind admin2) of the index, or of the user's places, can be found
    spelled exactly as by the finder's keep test: each of its spellings (the ``names`` table's
    name and variants of each of its keys) and its own name, each plain (names.plain), and the
    core name of each (gazetteer_build.row_core_name, as the index stores it, and
    similarity._core_name_cached, as the finder works it out for a row without stored forms),
    each with its French 'ou' spelled 'u' (similarity._ou_as_u). A candidate's name similarity
    is 1.0 only where a name asked and one of those forms are plain-equal, or equal with their
    'ou' spelled 'u' (similarity.folded_spelling_similarity; rapidfuzz's ratio is 100 for equal
    strings only): a name whose 'ou'-folded plain form is not here finds no district of
    similarity 1.0 (read by CandidateLookup.no_district_spelled_as). ~59,000 forms, one pass
    over the join (~1 CPU s)."""
    from ..gazetteer_build import row_core_name
    from ..names import plain
    from .similarity import _core_name_cached, _ou_as_u
    split_kind = gaz.split_kind
    out: set[str] = set()
    for db in (gaz.db, getattr(gaz, "user_db", None)):
        if db is None:
            continue
        for own, spelled, variants in db.execute(
                "SELECT p.name, n.name, n.variants FROM names n JOIN places p ON p.rowid = n.place "
                "WHERE p.kind = 'admin2'"):
            for form in {own, spelled, *(variants.split("|") if variants else ())}:
                if form:
                    for f in (form, row_core_name(form), _core_name_cached(split_kind, form)):
                        out.add(_ou_as_u(plain(f)))
    return out


def stored_words(gaz, words: int = WORDS, names=(), famous: float | None = FAMOUS_IMPORTANCE):
    """(name, its answer as marshal bytes) for wordfreq's ``words`` most frequent English words
    written with a capital that the index holds as a name key, worked out live by a finder of
    ``gaz`` (a gazetteer of the builder's own, so no reader's caches fill up); of the own names
    of the index's places of importance ``famous`` or more (:func:`famous_names`); and of
    ``names`` (tests: names of the index itself)."""
    from wordfreq import top_n_list

    from ..names import name_key
    from .finder import _Finder
    finder = _Finder("", gaz)
    finder.cand_cache = {}  # (a private cache: never the store being replaced, never a reader's)
    asked = {w[:1].upper() + w[1:] for w in top_n_list("en", words)} | famous_names(gaz, famous) | set(names)
    for w in sorted(asked):
        k = name_key(w)
        if not (k and gaz.has_key(k)):
            continue
        try:
            data = marshal.dumps(finder._filtered_candidates(w, None), 4)
        except ValueError:  # (an answer marshal cannot write: left to be worked out live)
            continue
        yield w, data


def empty_words(gaz, words: int = WORDS, upto: int = EMPTY_WORDS):
    """The names, of wordfreq's English words of rank ``words`` to ``upto`` written with a
    capital, that the index holds as a name key and whose answer (kind None) is no candidate:
    kept as a trie of names alone (a few bytes each, where a stored answer is a row of the
    table and a query to read it). In a batch of 380 news reports (the store of 30,000 words)
    a third of the live look-ups of kind None that find nothing were words of ranks 30,000 to
    300,000 (162 of 449: 'Myron', 'Kenyatta', 'Cialis'; the rest are names no word list holds:
    'Beaudunn', 'Olayouness'), ~155 us each worked out live, ~1 us in the trie (session 33)."""
    from wordfreq import top_n_list

    from ..names import name_key
    from .finder import _Finder
    if upto <= words:
        return
    finder = _Finder("", gaz)
    finder.cand_cache = {}
    asked = {w[:1].upper() + w[1:] for w in top_n_list("en", upto)[words:]}
    for w in sorted(asked):
        k = name_key(w)
        if not (k and gaz.has_key(k)):
            continue
        if not finder._filtered_candidates(w, None):
            yield w


def build(index: Path, words: int = WORDS, *, path: Path | None = None,
          user_places: Path | None = None, names=(), started_ns: int | None = None,
          famous: float | None = FAMOUS_IMPORTANCE, empty_upto: int = EMPTY_WORDS,
          own_kinds=OWN_KINDS, own_least: float | None = None, spelled_kinds=SPELLED_KINDS,
          asked_as=ASKED_AS) -> Path | None:
    """Work out and write the store of ``index`` (aside, then renamed over the old one; at
    ``path`` rather than beside the index, and with ``user_places`` rather than the user's, for
    tests; ``empty_upto``: the last rank of the words kept when they find nothing, see
    :func:`empty_words`; ``own_kinds`` and ``own_least``: the pairs of :func:`own_kind_names`;
    ``spelled_kinds``: those of :func:`spelled_kind_names`, none when empty, ``own_least`` too;
    ``asked_as``: those of :func:`asked_as_names`, ``own_least`` too).
    Returns its path, or None when it could not be written (a read-only folder) or
    when a dependency was written at or after ``started_ns`` (when this process started to
    import geomove: the code it runs may not be the code the fingerprint describes): readers
    then work every answer out live."""
    from ..gazetteer import Gazetteer
    target = Path(path) if path is not None else store_path(Path(index))
    with Gazetteer(index, user_places=user_places) as gaz:  # (read only while the store is made)
        return _build_with(gaz, target, words, started_ns, names=names, famous=famous, empty_upto=empty_upto,
                           own_kinds=own_kinds, own_least=own_least, spelled_kinds=spelled_kinds,
                           asked_as=asked_as)


def _build_with(gaz, target: Path, words: int, started_ns: int | None, *, names, famous, empty_upto,
                own_kinds, own_least, spelled_kinds, asked_as) -> Path | None:
    from ..io.cache_files import keep_file
    fp = fingerprint(gaz)
    if started_ns is not None and _changed_since(started_ns):
        return None

    def write(tmp: Path) -> None:
        tmp.unlink(missing_ok=True)
        try:
            _write(tmp, gaz, words, fp, names, famous, empty_upto, own_kind_names(gaz, own_kinds, own_least)
                   | (spelled_kind_names(gaz, spelled_kinds, least=own_least) if spelled_kinds else set())
                   | asked_as_names(gaz, asked_as, own_least))
        except sqlite3.Error as err:  # (keep_file then removes the half-written file)
            raise OSError(str(err)) from err

    done = keep_file(target, write)
    if not done:
        return None
    if fingerprint(gaz) != fp:  # (the code or data changed while it was built: not to be trusted)
        target.unlink(missing_ok=True)
        return None
    return target


def _changed_since(started_ns: int) -> bool:
    for p in _dependency_files():
        try:
            if os.stat(p).st_mtime_ns >= started_ns:
                return True
        except OSError:
            return True
    return False


def _write(tmp: Path, gaz, words: int, fp: str, names=(), famous: float | None = FAMOUS_IMPORTANCE,
           empty_upto: int = EMPTY_WORDS, pairs=()) -> None:
    """The answers are worked out into a table of their names (``staged``), then written to
    ``answers`` and ``kind_answers`` numbered by the tries of their names (a row's id is its
    name's id in the trie, read by :meth:`KeptAnswers.answer`), the staged table dropped. A
    stored name whose answer is no candidate gets no row: it joins the trie of empty answers
    (a third of the stored names a batch of news reports asks, read without a query)."""
    import time

    import marisa_trie  # (no trie, no store: the rows are numbered by it)
    db = sqlite3.connect(tmp)
    try:
        db.execute("PRAGMA page_size = 16384")
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)")
        db.execute("CREATE TABLE blobs (k TEXT PRIMARY KEY, v BLOB)")
        db.execute("CREATE TABLE staged (name TEXT, kind TEXT, data BLOB)")
        db.executemany("INSERT INTO staged VALUES (?, NULL, ?)", stored_words(gaz, words, names, famous))
        db.executemany("INSERT INTO staged VALUES (?, ?, ?)", stored_kind_answers(gaz, pairs))
        nothing = marshal.dumps([], 4)
        kept = marisa_trie.Trie([n for (n,) in db.execute(
            "SELECT name FROM staged WHERE kind IS NULL AND data != ?", (nothing,))])
        stored_empty = [n for (n,) in db.execute("SELECT name FROM staged WHERE kind IS NULL AND data = ?", (nothing,))]
        kinds = marisa_trie.Trie([k + _KIND_SEP + n for n, k in db.execute(
            "SELECT name, kind FROM staged WHERE kind IS NOT NULL")])
        db.create_function("kept_id", 1, kept.__getitem__, deterministic=True)
        db.create_function("kind_id", 2, lambda n, k: kinds[k + _KIND_SEP + n], deterministic=True)
        db.create_function("crc32", 1, zlib.crc32, deterministic=True)
        for table in ("answers", "kind_answers"):
            db.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, crc INTEGER, data BLOB)")
        db.execute("INSERT INTO answers SELECT kept_id(name) AS id, name, kind, crc32(data), data FROM staged "
                   "WHERE kind IS NULL AND data != ? ORDER BY id", (nothing,))
        db.execute("INSERT INTO kind_answers SELECT kind_id(name, kind) AS id, name, kind, crc32(data), data "
                   "FROM staged WHERE kind IS NOT NULL ORDER BY id")
        db.execute("DROP TABLE staged")
        db.execute("INSERT INTO blobs VALUES ('names_trie', ?)", (kept.tobytes(),))
        db.execute("INSERT INTO blobs VALUES ('kinds_trie', ?)", (kinds.tobytes(),))
        empty = _write_empty_trie(db, gaz, words, empty_upto, kept, stored_empty)
        possessive = _write_possessive_trie(db, gaz)
        districts = marisa_trie.Trie(sorted(district_forms(gaz)))
        db.execute("INSERT INTO blobs VALUES ('districts_trie', ?)", (districts.tobytes(),))
        db.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("format", FORMAT), ("fingerprint", fp), ("answers", str(len(kept))), ("empty_answers", str(empty)),
            ("kind_answers", str(len(kinds))), ("possessive_spellings", str(possessive)),
            ("district_forms", str(len(districts))), ("words", str(words)), ("famous", str(famous)),
            ("built_at", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))])
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()


def _write_empty_trie(db, gaz, words: int, upto: int, kept, stored_empty) -> int:
    """The trie of the names whose answer is no candidate (read by _trie_of) beside the stored
    names' trie: the stored words' (``stored_empty``) and :func:`empty_words`' rarer ones the
    store does not hold (``kept``); how many names it holds."""
    import marisa_trie
    trie = marisa_trie.Trie(list(stored_empty) + [w for w in empty_words(gaz, words, upto) if w not in kept])
    db.execute("INSERT INTO blobs VALUES ('empty_trie', ?)", (trie.tobytes(),))
    return len(trie)


def _write_possessive_trie(db, gaz) -> int:
    """The trie of :func:`possessive_spellings` (read by _trie_of); how many it holds (a store
    without it, an older one, leaves every possessive to be looked up as before)."""
    import marisa_trie
    trie = marisa_trie.Trie(sorted(possessive_spellings(gaz)))
    db.execute("INSERT INTO blobs VALUES ('possessive_trie', ?)", (trie.tobytes(),))
    return len(trie)


# The child that builds a store notes the time before it imports any of geomove: a dependency
# written after that may not be the code the child runs (an edit during a build), and its store
# would carry the new files' fingerprint with the old code's answers.
_CHILD = ("import sys, time; started = time.time_ns(); "
          "from geomove.mentions.kept_answers import _child; sys.exit(_child(sys.argv[1], started))")


def _child(index: str, started_ns: int) -> int:
    try:
        if status(Path(index)).get("fresh"):
            return 0  # (another process built it meanwhile)
        return 0 if build(Path(index), started_ns=started_ns) is not None else 1
    except Exception:  # noqa: BLE001 (no store: readers work every answer out live)
        return 1


def _child_command(index: Path) -> list[str]:
    return [sys.executable, "-c", _CHILD, str(Path(index).absolute())]


def build_in_child(index: Path) -> Path | None:
    """Build the store of ``index`` in a child process and wait for it (``geomove gazetteer
    build``: a fresh interpreter imports the code the fingerprint describes). Its path, or None
    when no fresh store came of it."""
    if _disabled():
        return None
    import subprocess  # (here, not at import: a process that reads builds no store, ~14 M instructions)
    try:
        subprocess.run(_child_command(index), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, cwd=str(_PACKAGE.parent), check=False)
    except OSError:
        return None
    return store_path(Path(index)) if status(Path(index)).get("fresh") else None


def build_later(index: Path) -> None:
    """Build the store of ``index`` in a detached child process (after the automatic first
    build of the index: the process that needed the index does not wait for it). Quietly
    nothing when a child cannot be started."""
    if _disabled():
        return
    import subprocess
    try:
        subprocess.Popen(_child_command(index), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True, close_fds=True,
                         cwd=str(_PACKAGE.parent))  # (so the child imports this very package)
    except OSError:
        pass
