"""speed82: a kept pattern built at its first use takes its stand-in's place wherever geomove binds
it by name (regex_cache._Bindings): the globals of geomove's modules and their classes'
attributes. CPython 3.11 never specialises a method look-up on the stand-in (its type has a
``__getattr__``), so a call through it cost ~390 instructions more than re's own; after the swap
a module's ``P.search(...)`` is re's call."""

import re
import subprocess
import sys
import types

from geomove import regex_cache
from geomove.regex_cache import CompiledPatterns, KeptPattern, as_pattern, compile_with_first_characters, matched_by

OWN = [(r"\b(?P<verb>pulled\s+back|redeployed)\s+to\b", re.I), (r"\b(?:convoys?|columns?)\b", re.I),
       (r"\b\d+\s+(?:troops|soldiers)\b", 0)]


def _kept(tmp_path) -> CompiledPatterns:
    first = CompiledPatterns("own82", folder=tmp_path)
    for p, f in OWN:
        first.compile(p, f)
    first.save()
    return CompiledPatterns("own82", folder=tmp_path)


def _module(name: str, **names) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(names)
    return module


def test_a_built_pattern_replaces_its_stand_in_in_module_globals_and_class_attributes(tmp_path, monkeypatch):
    cache = _kept(tmp_path)
    verb, column, count = (cache.compile(p, f) for p, f in OWN)
    holder = type("Holder", (), {"COLUMN": column, "__module__": "geomove._own82_a"})
    a = _module("geomove._own82_a", VERB=verb, COLUMN=column, Holder=holder, TABLE=(verb,))
    b = _module("geomove._own82_b", VERB=verb)  # ("from ._own82_a import VERB")
    outside = _module("elsewhere_own82", VERB=verb)  # (not geomove's: left as it is)
    for m in (a, b, outside):
        monkeypatch.setitem(sys.modules, m.__name__, m)
    assert a.VERB.search("the brigade pulled back to Gao").group("verb") == "pulled back"
    built = verb.built()
    assert type(built) is re.Pattern and built == compile_with_first_characters(*OWN[0])
    assert a.VERB is built and b.VERB is built  # the names now hold the pattern
    assert outside.VERB is verb and a.TABLE[0] is verb  # (a table keeps its stand-in: it still works)
    assert a.TABLE[0].search("they redeployed to Kidal").span() == built.search("they redeployed to Kidal").span()
    assert type(a.COLUMN) is KeptPattern and "_built" not in vars(column)  # (not used: not built)
    assert a.Holder.COLUMN.search("a column of trucks") is not None
    assert type(a.Holder.COLUMN) is re.Pattern and a.COLUMN is a.Holder.COLUMN
    m = a.VERB.search("troops redeployed to Menaka")
    assert matched_by(m, verb) and matched_by(m, a.VERB)  # (a match tells either)
    assert type(count) is KeptPattern  # (in no module: a stand-in, unbuilt)


def test_a_module_still_being_imported_is_read_when_it_is_done(tmp_path, monkeypatch):
    cache = _kept(tmp_path)
    verb, column, _count = (cache.compile(p, f) for p, f in OWN)
    spec = types.SimpleNamespace(_initializing=True)
    half = _module("geomove._own82_half", VERB=verb, __spec__=spec)
    monkeypatch.setitem(sys.modules, half.__name__, half)
    verb.search("units pulled back to Bria")  # built while the module runs its code
    assert half.VERB is verb  # (not read yet)
    half.COLUMN = column  # (a name bound later in its import)
    spec._initializing = False
    column.search("the column left")  # a later build reads the finished module
    assert type(half.VERB) is re.Pattern and half.VERB is verb.built()
    assert half.COLUMN is column.built()


def test_in_a_process_every_used_pattern_bound_by_name_is_re_s_own(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("A column of 40 trucks drove from Bunia to Beni on Friday, a spokesman said.\n",
                      encoding="utf-8")
    code = """
import json, sys, types
from geomove.cli import main
from geomove.regex_cache import KeptPattern
try:
    main(['extract', sys.argv[1]])
except SystemExit:
    pass
left = built = 0
for name, module in list(sys.modules.items()):
    if not name.startswith('geomove') or not isinstance(module, types.ModuleType):
        continue
    for value in list(vars(module).values()):
        if type(value) is KeptPattern:
            left += 1
            built += '_built' in vars(value)
print(json.dumps([left, built]))
"""
    run = lambda: subprocess.run([sys.executable, "-c", code, str(report)], capture_output=True,  # noqa: E731
                                 text=True, check=True).stdout
    run()  # (the first run may write the kept code)
    left, built = __import__("json").loads(run().strip().splitlines()[-1])
    assert left > 500  # patterns the report never needed: never built
    assert built == 0  # every one it built stands in its modules' names as the re.Pattern


def test_the_mode_tables_hold_the_patterns_the_reader_names():
    from geomove.read import clauses, lexicon
    assert all(type(rx) is re.Pattern for _mode, rx in lexicon._MODE_VERBS)
    assert all(type(rx) is re.Pattern for rx in clauses._MODE_WORDS)
    clauses._Reader._mode("The frigates sailed north.")  # (builds _SEA if it was not)
    assert as_pattern(clauses._SEA) in clauses._MODE_WORDS
    assert id(as_pattern(clauses._SEA)) in {id(rx) for rx in clauses._MODE_WORDS}
    assert clauses._Reader._mode("Four warships left the harbour at dawn.") == "sea"
    assert clauses._Reader._mode("The company was airlifted to the plateau.") == "air"


def test_bindings_read_only_geomove_modules():
    assert all(name.startswith("geomove") for name in regex_cache._BINDINGS.waiting)
