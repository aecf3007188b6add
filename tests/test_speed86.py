"""speed86: a kept pattern built at its first use takes its stand-in's place in the names that held
it, found without a pass over every module's names (speed82's _Bindings cost ~0.1% of the 380
documents): where the compiling code stored it (``P = _PATTERNS.compile(...)`` at a module's top
level, read from the caller's next instruction at ``compile``; a class attribute stays one), and
where a module's code reads it by a global name (``from .x import P``, then ``P.search``: read
from the instruction before the look-up). Held otherwise (a table, an object's attribute, a local
name) it stays a stand-in that works as the pattern."""

import re
import subprocess
import sys
import types

import pytest

from geomove.regex_cache import CompiledPatterns, KeptPattern, compile_with_first_characters, matched_by

OWN = [(r"\b(?P<verb>withdrew|rotated\s+out)\s+(?:from|of)\b", re.I), (r"\b(?:barges?|ferr(?:y|ies))\b", re.I),
       (r"\b\d+\s+(?:gunboats|patrol\s+boats)\b", 0)]

needs_311 = pytest.mark.skipif(sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11),
                               reason="the bindings are read from CPython 3.11's code layout")


def _kept(tmp_path) -> CompiledPatterns:
    first = CompiledPatterns("own86", folder=tmp_path)
    for p, f in OWN:
        first.compile(p, f)
    first.save()
    return CompiledPatterns("own86", folder=tmp_path)


def _module(name: str, source: str, **names) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(names)
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    return module


ORIGIN = '''
import re
VERB = KEPT.compile(OWN[0][0], OWN[0][1])
BOATS = KEPT.compile(OWN[1][0], OWN[1][1])
COUNT = KEPT.compile(OWN[2][0], OWN[2][1])
TABLE = (BOATS,)

class Holder:
    VERB_TOO = KEPT.compile(OWN[0][0], OWN[0][1])

def withdrew(text):
    return VERB.search(text)
'''

COPY = '''
def withdrew(text):
    return VERB.search(text)

def boats_in(text):
    return [m.group() for m in BOATS.finditer(text)]
'''


@needs_311
def test_a_built_pattern_takes_its_stand_in_s_place_where_it_was_stored_and_where_it_was_read(tmp_path):
    cache = _kept(tmp_path)
    a = _module("geomove._own86_a", ORIGIN, KEPT=cache, OWN=OWN)
    assert all(type(getattr(a, n)) is KeptPattern for n in ("VERB", "BOATS", "COUNT"))
    stand_in, boats = a.VERB, a.BOATS
    b = _module("geomove._own86_b", COPY, VERB=a.VERB, BOATS=a.BOATS)  # ("from ._own86_a import VERB, BOATS")
    assert a.withdrew("the battalion withdrew from Kherson").group("verb") == "withdrew"
    built = stand_in.built()
    assert type(built) is re.Pattern and built == compile_with_first_characters(*OWN[0])
    assert a.VERB is built  # (the module that compiled it: its name now holds the pattern)
    assert b.VERB is stand_in  # (a copy: replaced at its own module's first look-up)
    assert b.withdrew("units rotated out of Bakhmut").group("verb") == "rotated out"
    assert b.VERB is built
    assert b.boats_in("two barges and a ferry") == ["barges", "ferry"]
    assert b.BOATS is boats.built() and a.BOATS is b.BOATS  # (first used in b: both names bound again)
    assert a.TABLE[0] is boats and a.TABLE[0].search("a ferry crossed").group() == "ferry"
    assert type(a.COUNT) is KeptPattern and "_built" not in vars(a.COUNT)  # (never used: never built)
    assert a.Holder.VERB_TOO.search("they withdrew from Izium") is not None
    assert type(a.Holder.__dict__["VERB_TOO"]) is KeptPattern  # (a class keeps it: see _binding_of)
    m = built.search("the brigade withdrew from Lyman")
    assert matched_by(m, stand_in) and matched_by(m, a.VERB)  # (a match tells either)


@needs_311
def test_a_stand_in_read_from_a_table_or_a_local_name_works_as_the_pattern(tmp_path):
    cache = _kept(tmp_path)
    a = _module("geomove._own86_c", ORIGIN, KEPT=cache, OWN=OWN)
    stand_in = a.BOATS
    local = a.BOATS
    assert local.search("no ferry ran") is not None
    assert [m.group() for m in a.TABLE[0].finditer("barges, then ferries")] == ["barges", "ferries"]
    assert a.TABLE[0] is stand_in and a.BOATS is stand_in.built()  # (the table keeps its stand-in)
    assert vars(stand_in)["search"] == stand_in.built().search  # (its methods in its own dict from then on)
    assert stand_in.sub("boat", "a ferry and two barges") == "a boat and two boat"
    assert stand_in == a.BOATS and hash(stand_in) == hash(a.BOATS) and stand_in.groups == 0


def test_a_name_that_holds_something_else_is_never_bound_again(tmp_path):
    cache = _kept(tmp_path)
    a = _module("geomove._own86_d", ORIGIN, KEPT=cache, OWN=OWN)
    stand_in = a.VERB
    a.VERB = "rebound before the first use"
    assert stand_in.search("the company withdrew from Vuhledar") is not None
    assert a.VERB == "rebound before the first use"


def test_in_a_process_no_name_a_pattern_was_stored_in_holds_a_built_stand_in(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("Two companies withdrew from Sittwe to Kyaukpyu by ferry on Monday, an officer said.\n",
                      encoding="utf-8")
    code = """
import json, sys, types
from geomove.cli import main
from geomove.regex_cache import KeptPattern
try:
    main(['extract', sys.argv[1]])
except SystemExit:
    pass
left = built = stored_built = 0
for name, module in list(sys.modules.items()):
    if not name.startswith('geomove') or not isinstance(module, types.ModuleType):
        continue
    for key, value in list(vars(module).items()):
        if type(value) is KeptPattern:
            left += 1
            built += '_built' in vars(value)
            b = vars(value)['_binding']
            stored_built += '_built' in vars(value) and b is not None and b[0] is vars(module) and b[1] == key
print(json.dumps([left, built, stored_built]))
"""
    run = lambda: subprocess.run([sys.executable, "-c", code, str(report)], capture_output=True,  # noqa: E731
                                 text=True, check=True).stdout
    run()  # (the first run may write the kept code)
    left, built, stored_built = __import__("json").loads(run().strip().splitlines()[-1])
    assert left > 500  # patterns the report never needed: never built
    assert stored_built == 0  # every one it built stands as the re.Pattern where it was stored
    assert built < 200  # (copies a module imported and did not use, and copies a table used first)
