"""events.same_event(settle=True) (issue 12, session 19): when no caller asked why, a comparison
stops at the first veto. Its verdict is the full comparison's, and a 'same movement' holds every
feature (no veto fired, so every feature was asked); extract reads the same movements with and
without the lines of why."""

from pathlib import Path

import pytest

from geomove.read import assemble, events
from geomove.read.assemble import extract

HERE = Path(__file__).parent / "fixtures"
REPORTS = sorted(p for d in ("read48", "read49", "read50", "read51", "read52", "read53") for p in (HERE / d).glob("*.txt"))


def test_every_veto_keeps_the_sum_below_the_threshold():
    from geomove.read.weights import SAME_EVENT, SAME_EVENT_THRESHOLD
    assert events._VETOES  # ("status_differs", "different_days", ...)
    for name in events._VETOES:
        assert SAME_EVENT[name] + sum(w for w in SAME_EVENT.values() if w > 0) < SAME_EVENT_THRESHOLD


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_settled_comparison_is_the_full_one(path, gazetteer, monkeypatch):
    asked = []

    def both(a, b, book, settle=False):
        full = events.same_event(a, b, book)
        quick = events.same_event(a, b, book, settle=True)
        assert quick.same == full.same
        if full.same:
            assert quick.features == full.features
        asked.append(full.same)
        return quick if settle else full

    text = path.read_text(encoding="utf-8")
    plain = extract(text, published="2026-11-20", gazetteer=gazetteer)
    why: list = []
    assert extract(text, published="2026-11-20", gazetteer=gazetteer, why=why) == plain and why
    monkeypatch.setattr(assemble, "same_event", both)
    assert extract(text, published="2026-11-20", gazetteer=gazetteer) == plain
