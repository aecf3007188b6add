"""Places and movements of many reports on a Dask cluster, partition by partition.

    import dask.bag as db, json, geomove.dask
    reports = db.read_text("wire/2026-11-*.jsonl").map(json.loads)   # {"id", "text", ...} each
    lines = geomove.dask.places(reports)          # a Bag of {"id", "places": [MENTION, ...]}
    lines.map(json.dumps).to_textfiles("out/places-*.jsonl")

A Dask DataFrame with a ``text`` column (and ``id``, ``published``, ``source``, ``url`` when
present) gives a DataFrame of ``id`` and ``places`` (or ``features`` for :func:`extract`), one
row per report, same index and partitions.

Each worker thread opens the gazetteer index once and keeps it for every partition it is
given; with one thread a worker (``--nthreads 1``: the work holds the GIL, more threads do not
help) that is once per worker. The per-report work is :func:`geomove.parallel.read_one`, the
function of the single-process run, so the answers are the same. Where the index comes from
(shared storage or built on each worker): see docs/dask.md.

Needs the optional extra: ``pip install 'geomove[dask]'``.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from . import parallel

_local = threading.local()
opened: list[str] = []  # the index paths this process opened, one entry an opening (for checks)


def _gazetteer(path: str | None):
    """This thread's gazetteer, opened on the first partition it reads."""
    gaz = getattr(_local, "gazetteer", None)
    if gaz is None or (path is not None and str(gaz.path) != str(path)):
        from .gazetteer import Gazetteer
        if path is None:
            # the default index (built here when missing, under the build lock), then a
            # connection of this thread's own: SQLite connections are not shared by threads
            path = Gazetteer.default().path
        gaz = _local.gazetteer = Gazetteer(path)
        opened.append(str(path))
    return gaz


def _read_records(records, task: str, include_all: bool, path: str | None) -> list[dict]:
    gaz = _gazetteer(path)
    out = []
    with parallel.batch_gc():
        for record in records:
            report = {"text": record} if isinstance(record, str) else record
            out.append(parallel.as_line(report, task, parallel.read_one(report, task, include_all=include_all,
                                                                        gazetteer=gaz)))
    return out


def _read_frame(frame, task: str, include_all: bool, path: str | None, text: str, id: str | None):
    import pandas as pd
    gaz = _gazetteer(path)
    key = "features" if task == "extract" else "places"
    columns = {"text": text, "published": "published", "source": "source", "url": "url"}
    present = {name: col for name, col in columns.items() if col in frame.columns}
    results = []
    with parallel.batch_gc():
        for values in zip(*(frame[col] for col in present.values())):
            report = {name: (None if _missing(v) else v) for name, v in zip(present, values)}
            results.append(parallel.read_one(report, task, include_all=include_all, gazetteer=gaz))
    ids = frame[id] if id and id in frame.columns else pd.Series([None] * len(frame), index=frame.index,
                                                                   dtype=object)
    return pd.DataFrame({"id": ids.to_numpy(), key: pd.Series(results, index=frame.index, dtype=object)},
                        index=frame.index)


def _missing(value) -> bool:
    try:
        return value is None or value != value  # None, NaN, pandas NA
    except (TypeError, ValueError):
        return False


def _run(reports: Any, task: str, *, include_all: bool = False, gazetteer_path=None,
         text: str = "text", id: str | None = "id"):
    path = os.fspath(gazetteer_path) if gazetteer_path is not None else None
    import dask.bag
    if isinstance(reports, dask.bag.Bag):
        return reports.map_partitions(_read_records, task, include_all, path)
    try:
        import dask.dataframe as dd  # needs pyarrow, which only the [dask] extra installs
    except ImportError:
        dd = None
    if dd is not None and isinstance(reports, dd.DataFrame):
        import pandas as pd
        if text not in reports.columns:
            raise ValueError(f"the DataFrame has no {text!r} column of report texts")
        key = "features" if task == "extract" else "places"
        id_meta = reports[id]._meta if id and id in reports.columns else pd.Series([], dtype=object)
        meta = pd.DataFrame({"id": id_meta.to_numpy(), key: pd.Series([], dtype=object)},
                            index=reports._meta.index)
        return reports.map_partitions(_read_frame, task, include_all, path, text, id, meta=meta)
    raise TypeError(f"expected a dask Bag or DataFrame of reports, not {type(reports).__name__}")


def places(reports: Any, *, places_only: bool = False, gazetteer_path=None, text: str = "text",
           id: str | None = "id"):
    """Place mentions of every report: ``geomove places`` (``places_only``: ``--places-only``)
    on a Bag of report dicts (or strings) or a DataFrame with a ``text`` column."""
    return _run(reports, "places_only" if places_only else "places", gazetteer_path=gazetteer_path,
                text=text, id=id)


def extract(reports: Any, *, include_all: bool = False, gazetteer_path=None, text: str = "text",
            id: str | None = "id"):
    """Movements of every report (``geomove extract``): a Bag of ``{"id", "type":
    "FeatureCollection", "features"}`` or a DataFrame of ``id`` and ``features``."""
    return _run(reports, "extract", include_all=include_all, gazetteer_path=gazetteer_path,
                text=text, id=id)
