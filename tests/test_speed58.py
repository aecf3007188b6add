"""speed58: the reading wing's patterns are built from the kept code in a second process.

A pattern compiled after its module's CompiledPatterns was saved, or with re.compile, or built
from a set in its iteration order (which the hash seed changes), was parsed and compiled anew in
every ``extract`` process (~20 of them, ~10 ms of CPU each run)."""

import json
import os
import subprocess
import sys

_COUNT = """
import json, re, sys, re._compiler as rc
seen = []
plain = rc.compile
def counted(p, flags=0):
    # (the first caller outside re and the kept-code cache: a reading module's own line)
    f = sys._getframe(1)
    while f is not None and ("/re/" in f.f_code.co_filename
                             or f.f_code.co_filename.endswith(("regex_cache.py", "kept.py"))):
        f = f.f_back
    if f is not None and "/read/" in f.f_code.co_filename:
        seen.append(f.f_code.co_filename.rsplit("/", 1)[-1] + ": " + str(p)[:40])
    return plain(p, flags)
rc.compile = counted
import geomove.read.assemble  # noqa: F401  (every reading module)
import geomove.read.lazy
geomove.read.lazy.load_all()  # (and those loaded at their first call)
print(json.dumps(seen))
"""


def _compiled_at_import(cache, seed):
    out = subprocess.run([sys.executable, "-c", _COUNT], check=True, capture_output=True, text=True,
                         env={**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONHASHSEED": seed})
    return json.loads(out.stdout)


def test_a_second_process_compiles_no_reading_pattern(tmp_path):
    first = _compiled_at_import(tmp_path, "1")
    assert len(first) > 100  # (a fresh cache: the patterns are compiled, and kept)
    assert _compiled_at_import(tmp_path, "1") == []
    # (another hash seed: no pattern is built from a set in its iteration order)
    assert _compiled_at_import(tmp_path, "2") == []
