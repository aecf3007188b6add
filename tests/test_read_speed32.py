"""What an ``extract`` batch pays once a process, and the reader's speed-ups (speed32): the
publication date without _strptime, the bar without multiprocessing, the reader's patterns
from the kept code. Each speed-up gives the same answers as the plain way it replaces."""

import datetime as dt
import json
import itertools
import os
import re
import subprocess
import sys

import pytest

from geomove import dates
from geomove.errors import DateError
from geomove.io import progress as progress_module


def _run(code: str, *args: str, env: dict | None = None) -> str:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
                          env={**os.environ, **(env or {})}).stdout.strip()


# --- the publication date ----------------------------------------------------------------------

def _by_strptime(text: str):
    """parse_published as it was: each format tried with strptime."""
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return DateError


def _read(text: str):
    try:
        return dates.parse_published(text)
    except DateError:
        return DateError


_YEARS = ["0000", "0001", "1970", "2000", "2023", "2024", "9999", "999", "20245", "２０２４", "2O24"]
_PARTS = ["00", "01", "02", "09", "1", "10", "11", "12", "13", "28", "29", "30", "31", "32", "99",
          "٠٣", "1 ", " 1", "+1", "-1", "1_", "³"]


def test_a_date_read_without_strptime_is_the_date_strptime_reads():
    texts = [f"{y}-{m}-{d}" for y, m, d in itertools.product(_YEARS, _PARTS, _PARTS)]
    texts += [f"{y}-{m}" for y, m in itertools.product(_YEARS, _PARTS)]
    texts += [" 2024-03-05 ", "2024-03-05\n", "2024-03-05T10:11:12", "2024-03-05T10:11:12Z", "2024/03/05",
              "2024-3-5", "2024-03-5", "2024-3", "2024-03-", "2024--03", "2024-03-05-", "20240305", "2023-02-29",
              "2024-02-29", "1900-02-29", "2000-02-29", "2024-04-31", "x024-01-01", "2024-0x-01", "2024 03 05"]
    wrong = [(t, _read(t), _by_strptime(t)) for t in texts if _read(t) != _by_strptime(t)]
    assert not wrong
    # (the fast path answered most of them: the test compares it, not strptime with itself)
    assert sum(dates._iso_day(t.strip()) is not None for t in texts) > 300
    assert dates._iso_day("2024-02-30") is None and dates._iso_day("2024-13") is None
    assert dates._iso_day("2024-02-29") == dt.date(2024, 2, 29) and dates._iso_day("2024-11") == dt.date(2024, 11, 1)


def test_a_report_dated_yyyy_mm_dd_does_not_import_strptime():
    code = ("import sys; from geomove.dates import parse_published;"
            "print(parse_published('2024-03-05'), parse_published(' 2021-01 '), '_strptime' in sys.modules);"
            "parse_published('2024-03-05T10:11:12'); print('_strptime' in sys.modules)")
    first, second = _run(code).splitlines()
    assert first == "2024-03-05 2021-01-01 False" and second == "True"


# --- the progress bar ----------------------------------------------------------------------------

_BAR = """
import sys, time
from geomove.io import progress as p
p.NON_TTY_INTERVAL = 0.01
def slow():
    for i in range(6):
        time.sleep(0.02)
        yield i
assert list(p.progress(slow(), unit="reports", total=6, delay=0.03)) == list(range(6))
print("multiprocessing" in sys.modules, "multiprocessing.synchronize" in sys.modules)
"""


