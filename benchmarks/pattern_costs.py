"""CPU time of every module-level regular expression of geomove over the dev batch, by pattern.

    python benchmarks/pattern_costs.py            # extract over the 380 dev documents, top 30
    python benchmarks/pattern_costs.py --top 60 --command places

Every ``re.Pattern`` held by a module of the package is replaced, for this run only, by a proxy
that times its search, match, fullmatch, finditer (consumed at once), findall, sub and split.
The batch is read once before (caches warm), then once measured. A pattern that scans whole
texts from every position (a leading ``\\s+`` or a look-behind) shows at the top: a literal the
engine can skip to, asked first, is the usual cure (see read.corrected_place._AS_REPORTED).

Each call is timed by the thread's CPU clock (``time.thread_time``), not the wall clock: on a
machine shared by several engineers a call the process was taken off its core in was charged
the whole wait (session 34: with five helpers running, the wall clock charged roles._CUE_RE
133.6 ms in a 13.95 s run, on an idle machine 15.7 ms in 2.48 s; the CPU clock 18-19 ms under
that load). The objects made by the warm-up run are frozen out of the cyclic collector
(``gc.freeze``) before the measured run, so a full collection over them is not charged to
whichever call set it off.

Caveats: the proxies cost time themselves (compare patterns with each other, not with the
total); code that compares ``match.re is PATTERN`` sees the real pattern on the match and the
proxy in the module, so a path may differ under measurement (cuts._clauses does this for a few
joins). The documents are read from ../shared/eval at run time (speed.dev_documents).
"""

from __future__ import annotations

import argparse
import collections
import gc
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import dev_documents  # noqa: E402

_TIMED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")
# modules that print or download when imported (a build script, the downloader)
_SKIP = ("area_sources", "__main__", "download")


class _Timed:
    """A pattern whose matching calls add their wall time to ``spent[key]``."""

    __slots__ = ("_pattern", "_key", "_spent", "_calls")

    def __init__(self, pattern: re.Pattern, key: str, spent: collections.Counter, calls: collections.Counter):
        self._pattern, self._key, self._spent, self._calls = pattern, key, spent, calls

    def __getattr__(self, name):
        attr = getattr(self._pattern, name)
        if name not in _TIMED:
            return attr
        key, spent, calls = self._key, self._spent, self._calls

        def timed(*args, **kwargs):
            start = time.thread_time()
            out = attr(*args, **kwargs)
            if name == "finditer":
                out = iter(list(out))
            spent[key] += time.thread_time() - start
            calls[key] += 1
            return out
        return timed


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--command", choices=("extract", "places"), default="extract")
    args = ap.parse_args(argv)

    import geomove
    from geomove.gazetteer import Gazetteer
    from geomove.mentions import find_mentions
    from geomove.movements import extract

    docs = dev_documents()
    gaz = Gazetteer.default()

    def read_all():
        for d in docs:
            if args.command == "extract":
                extract(d["text"], published=d.get("published"), gazetteer=gaz)
            else:
                find_mentions(d["text"], gazetteer=gaz)

    read_all()  # (caches warm: candidates, compiled patterns)
    spent: collections.Counter = collections.Counter()
    calls: collections.Counter = collections.Counter()
    real_compile = re._compile  # (re.search(PATTERN, ...) with a proxy: hand re the real one)
    re._compile = lambda pattern, flags: pattern._pattern if isinstance(pattern, _Timed) else real_compile(pattern, flags)
    try:
        for info in pkgutil.walk_packages(geomove.__path__, "geomove."):
            if any(s in info.name for s in _SKIP):
                continue
            try:
                module = importlib.import_module(info.name)
            except Exception:  # (an optional dependency missing: its patterns are not timed)
                continue
            for name, value in list(vars(module).items()):
                if isinstance(value, re.Pattern):
                    setattr(module, name, _Timed(value, f"{info.name}.{name}", spent, calls))
        gc.collect()
        gc.freeze()  # (the warm-up's objects: see the docstring)
        start, cpu = time.perf_counter(), time.process_time()
        read_all()
        total, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        re._compile = real_compile
    print(f"{args.command}: {len(docs)} documents in {total:.2f} s wall, {cpu:.2f} CPU s (proxies included); "
          f"in the patterns timed: {sum(spent.values()):.2f} s")
    for key, seconds in spent.most_common(args.top):
        print(f"{seconds * 1000:8.1f} ms {calls[key]:7d} calls  {key}")


if __name__ == "__main__":
    main()
