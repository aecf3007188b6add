"""Lazy query results of the movement log: rowids fetched a page at a time, Features read
and decoded only when touched (``Movements``)."""

from __future__ import annotations

import json
import operator
import sqlite3
from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, Iterable, Iterator

from ..errors import LogError
from .schema import SPAN_CLASS, SPAN_LIMITS, TIME_SCALE

if TYPE_CHECKING:  # only for annotations: log.py imports this module
    from .store import MovementLog


class _Rowids:
    """A query's rowids in query order: all known at once (the SQL path), or fetched a page
    at a time by a subclass (the indexed paths), so a big result's count and first page
    are ready without reading every match."""

    def __init__(self, known: array):
        self.known = known
        self._total: int | None = len(known)
        self.done = True

    def __len__(self) -> int:
        return self._total

    def fill(self, n: int) -> None:
        """Know at least the first ``n`` rowids (all of them if there are fewer)."""

    def at(self, positions: range) -> list[int]:
        if not positions:
            return []
        self.fill(max(positions[0], positions[-1]) + 1)
        known = self.known
        return [known[p] for p in positions]

    def __getitem__(self, position: int) -> int:
        if position >= len(self.known):
            self.fill(position + 1)
        return self.known[position]

    def release(self) -> None:
        """Fetch nothing more (the log changed or closed)."""


class _Paged(_Rowids):
    """Rowids fetched in pages ordered by (start, rowid), each page after the last one's key
    (keyset paging: exact whatever the ties); pages grow so a full read takes few statements."""

    first_page = 500

    def __init__(self, log: "MovementLog"):
        super().__init__(array("q"))
        self._total = None
        self.done = False
        self.log: MovementLog | None = log
        self.after: tuple[float, int] | None = None  # (start, rowid) of the last row fetched
        self.path = log.path
        self.broken = False  # the log changed between pages

    def __len__(self) -> int:
        if self._total is None:
            self._total = self.count()
        return self._total

    def count(self) -> int:
        raise NotImplementedError

    def _fetch(self, n: int) -> None:
        """Append the next ``n`` rowids (fewer at the end: then set ``done``), move ``after``."""
        raise NotImplementedError

    def fill(self, n: int) -> None:
        while len(self.known) < n and not self.done and not self.broken:
            if self.log is None:
                raise LogError("the movement log was closed before this result was read")
            before = len(self.known)
            try:
                self._fetch(max(n - before, self.first_page, 3 * before))
            except sqlite3.ProgrammingError as err:  # the connection was closed under us
                raise LogError(f"cannot read the movement log: {err}", source=self.path) from err
            if self._total is not None and (len(self.known) > self._total
                                            or (self.done and len(self.known) != self._total)):
                del self.known[before:]  # this page is not the log as queried
                self.broken = True
            if self.done and self._total is None:
                self._total = len(self.known)
        if self.broken and len(self.known) < n:
            raise LogError("another process changed the movement log while this result was being read; "
                           "run the query again", source=self.path)

    def release(self) -> None:
        self.log = None

    def _keyset(self, start: str, rowid: str) -> tuple[str, list]:
        """SQL (and args) keeping the rows after ``self.after`` in (start, rowid) order."""
        if self.after is None:
            return "", []
        key, last = self.after
        return f" AND {start} >= ? AND ({start} > ? OR {rowid} > ?)", [key, key, last]


class _WindowRowids(_Paged):
    """A date-only query from movements_window alone (see SPAN_CLASS)."""

    def __init__(self, log: "MovementLog", lo: float, hi: float, status: str | None):
        super().__init__(log)
        self.parts, self.args = [], []
        for k in range(len(SPAN_LIMITS) + 1):
            part = (f"SELECT rowid, t0 FROM movements INDEXED BY movements_window WHERE {SPAN_CLASS} = {k} "
                    "AND t0 IS NOT NULL AND t0 < ? AND t1 > ?")  # half-open spans overlap
            args = [hi, lo]
            if k < len(SPAN_LIMITS):  # a day's slack: t1 - t0 was rounded when classed
                part += " AND t0 >= ?"
                args.append(lo - SPAN_LIMITS[k] - 1.0)
            if status is not None:
                part += " AND status = ?"
                args.append(status)
            self.parts.append(part)
            self.args.append(args)

    def __len__(self) -> int:
        if self._total is None and not self.known:
            self.fill(self.first_page)  # a small result is complete in one statement, uncounted
        return super().__len__()

    def count(self) -> int:
        sql = "SELECT count(*) FROM (" + " UNION ALL ".join(self.parts) + ")"
        return self.log.db.execute(sql, [a for args in self.args for a in args]).fetchone()[0]

    def _fetch(self, n: int) -> None:
        keyset, keyset_args = self._keyset("t0", "rowid")
        sql = " UNION ALL ".join(part + keyset for part in self.parts) + " ORDER BY 2, 1 LIMIT ?"
        rows = self.log.db.execute(sql, [a for args in self.args for a in (*args, *keyset_args)] + [n]).fetchall()
        self.known.extend(row[0] for row in rows)
        if rows:
            self.after = (rows[-1][1], rows[-1][0])
        self.done = len(rows) < n


