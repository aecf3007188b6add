"""GEOMOVE_PROGRESS_SECONDS: the time between progress lines when stderr is no terminal."""
import io
import time

import pytest

from geomove.errors import UsageError
from geomove.io import progress as progress_module
from geomove.io.progress import bar_options, progress


def test_unset_or_blank_gives_the_default(monkeypatch):
    monkeypatch.delenv("GEOMOVE_PROGRESS_SECONDS", raising=False)
    assert bar_options(io.StringIO())["mininterval"] == progress_module.NON_TTY_INTERVAL
    monkeypatch.setenv("GEOMOVE_PROGRESS_SECONDS", "  ")
    assert bar_options(io.StringIO())["mininterval"] == progress_module.NON_TTY_INTERVAL


@pytest.mark.parametrize("told, seconds", [("60", 60.0), ("0.5", 0.5), ("1e6", 1e6)])
def test_a_positive_number_is_the_interval(monkeypatch, told, seconds):
    monkeypatch.setenv("GEOMOVE_PROGRESS_SECONDS", told)
    assert bar_options(io.StringIO())["mininterval"] == seconds


@pytest.mark.parametrize("told", ["0", "-3", "soon", "inf", "nan"])
def test_anything_else_is_a_usage_error_naming_the_variable(monkeypatch, told):
    monkeypatch.setenv("GEOMOVE_PROGRESS_SECONDS", told)
    with pytest.raises(UsageError, match="GEOMOVE_PROGRESS_SECONDS"):
        bar_options(io.StringIO())


def _slow(n):
    for i in range(n):
        time.sleep(0.03)
        yield i


def _lines_of_a_slow_batch(capsys):
    assert list(progress(_slow(8), unit="reports", total=8, delay=0)) == list(range(8))
    return capsys.readouterr().err.splitlines()


def test_a_long_interval_leaves_the_first_and_last_lines_only(capsys, monkeypatch):
    monkeypatch.setenv("GEOMOVE_PROGRESS_SECONDS", "0.01")
    often = _lines_of_a_slow_batch(capsys)
    monkeypatch.setenv("GEOMOVE_PROGRESS_SECONDS", "1000")
    seldom = _lines_of_a_slow_batch(capsys)
    assert len(often) > 3
    assert 1 <= len(seldom) <= 2 and "8/8" in seldom[-1]
