"""One boundary for every file geomove writes (maps, exports, indexes).

A file is written to a temporary name in its own folder and renamed over the target only
when it is complete, so a full disk or a killed process never leaves half a map where the
last good one was. Every OSError on the way becomes an :class:`OutputError` that names the
path and the problem in one line.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ..errors import OutputError

__all__ = ["OutputError", "atomic_path", "check_output_path", "write_text_atomic"]


def _reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower() if isinstance(err, OSError) else str(err)


def check_output_path(path: str | os.PathLike) -> Path:
    """The path, its folder created; OutputError if it cannot be a file we write."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise OutputError("is a directory, not a file", source=str(path))
    parent = path.parent
    for folder in [parent, *parent.parents]:
        if folder.exists():
            if not folder.is_dir():
                raise OutputError(f"cannot write here: {folder} is a file, not a folder", source=str(path))
            break
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"cannot create its folder ({_reason(err)})", source=str(path)) from err
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError("cannot write here (permission denied)", source=str(path))
    return path


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside ``path`` (not created yet); renamed over ``path`` on success.

    The temp file is removed on any failure; OSErrors become OutputError naming ``path``.
    """
    path = check_output_path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
        os.close(fd)
    except OSError as err:
        raise OutputError(f"cannot write ({_reason(err)})", source=str(path)) from err
    tmp = Path(name)
    tmp.unlink()  # some writers (pyogrio) want to create the file themselves
    try:
        yield tmp
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write ({_reason(err)})", source=str(path)) from err
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomic(path: str | os.PathLike, write: Callable[[Path], object]) -> Path:
    """Call ``write(tmp)`` and rename the result over ``path``."""
    with atomic_path(path) as tmp:
        write(tmp)
    return Path(path)


def write_text_atomic(path: str | os.PathLike, text: str, *, encoding: str = "utf-8") -> Path:
    return write_atomic(path, lambda tmp: tmp.write_text(text, encoding=encoding, newline=""))
