"""Files geomove keeps for itself in the user's cache (a compiled pattern table, a word list, a
trie copy): written aside and renamed, so a reader in another process sees the whole file or
none, and quietly not written where the folder cannot be (the caller then works without it).

Output files the user asked for go through :mod:`geomove.io.output` instead, where a failure is
an error naming the path."""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path
from typing import Callable


def user_cache_dir() -> str:
    """``platformdirs.user_cache_dir("geomove")``, worked out here where that is plain (see
    _user_dir): importing platformdirs costs ~22 M instructions a process (it imports tempfile,
    so shutil, bz2, lzma and random), ~4% of a one-report ``places``."""
    return _user_dir("XDG_CACHE_HOME", "~/.cache", "user_cache_dir")


def user_data_dir() -> str:
    """``platformdirs.user_data_dir("geomove")`` (the user's places, the movement log), as
    user_cache_dir."""
    return _user_dir("XDG_DATA_HOME", "~/.local/share", "user_data_dir")


def _user_dir(xdg_variable: str, under_home: str, asked: str) -> str:
    """On Linux, with the XDG variable or the home given as an absolute path, what platformdirs'
    Unix class returns: the XDG folder, else the folder under the home, with "geomove" joined.
    Every other case (another system, Android, no usable home) asks platformdirs' ``asked``
    (tests/test_user_dirs.py compares the two)."""
    env = os.environ
    if sys.platform == "linux" and not hasattr(sys, "getandroidapilevel") and "ANDROID_DATA" not in env:
        xdg = env.get(xdg_variable, "")
        if posixpath.isabs(xdg):
            return os.path.join(xdg, "geomove")
        home = env.get("HOME")
        if home is not None and posixpath.isabs(home):
            return os.path.join(os.path.expanduser(under_home), "geomove")
    import platformdirs
    return getattr(platformdirs, asked)("geomove")


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


def file_identity(path) -> tuple:
    """(path, size, time, inode) of a file: what a key of things worked out from it holds, so
    that writing it, touching it or renaming another file over it makes another key; (path,
    None) when it cannot be seen (its absence is then part of the key)."""
    try:
        st = os.stat(path)
    except (OSError, TypeError, ValueError):
        return (str(path), None)
    return (str(path), st.st_size, st.st_mtime_ns, st.st_ino)


def keyed_cache_path(stem: str, sources, *extra, suffix: str = ".marshal") -> Path | None:
    """The file in the user's cache that keeps what is worked out from ``sources`` between
    processes: its name holds the path, size, time and inode of each source and the ``extra``
    values (a format, a version, a bar), so a change of any makes another name. None when there
    is no cache folder or a source cannot be seen (the caller then works it out each time)."""
    import hashlib
    try:
        folder = user_cache_dir()
        seen: list = list(extra)
        for source in sources:
            seen.append(file_identity(source))
            if seen[-1][1] is None:
                return None
    except (ImportError, OSError, TypeError):
        return None
    key = hashlib.sha1(repr(seen).encode()).hexdigest()[:16]
    return Path(folder) / f"{stem}-{key}{suffix}"


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
