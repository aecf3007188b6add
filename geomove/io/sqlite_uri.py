"""Read-only SQLite connections by URI, for any path a user's cache or tiles may have."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def read_only_uri(path: str | os.PathLike, *, immutable: bool = False) -> str:
    """A ``file:`` URI that opens ``path`` read-only.

    The path is percent-encoded (``Path.as_uri``): written raw into ``file:{path}?mode=ro``, a
    '?' or '#' in a folder name ends the path early and a '%' is read as an escape, so SQLite
    would open, or create, some other file. ``immutable`` also tells SQLite the file never
    changes while open (no locks, no hot-journal checks): only for files that are replaced by
    rename, never written in place."""
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def connect_read_only(path: str | os.PathLike, *, immutable: bool = False, **kwargs) -> sqlite3.Connection:
    """``sqlite3.connect`` on :func:`read_only_uri` of ``path``."""
    return sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True, **kwargs)
