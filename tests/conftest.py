"""Shared fixtures. `gazetteer` builds the index once per session (cached between runs)."""

import os

import pytest


@pytest.fixture(scope="session")
def gazetteer(tmp_path_factory):
    """Gazetteer.default(), with the user's own places redirected to a temporary file."""
    from geomove.gazetteer import Gazetteer

    old = os.environ.get("GEOMOVE_USER_PLACES")
    os.environ["GEOMOVE_USER_PLACES"] = str(tmp_path_factory.mktemp("user-places") / "places.sqlite")
    Gazetteer._default = None
    try:
        yield Gazetteer.default()
    finally:
        Gazetteer._default = None
        if old is None:
            os.environ.pop("GEOMOVE_USER_PLACES", None)
        else:
            os.environ["GEOMOVE_USER_PLACES"] = old
