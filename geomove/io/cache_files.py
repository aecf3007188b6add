"""Files geomove keeps for itself in the user's cache (a compiled pattern table, a word list, a
trie copy): written aside and renamed, so a reader in another process sees the whole file or
none, and quietly not written where the folder cannot be (the caller then works without it).

Output files the user asked for go through :mod:`geomove.io.output` instead, where a failure is
an error naming the path."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable


def keep_file(path: Path, write: Callable[[Path], object]) -> bool:
    """Call ``write(tmp)`` for a temporary path beside ``path`` (its folder made if need be) and
    rename the result over ``path``. False, with no file left behind, when that fails."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        os.replace(tmp, path)
        return True
    except OSError:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return False


def keep_bytes(path: Path, data: bytes) -> bool:
    """:func:`keep_file` of ``data``."""
    return keep_file(path, lambda tmp: tmp.write_bytes(data))
