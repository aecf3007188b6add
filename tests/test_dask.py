"""geomove.dask on a distributed.LocalCluster gives the single-process answers exactly."""

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
import dask.bag as db  # noqa: E402

import geomove.dask as gd  # noqa: E402
from geomove import parallel  # noqa: E402

# our own sentences
TEXTS = [
    "A convoy of thirty trucks drove from Kharkiv to Izium on Monday, the governor said.",
    "Troops were moved from Aleppo towards Idlib overnight, a monitor in London reported.",
    "Nothing in this sentence is a place.",
    "Two warships sailed from Sevastopol into the Black Sea.",
    "Soldiers crossed from Rafah into Egypt, witnesses in Gaza said.",
    "Police in Nairobi said a column of lorries had reached Mombasa by night.",
    "The brigade withdrew from Bakhmut to Kramatorsk after heavy shelling.",
    "A battalion was flown from Warsaw to Rzeszow and then driven to the border.",
]
REPORTS = [{"id": f"d{i}", "text": t, "published": "2026-11-14"} for i, t in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def client(gazetteer):
    # processes, not threads: each worker is its own interpreter that opens the index itself
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, scheduler_port=0) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def _single_process(task):
    return [parallel.as_line(r, task, parallel.read_one(r, task)) for r in REPORTS]


@pytest.mark.parametrize("task", ["places", "extract"])
def test_bag_on_two_workers_equals_single_process(client, task):
    bag = db.from_sequence(REPORTS, npartitions=4)
    lazy = gd.extract(bag) if task == "extract" else gd.places(bag)
    got = client.compute(lazy).result()
    assert got == _single_process(task)
    key = "features" if task == "extract" else "places"
    assert sum(len(x[key]) for x in got) >= 5
    # the work really ran on both workers
    assert len(client.scheduler_info()["workers"]) == 2


def test_each_worker_opens_the_index_once(client):
    client.compute(gd.places(db.from_sequence(REPORTS * 3, npartitions=12))).result()
    client.compute(gd.places(db.from_sequence(REPORTS, npartitions=4))).result()
    opened = client.run(lambda: list(gd.opened))
    # 16 partitions, one thread a worker: one opening on each worker that read any
    assert sum(len(v) for v in opened.values()) >= 1
    assert all(len(v) <= 1 for v in opened.values()), opened


def test_dataframe_on_two_workers_equals_single_process(client):
    pytest.importorskip("pyarrow")  # dask.dataframe needs it
    import dask.dataframe as dd
    import pandas as pd
    frame = dd.from_pandas(pd.DataFrame(REPORTS), npartitions=3)
    got = client.compute(gd.places(frame, places_only=True)).result()
    expected = _single_process("places_only")
    assert list(got["id"]) == [x["id"] for x in expected]
    assert list(got["places"]) == [x["places"] for x in expected]


def test_anything_else_is_refused():
    with pytest.raises(TypeError):
        gd.places(REPORTS)


def test_an_index_path_handed_in_gives_the_same_answers(client, gazetteer):
    # the index on shared storage: every worker opens the file at this path
    bag = db.from_sequence(REPORTS, npartitions=2)
    got = client.compute(gd.places(bag, gazetteer_path=gazetteer.path)).result()
    assert got == _single_process("places")
    opened = client.run(lambda: list(gd.opened))
    assert str(gazetteer.path) in {p for v in opened.values() for p in v}
