"""Shared fixtures. `gazetteer` builds the index once per session (cached between runs)."""

import gc
import os

import pytest


@pytest.fixture(autouse=True)
def nothing_left_frozen():
    """After each test, nothing frozen. The CLI's --jsonl batch (and a one-batch pool) freezes
    what is alive, as a program that ends after the batch should (parallel.batch_gc): run in
    this process, it pinned everything alive then for the rest of the session, garbage not yet
    collected among it -- SQLite connections of finished tests, their files open."""
    yield
    if gc.get_freeze_count():
        gc.unfreeze()


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory):
    """Gazetteer.default(), with the user's own places redirected to a temporary file."""
    from geomove.gazetteer import Gazetteer

    old = os.environ.get("GEOMOVE_USER_PLACES")
    os.environ["GEOMOVE_USER_PLACES"] = str(tmp_path_factory.mktemp("user-places") / "places.sqlite")
    Gazetteer.drop_default()
    try:
        yield Gazetteer.default()
    finally:
        Gazetteer.drop_default()
        if old is None:
            os.environ.pop("GEOMOVE_USER_PLACES", None)
        else:
            os.environ["GEOMOVE_USER_PLACES"] = old


@pytest.fixture
def own_gazetteer():
    """Open a gazetteer for this test alone: ``own_gazetteer(path, **kwargs)`` takes
    Gazetteer's own arguments, and every one it opened is closed when the test ends. Why: a
    dropped gazetteer's connections close only when the cyclic collector next walks them
    (Gazetteer.close), so the ones a module's tests made by hand stayed open across it."""
    from geomove.gazetteer import Gazetteer

    made = []

    def open_(path, **kwargs):
        gaz = Gazetteer(path, **kwargs)
        made.append(gaz)
        return gaz
    yield open_
    for gaz in made:
        gaz.close()


@pytest.fixture
def cli(capsys, gazetteer, tmp_path, monkeypatch):
    """Run geomove.cli.main on a temporary log: (exit code, stdout, stderr)."""
    from geomove.cli import main

    monkeypatch.setenv("GEOMOVE_LOG", str(tmp_path / "log.sqlite"))

    def run(*args):
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


@pytest.fixture(scope="session")
def computed():
    """Every computed row of gazetteer/areas.csv, computed again from the installed packages
    (slow: ~10 s); skipped when a package that ships the data is missing."""
    from geomove.gazetteer import area_sources

    try:
        return area_sources.computed_points()
    except area_sources.NotComputable as err:
        pytest.skip(str(err))


@pytest.fixture(scope="session")
def every_key_a_blob(tmp_path_factory):
    """The fixture index, built with a blob of rows for every key of a place (the builder
    writes blobs only for keys of many places): the blob reader meets every key."""
    from pathlib import Path

    from geomove import gazetteer_build
    d = tmp_path_factory.mktemp("blob-index")
    old = gazetteer_build.KEY_ROWS_MIN
    gazetteer_build.KEY_ROWS_MIN = 1
    try:
        return gazetteer_build.build(d / "index.sqlite", curated=Path(__file__).parent / "fixtures" / "places.csv",
                                     packages=False, progress=False)
    finally:
        gazetteer_build.KEY_ROWS_MIN = old


@pytest.fixture(scope="session")
def outlines():
    """geomove.borders when the Natural Earth country outlines are at hand (border strips and
    tripoints are read from them); the test is skipped otherwise."""
    from geomove import borders
    try:
        borders.country_parts("PL")
    except Exception as e:  # noqa: BLE001
        pytest.skip(f"no Natural Earth layer: {e}")
    return borders
