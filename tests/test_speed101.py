"""speed101: the kept patterns of a wing's modules in one file a process reads once (the reading
wing's and the others'), written again under a lock of the cache folder with the file's other
sections merged in, and without the entries of an earlier version of a module's patterns."""

import json
import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from geomove import regex_cache
from geomove.regex_cache import CompiledPatterns, compile_with_first_characters, read_kept_files_again

PATTERNS = [
    (r"\b(?P<verb>crossed|shelled|pulled\s+out)\b(?=\s+(?:from|near)\b)", re.I),
    (r"(?P<num>[0-9]{1,3}(?:,[0-9]{3})*)\s+(?P<unit>vehicles|boats)", 0),
    (r"\bconvoy(?:s)?\b|[^\W\d_]+", re.I | re.S),
]


def _same(built, p: str, f: int) -> bool:
    kept = compile_with_first_characters(p, f)
    return built == kept and built.groups == kept.groups and dict(built.groupindex) == dict(kept.groupindex)


def _kept_files(folder: Path) -> list:
    return sorted(p.name for p in folder.rglob("regex-*.marshal") if "lowerings" not in p.name)


def _module(folder: Path, name: str, cache_name: str, patterns: list, later: list = ()) -> None:
    """A module whose top-level code compiles ``patterns`` and saves them (as geomove's modules
    do), and whose ``later()`` compiles ``later`` at first use and saves them at once."""
    (folder / f"{name}.py").write_text(textwrap.dedent(f"""
        from geomove.regex_cache import CompiledPatterns
        _PATTERNS = CompiledPatterns({cache_name!r})
        MADE = [_PATTERNS.compile(p, f) for p, f in {[(p, int(f)) for p, f in patterns]!r}]
        def later():
            made = [_PATTERNS.compile(p, f) for p, f in {[(p, int(f)) for p, f in later]!r}]
            _PATTERNS.save()
            return made
        _PATTERNS.save()
    """))


_RUN = """
import importlib, json, sys
module = importlib.import_module(sys.argv[1])
if len(sys.argv) > 2:
    module.later()
print(json.dumps(module._PATTERNS.new))
"""


def _run(folder: Path, cache: Path, module: str, *later: str) -> int:
    out = subprocess.run([sys.executable, "-c", _RUN, module, *later], check=True, capture_output=True, text=True,
                         cwd=folder, env={**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": os.pathsep.join(
                             [str(folder), os.environ.get("PYTHONPATH", "")])})
    return json.loads(out.stdout)


def _section(path: Path, name: str) -> tuple:
    return regex_cache._unpacked(regex_cache._read_sections(path)[name])


def test_a_wing_s_modules_share_one_file_read_once_a_process(tmp_path):
    one = CompiledPatterns("read-one101", folder=tmp_path)
    other = CompiledPatterns("read-other101", folder=tmp_path)
    places = CompiledPatterns("places101", folder=tmp_path)
    for cache, (p, f) in zip((one, other, places), PATTERNS):
        cache.compile(p, f)
        cache.save()  # (from a function: written at once)
    assert len(_kept_files(tmp_path)) == 2  # the reading wing's file and the others'
    assert any(name.startswith("regex-kept-read-") for name in _kept_files(tmp_path))
    read_kept_files_again()
    again = [CompiledPatterns(name, folder=tmp_path) for name in ("read-one101", "read-other101", "places101")]
    for cache, (p, f) in zip(again, PATTERNS):
        assert _same(cache.compile(p, f), p, f) and cache.new == 0
    # (the second and third read no file: the process's first read of the wing is kept)
    assert again[0].file is again[1].file and again[0].file is not again[2].file


