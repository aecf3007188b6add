"""speed166: rule modules of the reading wing asked only behind a gate are imported at their
first call (geomove/read/lazy.py): an ``extract`` whose report never opens the gate loads none of
them, and one that opens it loads the module and reads as with every module imported beforehand."""

import json
import subprocess
import sys

import pytest

from geomove.read import lazy

# some of the modules loaded at their first call, each behind another caller's gate
GATED = ("geomove.read.decimal_count", "geomove.read.stopped_instead", "geomove.read.stay_since",
         "geomove.read.town_airport", "geomove.read.border_strip", "geomove.read.perfect_weeks",
         "geomove.read.receiver_said", "geomove.read.began_arriving")

# an extract in a fresh process: its features and which modules of lazy.MODULES it loaded;
# with "all" as argv[2], every one of them is imported before the report is read
_EXTRACT = """
import contextlib, io, json, sys
from geomove.cli import main
from geomove.read import lazy
if sys.argv[2] == "all":
    lazy.load_all()
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        main(["extract", sys.argv[1]])
    except SystemExit:
        pass
print(json.dumps([json.loads(out.getvalue())["features"], sorted(m for m in lazy.MODULES if m in sys.modules),
                  sorted(lazy.MODULES)]))
"""


def _extract(tmp_path, text, how="as_asked"):
    report = tmp_path / "report.txt"
    report.write_text(text + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _EXTRACT, str(report), how], capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_a_report_that_opens_no_gate_loads_no_gated_module(tmp_path):
    features, loaded, named = _extract(tmp_path, "Three companies of engineers drove from Kidal to Gao on Tuesday, "
                                                 "the ministry said.")
    assert [f["properties"]["destination"]["name"] for f in features] == ["Gao"]
    assert set(GATED) <= set(named)
    assert loaded == []


@pytest.mark.parametrize("text,module,check", [
    # "1.5 thousand": the decimal's whole part before the point (read.decimal_count)
    ("Some 2.5 thousand reservists moved from Kidal to Gao on Friday.", "geomove.read.decimal_count",
     lambda p: p["count"] == 2500),
    # stopped at one place instead of the one it aimed for (read.stopped_instead)
    ("The convoy stopped at Mopti instead of going on to Gao.", "geomove.read.stopped_instead",
     lambda p: p["destination"] is not None),
])
def test_a_report_that_opens_the_gate_loads_its_module_and_reads_alike(tmp_path, text, module, check):
    features, loaded, _ = _extract(tmp_path, text)
    assert module in loaded
    assert [m for m in loaded if m != module] == []  # (only the one its gate let through)
    assert features and all(check(f["properties"]) for f in features)
    eager, _, _ = _extract(tmp_path, text, "all")
    assert features == eager


def test_the_first_call_binds_the_real_function_in_the_callers_name():
    from geomove.read import decimal_count
    space = {}
    space["decimal_value"] = stand_in = lazy.function(".decimal_count", "decimal_value", space)
    assert stand_in is not decimal_count.decimal_value
    text = "about 1.5 thousand"
    assert stand_in(text, text.index("5"), "5", 1000) == 1500
    assert space["decimal_value"] is decimal_count.decimal_value
    # a name the caller bound to something else since is left as it is
    other = {}
    other["decimal_value"] = later = lazy.function(".decimal_count", "decimal_value", other)
    other["decimal_value"] = len
    assert later("about 2.5 thousand", len("about 2."), "5", 1000) == 2500 and other["decimal_value"] is len


def test_load_all_imports_every_module_named():
    import geomove.read.assemble  # noqa: F401  (every caller: each names its modules as it is imported)
    assert set(GATED) <= set(lazy.load_all())
    assert all(m in sys.modules for m in lazy.MODULES)
