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
import sys

from ..regex_cache import CompiledPatterns, KeptPattern

# A pattern asked for inside a rule is built when first asked for, never lazily: it is held in a
# local name, where a stand-in (regex_cache.KeptPattern) would cost every call its generic
# look-up. A module's constant (``_P = recompile(...)`` at its top level, ~190 of them in ~50
# modules) is a stand-in built at its first use, as the lazy files' patterns are: once built it
# takes its stand-in's place in the module's name. Built at import, 55 of them were never
# searched in an `extract` of the 380 dev reports, and a one-report `extract` searched few.
_KEPT = CompiledPatterns("read-inline", lazy=False)
_BUILT: dict = {}  # (pattern, flags) -> the pattern, in this process


def recompile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, built once a process (from the kept code when there is
    some); a module's constant at its first use."""
    built = _BUILT.get((pattern, flags))
    if built is None:
        built = _KEPT.compile(pattern, flags, caller=sys._getframe(1))
        if type(built) is not KeptPattern:  # (a stand-in is its module's: not handed to a rule)
            _BUILT[(pattern, flags)] = built
        _KEPT.save()  # (nothing to do unless the pattern was new to the kept file)
    return built