def test_a_damaged_or_cut_file_compiles_every_pattern_anew_never_wrongly(tmp_path):
    names = ("read-one101", "read-other101")
    for name in names:
        cache = CompiledPatterns(name, folder=tmp_path)
        for p, f in PATTERNS:
            cache.compile(p, f)
        cache.save()
    (path,) = [p for p in tmp_path.iterdir() if p.name.startswith("regex-kept-read-")]
    sound = path.read_bytes()
    damaged_seen = 0
    for at in range(0, len(sound), max(1, len(sound) // 120)):
        for data in (sound[:at], bytes(b ^ (0x10 if i == at else 0) for i, b in enumerate(sound))):
            path.write_bytes(data)
            read_kept_files_again()
            for name in names:
                cache = CompiledPatterns(name, folder=tmp_path)
                for p, f in PATTERNS:
                    assert _same(cache.compile(p, f), p, f), (at, name)
                damaged_seen += cache.new > 0
    assert damaged_seen > 100  # (the cut files and most flips were seen as such)
    path.write_bytes(sound)
    read_kept_files_again()
    assert all(CompiledPatterns(name, folder=tmp_path).known for name in names)


def test_a_module_s_import_saves_at_exit_and_the_next_process_compiles_nothing(tmp_path):
    cache = tmp_path / "cache"
    _module(tmp_path, "mod101", "read-mod101", PATTERNS)
    assert _run(tmp_path, cache, "mod101") == len(PATTERNS)
    assert _run(tmp_path, cache, "mod101") == 0
    assert len(_kept_files(cache)) == 1


def test_an_earlier_version_s_entries_are_dropped_and_first_use_ones_kept(tmp_path):
    cache = tmp_path / "cache"
    first_use = [(r"\bfirst\s+use\b", re.I)]
    _module(tmp_path, "mod101", "read-mod101", PATTERNS[:2], later=first_use)
    assert _run(tmp_path, cache, "mod101", "later") == 3
    (path,) = (cache / "geomove").glob("regex-kept-read-*.marshal")
    imports, entries = _section(path, "read-mod101")
    assert set(imports) == set(PATTERNS[:2]) and set(entries) == set(PATTERNS[:2] + first_use)
    # the module's second pattern edited: its earlier version's entry goes, the first-use one stays
    _module(tmp_path, "mod101", "read-mod101", [PATTERNS[0], PATTERNS[2]], later=first_use)
    assert _run(tmp_path, cache, "mod101") == 1
    imports, entries = _section(path, "read-mod101")
    assert set(imports) == {PATTERNS[0], PATTERNS[2]}
    assert set(entries) == {PATTERNS[0], PATTERNS[2], first_use[0]}
    assert _run(tmp_path, cache, "mod101", "later") == 0


def test_a_save_from_a_function_drops_nothing(tmp_path):
    cache = CompiledPatterns("places101", folder=tmp_path)
    cache.compile(*PATTERNS[0])
    cache.save()
    read_kept_files_again()
    cache = CompiledPatterns("places101", folder=tmp_path)
    cache.compile(*PATTERNS[1])
    cache.save()
    read_kept_files_again()
    assert set(CompiledPatterns("places101", folder=tmp_path).known) == {PATTERNS[0], PATTERNS[1]}


_WRITER = """
import json, os, re, sys, time
from geomove.regex_cache import CompiledPatterns
folder, me, start = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
def write():  # (each save from a function: written at once, a read and a write of the file)
    for i in range(12):
        for name in ("read-shared101", f"read-own101-{me}"):
            cache = CompiledPatterns(name, folder=folder)
            cache.compile(rf"\\bwriter{me}x{i}\\b", re.I)
            cache.save()
while time.time() < start:
    pass
write()
"""


def test_writers_at_once_lose_no_entry(tmp_path):
    start = time.time() + 2.0
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), str(me), str(start)])
               for me in range(6)]
    assert all(w.wait(timeout=300) == 0 for w in writers)
    read_kept_files_again()
    shared = CompiledPatterns("read-shared101", folder=tmp_path).known
    assert set(shared) == {(rf"\bwriter{me}x{i}\b", re.I) for me in range(6) for i in range(12)}
    for me in range(6):
        own = CompiledPatterns(f"read-own101-{me}", folder=tmp_path).known
        assert set(own) == {(rf"\bwriter{me}x{i}\b", re.I) for i in range(12)}
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


_FORKED = """
import os, re, sys
from geomove import regex_cache
from geomove.regex_cache import CompiledPatterns
folder = sys.argv[1]
parent = CompiledPatterns("read-parent101", folder=folder)
parent.compile(r"\\bparent\\b")
exec("parent.save()", {"parent": parent})  # (a top-level save: written at exit)
assert regex_cache._written_at_exit()
pid = os.fork()
if pid == 0:
    child = CompiledPatterns("read-child101", folder=folder)
    child.compile(r"\\bchild\\b")
    exec("child.save()", {"child": child})  # (a worker's exit runs no atexit: written at once)
    os._exit(0)
os.waitpid(pid, 0)
print(sorted(p for p in os.listdir(folder)))
"""


def test_a_forked_worker_writes_at_once_and_the_parent_at_exit(tmp_path):
    subprocess.run([sys.executable, "-c", _FORKED, str(tmp_path)], check=True)
    read_kept_files_again()
    assert set(CompiledPatterns("read-child101", folder=tmp_path).known) == {(r"\bchild\b", 0)}
    assert set(CompiledPatterns("read-parent101", folder=tmp_path).known) == {(r"\bparent\b", 0)}


def test_a_top_level_save_is_seen_in_the_process_before_it_is_written(tmp_path):
    first = CompiledPatterns("read-own101", folder=tmp_path)
    first.compile(*PATTERNS[0])
    exec("first.save()", {"first": first})  # (as a module's last line: written at the process's exit)
    assert _kept_files(tmp_path) == []
    second = CompiledPatterns("read-own101", folder=tmp_path)
    assert _same(second.compile(*PATTERNS[0]), *PATTERNS[0]) and second.new == 0
    read_kept_files_again()  # (what the exit does)
    assert len(_kept_files(tmp_path)) == 1
    assert set(CompiledPatterns("read-own101", folder=tmp_path).known) == {PATTERNS[0]}
