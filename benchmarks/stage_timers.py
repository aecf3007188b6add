"""CPU-time meters that benchmark child processes wrap around geomove functions.

``speed.py stages`` and ``first_seen.py`` each wrote the same wrappers into their child scripts;
this is the one copy. The keep test's wrapper keeps the attributes of the function it wraps
(functools.wraps copies ``__dict__``): the finder may hang data on its keep test, and a wrapper
without them would silently switch that path off in the benchmark only.
"""

from __future__ import annotations

import functools
import time
from collections import defaultdict

clock = time.process_time


class StageTimers:
    """CPU seconds and calls per label."""

    def __init__(self, labels=()):
        self.spent: dict[str, float] = defaultdict(float, dict.fromkeys(labels, 0.0))
        self.calls: dict[str, int] = defaultdict(int, dict.fromkeys(labels, 0))

    def wrap(self, func, label: str):
        """``func`` counted under ``label``, with its name, docs and attributes."""
        spent, calls = self.spent, self.calls

        @functools.wraps(func)
        def timed(*args, **kwargs):
            t = clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent[label] += clock() - t
                calls[label] += 1
        return timed

    def patch(self, owner, attr: str, label: str) -> None:
        """Replace ``owner.attr`` by its counted self."""
        setattr(owner, attr, self.wrap(getattr(owner, attr), label))

    def patch_candidates(self, gazetteer_class, *, label: str | None = "candidates") -> None:
        """Count ``Gazetteer.candidates`` (when ``label``) and the keep test handed to it ("keep")."""
        real = gazetteer_class.candidates
        timers = self

        def candidates(self, name, **kw):
            if kw.get("keep") is not None:
                kw["keep"] = timers.wrap(kw["keep"], "keep")
            return real(self, name, **kw)
        gazetteer_class.candidates = self.wrap(candidates, label) if label else functools.wraps(real)(candidates)
