"""Reports of our own with hand counts (tests/fixtures/<folder>/ with gold.json): one checker for
every folder written in unseen32's format, so each helper's test file holds only its own cases.

gold.json per report: "movements" (each with the keys a reader must get; a "gap" names the keys,
or the whole "movement", the reader still gets wrong and why), "optional" (either reading
accepted), "spurious_known" (how many spurious readings are known), and "before"/"after" hand
counts (gold, right, wrong_end, missed, mis_split)."""

from __future__ import annotations

import json
from pathlib import Path

from geomove.movements import extract
from test_read_golden import _fits, _show

FIXTURES = Path(__file__).parent / "fixtures"


def load(folder: str) -> tuple[Path, dict, list[str]]:
    """The folder's path, its gold.json and its report names (keys not starting with "_")."""
    here = FIXTURES / folder
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    return here, gold, sorted(k for k in gold if not k.startswith("_"))


def checked(movement: dict) -> dict | None:
    """The movement as the test checks it: without the keys of its known gap; None when the
    whole movement is a known miss."""
    gap = movement.get("gap") or {}
    if "movement" in gap:
        return None
    return {k: v for k, v in movement.items() if k != "gap" and k not in gap}


def assign(props: list[dict], wanted: list[dict]) -> bool:
    """Every wanted movement fits a different reading."""
    def go(i: int, used: frozenset) -> bool:
        if i == len(wanted):
            return True
        return any(k not in used and _fits(p, wanted[i]) and go(i + 1, used | {k}) for k, p in enumerate(props))
    return go(0, frozenset())


def check_report(here: Path, gold: dict, name: str, gazetteer, published: str = "2026-11-20") -> None:
    """The report reads every movement it was counted to read, and no more than the gold, its
    optional readings and its known spurious ones."""
    entry = gold[name]
    text = (here / name).read_text(encoding="utf-8")
    features = extract(text, published=published, gazetteer=gazetteer)
    props = [f["properties"] for f in features]
    wanted = [m for m in map(checked, entry["movements"]) if m is not None]
    assert assign(props, wanted), f"{name}: read {_show(features)}"
    extra = len(entry.get("optional", [])) + entry.get("spurious_known", 0)
    assert len(props) <= len(wanted) + extra, f"{name}: more read than counted: {_show(features)}"


def check_counts(here: Path, gold: dict, reports: list[str]) -> None:
    """Every report has its gold, and each hand count adds up to the movements counted."""
    assert sorted(p.name for p in here.glob("*.txt")) == reports
    for k in reports:
        g = gold[k]
        for when in ("before", "after"):
            c = g[when]
            assert c["right"] + c["wrong_end"] + c["missed"] + c["mis_split"] == c["gold"] == len(g["movements"]), (k, when)
