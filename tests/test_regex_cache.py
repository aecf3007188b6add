"""Patterns built from the code an earlier run kept are the patterns re.compile makes (each with
the first-character set every kept pattern gets in its search block: speed67, speed71)."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geomove.regex_cache import CompiledPatterns, compile_with_first_characters

OWN_PATTERNS = [
    (r"\b(?P<verb>moved|advanced|pulled\s+back)\b(?=\s+(?:into|towards?)\b)", re.I),
    (r"(?P<qual>about|some)?\s*(?P<num>[0-9]{1,3}(?:,[0-9]{3})*)\s+(?P<unit>troops|tanks)", 0),
    (r"\b(?:(?-i:may)|will)\b|[^\W\d_]+(?:['’][^\W\d_]+)*", re.I | re.S),
    (r"(a)|(b)(?P<c>c)?", 0),
]


def _kept(p: str, f: int) -> re.Pattern:
    """re.compile's pattern, with the first-character set a kept pattern gets (the same search
    results: tests/test_speed67.py and tests/test_speed71.py)."""
    return compile_with_first_characters(p, f)


def _same(a: re.Pattern, b: re.Pattern) -> bool:
    return (a == b and a.pattern == b.pattern and a.flags == b.flags and a.groups == b.groups
            and dict(a.groupindex) == dict(b.groupindex))


# a sentence every own pattern is run over: the kept pattern must find what re finds
_PROBE_TEXT = "About 1,200 troops moved into Tal Afar; they may move towards Mosul. abc b"


def _same_matches(built: re.Pattern, p: str, f: int) -> bool:
    return [m.span() for m in built.finditer(_PROBE_TEXT)] == [m.span() for m in re.finditer(p, _PROBE_TEXT, f)]


def _saved_own_patterns(folder: Path) -> Path:
    """Compile OWN_PATTERNS into a fresh cache in ``folder``, save it, and give its one file."""
    first = CompiledPatterns("own", folder=folder)
    for p, f in OWN_PATTERNS:
        first.compile(p, f)
    first.save()
    (path,) = folder.iterdir()
    return path


def test_a_second_run_builds_the_same_patterns_from_the_kept_code(tmp_path):
    first = CompiledPatterns("own", folder=tmp_path)
    made = [first.compile(p, f) for p, f in OWN_PATTERNS]
    assert first.new == len(OWN_PATTERNS)
    first.save()
    second = CompiledPatterns("own", folder=tmp_path)
    again = [second.compile(p, f) for p, f in OWN_PATTERNS]
    assert second.new == 0  # every one from the file
    for (p, f), a, b in zip(OWN_PATTERNS, made, again):
        assert _same(a, _kept(p, f)) and _same(b, _kept(p, f))
        assert _same_matches(b, p, f)
    # a changed pattern is no entry's: compiled anew
    assert _same(second.compile(r"(?P<verb>moved)", re.I), _kept(r"(?P<verb>moved)", re.I))
    assert second.new == 1


def test_a_damaged_or_missing_file_compiles_the_plain_way(tmp_path):
    path = _saved_own_patterns(tmp_path)
    sound = path.read_bytes()
    data = bytearray(sound)
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    damaged = CompiledPatterns("own", folder=tmp_path)
    assert all(_same(damaged.compile(p, f), _kept(p, f)) for p, f in OWN_PATTERNS)
    assert damaged.new >= 1  # the damaged entry (or the whole file) compiled anew
    path.write_bytes(sound[:len(sound) // 2])  # a file cut short: nothing read
    assert CompiledPatterns("own", folder=tmp_path).known == {}
    nowhere = CompiledPatterns("own", folder=tmp_path / "file-not-folder")
    (tmp_path / "file-not-folder").write_text("x")
    assert all(_same(nowhere.compile(p, f), _kept(p, f)) for p, f in OWN_PATTERNS)
    nowhere.save()  # cannot write: no error


def test_the_kept_code_is_read_as_one_object_a_pattern(tmp_path):
    """The file keeps each pattern's code as the bytes of an array of code words (one object
    for marshal to read, where a list of ints was thousands), and builds the same pattern."""
    _saved_own_patterns(tmp_path)
    second = CompiledPatterns("own", folder=tmp_path)
    assert len(second.known) == len(OWN_PATTERNS)
    assert all(type(entry[1]) is bytes for entry in second.known.values())
    assert all(_same(second.compile(p, f), _kept(p, f)) for p, f in OWN_PATTERNS) and second.new == 0
    # a blob cut short (no whole number of code words) is no code: compiled the plain way
    p, f = OWN_PATTERNS[1]
    entry = second.known[(p, f)]
    second.known[(p, f)] = (entry[0], entry[1][:-1], *entry[2:])
    assert _same(second.compile(p, f), _kept(p, f)) and second.new == 1


def test_no_damaged_byte_is_ever_built(tmp_path):
    """Each entry is checked when its pattern is built (FORMAT 7, speed97), not the whole file
    when it is read: whichever byte of the file is damaged, every pattern is re.compile's, and
    the damaged entry is compiled anew (the file written again)."""
    path = _saved_own_patterns(tmp_path)
    sound = path.read_bytes()
    for at in range(0, len(sound), max(1, len(sound) // 150)):  # (~150 places spread over the file)
        for flip in (0x01, 0x80):
            data = bytearray(sound)
            data[at] ^= flip
            path.write_bytes(bytes(data))
            damaged = CompiledPatterns("own", folder=tmp_path)
            built = [damaged.compile(p, f) for p, f in OWN_PATTERNS]
            for (p, f), b in zip(OWN_PATTERNS, built):
                assert _same(b, _kept(p, f)), (at, flip)
                assert _same_matches(b, p, f)
    path.write_bytes(sound)
    again = CompiledPatterns("own", folder=tmp_path)
    assert all(_same(again.compile(p, f), _kept(p, f)) for p, f in OWN_PATTERNS) and again.new == 0


def test_a_broken_entry_is_compiled_the_plain_way(tmp_path):
    cache = CompiledPatterns("own", folder=tmp_path)
    p, f = OWN_PATTERNS[0]
    cache.known[(p, f)] = (f, [1, 2, 3], 0, {}, (None,))  # no code the engine accepts
    assert _same(cache.compile(p, f), _kept(p, f)) and cache.new == 1


_LEXICON_CHECK = """
import json, re
from geomove.read import lexicon
from geomove.regex_cache import KeptPattern, as_pattern
pats = [as_pattern(v) for v in vars(lexicon).values() if isinstance(v, (re.Pattern, KeptPattern))]
pats += [as_pattern(p) for _, p in lexicon._MODE_VERBS] + [as_pattern(lexicon._TRIGGER_SCAN.pattern)]
from geomove.regex_cache import compile_with_first_characters as with_first
# (re.compile's pattern, or the same with the first-character set every kept pattern gets, speed67/71)
same = all((p == re.compile(p.pattern, p.flags) or p == with_first(p.pattern, p.flags))
           and p.groupindex == re.compile(p.pattern, p.flags).groupindex for p in pats)
