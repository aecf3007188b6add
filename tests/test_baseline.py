"""Every dev document gives the answers recorded in tests/fixtures/baseline.json.

Speed work must not change answers silently. The file holds sha256 fingerprints only; when
answers change on purpose, re-record it with ``python benchmarks/baseline.py`` and commit it
with the change. Skips when ../shared/eval (or GEOMOVE_EVAL) is absent.
"""

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))
import baseline  # noqa: E402
import devcorpora  # noqa: E402


def test_fingerprints_are_canonical():
    assert baseline.digest({"b": 1, "a": [1.5, "é"]}) == baseline.digest({"a": [1.5, "é"], "b": 1})
    assert baseline.digest({"a": 1}) != baseline.digest({"a": 2})
    assert baseline.compare({"x/1": {"places": "p", "extract": "e"}},
                            {"x/1": {"places": "p", "extract": "f"}}) == ["x/1 extract: changed"]


def test_dev_documents_match_the_recorded_baseline(gazetteer):
    if not devcorpora.available():
        pytest.skip("dev corpora not present (../shared/eval or GEOMOVE_EVAL)")
    recorded = json.loads(baseline.BASELINE.read_text(encoding="utf-8"))["documents"]
    now = baseline.fingerprints(devcorpora.load())
    diffs = baseline.compare(recorded, now)
    assert not diffs, (f"{len(diffs)} fingerprints differ from {baseline.BASELINE.name} "
                       f"(if on purpose: python benchmarks/baseline.py): " + "; ".join(diffs[:20]))
