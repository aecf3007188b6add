"""speed133: the reading wing's inline patterns (geomove.read.kept.recompile) stored as a module's
constant (``_P = recompile(...)`` at its top level, ~150 of them) are built at their first use, as
the lazy kept files' patterns are, where they were all built at import (55 never searched in an
`extract` of the 380 dev reports); a pattern asked for inside a rule is still built at once (a
local name would keep a stand-in and its generic look-ups)."""

import re
import sys
import types

import pytest
from hypothesis import given, settings, strategies as st

from geomove.read import kept
from geomove.regex_cache import CompiledPatterns, KeptPattern, compile_with_first_characters

OWN = [(r"\b(?:ferried|airlifted)\s+(?:across|over)\s+the\s+(?P<water>lake|strait|bay)\b", re.I),
       (r"\b\d+\s+(?:hovercraft|landing\s+craft)\b", 0),
       (r"^\s*(?:the\s+)?(?P<unit>[A-Z][a-z]+\s+(?:Brigade|Flotilla))\b", 0)]

needs_311 = pytest.mark.skipif(sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11),
                               reason="a module's constant is told by CPython 3.11's code layout")

MODULE = '''
FERRIED = recompile(OWN[0][0], OWN[0][1])
CRAFT = recompile(OWN[1][0], OWN[1][1])
TABLE = (recompile(OWN[2][0], OWN[2][1]),)

def ferried(text):
    return FERRIED.search(text)

def inline(text):
    return recompile(OWN[1][0], OWN[1][1]).findall(text)
'''


@pytest.fixture
def own_kept(tmp_path, monkeypatch):
    first = CompiledPatterns("read-inline", folder=tmp_path, lazy=False)
    for p, f in OWN:
        first.compile(p, f)
    first.save()
    monkeypatch.setattr(kept, "_KEPT", CompiledPatterns("read-inline", folder=tmp_path, lazy=False))
    monkeypatch.setattr(kept, "_BUILT", {})
    return kept._KEPT


def _module(name: str, source: str) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(recompile=kept.recompile, OWN=OWN)
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    return module


@needs_311
def test_a_module_s_constant_is_built_at_its_first_use_and_then_is_the_eager_pattern(own_kept):
    m = _module("geomove._own133", MODULE)
    assert type(m.FERRIED) is KeptPattern and type(m.CRAFT) is KeptPattern
    assert type(m.TABLE[0]) is re.Pattern  # (held in a table: built at once, as before)
    assert "_built" not in vars(m.FERRIED) and "_built" not in vars(m.CRAFT)
    assert m.ferried("two companies were ferried across the strait at dawn").group("water") == "strait"
    assert type(m.FERRIED) is re.Pattern and m.FERRIED == compile_with_first_characters(*OWN[0])
    assert "_built" not in vars(m.CRAFT)  # (never searched: never built)
    assert m.inline("4 hovercraft and 2 landing craft") == ["4 hovercraft", "2 landing craft"]
    assert type(kept._BUILT[OWN[1]]) is re.Pattern  # (inside a rule: built at once, never a stand-in)
    assert type(m.CRAFT) is KeptPattern  # (its own stand-in, still unbuilt)


texts = st.text(alphabet=st.sampled_from(list("ferid airlfts acosvhbyk 0123 LTHBgdFl\n")), max_size=60) | st.sampled_from(
    ["were airlifted over the lake", "FERRIED ACROSS THE BAY", "12 landing craft", " the Tana Flotilla sailed",
     "Riverine Brigade", "ferried  across\tthe  strait"])


@needs_311
@settings(max_examples=150, deadline=None)
@given(texts)
def test_a_lazily_built_constant_finds_what_the_eager_one_finds(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("kept133")
    first = CompiledPatterns("read-inline", folder=folder, lazy=False)
    for p, f in OWN:
        first.compile(p, f)
    first.save()
    eager = [CompiledPatterns("read-inline", folder=folder, lazy=False).compile(p, f) for p, f in OWN]
    lazy_file = CompiledPatterns("read-inline", folder=folder, lazy=False)
    ns = {"K": lazy_file, "OWN": OWN, "sys": sys}
    exec(compile("A = K.compile(*OWN[0], caller=sys._getframe())\nB = K.compile(*OWN[1], caller=sys._getframe())\n"
                 "C = K.compile(*OWN[2], caller=sys._getframe())\n", "<own133>", "exec"), ns)
    for (pattern, _), e, name in zip(OWN, eager, "ABC"):
        lazy = ns[name]
        assert type(lazy) is KeptPattern and lazy.pattern == pattern
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in e.finditer(text)]
        assert [m.groupdict() for m in ns[name].finditer(text)] == [m.groupdict() for m in e.finditer(text)]
        assert lazy == e and lazy.built() is not e  # (the same code, built on its own)


def test_the_reading_modules_constants_are_stand_ins_or_their_patterns():
    from geomove.read import road_ends
    for name in ("_ALONG", "_SITE_BEFORE", "_DASH", "_ROAD_AFTER"):
        value = getattr(road_ends, name)
        assert type(value) in (KeptPattern, re.Pattern)
        plain = re.compile(value.pattern, value.flags)
        for text in ("roadblocks along the ", "drove along the coastal ", "the Gao-Ansongo road", "Kayes \u2013 Nioro"):
            assert [m.span() for m in value.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert type(road_ends._SITE_BEFORE) is re.Pattern  # (built: its module's name holds the pattern)