print(json.dumps([lexicon._PATTERNS.new, len(lexicon._PATTERNS.used), len(pats), same]))
"""


def test_the_lexicon_is_read_from_the_kept_code_on_the_second_run(tmp_path):
    # two hash seeds: a pattern built from a set in its iteration order would differ between them
    runs = [json.loads(subprocess.run([sys.executable, "-c", _LEXICON_CHECK], check=True, capture_output=True, text=True,
                                      env={**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONHASHSEED": seed}
                                      ).stdout) for seed in ("1", "2")]
    (first_new, first_used, n, first_same), (second_new, second_used, _, second_same) = runs
    assert n >= 80 and first_same and second_same
    assert first_new >= 80 and first_used == first_new  # compiled and kept
    assert second_new == 0 and second_used == first_used  # all built from the kept code
    assert len(list(tmp_path.rglob("regex-read-lexicon-*.marshal"))) == 1


_MODULE_CHECK = """
import importlib, json, re, sys
module = importlib.import_module(sys.argv[1])
from geomove.regex_cache import KeptPattern, as_pattern
pats = [as_pattern(v) for v in vars(module).values() if isinstance(v, (re.Pattern, KeptPattern))]
from geomove.regex_cache import compile_with_first_characters as with_first
# (re.compile's pattern, or the same with the first-character set every kept pattern gets, speed67/71)
same = all((p == re.compile(p.pattern, p.flags) or p == with_first(p.pattern, p.flags))
           and p.groupindex == re.compile(p.pattern, p.flags).groupindex for p in pats)
print(json.dumps([module._PATTERNS.new, len(module._PATTERNS.used), len(pats), same]))
"""


@pytest.mark.parametrize("module, least", [("geomove.read.clauses", 90), ("geomove.read.roles", 20), ("geomove.read.cuts", 15),
                                            ("geomove.read.forces", 15), ("geomove.read.counts", 8),
                                            ("geomove.read.no_force", 4)])
def test_the_read_wing_is_built_from_the_kept_code_on_the_second_run(tmp_path, module, least):
    runs = [json.loads(subprocess.run([sys.executable, "-c", _MODULE_CHECK, module], check=True, capture_output=True,
                                      text=True, env={**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONHASHSEED": seed}
                                      ).stdout) for seed in ("1", "2")]
    (first_new, first_used, n, first_same), (second_new, second_used, _, second_same) = runs
    assert n >= least and first_same and second_same  # the patterns are re.compile's
    assert first_new >= least and second_new == 0 and second_used == first_used


def test_every_module_that_keeps_patterns_saves_them():
    """A module that makes a CompiledPatterns and never saves it parses its patterns anew in every
    process (16 reading modules did: ~18 ms of every `extract`, seen by speed50)."""
    from pathlib import Path

    import geomove
    root = Path(geomove.__file__).parent
    unsaved = [str(p.relative_to(root)) for p in sorted(root.rglob("*.py"))
               if "CompiledPatterns(" in (text := p.read_text(encoding="utf-8")) and p.name != "regex_cache.py"
               and ".save()" not in text]
    assert unsaved == []


def test_the_lowerings_are_kept_per_interpreter_and_a_wrong_file_is_walked_anew(tmp_path):
    """_lower_preimages's answer (a walk of every code point, speed97) is read from a kept file
    when that file is sound: the same answer as the walk; a damaged or forged file is never used."""
    from geomove import regex_cache as rc
    walked = rc._walk_lowerings()
    path = tmp_path / "lowerings.marshal"
    assert rc._kept_lowerings(path) == walked and path.exists()
    sound = path.read_bytes()
    assert rc._kept_lowerings(path) == walked and path.read_bytes() == sound  # (read, not written again)
    for at in range(0, len(sound), max(1, len(sound) // 60)):
        data = bytearray(sound)
        data[at] ^= 0x04
        path.write_bytes(bytes(data))
        assert rc._kept_lowerings(path) == walked, at
    # a file whose checksum is right but whose answer is wrong (a character that lowers elsewhere)
    forged = {k: list(v) for k, v in walked.items()}
    forged[ord("a")] = [ord("a"), ord("A"), ord("B")]
    import marshal
    import zlib
    payload = marshal.dumps(forged)
    path.write_bytes(marshal.dumps((zlib.crc32(payload), payload)))
    assert rc._kept_lowerings(path) == walked
    path.write_bytes(b"")
    assert rc._kept_lowerings(path) == walked
