"""A gazetteer made for a while lets go of its files: dropped, nothing the reader cached about it
keeps it alive (the store reader of the finder's shared cache held it, so every gazetteer a
process read with stayed open to the end, ~3 descriptors each: the test suite reached over a
thousand); closed, its descriptors are given back at once."""

import gc
import os
import weakref

import pytest

from geomove.gazetteer import Gazetteer

# our own sentences
TEXT = "Two supply trucks drove from Kharkiv to Izium on Tuesday, the governor in Poltava said."


def _open_on(path) -> int:
    """How many of this process's descriptors are open on ``path`` or a file beside it
    (its lock, its key trie's copy)."""
    folder = os.path.realpath(os.path.dirname(path))
    stem = os.path.basename(path)
    n = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if os.path.dirname(target) == folder and os.path.basename(target).startswith(stem):
            n += 1
    return n


needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="descriptors listed by /proc")


@pytest.mark.parametrize("task", ["places", "extract"])
def test_a_gazetteer_read_with_and_dropped_is_freed(gazetteer, task):
    from geomove.parallel import read_one

    gaz = Gazetteer(gazetteer.path, user_places=gazetteer.user_places)
    assert read_one({"text": TEXT}, task, gazetteer=gaz)  # (the finder's caches learn of it)
    gone = weakref.ref(gaz)
    del gaz
    gc.collect()
    assert gone() is None


@needs_proc
def test_a_closed_gazetteer_gives_its_descriptors_back(gazetteer):
    from geomove.mentions import find_mentions

    gc.collect()
    before = _open_on(gazetteer.path)
    with Gazetteer(gazetteer.path, user_places=gazetteer.user_places) as gaz:
        assert find_mentions(TEXT, gazetteer=gaz)
        assert _open_on(gazetteer.path) > before  # (the index, its lock, its key trie)
    assert _open_on(gazetteer.path) == before  # (no collection needed)
