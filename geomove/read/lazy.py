"""Rule modules of the reading wing loaded at their gate, the first time a caller needs them.

Many rules of this wing are a module of one function, asked only behind a gate of its caller
(a trigger word, a lexicon look-up, a rare punctuation): "scrambled jets from X" needs
read.scrambled only once the verb is a form of "scramble". Imported at the top of its caller, such a
module is loaded by every ``extract`` process, whether or not any report opens its gate (speed162,
session 60: 40 modules of this wing ran no function on the 380 dev reports, ~13 M instructions
to import).

A caller names the function instead of importing it::

    scrambles_aircraft = lazy.function(".scrambled", "scrambles_aircraft", globals())

The name holds a small stand-in: its first call imports the module, puts the real function in
the caller's name (later calls cost nothing more than a plain import would) and calls it. Only
functions stand in so: a module whose constants others read at import (data modules) is imported
as usual.

Every module named here is listed in ``MODULES``: ``load_all`` imports them, for tools and tests
that look at every reading module (its patterns kept, its gates: tests/test_speed58.py,
tests/gate_words_table.py)."""

from __future__ import annotations

import importlib
from typing import Callable

# the modules named by a stand-in, in the order their callers named them
MODULES: list[str] = []


def _absolute(module: str) -> str:
    return f"{__package__}{module}" if module.startswith(".") else module


def function(module: str, name: str, into: dict) -> Callable:
    """A stand-in for the function ``name`` of ``module`` (".name" for one of this package), held
    in the namespace ``into`` under ``name``: its first call imports the module and binds the
    function there in its place."""
    full = _absolute(module)
    if full not in MODULES:
        MODULES.append(full)

    def stand_in(*args, **kwargs):
        real = getattr(importlib.import_module(full), name)
        if into.get(name) is stand_in:  # (rebound by the caller since: left as it is)
            into[name] = real
        return real(*args, **kwargs)

    stand_in.__name__ = stand_in.__qualname__ = name
    stand_in.__module__ = full
    stand_in.__doc__ = f"{full}.{name}, imported at its first call (read.lazy)."
    return stand_in


def load_all() -> list[str]:
    """Import every module a stand-in names (its patterns compiled and kept, its gates made);
    the modules' names. (Only the callers imported so far have named theirs: import
    geomove.read.assemble first for every one.)"""
    for full in MODULES:
        importlib.import_module(full)
    return list(MODULES)
