"""What the tests of gated reading patterns share (tests/test_speed112.py, tests/test_speed115.py): a
gate found by its module and name, the compiled pattern behind it, and every gate switched off.
(A module beside the tests: pytest puts this folder on sys.path.)"""

import importlib
import sys

from geomove.gates import Gate


def gate_named(mod: str, name: str) -> Gate:
    """The gate ``name`` of geomove.read.``mod``."""
    return getattr(importlib.import_module(f"geomove.read.{mod}"), name)


def gate_pattern(gate: Gate):
    """The compiled pattern a gate asks (a lazily built one built)."""
    p = gate.pattern
    return p.built() if hasattr(p, "built") else p


def ungated(m) -> None:
    """Every gate switched off (monkeypatch context ``m``): each asks its pattern at once (since
    speed115 search/match/finditer test the words themselves, not through may_match)."""
    m.setattr(Gate, "may_match", lambda self, text, pos=0, endpos=None: True)
    for method in ("search", "match", "finditer"):
        m.setattr(Gate, method, lambda self, text, pos=0, endpos=sys.maxsize, _m=method:
                  getattr(gate_pattern(self), _m)(text, pos, endpos))
