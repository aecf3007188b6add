"""read.tagger_module: textblob's pattern module run with its patterns compiled at first use
(speed154). The tags are those of the module run plainly; nothing of ``re`` changes for others;
the patterns the tagger never uses are never compiled, in any process."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from geomove.read.tagger_module import DeferredPattern, run_with_deferred_patterns
from geomove.regex_cache import CompiledPatterns

pytestmark = pytest.mark.skipif(importlib.util.find_spec("textblob") is None, reason="no textblob")


def _text_spec(name: str):
    root = Path(list(importlib.util.find_spec("textblob").submodule_search_locations)[0])
    return importlib.util.spec_from_file_location(name, root / "_text.py")


def _loaded(name: str, deferred: bool) -> types.ModuleType:
    spec = _text_spec(name)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    try:
        if deferred:
            run_with_deferred_patterns(spec, mod, kept_name="test-textblob")
        else:
            spec.loader.exec_module(mod)
    finally:
        del sys.modules[name]
    return mod


_WORDS = [
    ["Engineers", "from", "the", "3rd", "brigade", "reached", "the", "dam", "at", "dawn", "."],
    ["About", "1,250", "marines", "sailed", "on", "12.5", "knots", "towards", "the", "strait", "."],
    ["Write", "to", "press@example.org", "or", "see", "www.example.com", "for", "the", "timetable", "."],
    ["The", "convoy", "was", "slowly", "rerouted", "-", "twice", "-", "near", "kilometre", "40", "/", "2", "."],
]


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    """The kept-code file of the module run here written in the test's own folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def test_tags_are_those_of_the_module_run_plainly():
    plain, deferred = _loaded("t154_plain", False), _loaded("t154_deferred", True)
    for words in _WORDS:
        assert deferred.find_tags(list(words), default=("NN", "NNP", "CD")) == \
            plain.find_tags(list(words), default=("NN", "NNP", "CD"))
        # (a number and an address are the cases where the deferred patterns are asked)
    assert isinstance(deferred.CD, re.Pattern)  # (the tagger asked it: it took its stand-in's place)


def test_unused_patterns_stay_deferred_and_re_is_untouched():
    plain_compile = re.compile
    mod = _loaded("t154_untouched", True)
    assert re.compile is plain_compile and mod.re is re
    assert type(mod.RE_EMOTICONS) is DeferredPattern and type(mod.TOKEN) is DeferredPattern
    # (used, a deferred pattern answers as the compiled one would)
    assert mod.TOKEN.findall("two words ") == plain_compile(r"(\S+)\s").findall("two words ")


def test_a_deferred_constant_takes_its_compiled_place(tmp_path):
    kept = CompiledPatterns("test-deferred", folder=tmp_path, lazy=False)
    names = {}
    names["P"] = DeferredPattern(kept, r"\d+(?:\.\d+)?", 0)
    names["P"]._home = (names, "P")
    stand_in = names["P"]
    assert stand_in.match("12.5").group(0) == "12.5"
    assert type(names["P"]) is re.Pattern and names["P"].pattern == r"\d+(?:\.\d+)?"
    assert names["P"].findall("a 3.5 b 40") == ["3.5", "40"]
    assert stand_in.built() is names["P"]


_COUNT = """
import json, re, sys, re._compiler as rc
seen = []
plain = rc.compile
def counted(p, flags=0):
    # (the first caller outside re: the tagger module's own line, or the kept-code cache's;
    # not the standard library's modules the tagger module imports)
    f = sys._getframe(1)
    while f is not None and "/re/" in f.f_code.co_filename:
        f = f.f_back
    if f is not None and f.f_code.co_filename.endswith(("_text.py", "regex_cache.py", "tagger_module.py")):
        seen.append(str(p)[:40])
    return plain(p, flags)
import geomove.read.syntax as s
rc.compile = counted
s.analyse("Some 40 soldiers drove 12.5 km to the river on Monday.")
print(json.dumps(seen))
"""


def _compiled_by_first_tagging(cache: Path, seed: str) -> list:
    out = subprocess.run([sys.executable, "-c", _COUNT], check=True, capture_output=True, text=True,
                         env={**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONHASHSEED": seed})
    return json.loads(out.stdout)


def test_a_second_process_compiles_none_of_the_tagger_module_s_patterns(tmp_path):
    first = _compiled_by_first_tagging(tmp_path, "1")
    assert 0 < len(first) < 26  # (a fresh cache: only what the tagger used, compiled once and kept)
    # (another hash seed: the emoticons' pattern, joined from sets, is never compiled)
    assert _compiled_by_first_tagging(tmp_path, "2") == []
