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


# --- lend_told_before asks a placeless clause's status before reading it whole -----------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from geomove.read import assemble, clauses  # noqa: E402


def _read(text, gazetteer):
    why: list = []
    found = assemble.extract(text, gazetteer=gazetteer, published="2026-11-20", why=why, include_all=True)
    return found, why


def _lend_readings(monkeypatch):
    """The clauses lend_told_before reads whole."""
    asked: list = []
    real = clauses._Reader.fragment

    def fragment(self, index, *, whole=False, referring=False):
        if whole and sys._getframe(1).f_code.co_name == "lend_told_before":
            asked.append(index)
        return real(self, index, whole=whole, referring=referring)

    monkeypatch.setattr(clauses._Reader, "fragment", fragment)
    return asked


def _status_unknown(monkeypatch):
    monkeypatch.setattr(clauses._Reader, "unread_status", lambda self, index: None)


# a plan told with no place, then a movement told done that refers back to it: another status
PLANNED_FIRST = "The government will send 400 soldiers next month. The troops were airlifted from Lima to Cusco."
# ... and its twin, both told done: the count is lent
TOLD_FIRST = "The government sent 400 soldiers on Wednesday. The troops were airlifted from Lima to Cusco."


def test_a_clause_of_another_status_is_passed_over_unread(gazetteer, monkeypatch):
    asked = _lend_readings(monkeypatch)
    found, why = _read(PLANNED_FIRST, gazetteer)
    assert asked == [] and not any("lends" in w for w in why)
    _status_unknown(monkeypatch)  # (asked without the status: read whole, and dropped for it)
    assert _read(PLANNED_FIRST, gazetteer) == (found, why)
    assert asked == [0]


def test_a_clause_of_the_same_status_is_still_read_and_lends(gazetteer, monkeypatch):
    asked = _lend_readings(monkeypatch)
    found, why = _read(TOLD_FIRST, gazetteer)
    assert asked == [0] and any(w.startswith("sentence 0") and "lends" in w for w in why), why
    assert [f["properties"]["count"] for f in found] == [400]


def _statuses_checked(seen):
    """A pass right after read_fragments: each placeless clause's unread_status against its whole reading."""
    def check(a):
        for i in a.endless:
            status = a.reader.unread_status(i)
            told = a.reader.fragment(i, whole=True)
            if status is not None:
                assert told is not None and told.status == status, (i, status, told and told.status)
                seen.append(i)
    return check


_FIRST = ["The ministry will send 300 police officers next week.", "The ministry sent 300 police officers on Monday.",
          "The army is expected to deploy two battalions.", "The army denied that it had moved two battalions.",
          "In 2019 the navy sent three frigates, and the army deployed a brigade.",
          "The council may order 200 more soldiers in.", "Officials said 500 troops were mobilised."]
_THEN = ["The troops were flown from Lima to Cusco.", "They later drove from Gao to Kidal on Friday.",
         "The soldiers will move from Bouake to Korhogo.", "Some of them left Kano for Jos."]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.sampled_from(_FIRST), then=st.sampled_from(_THEN), more=st.sampled_from([""] + _FIRST))
def test_made_up_reports_answer_alike_without_the_status_asked_first(gazetteer, first, then, more):
    text = " ".join(x for x in (first, then, more) if x)
    early = _read(text, gazetteer)
    seen: list = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(assemble, "PASSES", assemble.PASSES[:1] + (_statuses_checked(seen),) + assemble.PASSES[1:])
        assemble.extract(text, gazetteer=gazetteer, published="2026-11-20", include_all=True)
    with pytest.MonkeyPatch.context() as mp:
        _status_unknown(mp)
        assert _read(text, gazetteer) == early


@pytest.mark.parametrize("text", [PLANNED_FIRST, TOLD_FIRST])
def test_the_status_asked_first_is_the_whole_readings(gazetteer, monkeypatch, text):
    seen: list = []
    monkeypatch.setattr(assemble, "PASSES", assemble.PASSES[:1] + (_statuses_checked(seen),) + assemble.PASSES[1:])
    assemble.extract(text, gazetteer=gazetteer, published="2026-11-20", include_all=True)
    assert seen == [0]
