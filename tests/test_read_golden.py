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

from movement_match import matches, show

GOLDEN = Path(__file__).parent / "golden" / "movements.jsonl"
EXAMPLES = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["id"] for e in EXAMPLES])
def test_golden(example, gazetteer, request):
    if example.get("xfail"):
        request.applymarker(pytest.mark.xfail(reason=example["xfail"], strict=True))
    features = extract(example["text"], published=example.get("published"), gazetteer=gazetteer)
    assert matches(features, example["expect"]), \
        f"{example['construction']}: read {show(features)}"
    if "all_statuses" in example:
        every = extract(example["text"], published=example.get("published"), gazetteer=gazetteer,
                        include_all=True)
        others = [f for f in every if f["properties"]["status"] != "reported"]
        assert matches(others, example["all_statuses"]), \
            f"{example['construction']} (other statuses): read {show(others)}"


def test_golden_file_is_well_formed():
    ids = [e["id"] for e in EXAMPLES]
    assert len(ids) == len(set(ids))
    for e in EXAMPLES:
        assert {"id", "construction", "text", "expect"} <= e.keys()
        assert all(isinstance(m, dict) for m in e["expect"])
