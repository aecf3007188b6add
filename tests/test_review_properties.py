"""Property: any sequence of edits, decisions, deletions and undos keeps the log consistent,
and each undo gives back exactly what the change it takes back had replaced."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.log import review
from geomove.errors import InputError
from geomove.log import MovementLog
from geomove.model import make_movement, make_place

PLACES = [make_place(name=f"Place {n}", lat=30.0 + n, lon=40.0 + n, gazetteer_id=f"t:{n}") for n in range(4)]
TRACKED = ("actor", "count", "destination", "review")

operation = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 1), st.sampled_from(["count", "actor", "destination"]),
              st.integers(0, 3)),
    st.tuples(st.just("decide"), st.integers(0, 1), st.sampled_from(review.REVIEWS)),
    st.tuples(st.just("delete"), st.integers(0, 1)),
    st.tuples(st.just("undo"), st.integers(0, 1)),
)


def state(log: MovementLog, mid: str):
    feature = log.get(mid)
    if feature is None:
        return None
    props = feature["properties"]
    return json.dumps({k: props.get(k) for k in TRACKED}, sort_keys=True)


def consistent(log: MovementLog) -> None:
    assert log.check() == []
    for (text,) in log.db.execute("SELECT feature FROM movements"):
        props = json.loads(text)["properties"]
        rows = log.db.execute("SELECT count(*) FROM history WHERE movement = ?", (props["id"],)).fetchone()[0]
        assert rows == len(props.get("history") or [])
    assert log.db.execute("SELECT count(*) FROM deleted_ids d JOIN movement_ids m ON m.id = d.id").fetchone()[0] == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, max_size=12))
def test_any_sequence_of_review_operations_is_consistent_and_undoable(ops):
    with MovementLog() as log:
        features = [make_movement(actor=f"Unit {n}", origin=PLACES[0], destination=PLACES[1], count=10 + n,
                                  start=f"2024-01-0{n + 1}", url=f"https://x.example/{n}") for n in range(2)]
        log.add(features, merge=False)
        ids = [f["properties"]["id"] for f in features]
        done: dict[str, list] = {mid: [] for mid in ids}  # states replaced by each change, newest last
        for op in ops:
            mid = ids[op[1]]
            before = state(log, mid)
            if op[0] == "undo":
                if not done[mid]:
                    try:
                        review.undo(log, mid, by="prop")
                    except InputError:
                        continue
                    raise AssertionError("undo with nothing to undo succeeded")
                review.undo(log, mid, by="prop")
                assert state(log, mid) == done[mid].pop()
            elif before is None:  # deleted: only undo brings it back
                continue
            else:
                if op[0] == "edit":
                    field, n = op[2], op[3]
                    value = {"count": n * 7, "actor": f"Unit {n}", "destination": PLACES[n] if n else None}[field]
                    review.edit(log, mid, {field: value}, by="prop")
                elif op[0] == "decide":
                    review.decide(log, [mid], op[2], by="prop")
                else:
                    review.delete(log, [mid], by="prop")
                if state(log, mid) != before:
                    done[mid].append(before)
            consistent(log)