def test_the_bar_shows_without_importing_multiprocessing():
    proc = subprocess.run([sys.executable, "-c", _BAR], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["False", "False"]
    lines = proc.stderr.splitlines()
    # (the count and the elapsed<remaining field, not the seconds: a loaded machine takes longer)
    assert lines and lines[-1].startswith("geomove: 100%|") and re.search(r"6/6 \[\d\d:\d\d<00:00", lines[-1])
    assert " reports/s]" in lines[-1]


def test_the_bar_is_tqdms_with_tqdms_thread_lock():
    from tqdm import tqdm
    from tqdm.std import TqdmDefaultWriteLock

    if "_lock" in vars(tqdm):  # (another test drew a plain tqdm bar in this process)
        assert progress_module._thread_locked(tqdm) is tqdm
        return
    bar = progress_module._thread_locked(tqdm)
    assert issubclass(bar, tqdm) and bar is not tqdm and progress_module._thread_locked(tqdm) is bar
    assert bar.get_lock() is TqdmDefaultWriteLock.th_lock and "_lock" not in vars(tqdm)
    assert bar._instances is tqdm._instances  # (positions counted with every other bar)
    assert bar.__name__ == "tqdm" and all(getattr(bar, k) is getattr(tqdm, k) for k in
                                          ("format_meter", "__str__", "__iter__", "update", "display"))
    # the same text as tqdm's own bar, counts, time and rate fixed
    meter = dict(n=3, total=8, elapsed=1.5, ncols=100, prefix="geomove", unit=" reports")
    assert bar.format_meter(**meter) == tqdm.format_meter(**meter)


def test_a_bar_after_a_plain_tqdm_bar_is_tqdm():
    code = ("import io; from tqdm import tqdm; from geomove.io import progress as p;"
            "list(tqdm(range(2), file=io.StringIO())); print(p._thread_locked(tqdm) is tqdm)")
    assert _run(code) == "True"


# --- the reader's patterns from the kept code ------------------------------------------------------

_READ = """
import json, re, sys
from geomove.gazetteer import Gazetteer
from geomove.read import kept
from geomove.read.assemble import extract
texts = [
    "Some 400 soldiers and 600 police officers were flown from Kabul to Herat on Monday, the army said.",
    "The convoy, which had left Mosul two days earlier, later arrived in Erbil, where it was met by officials.",
    "Rebels of the Arakan Army advanced 20 km west of Sittwe and then moved on to Kyauktaw, respectively.",
    "Their troops were not deployed to Goma; the ministry denied reports that a battalion had moved there.",
    "Three warships sailed from Tartus towards Cyprus, officials said, and they headed on to Crete.",
]
gaz = Gazetteer.default()
out = [extract(t, gazetteer=gaz, published="2024-03-05", include_all=True) for t in texts]
from geomove.regex_cache import compile_with_first_characters as with_first
# (re.compile's pattern with the first-character set the reading wing's patterns are kept with, speed67)
same = all(p == with_first(*k) and p.groupindex == re.compile(*k).groupindex and p.groups == re.compile(*k).groups
           for k, p in kept._BUILT.items())
print(json.dumps([kept._KEPT.new, len(kept._BUILT), same, sorted(map(list, kept._BUILT)), out], sort_keys=True))
"""


def test_the_readers_patterns_are_built_from_the_kept_code_on_the_second_run(tmp_path):
    from geomove.gazetteer import default_index_path

    env = {"XDG_CACHE_HOME": str(tmp_path), "GEOMOVE_GAZETTEER": str(default_index_path())}
    if not default_index_path().exists():
        pytest.skip("no gazetteer index built")
    (new1, n1, same1, keys1, out1), (new2, n2, same2, keys2, out2) = (
        json.loads(_run(_READ, env={**env, "PYTHONHASHSEED": seed}).splitlines()[-1]) for seed in ("1", "2"))
    assert n1 >= 40 and new1 == n1 and same1  # every pattern anew the first time, re.compile's (with its first characters)
    # none anew the second time; a module's constant is a stand-in built at its first use from the kept
    # code (speed133) and not listed in _BUILT, so the second run lists those built inside rules
    assert new2 == 0 and 0 < n2 <= n1 and same2 and set(map(tuple, keys2)) <= set(map(tuple, keys1))
    assert out2 == out1 and any(out1)


def test_recompile_is_re_compile_once_a_process():
    import re

    from geomove.read.kept import recompile
    from geomove.regex_cache import compile_with_first_characters

    p = recompile(r"\b(?P<w>speed32|test)\s+$", re.I)
    assert p is recompile(r"\b(?P<w>speed32|test)\s+$", re.I) is recompile(r"\b(?P<w>speed32|test)\s+$", int(re.I))
    # re.compile's pattern, with the first-character set of the reading wing's patterns (speed67)
    assert p == compile_with_first_characters(r"\b(?P<w>speed32|test)\s+$", re.I) and p.groupindex == {"w": 1}
    assert p.search("a Speed32  ").group("w") == "Speed32" and recompile(r"\s+").sub(" ", "a  b\n c") == "a b c"


# --- the trigger scan's candidate words -----------------------------------------------------------

def test_the_trigger_starts_are_the_scans_own():
    from geomove.read import clauses
    from geomove.read.lexicon import _TRIGGER_SCAN
    from geomove.textutil import LONG_TEXT

    texts = ["", "Troops ADVANCED on Kherson and a convoy withdrew; 300 soldiers were airlifted to Mosul.",
             "The Kelvin sign \u212a and Ørsted: Søldiers deployed to Tromsø, then marched north-west.",
             "pulled back, pull-back, re-entered, headed\nhome; the 2nd Brigade's deployment (arrival) ended.",
             "word " * 50 + "moved", "ﬂew ﬂights flew"]
    for text in texts:
        found = clauses._trigger_starts(text)
        assert found == _TRIGGER_SCAN.starts(text)
        assert [m.span() for m in _TRIGGER_SCAN.finditer(text, found)] == [m.span() for m in _TRIGGER_SCAN.finditer(text)]
    assert any(clauses._trigger_starts(t) for t in texts)
    assert clauses._trigger_starts("x " * (LONG_TEXT // 2 + 1)) is None  # (a long text: the scan lists its words)
