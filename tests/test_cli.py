"""The command line end to end, through geomove.cli.main (exit codes and one-line errors)."""

import json
from pathlib import Path

import pytest


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "convoy-report.txt"


def test_extract_prints_one_feature_collection(cli):
    code, out, err = cli("extract", EXAMPLE, "--published", "2026-11-14")
    assert code == 0, err
    fc = json.loads(out)
    assert fc["type"] == "FeatureCollection" and fc["features"]
    routes = [f for f in fc["features"] if f["geometry"]]
    assert routes and all(f["geometry"]["type"] == "LineString" for f in routes)
    assert all(f["properties"]["status"] == "reported" for f in fc["features"])


@pytest.mark.parametrize("args, needle", [
    (["extract", "missing-report.txt"], "missing-report.txt: no such file"),
    (["extract", "{empty}"], "is empty"),
    (["extract", "{binary}"], "binary file"),
    (["extract", str(EXAMPLE), "--published", "2026-02-30"], "--published"),
    (["import", "{badjson}"], "bad.geojson"),
])
def test_bad_input_exits_1_with_one_line(cli, tmp_path, args, needle):
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x00\x01\x02")
    (tmp_path / "bad.geojson").write_text("{not json")
    args = [a.format(empty=tmp_path / "empty.txt", binary=tmp_path / "binary.txt",
                     badjson=tmp_path / "bad.geojson") for a in args]
    code, out, err = cli(*args)
    assert code == 1
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("args", [["extract"], ["list", "--bbox", "1,2,3"], ["geocode", "X", "--near", "95,10"],
                                  ["export", "--format", "shp"], ["nonsense"]])
def test_usage_errors_exit_2_with_one_line(cli, args):
    code, out, err = cli(*args)
    assert code == 2 and err.count("\n") == 1


def test_swapped_coordinates_get_a_hint(cli):
    code, out, err = cli("geocode", "Qamishli", "--near", "95.0,37.0")
    assert code == 2 and "swapped" in err


def test_add_is_idempotent_and_list_export_render_work(cli, tmp_path):
    code, out, _ = cli("add", EXAMPLE, "--published", "2026-11-14")
    assert code == 0 and " added" in out
    code, again, _ = cli("add", EXAMPLE, "--published", "2026-11-14")
    assert code == 0 and "0 added" in again
    code, listed, _ = cli("list", "--json")
    listed = json.loads(listed)["features"]
    assert listed
    code, exported, _ = cli("export", "--format", "geojson")
    assert code == 0 and len(json.loads(exported)["features"]) == len(listed)
    out_map = tmp_path / "map.html"
    code, out, err = cli("render", "-o", out_map)
    assert code == 0, err
    html = out_map.read_text(encoding="utf-8")
    assert "leaflet" in html.lower() and "unpkg.com" not in html and "cdn.jsdelivr" not in html


def test_bad_report_in_a_batch_adds_nothing(cli, tmp_path):
    code, _, err = cli("add", EXAMPLE, tmp_path / "nope.txt")
    assert code == 1 and "nope.txt" in err
    code, listed, err = cli("list", "--json")  # the log was never even created
    assert code == 1 and "no movement log" in err and not (tmp_path / "log.sqlite").exists()


def test_jsonl_keeps_ids_and_order(cli, tmp_path):
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(json.dumps(r) for r in [
        {"id": "b", "text": "Troops moved from Kilis to Azaz on Friday.", "published": "2024-03-08"},
        {"id": "a", "text": "Nothing moved today."},
    ]))
    code, out, err = cli("extract", "--jsonl", batch)
    lines = [json.loads(l) for l in out.splitlines()]
    assert code == 0 and [l["id"] for l in lines] == ["b", "a"]
    assert len(lines[0]["features"]) == 1 and lines[1]["features"] == []
    code, out, _ = cli("places", "--jsonl", batch)
    first = json.loads(out.splitlines()[0])
    text = "Troops moved from Kilis to Azaz on Friday."
    assert all(text[p["start"]:p["end"]] == p["surface"] for p in first["places"])


def test_places_prints_every_mention_with_its_role_unless_asked_for_places_only(cli, tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Turkish troops left Kilis, the Harbour Gazette said. Turkey said nothing.")
    code, out, _ = cli("places", str(report))
    roles = {(p["surface"], p["role"]) for p in json.loads(out)["places"]}
    assert code == 0 and {("Turkish", "actor"), ("Kilis", "place"), ("Turkey", "actor")} <= roles
    code, out, _ = cli("places", str(report), "--places-only")
    assert [(p["surface"], p["role"]) for p in json.loads(out)["places"]] == [("Kilis", "place")]
    code, _, err = cli("places", str(report), "--places-only", "--all")
    assert code == 2 and "contradict" in err


def test_geocode_json_lists_scored_candidates(cli):
    code, out, _ = cli("geocode", "Rmeilan", "--json")
    found = json.loads(out)
    assert code == 0 and found and 0 <= found[0]["score"] <= 1 and found[0]["why"]
    assert abs(found[0]["lat"] - 37.0) < 0.3
    code, out, _ = cli("geocode", "Xqzzvw", "--json")
    # a fuzzy guess for a made-up name may be listed, but never with confidence
    assert code == 0 and all(c["score"] < 0.5 for c in json.loads(out))
