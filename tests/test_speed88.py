"""speed88: kept patterns are built at their first use (speed79/82/86), except in a parent about to
fork workers: there every stand-in is built before the fork (parallel.before_fork), so the workers
share the built patterns as they did when every pattern was built at import, and none builds them
again. A process that reads alone (one worker) still builds only what it uses."""

import json
import re
import subprocess
import sys

from geomove.regex_cache import CompiledPatterns, KeptPattern, build_stand_ins, unbuilt_stand_ins

OWN = [(r"\b(?:lorries|tankers)\s+crossed\b", re.I), (r"\bferried\s+across\b", 0)]


def _unbuilt(stand_in) -> bool:
    return any(s is stand_in for s in unbuilt_stand_ins())  # (by identity: == would build it)


def test_build_stand_ins_builds_each_unbuilt_one_once(tmp_path):
    first = CompiledPatterns("own88", folder=tmp_path)
    for p, f in OWN:
        first.compile(p, f)
    first.save()
    kept = CompiledPatterns("own88", folder=tmp_path)
    a, b = (kept.compile(p, f) for p, f in OWN)
    assert type(a) is KeptPattern and type(b) is KeptPattern
    assert _unbuilt(a) and _unbuilt(b)
    a.built()
    assert not _unbuilt(a) and _unbuilt(b)
    assert build_stand_ins() >= 1  # (b, and whatever else this test process left unbuilt)
    assert not unbuilt_stand_ins()
    assert a.search("Tankers crossed the bridge").group() == "Tankers crossed"
    assert b.search("they were ferried across at dawn").group() == "ferried across"
    assert build_stand_ins() == 0  # nothing left to build


_CHILD = r"""
import json, sys
from geomove import parallel, regex_cache
if sys.argv[1] == "fork":
    parallel.before_fork(sys.argv[2])
else:
    list(parallel.map_reports([{"text": "Troops were flown from Kisumu to Garissa on Monday."}], sys.argv[2], workers=1))
print(json.dumps([len(regex_cache._STAND_INS), len(regex_cache.unbuilt_stand_ins())]))
"""


def _child(mode: str, task: str) -> tuple[int, int]:
    run = lambda: subprocess.run([sys.executable, "-c", _CHILD, mode, task], capture_output=True,  # noqa: E731
                                 text=True, check=True).stdout
    run()  # (the first run may write the kept code: its patterns are then re.compile's)
    made, unbuilt = json.loads(run().strip().splitlines()[-1])
    return made, unbuilt


def test_a_parent_about_to_fork_leaves_no_stand_in_unbuilt(gazetteer):
    for task in ("places", "extract"):
        made, unbuilt = _child("fork", task)
        assert made > 100  # the imported modules' patterns were stand-ins
        assert unbuilt == 0


def test_a_process_reading_alone_builds_only_what_it_uses(gazetteer):
    made, unbuilt = _child("alone", "extract")
    assert made > 500
    assert unbuilt > made // 2  # a one-sentence report needs few of them
