"""The reader's patterns written where they are used (``re.search(r"...", text)`` in a rule) and
those of its modules without a kept-code cache of their own, built from the code an earlier run
kept (geomove.regex_cache) instead of parsed and compiled anew in every process.

``re.search(pattern, ...)`` compiles its pattern on first use in a process: the reader's some
60 such patterns cost ~14 ms of CPU (~40M instructions) in every ``extract`` process, a tenth
of what the reader's start costs. ``recompile(pattern, flags)`` is ``re.compile(pattern,
flags)``, the same ``re.Pattern``, from a dict after its first use in the process and from the
kept code at its first; a pattern the kept file lacks is compiled the plain way and written to
it at once (a later process builds it from the code). Patterns built from a report's words (a
name) are compiled the plain way (``re``), never kept.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_KEPT = CompiledPatterns("read-inline", lazy=False)  # (built when first asked for: never lazily)
_BUILT: dict = {}  # (pattern, flags) -> the pattern, in this process


def recompile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, built once a process (from the kept code when there is
    some)."""
    built = _BUILT.get((pattern, flags))
    if built is None:
        built = _BUILT[(pattern, flags)] = _KEPT.compile(pattern, flags)
        _KEPT.save()  # (nothing to do unless the pattern was new to the kept file)
    return built
