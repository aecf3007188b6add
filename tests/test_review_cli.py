"""The review verbs on the command line: edit, accept, reject, delete, undo, history,
reextract; list shows status and review; read verbs refuse a log that is not there."""

import json
import re

import pytest

from geomove.log import MovementLog

REPORT = "On 3 March 2024 the 5th Brigade moved 30 tanks from Aleppo to Homs, local officials said.\n"


@pytest.fixture
def recorded(cli, tmp_path):
    report = tmp_path / "brigade.txt"
    report.write_text(REPORT, encoding="utf-8")
    code, out, err = cli("add", report, "--published", "2024-03-05", "--source", "Own desk")
    assert code == 0, err
    with MovementLog(tmp_path / "log.sqlite") as log:
        (feature,) = list(log.query())
    return report, feature["properties"]["id"]


def test_list_shows_status_and_review_and_filters_by_review(cli, recorded):
    _, mid = recorded
    code, out, _ = cli("list")
    assert code == 0 and "reported/proposed" in out and mid in out
    assert cli("list", "--review", "accepted")[1] == ""
    assert cli("accept", mid, "--by", "ana")[0] == 0
    code, out, _ = cli("list", "--review", "accepted")
    assert "reported/accepted" in out and mid in out


def test_edit_a_destination_by_name_then_history_and_undo(cli, recorded, tmp_path):
    report, mid = recorded
    code, out, err = cli("edit", mid, "--destination", "Hama", "--count", 31, "--by", "ana")
    assert code == 0, err
    assert "Ḩamāh" in out
    code, out, _ = cli("history", mid)
    assert "ana  edit" in out and "destination: Homs → Ḩamāh" in out and "count: 30 → 31" in out
    entries = json.loads(cli("history", mid, "--json")[1])
    assert entries[0]["changes"]["destination"]["to"]["name"] == "Ḩamāh"
    # The same report added again: unchanged, the correction stays.
    code, out, _ = cli("add", report, "--published", "2024-03-05", "--source", "Own desk")
    assert "0 added" in out
    fc = json.loads(cli("export", "--format", "geojson")[1])
    (props,) = [f["properties"] for f in fc["features"]]
    assert props["destination"]["name"] == "Ḩamāh" and props["history"][0]["by"] == "ana"
    assert cli("undo", mid)[0] == 0
    with MovementLog(tmp_path / "log.sqlite") as log:
        assert log.get(mid)["properties"]["destination"]["name"] == "Homs"


def test_edit_with_coordinates_clear_and_bad_values(cli, recorded):
    _, mid = recorded
    code, out, err = cli("edit", mid, "--origin", "36.1,37.2")
    assert code == 0, err
    code, _, err = cli("edit", mid, "--clear", "destination")
    assert code == 0, err
    fc = json.loads(cli("export", "--format", "geojson")[1])
    props = fc["features"][0]["properties"]
    assert props["origin"]["lat"] == 36.1 and props["destination"] is None
    code, _, err = cli("edit", mid, "--origin", "Xqzzyplace Nowhere")
    assert code == 1 and "no place called" in err and "Traceback" not in err
    code, _, err = cli("edit", mid, "--origin", "95,10")
    assert code == 1 and "latitude" in err
    code, _, err = cli("edit", mid)
    assert code == 2 and "nothing to change" in err
    code, _, err = cli("edit", "mv-0000", "--count", 3)
    assert code == 1 and "no such movement" in err


def test_reject_and_delete_keep_their_record(cli, recorded, tmp_path):
    report, mid = recorded
    assert cli("reject", mid)[0] == 0
    assert cli("list", "--review", "rejected")[1].count(mid) == 1
    code, out, _ = cli("delete", mid)
    assert code == 0 and "1 movement(s) deleted" in out
    assert cli("list", "--all")[1] == ""
    assert "delete" in cli("history", mid)[1]
    # Reading the report again does not bring the deleted movement back.
    code, out, _ = cli("reextract")
    assert code == 0 and "1 report(s) read again: 0 new proposal(s)" in out
    assert cli("list", "--all")[1] == ""
    assert cli("undo", mid)[0] == 0
    assert mid in cli("list", "--all")[1]
    with MovementLog(tmp_path / "log.sqlite") as log:
        assert log.check() == []


