"""geomove extract --why: the reading decisions, on stderr after the movements for one report, and
under a "why" key of each output line with --jsonl; without the flag the output is as before."""

import json

import pytest
from click.testing import CliRunner

from geomove.cli import cli

# our own report: one move told as done, one denied by the ministry
REPORT = ("Two Latvian mechanised companies moved from Riga to Adazi on Tuesday. "
          "The defence ministry denied that any soldiers had been sent to Daugavpils.")


def _invoke(*args):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture()
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return str(path)


@pytest.fixture()
def batch(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [{"id": "a", "text": REPORT, "published": "2026-11-14"},
             {"id": "b", "text": "Nothing here names a place at all.", "published": "2026-11-14"}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return str(path)


def test_why_goes_to_stderr_and_leaves_the_movements_unchanged(report):
    plain = _invoke("extract", report, "--published", "2026-11-14")
    explained = _invoke("-q", "extract", report, "--published", "2026-11-14", "--why")
    assert json.loads(explained.stdout) == json.loads(plain.stdout)
    assert "why" not in json.loads(plain.stdout)
    assert plain.stderr.strip() == ""  # (English, short: no notes) -- the why is only there when asked
    lines = explained.stderr.splitlines()
    # the denied move is dropped, and the why says so, naming the word of denial
    assert any("denied" in line and "'sent'" in line for line in lines), lines
    assert any("'moved'" in line and "reported" in line for line in lines), lines
    assert all(line.strip() for line in lines)  # one decision a line, none empty


def test_why_with_all_keeps_the_denied_move_and_its_reason(report):
    explained = _invoke("extract", report, "--published", "2026-11-14", "--why", "--all")
    statuses = [f["properties"]["status"] for f in json.loads(explained.stdout)["features"]]
    assert "denied" in statuses
    assert any("denied" in line for line in explained.stderr.splitlines())


@pytest.mark.parametrize("workers", ["1", "2"])
def test_jsonl_lines_carry_a_why_list_only_when_asked(batch, workers):
    plain = [json.loads(x) for x in _invoke("extract", "--jsonl", batch, "--workers", workers).stdout.splitlines()]
    explained = [json.loads(x) for x in
                 _invoke("extract", "--jsonl", batch, "--workers", workers, "--why").stdout.splitlines()]
    assert [x["id"] for x in explained] == ["a", "b"]
    assert all("why" not in x for x in plain)
    for p, e in zip(plain, explained):
        assert e["features"] == p["features"]
        assert isinstance(e["why"], list) and all(isinstance(w, str) for w in e["why"])
    assert any("denied" in w for w in explained[0]["why"])


def test_library_extract_takes_a_why_list():
    from geomove.movements import extract
    why = []
    features = extract(REPORT, published="2026-11-14", why=why)
    assert [f["properties"]["status"] for f in features] == ["reported"]
    assert any("denied" in str(w) for w in why)
