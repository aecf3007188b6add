"""Compiled regular expressions kept between runs, so a process does not parse them again.

The reading stage's lexicon (geomove.read.lexicon) is ~100 patterns, many of them alternations
of hundreds of words, and ``re.compile`` parses and compiles each in Python: ~40 ms of CPU every
``extract`` process pays before it reads a word. What ``re.compile`` ends with is a call of the
regex engine's constructor (``_sre.compile``) with the pattern's code, a list of integers. Here
that code is kept in the user's cache, and a later process builds the pattern from it directly
(~100 patterns in ~2 ms): the same ``re.Pattern`` (``==`` compares the code), the same groups.

The code is the engine's own format, so the file is kept per interpreter build (its name holds a
digest of ``sys.version``, the cache tag and the engine's magic number and code size), its
entries are keyed by pattern and flags (a changed pattern is compiled as before), a checksum
covers the file, and an entry is written only after the pattern it builds was found equal to
``re.compile``'s. Anything else -- no cache folder, a damaged file, an interpreter whose ``re``
works otherwise -- compiles with ``re.compile``: the patterns are always those of the source.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from pathlib import Path

from .io.cache_files import keep_bytes

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation's re: compiled the plain way
    _sre = None

# above this many entries a file is rewritten with only the patterns of the process writing it
# (entries of earlier versions of a module's patterns are not kept for ever)
MAX_ENTRIES = 400


def _interpreter_key() -> str:
    parts = (sys.version, sys.implementation.cache_tag, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


def _default_folder() -> Path | None:
    try:
        import platformdirs
    except ImportError:
        return None
    return Path(platformdirs.user_cache_dir("geomove"))


def _code_of(pattern: str, flags: int):
    """What re.compile hands the engine for ``pattern``: (flags, code, groups, groupindex,
    indexgroup), as in re._compiler.compile."""
    tree = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(tree, flags)]  # (opcodes are an int subclass)
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


class CompiledPatterns:
    """``compile(pattern, flags)`` as ``re.compile``, from the code kept by an earlier run when
    there is one; ``save()`` keeps the code of patterns compiled anew (call it once the module's
    patterns are made)."""

    def __init__(self, name: str, folder: Path | None = None):
        folder = _default_folder() if folder is None else Path(folder)
        self.path = None if folder is None or _sre is None else folder / f"regex-{name}-{_interpreter_key()}.marshal"
        self.known = self._load()
        self.used: dict = {}
        self.new = 0  # patterns compiled anew (no usable entry)
        self._unsaved = False

    def _load(self) -> dict:
        if self.path is None:
            return {}
        try:
            with open(self.path, "rb") as f:
                digest, payload = marshal.load(f)
            if hashlib.sha1(payload).digest() != digest:
                return {}
            known = marshal.loads(payload)
            return known if isinstance(known, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            return {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern:
        flags = int(flags)
        key = (pattern, flags)
        entry = self.known.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(pattern, *entry)
            except Exception:  # noqa: BLE001 -- a damaged entry: compiled the plain way below
                pass
            else:
                self.used[key] = entry
                return compiled
        compiled = re.compile(pattern, flags)
        if self.path is not None:
            self.new += 1
            try:
                entry = _code_of(pattern, flags)
                built = _sre.compile(pattern, *entry)
            except Exception:  # noqa: BLE001 -- an re that works otherwise: nothing kept
                return compiled
            if built == compiled and built.groupindex == compiled.groupindex and built.groups == compiled.groups:
                self.used[key] = entry
                self._unsaved = True
        return compiled

    def save(self) -> None:
        """Write the entries of this run's patterns (and the file's others, up to MAX_ENTRIES),
        if any pattern was compiled anew; a file written aside and renamed, so a reader in
        another process never sees half of it. Failing to write is no error."""
        if self.path is None or not self._unsaved:
            return
        merged = {**self.known, **self.used}
        keep = merged if len(merged) <= MAX_ENTRIES else self.used
        try:
            payload = marshal.dumps(keep)
        except ValueError:
            return
        if not keep_bytes(self.path, marshal.dumps((hashlib.sha1(payload).digest(), payload))):
            return
        self.known, self._unsaved = keep, False
