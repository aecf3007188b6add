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
(CRC-32, as the finder's store of kept answers: it is there to find a damaged or cut file; a
SHA-1 of the ~3.7 MB an ``extract`` process reads cost ~44 M instructions, ~5% of its start)
covers the file, and an entry is written only after the pattern it builds was found equal to
``re.compile``'s. Anything else -- no cache folder, a damaged file, an interpreter whose ``re``
works otherwise -- compiles with ``re.compile``: the patterns are always those of the source.
"""

from __future__ import annotations

import array
import hashlib
import marshal
import os
import re
import sys
import zlib
from functools import lru_cache
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

# what a file holds: (CRC-32 of the payload, payload), the payload {(pattern, flags): entry},
# each entry's code as the bytes of an array of machine integers of the engine's code size
# (marshal reads one object, where a list of ints was ~700,000 objects for an extract
# process: ~10 ms); part of the file name, so a file of another format is never read
FORMAT = 2
# the array type of the engine's code words ('I' or 'L', whichever is _sre.CODESIZE bytes;
# None: the code is kept as a list of ints)
_CODE_TYPE = next((t for t in "IL" if _sre is not None and array.array(t).itemsize == _sre.CODESIZE), None)


@lru_cache(maxsize=1)
def _interpreter_key() -> str:
    # (once a process: each of ~230 modules' CompiledPatterns asks at import)
    parts = (sys.version, sys.implementation.cache_tag, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None),
             FORMAT, _CODE_TYPE)
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


def _default_folder() -> Path | None:
    # (each of ~230 modules' CompiledPatterns asks at import, and platformdirs works the folder
    # out anew at each call: kept by the environment variables it reads)
    seen = (os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"), os.environ.get("LOCALAPPDATA"))
    folder = _FOLDERS.get(seen, _UNSEEN)
    if folder is _UNSEEN:
        try:
            import platformdirs
        except ImportError:
            folder = None
        else:
            folder = Path(platformdirs.user_cache_dir("geomove"))
        _FOLDERS.clear()
        _FOLDERS[seen] = folder
    return folder


_FOLDERS: dict[tuple, Path | None] = {}
_UNSEEN = object()


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
                crc, payload = marshal.load(f)
            if zlib.crc32(payload) != crc:
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
                code = entry[1]
                if type(code) is bytes:  # (FORMAT: the words of the code, read as one object)
                    code = array.array(_CODE_TYPE, code).tolist()
                compiled = _sre.compile(pattern, entry[0], code, *entry[2:])
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
                if _CODE_TYPE is not None:
                    entry = (entry[0], array.array(_CODE_TYPE, entry[1]).tobytes(), *entry[2:])
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
        if not keep_bytes(self.path, marshal.dumps((zlib.crc32(payload), payload))):
            return
        self.known, self._unsaved = keep, False
