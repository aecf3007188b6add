"""One checker for the places fixtures counted by hand in places27's format (tests/fixtures/
places27, places28, places29): gold.json's 'texts', each with its 'places' rows (surface, country, other
countries), 'not_in_index' and 'counts' before and after. tests/test_handcounted.py runs every folder
found in this format (`folders()`); the helpers' test files hold only their cases."""

import json
import re
from pathlib import Path

from geomove.mentions import find_mentions

COUNTED_ROLES = ("place", "demonym_place", "dateline", "source_location")


def placed(gazetteer, text: str) -> list[tuple]:
    """(surface, country, kind) of each counted mention that has a point: what the places tests
    of one construction compare."""
    return [(text[m["start"]:m["end"]], m.get("country"), m.get("kind"))
            for m in find_mentions(text, gazetteer=gazetteer)
            if m["role"] in COUNTED_ROLES and m.get("lat") is not None]


def counted(gazetteer, text: str) -> list[str]:
    """The surface of each counted mention, with a point or not."""
    return [text[m["start"]:m["end"]] for m in find_mentions(text, gazetteer=gazetteer) if m["role"] in COUNTED_ROLES]


def counts(text: str, entry: dict, mentions: list[dict]) -> dict[str, int]:
    """right / wrong / missed / spurious as gold.json's 'about' says: rows marked 'actor' are
    not counted; a point for a place of not_in_index is a wrong reading, no point a miss. A
    surface in the entry's optional 'names' must also read the place of that name (the country
    alone cannot tell a district from its town of one name: 'Raška')."""
    found = [m for m in mentions if m["role"] in COUNTED_ROLES]
    absent = set(entry.get("not_in_index", ()))
    names = entry.get("names", {})
    out = {"right": 0, "wrong": 0, "missed": 0, "spurious": 0}
    used, at = set(), 0
    for row in entry["places"]:
        # (the name as a whole word: 'Armenia' is not the start of 'Armenians')
        start = re.compile(r"(?<!\w)" + re.escape(row[0]) + r"(?!\w)").search(text, at).start()
        end = at = start + len(row[0])
        over = [m for m in found if m["start"] < end and start < m["end"]]
        used.update(id(m) for m in over)
        if row[1] == "actor":
            continue
        if not over:
            out["missed"] += 1
            continue
        first, *rest = over
        out["spurious"] += len(rest)
        located = first.get("lat") is not None
        if row[0] in absent:
            out["wrong" if located else "missed"] += 1
        else:
            right = located and first.get("country") in {row[1], *row[2:]}
            right = right and names.get(row[0], first.get("name")) == first.get("name")
            out["right" if right else "wrong"] += 1
    out["spurious"] += sum(id(m) not in used for m in found)
    return out


FIXTURES = Path(__file__).parent / "fixtures"


def folders() -> list[str]:
    """Every fixture folder in this format: a gold.json whose 'texts' each have rows of places and
    hand counts."""
    out = []
    for path in sorted(FIXTURES.glob("*/gold.json")):
        texts = json.loads(path.read_text(encoding="utf-8")).get("texts")
        if isinstance(texts, dict) and texts and all({"places", "counts"} <= e.keys() for e in texts.values()):
            out.append(path.parent.name)
    return out


def load(folder: str) -> tuple[Path, dict]:
    """The fixture folder's path and its gold.json 'texts'."""
    here = FIXTURES / folder
    return here, json.loads((here / "gold.json").read_text(encoding="utf-8"))["texts"]


def check_folder(here: Path, gold: dict) -> None:
    """Every text of the folder has its gold, and every gold's hand counts add up."""
    assert sorted(p.name for p in here.glob("*.txt")) == sorted(gold)
    check_gold_counts(gold)


def check_gold_counts(gold: dict) -> None:
    """Every text's hand counts add up to its rows (those marked 'actor' aside), and every name
    of not_in_index is one of its rows."""
    for name, entry in gold.items():
        assert set(entry.get("not_in_index", ())) <= {r[0] for r in entry["places"]}, name
        assert set(entry.get("names", ())) <= {r[0] for r in entry["places"]}, name
        for when in ("before", "after"):
            c = entry["counts"][when]
            listed = sum(r[1] != "actor" for r in entry["places"])
            assert c["right"] + c["wrong"] + c["missed"] == listed, (name, when)


def check_text(here, gold: dict, name: str, gazetteer) -> None:
    """The text ``name`` reads at least as well as its 'after' counts."""
    text = (here / name).read_text(encoding="utf-8")
    now = counts(text, gold[name], find_mentions(text, gazetteer=gazetteer))
    after = gold[name]["counts"]["after"]
    assert now["right"] >= after["right"] and now["wrong"] <= after["wrong"] \
        and now["spurious"] <= after["spurious"], (now, after)
