"""The movement model: ids that make ingest idempotent without merging different days."""

from geomove.model import make_movement


def _mv(**kw):
    base = dict(source="Wire", published="2024-05-16", quote="The column drove from A to B.",
                actor="column", origin={"name": "A", "lat": 35.0, "lon": 38.0},
                destination={"name": "B", "lat": 35.5, "lon": 38.5})
    return make_movement(**{**base, **kw})["properties"]


def test_same_report_same_id():
    assert _mv()["id"] == _mv()["id"]
    assert _mv(start="2024-05-13")["id"] == _mv(start="2024-05-13")["id"]


def test_same_route_and_sentence_on_two_days_are_two_ids():
    assert _mv(start="2024-05-13", end="2024-05-13")["id"] != _mv(start="2024-05-15", end="2024-05-15")["id"]


def test_route_actor_and_report_change_the_id():
    assert _mv()["id"] != _mv(actor="brigade")["id"]
    assert _mv()["id"] != _mv(source="Other wire")["id"]
    assert _mv()["id"] != _mv(destination={"name": "C", "lat": 36.0, "lon": 39.0})["id"]
