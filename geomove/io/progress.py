"""Progress on stderr for long work (the gazetteer build, batches of reports), terminal or not.

On a terminal, a tqdm bar. Elsewhere (a pipe, a log file, a notebook) the same bar, but
written as a plain line every few seconds instead of redrawn with carriage returns, so a
first run that builds the index is never a minute of silence. ``set_quiet(True)`` (the CLI's
--quiet) turns all of it off.
"""

from __future__ import annotations

import math
import os
import sys
import time
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")
_quiet = False
NON_TTY_INTERVAL = 5.0   # seconds between lines when stderr is not a terminal
# Seconds between those lines, for a log that wants fewer (or a benchmark that counts
# instructions: each line costs ~0.4 M, so a run slowed by a busy machine counted more, session 57)
INTERVAL_VARIABLE = "GEOMOVE_PROGRESS_SECONDS"


def set_quiet(value: bool) -> None:
    global _quiet
    _quiet = bool(value)


def wanted() -> bool:
    """Should long work show progress? Yes, unless --quiet."""
    return not _quiet


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or minimal stream object
        return False


class LineStream:
    """A file for tqdm that turns each redraw into one line: for pipes, logs and notebooks."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        line = text.replace("\r", "").strip()
        if line:
            self.stream.write(line + "\n")
        return len(text)

    def flush(self) -> None:
        self.stream.flush()


def line_interval() -> float:
    """Seconds between progress lines off a terminal: $GEOMOVE_PROGRESS_SECONDS when set (a
    positive number; anything else is a usage error, not a silent default), else NON_TTY_INTERVAL."""
    told = os.environ.get(INTERVAL_VARIABLE)
    if told is None or not told.strip():
        return NON_TTY_INTERVAL
    try:
        seconds = float(told)
    except ValueError:
        seconds = math.nan
    if not (seconds > 0 and math.isfinite(seconds)):
        from ..errors import UsageError
        raise UsageError(f"{INTERVAL_VARIABLE}={told!r}: not a positive number of seconds")
    return seconds


def bar_options(stream=None) -> dict:
    """tqdm keyword arguments for stderr as it is: redraws on a terminal, lines elsewhere."""
    stream = stream or sys.stderr
    if _is_tty(stream):
        return {"file": stream, "mininterval": 0.5}
    return {"file": LineStream(stream), "mininterval": line_interval(), "ncols": 100}


def _tqdm_version() -> str | None:
    """tqdm's version as ``importlib.metadata.version('tqdm')`` gives it, read from the name of
    its one ``tqdm-<version>.dist-info`` folder beside the package; None when that is not plain."""
    import os
    from .installed import dist_info_version, package_origin
    origin = package_origin("tqdm")
    return dist_info_version(os.path.dirname(os.path.dirname(origin)), "tqdm") if origin else None


def load_tqdm():
    """``from tqdm import tqdm``, without tqdm's own ``tqdm.version``: that module asks
    importlib.metadata (an import of ~145M instructions, email and zipfile among it) for a
    version string no bar shows. When tqdm is not imported yet and its version can be read from
    its dist-info folder's name, the module is put in place with that same ``__version__``;
    otherwise tqdm is imported as it comes. Its command line, ``tqdm.cli``, stands aside the
    same way while the package loads (:func:`_cli_stand_in`)."""
    if "tqdm" not in sys.modules and "tqdm.version" not in sys.modules:
        version = _tqdm_version()
        if version is not None:
            import types
            module = types.ModuleType("tqdm.version", "`tqdm` version (read from its dist-info folder's name)")
            module.__version__ = version
            sys.modules["tqdm.version"] = module
            stand_in = None if "tqdm.cli" in sys.modules else _cli_stand_in()
            if stand_in is not None:
                sys.modules["tqdm.cli"] = stand_in
            try:
                import tqdm as package
            except BaseException:
                sys.modules.pop("tqdm.version", None)
                raise
            finally:
                if stand_in is not None and sys.modules.get("tqdm.cli") is stand_in:
                    del sys.modules["tqdm.cli"]
            package.version = module  # (as the import system binds a submodule it loads)
    from tqdm import tqdm
    return tqdm


def _cli_stand_in():
    """A stand-in for ``tqdm.cli`` while tqdm's package loads. The package takes the ``main``
    of ``python -m tqdm`` from it at import, and the real module imports logging for that
    (~40M instructions with the rest of it, session 60) in a process that only draws a bar.
    It leaves sys.modules as soon as the package is in, so a later ``import tqdm.cli`` loads
    the real module, which the stand-in's ``main`` calls."""
    import types
    module = types.ModuleType("tqdm.cli", "stands for tqdm's command line while the package loads")

    def main(*args, **kwargs):
        import importlib
        return importlib.import_module("tqdm.cli").main(*args, **kwargs)

    module.main = main
    return module


_BARS: dict = {}  # tqdm class -> its subclass locked for threads only


def _thread_locked(tqdm):
    """``tqdm``, less the lock across processes its first bar makes: tqdm's default lock is a
    ``multiprocessing.RLock`` as well as a thread lock, and making it imports multiprocessing
    (~51M instructions, in a run that forks no process). A batch's bar is drawn by this process
    alone (workers draw none), so it takes tqdm's own thread lock, the lock every tqdm bar of the
    process shares; the bar and its text are tqdm's. Once a tqdm bar has made the default lock,
    tqdm itself is used."""
    if "_lock" in vars(tqdm) or not hasattr(tqdm, "set_lock"):
        return tqdm
    bar = _BARS.get(tqdm)
    if bar is None:
        from tqdm.std import TqdmDefaultWriteLock
        lock = getattr(TqdmDefaultWriteLock, "th_lock", None)
        if lock is None:
            return tqdm
        bar = type(tqdm.__name__, (tqdm,), {"__module__": tqdm.__module__, "__doc__": tqdm.__doc__})
        bar.set_lock(lock)
        _BARS[tqdm] = bar
    return bar


def progress(items: Iterable[T], *, unit: str = "items", desc: str = "geomove",
             total: int | None = None, delay: float = 2.0) -> Iterator[T]:
    """``items``, with a bar on stderr once the work has taken ``delay`` seconds (a quick
    batch prints nothing)."""
    if not wanted():
        yield from items
        return
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    # tqdm is loaded and wraps the items only once the work has taken ``delay`` seconds: a
    # quick batch (most) does not pay for its import and its per-item update (~0.01 CPU s)
    started = time.time()
    done = 0
    items = iter(items)
    if delay > 0:
        for item in items:
            yield item
            done += 1
            if time.time() - started >= delay:
                break
        else:
            return  # finished within the delay: nothing to show
    tqdm = _thread_locked(load_tqdm())

    with tqdm(items, total=total, unit=f" {unit}", desc=desc, delay=delay, **bar_options()) as bar:
        # as if the bar had been there from the start: the items done count as one update
        # (drawn when its delay and interval have passed, as tqdm would have drawn it), with
        # the elapsed time and rate of the whole work
        bar.start_t = bar.last_print_t = started
        if done:
            bar.update(done)
        yield from bar
