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


def keyed_cache_path(stem: str, sources, *extra, suffix: str = ".marshal") -> Path | None:
    """The file in the user's cache that keeps what is worked out from ``sources`` between
    processes: its name holds the path, size, time and inode of each source and the ``extra``
    values (a format, a version, a bar), so a change of any makes another name. None when there
    is no cache folder or a source cannot be seen (the caller then works it out each time)."""
    import hashlib
    try:
        import platformdirs
        seen: list = list(extra)
        for source in sources:
            st = os.stat(source)
            seen.append((str(source), st.st_size, st.st_mtime_ns, st.st_ino))
    except (ImportError, OSError, TypeError):
        return None
    key = hashlib.sha1(repr(seen).encode()).hexdigest()[:16]
    return Path(platformdirs.user_cache_dir("geomove")) / f"{stem}-{key}{suffix}"


def read_checked(path: Path | None):
    """What :func:`keep_checked` wrote to ``path``; None when there is none, or it is damaged
    (its CRC-32) or not marshal's."""
    import marshal
    import zlib
    if path is None:
        return None
    try:
        crc, payload = marshal.loads(path.read_bytes())
        if zlib.crc32(payload) != crc:
            return None
        return marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def keep_checked(path: Path | None, value) -> bool:
    """Keep ``value`` (marshal's types) at ``path`` with the CRC-32 of its bytes, which
    :func:`read_checked` checks. False when it cannot be marshalled or written."""
    import marshal
    import zlib
    if path is None:
        return False
    try:
        payload = marshal.dumps(value)
    except ValueError:
        return False
    return keep_bytes(path, marshal.dumps((zlib.crc32(payload), payload)))
