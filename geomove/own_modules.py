"""geomove's own modules found from one listing of each package folder (the program only).

``extract`` imports ~580 of geomove's modules before it reads a report, each through Python's
generic import path: every finder of ``sys.meta_path`` asked in turn (setuptools' hook, the
built-in and frozen importers, then the path finder, whose folder finder stats the folder and
builds a path for each of the five suffixes it tries), the compiled file's path worked out twice
(once for the module's ``__cached__``, once by the loader), the source's stat turned into a dict,
the compiled file's header checked by three functions. Counted by callgrind, an import of an
empty module costs ~300,000 instructions that way, ~170 M for the reading wing's modules -- more
than the code those modules run at import.

OwnModules, first in ``sys.meta_path``, answers only for a name under ``geomove.`` whose parent
package has one folder: from a listing of that folder (one ``os.scandir`` a folder a process), a
plain ``NAME.py`` or a package ``NAME/__init__.py`` gets the spec the folder finder would make
(``SourceFileLoader``'s own subclass, the same origin, ``__cached__`` and search locations); any
other case (an extension module or a bare ``.pyc`` beside it, a namespace folder, a name not in
the listing) is left to the usual finders, which then answer as before. The loader reads a
timestamp ``.pyc`` whose header matches the source's stat directly; anything else (no ``.pyc``,
a stale, hash-based or damaged one) goes through ``SourceFileLoader.get_code`` as before, which
compiles and writes it. The listing is made once: a module file added to geomove's folders while
the program runs is found by the usual finders, as it is today (the name is not in the listing).
"""

from __future__ import annotations

import io
import marshal
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES, ModuleSpec, SourceFileLoader
from importlib.util import MAGIC_NUMBER

try:
    from _imp import _fix_co_filename
except ImportError:  # (another implementation: not installed, see install)
    _fix_co_filename = None

_SOURCE = ".py"
_PACKAGE_INIT = "__init__.py"
# what else the folder finder would try for a name, before or after the source: such a name
# is left to it (an extension module wins over the source, a bare .pyc is found after it)
_OTHER_SUFFIXES = (*EXTENSION_SUFFIXES, ".pyc")
_CODE_TYPE = type(compile("", "", "exec"))
_SEPARATORS = tuple(sep for sep in (os.sep, os.altsep) if sep)
_PYCACHE = os.sep + "__pycache__" + os.sep
_PYC_TAIL = f".{sys.implementation.cache_tag}.pyc"


class _OwnLoader(SourceFileLoader):
    """SourceFileLoader that reads a sound timestamp ``.pyc`` at the path its spec names
    (worked out once, by OwnModules), without the generic loader's checks-by-dict."""

    def __init__(self, fullname: str, path: str, cached: str):
        super().__init__(fullname, path)
        self._cached = cached

    def get_code(self, fullname):
        code = self._code_from_pyc(fullname)
        return code if code is not None else super().get_code(fullname)

    def _code_from_pyc(self, fullname):
        """The code of the ``.pyc`` when its header is a timestamp one that matches the
        source's modification time and size (as importlib's _validate_timestamp_pyc checks);
        else None (the generic path then decides, and writes a new one if it must)."""
        if fullname != self.name:
            return None
        try:
            st = os.stat(self.path)
            with io.open_code(self._cached) as f:
                data = f.read()
        except OSError:
            return None
        if (len(data) < 16 or data[:4] != MAGIC_NUMBER or data[4:8] != b"\0\0\0\0"
                or int.from_bytes(data[8:12], "little") != int(st.st_mtime) & 0xFFFFFFFF
                or int.from_bytes(data[12:16], "little") != st.st_size & 0xFFFFFFFF):
            return None
        try:
            code = marshal.loads(memoryview(data)[16:])
        except (EOFError, ValueError, TypeError):
            return None
        if type(code) is not _CODE_TYPE:
            return None
        _fix_co_filename(code, self.path)
        return code


# what a folder's listing says of a name (bits, OwnModules._listing)
_FOLDER, _MODULE = 1, 2


class OwnModules:
    """A meta-path finder for the modules of one top package (see the module's docstring)."""

    def __init__(self, top: str = "geomove"):
        self.prefix = top + "."
        self._listings: dict[str, dict[str, int] | None] = {}  # folder -> {name: _FOLDER | _MODULE}

    def _listing(self, folder: str):
        """{name: bits} of the entries of ``folder`` (one scan a process): _FOLDER for a
        subfolder, _MODULE for a ``.py`` file; a name with an extension module or a ``.pyc``
        beside it is left out (the folder finder tries those first or after). None: not read."""
        listing = self._listings.get(folder, False)
        if listing is False:
            listing, shadowed = {}, set()
            try:
                with os.scandir(folder) as entries:
                    for entry in entries:
                        name = entry.name
                        if entry.is_dir():
                            listing[name] = listing.get(name, 0) | _FOLDER
                        elif name.endswith(_SOURCE):
                            stem = name[:-len(_SOURCE)]
                            listing[stem] = listing.get(stem, 0) | _MODULE
                        elif name.endswith(_OTHER_SUFFIXES):
                            shadowed.add(name[:name.find(".")] if "." in name else name)
            except OSError:
                listing = None
            else:
                for stem in shadowed:
                    listing.pop(stem, None)
            self._listings[folder] = listing
        return listing

    def find_spec(self, fullname, path=None, target=None):
        if path is None or not fullname.startswith(self.prefix) or len(path) != 1:
            return None
        folder = path[0]
        if type(folder) is not str or not folder or folder.endswith(_SEPARATORS):
            return None
        listing = self._listing(folder)
        if not listing:
            return None
        tail = fullname.rpartition(".")[2]
        kind = listing.get(tail)
        if kind == _MODULE:
            return self._spec(fullname, folder, tail, None)
        if kind is not None and kind & _FOLDER:
            base = folder + os.sep + tail
            inner = self._listing(base)
            if inner and inner.get("__init__") == _MODULE:
                return self._spec(fullname, base, "__init__", [base])
        return None  # (a folder without __init__.py, a name not listed: the usual finders)

    def _spec(self, fullname: str, folder: str, stem: str, locations):
        """The spec importlib's spec_from_file_location makes for ``folder/stem.py``, with
        its ``cached`` path set (cache_from_source's, for a process without pycache_prefix
        or optimisation: see install)."""
        origin = folder + os.sep + stem + _SOURCE
        cached = folder + _PYCACHE + stem + _PYC_TAIL
        spec = ModuleSpec(fullname, _OwnLoader(fullname, origin, cached), origin=origin, is_package=locations is not None)
        spec.has_location = True
        spec.cached = cached
        if locations is not None:
            spec.submodule_search_locations = locations
        return spec


def install(top: str = "geomove") -> OwnModules | None:
    """Put an OwnModules for ``top`` first in ``sys.meta_path`` (once a process; none where the
    compiled files' paths are not the plain ones: a pycache prefix, -O, another implementation)."""
    for finder in sys.meta_path:
        if type(finder) is OwnModules and finder.prefix == top + ".":
            return finder
    if (_fix_co_filename is None or sys.implementation.cache_tag is None or sys.pycache_prefix is not None
            or sys.flags.optimize):
        return None
    finder = OwnModules(top)
    sys.meta_path.insert(0, finder)
    return finder