class _BoxRowids(_Paged):
    """A bbox query (with or without dates and status) from movement_index alone.

    One walk of the tree counts the matches and names the rare cells that need the movements
    table: near an edge of the query (the tree's 32-bit floats may round across it) or with
    a start that does not fit a 32-bit float (a time of day; sorted by their exact start).
    Pages then come from the tree in (start, rowid) order, SQLite picking the top rows in C;
    the inexact starts are merged in from a sorted list.
    """

    def __init__(self, log: "MovementLog", conditions: list[tuple[str, list]], edges: tuple[str, list],
                 exact: tuple[str, list]):
        super().__init__(log)
        self.conditions = conditions  # one WHERE per box (two across the antimeridian)
        self.edges, self.exact = edges, exact
        self.prepared = False
        self.excluded: set[int] = set()  # near an edge and outside the query
        self.inexact: list[tuple[float, int]] = []  # (exact start in tree units, rowid), sorted
        self.next_inexact = 0

    def _prepare(self) -> None:
        if self.prepared:
            return
        edges, edge_args = self.edges
        parts, args = [], []
        for where, where_args in self.conditions:
            parts.append(f"SELECT id, {edges} AS near, status_end - status < 1 AS inexact "
                         f"FROM movement_index WHERE {where}")
            args += [*edge_args, *where_args]
        found, near, inexact = self.log.db.execute(
            "SELECT count(*), group_concat(CASE WHEN near THEN id END), "
            "group_concat(CASE WHEN inexact THEN id END) FROM (" + " UNION ".join(parts) + ")",
            args).fetchone()
        near = [int(r) for r in near.split(",")] if near else []
        inexact = [int(r) for r in inexact.split(",")] if inexact else []
        if near:
            inside = set(self.log._rowids_where(near, self.exact[0], self.exact[1]))
            self.excluded = {r for r in near if r not in inside}
        if inexact:
            starts = self.log._rowids_where([r for r in inexact if r not in self.excluded], "1", [], "rowid, t0")
            self.inexact = sorted((start * TIME_SCALE, rowid) for rowid, start in starts)
        self._total = found - len(self.excluded)
        self.prepared = True

    def count(self) -> int:
        self._prepare()
        return self._total

    def _fetch(self, n: int) -> None:
        self._prepare()
        keyset, keyset_args = self._keyset("t0", "id")
        parts, args = [], []
        for where, where_args in self.conditions:
            parts.append(f"SELECT id, t0 FROM movement_index WHERE {where} AND status_end - status >= 1{keyset}")
            args += [*where_args, *keyset_args]
        rows = self.log.db.execute(" UNION ".join(parts) + " ORDER BY 2, 1 LIMIT ?", [*args, n]).fetchall()
        known, inexact, excluded = self.known, self.inexact, self.excluded
        for rowid, start in rows:
            while self.next_inexact < len(inexact) and inexact[self.next_inexact] < (start, rowid):
                known.append(inexact[self.next_inexact][1])
                self.next_inexact += 1
            if rowid not in excluded:
                known.append(rowid)
        if rows:
            self.after = (rows[-1][1], rows[-1][0])
        if len(rows) < n:
            known.extend(rowid for _, rowid in inexact[self.next_inexact:])
            self.next_inexact = len(inexact)
            self.done = True


