"""Golden examples: sentences written for these tests, one construction each, with the
movements a reader should find (tests/golden/movements.jsonl). Adding a construction is adding
a line; every change to the reader runs against all of them.

Each line: ``id``, ``construction`` (what it shows), ``text``, ``published``, ``expect`` (the
reported movements, in any order: each names the ``origin`` / ``destination`` as written or as
the gazetteer names it, null for none; optionally ``via``, ``count``, ``actor`` (a word of it, null for none),
``start``, ``what`` (the words the report names what moved by, whole, any case)), optionally ``all_statuses`` (movements of other statuses, read with --all) and
``xfail`` (why the reader does not get it yet: such a line must fail, or it is promoted).
"""

import json
from pathlib import Path

import pytest

from geomove.movements import extract
from geomove.names import name_key

GOLDEN = Path(__file__).parent / "golden" / "movements.jsonl"
EXAMPLES = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]


def _names(place: dict | None) -> set[str]:
    if not place:
        return set()
    return {name_key(x) for x in (place.get("name"), place.get("surface")) if x}


def _place_ok(pred: dict | None, want) -> bool:
    if want is None:
        return pred is None
    return name_key(want) in _names(pred)


def _fits(props: dict, want: dict) -> bool:
    for end in ("origin", "destination"):
        if end in want and not _place_ok(props.get(end), want[end]):
            return False
    if "via" in want:
        if len(want["via"]) != len(props.get("via") or []) or not all(
                _place_ok(p, w) for p, w in zip(props["via"], want["via"])):
            return False
    if "count" in want and props.get("count") != want["count"]:
        return False
    if "actor" in want and (props.get("actor") is not None if want["actor"] is None
                            else want["actor"].lower() not in (props.get("actor") or "").lower()):
        return False
    if "what" in want and (props.get("what") or "").lower() != want["what"].lower():
        return False
    for day in ("start", "end"):
        if day in want and props.get(day) != want[day]:
            return False
    if "status" in want and props.get("status") != want["status"]:
        return False
    return True


def _matches(features: list[dict], expected: list[dict]) -> bool:
    """Every expected movement fits a different feature, and nothing else was read."""
    if len(features) != len(expected):
        return False
    props = [f["properties"] for f in features]

    def assign(i: int, used: frozenset) -> bool:
        if i == len(expected):
            return True
        return any(k not in used and _fits(p, expected[i]) and assign(i + 1, used | {k})
                   for k, p in enumerate(props))
    return assign(0, frozenset())


def _show(features: list[dict]) -> str:
    name = lambda p: p and (p.get("surface") or p.get("name"))
    return "; ".join(f"{name(f['properties']['origin'])} -> {[name(v) for v in f['properties']['via']]} -> "
                     f"{name(f['properties']['destination'])} [{f['properties']['status']}, "
                     f"{f['properties']['actor']}, {f['properties']['count']}]" for f in features) or "nothing"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["id"] for e in EXAMPLES])
def test_golden(example, gazetteer, request):
    if example.get("xfail"):
        request.applymarker(pytest.mark.xfail(reason=example["xfail"], strict=True))
    features = extract(example["text"], published=example.get("published"), gazetteer=gazetteer)
    assert _matches(features, example["expect"]), \
        f"{example['construction']}: read {_show(features)}"
    if "all_statuses" in example:
        every = extract(example["text"], published=example.get("published"), gazetteer=gazetteer,
                        include_all=True)
        others = [f for f in every if f["properties"]["status"] != "reported"]
        assert _matches(others, example["all_statuses"]), \
            f"{example['construction']} (other statuses): read {_show(others)}"


def test_golden_file_is_well_formed():
    ids = [e["id"] for e in EXAMPLES]
    assert len(ids) == len(set(ids))
    for e in EXAMPLES:
        assert {"id", "construction", "text", "expect"} <= e.keys()
        assert all(isinstance(m, dict) for m in e["expect"])
