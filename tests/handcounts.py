"""Reports of our own with hand counts (tests/fixtures/<folder>/ with gold.json): one checker for
every folder written in unseen32's format, so each helper's test file holds only its own cases.

gold.json per report: "movements" (each with the keys a reader must get; a "gap" names the keys,
or the whole "movement", the reader still gets wrong and why; a "gap_closed" keeps the note of a
gap read right since, and is asked whole), "optional" (either reading
accepted), "spurious_known" (how many spurious readings are known), "published" (the date the
report is read as of, else the folder's "_published", else DEFAULT_PUBLISHED) and "before"/"after"
hand counts (gold, right, wrong_end, missed, mis_split, and any error kinds the helper counted).
A folder's "_watch" lists the error kinds (a sum written "a+b") its work was about: the counts
after must be no worse there too.

tests/test_handcounted.py runs every folder found in this format (`folders()`); a helper's own
test file holds only the cases of its constructions."""

from __future__ import annotations

import json
from pathlib import Path

from geomove.movements import extract
from movement_match import each_fits_its_own, show

FIXTURES = Path(__file__).parent / "fixtures"
DEFAULT_PUBLISHED = "2026-11-20"


def _reports(gold: dict) -> list[str]:
    return sorted(k for k in gold if not k.startswith("_"))


def folders() -> list[str]:
    """Every fixture folder in this format: each report of its gold.json has movements and hand
    counts before and after."""
    out = []
    for path in sorted(FIXTURES.glob("*/gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        entries = [gold[k] for k in _reports(gold)]
        if entries and all(isinstance(e, dict) and {"movements", "before", "after"} <= e.keys() for e in entries):
            out.append(path.parent.name)
    return out


def load(folder: str) -> tuple[Path, dict, list[str]]:
    """The folder's path, its gold.json and its report names (keys not starting with "_")."""
    here = FIXTURES / folder
    gold = json.loads((here / "gold.json").read_text(encoding="utf-8"))
    return here, gold, _reports(gold)


def published_of(gold: dict, name: str) -> str:
    """The date the report is read as of (the report's own, the folder's, or the default)."""
    return gold[name].get("published") or gold.get("_published") or DEFAULT_PUBLISHED


def checked(movement: dict) -> dict | None:
    """The movement as the test checks it: without the keys of its known gap; None when the
    whole movement is a known miss."""
    gap = movement.get("gap") or {}
    if "movement" in gap:
        return None
    return {k: v for k, v in movement.items() if k != "gap" and k not in gap}


def check_report(here: Path, gold: dict, name: str, gazetteer, published: str | None = None) -> None:
    """The report reads every movement it was counted to read, and no more than the gold, its
    optional readings and its known spurious ones."""
    entry = gold[name]
    published = published or published_of(gold, name)
    text = (here / name).read_text(encoding="utf-8")
    features = extract(text, published=published, gazetteer=gazetteer)
    props = [f["properties"] for f in features]
    wanted = [m for m in map(checked, entry["movements"]) if m is not None]
    assert each_fits_its_own(props, wanted), f"{name}: read {show(features)}"
    extra = len(entry.get("optional", [])) + entry.get("spurious_known", 0)
    assert len(props) <= len(wanted) + extra, f"{name}: more read than counted: {show(features)}"


def check_counts(here: Path, gold: dict, reports: list[str]) -> None:
    """Every report has its gold, and each hand count adds up to the movements counted."""
    assert sorted(p.name for p in here.glob("*.txt")) == reports
    for k in reports:
        g = gold[k]
        for when in ("before", "after"):
            c = g[when]
            assert c["right"] + c["wrong_end"] + c["missed"] + c["mis_split"] == c["gold"] == len(g["movements"]), (k, when)


def check_no_worse(gold: dict, reports: list[str]) -> None:
    """The counts after the helper's work are no worse than before: as many right, no more
    spurious, and no more of each error kind the folder's "_watch" names."""
    for name in reports:
        before, after = gold[name]["before"], gold[name]["after"]
        assert after["right"] >= before["right"], name
        assert after.get("spurious", 0) <= before.get("spurious", 0), name
        for kinds in gold.get("_watch", ()):
            total = lambda c: sum(c[k] for k in kinds.split("+"))  # noqa: E731
            assert total(after) <= total(before), (name, kinds)
