"""The keys of a finder's candidate row that code seldom reads, kept as one bytes value.

The store of kept answers (mentions/kept_answers.py) unmarshals every row a run reads: ~8,600
rows for a batch of 380 news reports, each a dict of ~20 keys. Five of those keys are read on
fewer than 3% of the rows (counted in session 60: ``matched_name`` on 229 rows, ``features`` on
143, ``population`` on 28, ``raw`` on 25, ``licence`` on 7), yet every row paid for their
objects and dict insertions on load. The finder packs them into one marshal bytes value under
:data:`PACKED` (:func:`packed`), which the store loads as a single object, and every reader asks
for them through :func:`cold`, which answers a packed row and a plain row alike (the gazetteer's
own rows, the built-in areas and the user's places are never packed).

A key written into a packed row after packing (``row["features"] = ...``) is the answer from
then on: the plain key is asked first."""

from __future__ import annotations

import marshal

# the keys packed, in the order they are written (the store's FORMAT names this layout:
# kept_answers.FORMAT is bumped when it changes)
COLD_KEYS = ("raw", "features", "licence", "population", "matched_name")
PACKED = "_cold"
# (marshal version 2: no back-references, whose flags follow an object's reference count, so
# the same row packs to the same bytes whether it was worked out live or by the store's builder)
_VERSION = 2
_ABSENT = object()
# the packed values already unpacked, by their bytes (a row's keys are read a few times each:
# matched_name ~450 reads of 229 rows); cleared when it holds _SEEN_MAX (a long process)
_SEEN: dict[bytes, dict] = {}
_SEEN_MAX = 4096


def packed(row: dict) -> dict:
    """A new row: ``row``'s keys but :data:`COLD_KEYS` in their order, then those it holds as one
    bytes value under :data:`PACKED`. A row that holds none of them, or is packed already, is
    given back as it is."""
    if PACKED in row:
        return row
    cold_part = {k: row[k] for k in COLD_KEYS if k in row}
    if not cold_part:
        return row
    out = {k: v for k, v in row.items() if k not in cold_part}
    out[PACKED] = marshal.dumps(cold_part, _VERSION)
    return out


def _cold_part(data: bytes) -> dict:
    part = _SEEN.get(data)
    if part is None:
        if len(_SEEN) >= _SEEN_MAX:
            _SEEN.clear()
        part = _SEEN[data] = marshal.loads(data)
    return part


def cold(row: dict, key: str, default=None):
    """``row.get(key, default)`` as the row was before it was packed (and for a plain row)."""
    value = row.get(key, _ABSENT)
    if value is not _ABSENT:
        return value
    data = row.get(PACKED)
    if data is None:
        return default
    return _cold_part(data).get(key, default)


def unpacked(row: dict) -> dict:
    """A plain copy of ``row``: its packed keys written out (after its other keys; a key written
    since packing keeps its value), for a row that leaves the finder whole."""
    data = row.get(PACKED)
    if data is None:
        return dict(row)
    out = {k: v for k, v in row.items() if k != PACKED}
    for k, v in _cold_part(data).items():
        out.setdefault(k, v)
    return out