class _FeatureStore:
    """The Features of one query's rows: JSON text read in pages, decoded once when touched.

    Shared by a result and its slices, which hold positions in ``rowids``. Before its log
    changes or closes, the store fetches every rowid of ``span`` (the query's positions) and
    the text of every row it has not read yet (see ``MovementLog._settle``), so a result
    keeps showing the log as it was when the query ran, and stays usable after ``close()``.
    """

    page = 500  # rows read per SELECT: one round trip serves a screenful and more

    def __init__(self, log: "MovementLog", rowids: _Rowids, span: range):
        self.log: MovementLog | None = log
        self.rowids = rowids
        self.span = span
        self.text: dict[int, str] = {}
        self.decoded: dict[int, dict] = {}
        self.streamed = False  # read to the end by Movements.stream(): nothing kept to settle

    def feature(self, positions: range, index: int, backwards: bool = False) -> dict:
        """The Feature at ``positions[index]``; the rows after it (before it, going backwards)
        are read along, one page."""
        rowid = self.rowids[positions[index]]
        found = self.decoded.get(rowid)
        if found is None:
            text = self.text.pop(rowid, None)
            if text is None:
                first = max(0, index - self.page + 1) if backwards else index
                self._read(self.rowids.at(positions[first:first + self.page]))
                text = self.text.pop(rowid)
            found = self.decoded[rowid] = json.loads(text)
        return found

    def settle(self) -> None:
        """Fetch every rowid and the text of every row not read yet; let go of the log."""
        if self.log is not None:
            try:
                rowids = self.rowids.at(self.span)
            except LogError:  # closing must not fail: what is known is kept, the rest raises later
                known = self.rowids.known
                rowids = [known[p] for p in self.span if p < len(known)]
            self._read(rowids, strict=False)  # nor over a vanished row
            self.rowids.release()
            self.log = None

    def _read(self, rowids: Iterable[int], strict: bool = True) -> None:
        wanted = [r for r in dict.fromkeys(rowids) if r not in self.text and r not in self.decoded]
        if not wanted:
            return
        if self.log is None:  # settled: whatever is not read now was deleted before that
            missing, path = wanted, None
        else:
            path = self.log.path
            try:
                for first in range(0, len(wanted), self.page):
                    chunk = wanted[first:first + self.page]
                    marks = ",".join("?" * len(chunk))
                    self.text.update(self.log.db.execute(
                        f"SELECT rowid, feature FROM movements WHERE rowid IN ({marks})", chunk))
            except sqlite3.ProgrammingError as err:  # the connection was closed under us
                raise LogError(f"cannot read the movement log: {err}", source=path) from err
            missing = [r for r in wanted if r not in self.text]
        if missing and strict:
            raise LogError(f"{len(missing)} movement(s) found by a query were deleted by another "
                           "process before they were read; run the query again", source=path)


class Movements(Sequence):
    """The movements a query found, oldest first: a read-only list of MOVEMENT Feature dicts.

    ``len()`` is known at once; a Feature is read from the log and decoded only when touched
    (indexing, slicing, iterating), so the first page of a big result is quick. Slices are
    lazy too. Equal to a list holding the same Features; ``list(result)`` decodes everything.
    """

    __slots__ = ("_store", "_positions")

    def __init__(self, store: _FeatureStore, positions: range):
        self._store = store
        self._positions = positions  # where this result's rows are in the store's rowids

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Movements(self._store, self._positions[index])
        position = operator.index(index)
        if position < 0:
            position += len(self._positions)
        if not 0 <= position < len(self._positions):
            raise IndexError("Movements index out of range")
        return self._store.feature(self._positions, position)

    def __iter__(self) -> Iterator[dict]:
        store, positions = self._store, self._positions
        for position in range(len(positions)):
            yield store.feature(positions, position)

    def stream(self) -> Iterator[dict]:
        """The Features in order, read a page at a time and kept nowhere: a whole log goes
        through in constant memory (export, list). Read inside ``log.snapshot()`` so that
        writers meanwhile change nothing; afterwards, touching the result reads it again."""
        store, positions = self._store, self._positions
        log = store.log
        if log is None:  # settled already: everything is in memory
            yield from self
            return
        store.streamed = True
        page = store.page * 4
        for first in range(0, len(positions), page):
            rowids = store.rowids.at(positions[first:first + page])
            wanted = [r for r in dict.fromkeys(rowids) if r not in store.decoded]
            texts: dict[int, str] = {}
            try:
                for lo in range(0, len(wanted), 500):
                    chunk = wanted[lo:lo + 500]
                    marks = ",".join("?" * len(chunk))
                    texts.update(log.db.execute(
                        f"SELECT rowid, feature FROM movements WHERE rowid IN ({marks})", chunk))
            except sqlite3.ProgrammingError as err:  # the connection was closed under us
                raise LogError(f"cannot read the movement log: {err}", source=log.path) from err
            for rowid in rowids:
                found = store.decoded.get(rowid)
                if found is None:
                    text = texts.get(rowid)
                    if text is None:
                        raise LogError("a movement found by the query was deleted by another process "
                                       "before it was read; run the query again", source=log.path)
                    found = json.loads(text)
                yield found

    def __reversed__(self) -> Iterator[dict]:
        store, positions = self._store, self._positions
        for position in range(len(positions) - 1, -1, -1):
            yield store.feature(positions, position, backwards=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Movements) and other._positions == self._positions and other._store is self._store:
            return True
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # mutable Features inside, like a list

    def __repr__(self) -> str:
        return f"<Movements: {len(self):,} movement{'s' if len(self) != 1 else ''}>"
