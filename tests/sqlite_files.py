"""SQLite files in the tests: one way to open a file a test reads or changes on purpose (a
damaged store, an old index, a log at an old schema), and the count of this process's
descriptors open on a file, for the tests that files are let go. ``with sqlite3.connect(p) as
db:`` commits but does not close: the connection and its file stay open until the collector's
next full walk (in 3.11 a connection and its statement cache refer to each other), so over a
test session the open descriptors grew with every such block. (A module beside the tests:
pytest puts this folder on sys.path.)"""

import contextlib
import os
import sqlite3

import pytest

# a test that counts descriptors: listed by /proc (Linux)
needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="descriptors listed by /proc")


@contextlib.contextmanager
def connected(path, **kwargs):
    """A connection to ``path`` (``sqlite3.connect``'s keywords) for the block: committed when
    the block ends, rolled back when it raises, and closed either way."""
    db = sqlite3.connect(path, **kwargs)
    try:
        with db:
            yield db
    finally:
        db.close()


def open_on(path) -> int:
    """How many of this process's descriptors are open on ``path`` or a file beside it whose
    name starts with its name (an index's lock, its key trie's copy; a journal)."""
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