def test_reextract_keeps_a_correction(cli, recorded):
    _, mid = recorded
    assert cli("edit", mid, "--destination", "Hama")[0] == 0
    code, out, err = cli("reextract", "--since", "2020-01-01")
    assert code == 0, err
    assert "1 kept" in out
    code, out, _ = cli("list")
    assert "Ḩamāh" in out


def test_read_verbs_refuse_a_log_that_is_not_there(cli, tmp_path):
    missing = tmp_path / "typo.sqlite"
    for verb in (["list"], ["export", "--format", "geojson"], ["history", "mv-1"], ["accept", "mv-1"],
                 ["reextract"]):
        code, _, err = cli(*verb, "--log", missing)
        assert code == 1 and "no movement log here" in err and str(missing) in err, verb
    assert not missing.exists()


def test_actors_match_by_key_and_initials(tmp_path, cli):
    from geomove.model import make_movement, make_place

    with MovementLog(tmp_path / "log.sqlite") as log:
        a, b = make_place(name="A", lat=15.0, lon=32.0), make_place(name="B", lat=14.0, lon=33.0)
        log.add([make_movement(actor="RSF convoy", origin=a, destination=b, start="2024-01-01", url="u1"),
                 make_movement(actor="the U.S. forces", origin=b, destination=a, start="2024-01-02", url="u2")])
    assert "RSF convoy" in cli("list", "--actor", "Rapid Support Forces")[1]
    assert "U.S. forces" in cli("list", "--actor", "US Forces")[1]
    assert "RSF" not in cli("list", "--actor", "Rapid Forces")[1]
    with MovementLog(tmp_path / "log.sqlite") as log:
        log.add([make_movement(actor="Rapid Support Forces fighters", origin=a, destination=b, start="2024-01-03",
                               url="u3")])
    found = cli("list", "--actor", "RSF")[1]
    assert "RSF convoy" in found and "Rapid Support Forces fighters" in found
    assert "Rapid Support" not in cli("list", "--actor", "RSX")[1]


def test_serve_refuses_another_interface_without_a_token(cli):
    code, _, err = cli("serve", "--host", "0.0.0.0", "--no-browser")
    assert code == 2 and "--token" in err


def test_after_a_gazetteer_change_reextract_proposes_the_new_reading(cli, tmp_path):
    """The issue's first complaint: a place added to the gazetteer later, and the report read again."""
    report = tmp_path / "hill.txt"
    report.write_text("On 4 June 2024 the 3rd Battalion moved 12 trucks from Aleppo to Zorvakh Hill, "
                      "a local monitor said.\n", encoding="utf-8")
    assert cli("add", report, "--published", "2024-06-05")[0] == 0
    code, before, _ = cli("list", "--all")
    assert "Zorvakh" not in before
    (old_id,) = re.findall(r"\[(mv-[0-9a-f]+)\]", before)
    places = tmp_path / "places.csv"
    places.write_text("name,lat,lon,country,kind\nZorvakh Hill,36.31,37.52,SY,village\n", encoding="utf-8")
    assert cli("gazetteer", "add", places)[0] == 0
    assert "1 unchanged" in cli("add", report, "--published", "2024-06-05")[1]  # the text was seen
    code, out, err = cli("reextract")
    assert code == 0, err
    assert "1 new proposal(s)" in out and "no longer makes" in out and old_id in out
    code, after, _ = cli("list", "--all")
    assert "Aleppo → Zorvakh Hill" in after and old_id in after  # the old reading waits for the analyst
    # Read once more: nothing new, and the new proposal is not duplicated.
    code, out, _ = cli("reextract")
    assert "0 new proposal(s)" in out


def test_render_and_export_can_be_limited_to_accepted(cli, recorded, tmp_path):
    _, mid = recorded
    fc = json.loads(cli("export", "--format", "geojson", "--review", "accepted")[1])
    assert fc["features"] == []
    code, out, err = cli("render", "--review", "accepted", "-o", tmp_path / "accepted.html")
    assert code == 1 and "no movements to map" in err  # nothing accepted yet: no empty map written
    assert not (tmp_path / "accepted.html").exists()
    cli("accept", mid)
    fc = json.loads(cli("export", "--format", "geojson", "--review", "accepted")[1])
    assert [f["properties"]["id"] for f in fc["features"]] == [mid]
    code, out, err = cli("render", "--review", "accepted", "-o", tmp_path / "accepted.html")
    assert code == 0 and "1 movement(s)" in out, err
    assert mid in (tmp_path / "accepted.html").read_text(encoding="utf-8")
