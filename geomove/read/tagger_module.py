"""textblob's pattern module (the Brill tagger read.syntax uses) run with its patterns compiled
only when first used, from the code an earlier run kept (geomove.regex_cache).

The module compiles 26 patterns at import, for its tokenizer, chunker, emoticons and entities;
the tagger's ``find_tags`` uses four of them (a number's, and three tests of a web address or
an e-mail). Parsing and compiling all 26 was ~3.5 ms of CPU (~14 M instructions) in every process
that tags a clause (speed151, speed154). One of them cannot be kept between runs at all: the
emoticons' alternation is joined from sets, in an order the hash seed changes.

So the module gets its own copy of ``re``, handed to its ``import re`` by its own ``__import__``
for the time of its import, whose ``compile`` returns a :class:`DeferredPattern`. Nothing of
``re`` changes for anyone else, and the module holds the plain ``re`` once imported."""

from __future__ import annotations

import builtins
import re
import types

from ..regex_cache import CompiledPatterns


# Packages the module imports from at its top for work the tagger never does, and what it takes
# from each: the module's sentiment lexicon is read with xml.etree's ElementTree (parse, at
# Sentiment.load); tagging reads no XML. Its import (with pyexpat) was ~8 M instructions of every
# process that tags a clause (speed162, session 60); the module gets a stand-in that imports the
# real one at its first use.
LOADED_AT_FIRST_USE = {"xml.etree": ("ElementTree",)}


class _ImportedAtFirstUse(types.ModuleType):
    """Stands for module ``__name__`` until an attribute of it is asked for, then imports it
    and answers from it (the stand-in's own name stays bound in the textblob module)."""

    def __getattr__(self, attribute):
        import importlib
        return getattr(importlib.import_module(self.__name__), attribute)


def _first_use_package(package: str, fromlist) -> types.SimpleNamespace:
    """What ``from PACKAGE import NAME, ...`` takes, each NAME (a submodule listed in
    :data:`LOADED_AT_FIRST_USE`) a stand-in imported at its first use; a name not listed is
    imported now, as usual."""
    deferred = LOADED_AT_FIRST_USE[package]
    found = {n: _ImportedAtFirstUse(f"{package}.{n}") for n in fromlist if n in deferred}
    rest = [n for n in fromlist if n not in deferred]
    if rest:
        plain = builtins.__import__(package, None, None, tuple(rest), 0)
        found.update((n, getattr(plain, n)) for n in rest)
    return types.SimpleNamespace(**found)


class DeferredPattern:
    """A pattern of the module, compiled (from the kept code when there is some) at its first
    use; a module constant is then replaced by the compiled pattern in the module's names, so
    later calls cost what ``re.Pattern``'s do."""

    __slots__ = ("_kept", "_pattern", "_flags", "_home", "_compiled")

    def __init__(self, kept: CompiledPatterns, pattern: str, flags: int):
        self._kept, self._pattern, self._flags = kept, pattern, flags
        self._home: tuple | None = None
        self._compiled: re.Pattern | None = None

    def built(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = self._kept.compile(self._pattern, self._flags)  # (the file is not lazy: built now)
            self._kept.save()  # (nothing to do unless the pattern was new to the kept file)
            if self._home is not None and self._home[0].get(self._home[1]) is self:
                self._home[0][self._home[1]] = self._compiled
        return self._compiled

    def __getattr__(self, name):
        return getattr(self.built(), name)


def run_with_deferred_patterns(spec, mod: types.ModuleType, kept_name: str = "read-textblob") -> None:
    """Run the module ``spec`` loads in ``mod``, its string patterns deferred (see the module
    doc); each module constant left a :class:`DeferredPattern` takes its compiled pattern's
    place at its first use."""
    kept = CompiledPatterns(kept_name, lazy=False)
    own_re = types.ModuleType("re")
    own_re.__dict__.update(vars(re))

    def compile_deferred(pattern, flags=0):
        if type(pattern) is not str:  # (bytes or a compiled pattern: re's own answer)
            return re.compile(pattern, flags)
        return DeferredPattern(kept, pattern, int(flags))

    own_re.compile = compile_deferred
    plain_import = builtins.__import__

    def import_own_re(name, globals=None, locals=None, fromlist=(), level=0):
        if name == "re" and level == 0:
            return own_re
        if level == 0 and name in LOADED_AT_FIRST_USE and fromlist:
            return _first_use_package(name, fromlist)
        return plain_import(name, globals, locals, fromlist, level)

    mod.__dict__["__builtins__"] = {**vars(builtins), "__import__": import_own_re}
    try:
        spec.loader.exec_module(mod)
    finally:
        own_re.compile = re.compile  # (what the module's functions compile or import later is re's)
        mod.__dict__["__builtins__"] = builtins
    mod.re = re
    names = vars(mod)
    for name, value in list(names.items()):
        if type(value) is DeferredPattern:
            value._home = (names, name)
