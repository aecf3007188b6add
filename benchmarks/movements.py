"""Movement extraction accuracy against a gold file in the format of shared/eval/movements.

    python benchmarks/movements.py [--eval ../shared/eval/movements] [--show] [--only ID,ID]

Scores by the method the last section of GUIDELINES.md sets out (said here in our words):

- optional gold movements, and gold whose status is not "reported", do not count as gold; a
  prediction paired with one of them is neither a hit nor a false alarm;
- the required gold movements are taken in turn; each is paired with the still free prediction
  that matches more of its two ends (one end at least); every pair is a hit; precision divides
  the hits by the predictions not paired with optional gold, recall by the required gold;
- full-route accuracy: the share of required gold whose partner matches both ends;
- an end matches when a gold point lies within 30 km (settlements, bases, airfields, crossings),
  300 km (seas, straits, gulfs, oceans) or 60 km (anything else) of the predicted one; a place
  told relative to an anchor matches within 80 km of that anchor; an area with no point matches
  by country code; a gold end left empty matches only an empty predicted end.

Prints the figures overall and per batch (the original reports and the ``w2b`` ones), counts of
error kinds (missed, spurious, wrong origin / destination / via / count among the pairs) and
the time the extraction of all reports took (the gazetteer is opened once, before the clock;
CPU time beside the wall clock, and the part spent reading mentions into movements).
The evaluation reports are research data: read them from their folder, never copy them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from geomove.distance import haversine_km
from geomove.movements import extract


km = haversine_km

POINT_KM = 30.0
SETTLEMENT_KINDS = {"city", "town", "village", "settlement", "base", "airfield", "airport", "crossing",
                    "camp", "checkpoint"}
WATER_KM = 300.0
WATER_KINDS = {"sea", "strait", "gulf", "ocean", "bay"}
OTHER_KM = 60.0
ANCHOR_KM = 80.0


def place_right(pred: dict | None, gold: dict | None) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    if gold.get("lat") is not None and gold.get("lon") is not None:
        kind = (gold.get("kind") or "").lower()
        limit = POINT_KM if kind in SETTLEMENT_KINDS else WATER_KM if kind in WATER_KINDS else OTHER_KM
        return pred.get("lat") is not None and km(pred["lat"], pred["lon"], gold["lat"], gold["lon"]) <= limit
    anchor = gold.get("anchor")
    if anchor and anchor.get("lat") is not None:
        return pred.get("lat") is not None and \
            km(pred["lat"], pred["lon"], anchor["lat"], anchor["lon"]) <= ANCHOR_KM
    return bool(gold.get("country")) and pred.get("country") == gold.get("country")


def closeness(pred: dict, gold: dict) -> float:
    """Sum of endpoint distances (km) where both sides have points: breaks ties between predictions."""
    total = 0.0
    for role in ("origin", "destination"):
        p, g = pred.get(role) or {}, gold.get(role) or {}
        if p.get("lat") is not None and g.get("lat") is not None:
            total += km(p["lat"], p["lon"], g["lat"], g["lon"])
    return total


def required(gold_movement: dict) -> bool:
    return not gold_movement.get("optional") and str(gold_movement.get("status", "reported")).startswith("reported")


def ends_right(pred: dict, gold: dict) -> tuple[bool, bool]:
    """(origin right, destination right); a null gold end never makes a pair on its own."""
    o = place_right(pred.get("origin"), gold.get("origin")) if gold.get("origin") else False
    d = place_right(pred.get("destination"), gold.get("destination")) if gold.get("destination") else False
    return o, d


def _pair(preds: list[dict], golds: list[dict], order: list[int], used: set[int]) -> dict[int, int]:
    """Each gold in ``order`` takes the unused prediction with the most ends right (>= 1)."""
    out = {}
    for j in order:
        best = None
        for i, p in enumerate(preds):
            if i in used:
                continue
            o, d = ends_right(p["properties"], golds[j])
            if not (o or d):
                continue
            key = (o + d, -closeness(p["properties"], golds[j]), -i)
            if best is None or key > best[0]:
                best = (key, i)
        if best is not None:
            used.add(best[1])
            out[j] = best[1]
    return out


def score_report(preds: list[dict], golds: list[dict]) -> dict:
    """Pairs and error kinds of one report (see the module doc)."""
    req = [j for j, g in enumerate(golds) if required(g)]
    opt = [j for j, g in enumerate(golds) if not required(g)]
    used: set[int] = set()
    pairs = _pair(preds, golds, req, used)
    optional_pairs = _pair(preds, golds, opt, used)
    errors = Counter()
    full = 0
    for j, i in pairs.items():
        p, g = preds[i]["properties"], golds[j]
        o_ok = place_right(p.get("origin"), g.get("origin"))
        d_ok = place_right(p.get("destination"), g.get("destination"))
        full += o_ok and d_ok
        errors["wrong origin"] += not o_ok
        errors["wrong destination"] += not d_ok
        gv, pv = g.get("via") or [], p.get("via") or []
        via_ok = len(gv) == len(pv) and all(any(place_right(x, v) for x in pv) for v in gv)
        errors["wrong via"] += not via_ok
        if g.get("count") is not None:
            errors["wrong count"] += p.get("count") != g.get("count")
    errors["missed"] = len(req) - len(pairs)
    spurious = [i for i in range(len(preds)) if i not in pairs.values() and i not in optional_pairs.values()]
    errors["spurious"] = len(spurious)
    return {"required": len(req), "tp": len(pairs), "fp": len(spurious), "full": full,
            "pairs": pairs, "optional_pairs": optional_pairs, "errors": errors}


def figures(rows: list[dict]) -> dict:
    tp = sum(r["tp"] for r in rows)
    fp = sum(r["fp"] for r in rows)
    n = sum(r["required"] for r in rows)
    full = sum(r["full"] for r in rows)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / n if n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "route": full / n if n else 0.0,
            "gold": n, "tp": tp, "fp": fp}


def batch_of(report_id: str) -> str:
    return "w2b" if str(report_id).startswith("w2b") else "original"


def _line(label: str, f: dict) -> str:
    return (f"{label:<10} precision {f['precision']:.3f}  recall {f['recall']:.3f}  F1 {f['f1']:.3f}  "
            f"full-route accuracy {f['route']:.3f}  (gold {f['gold']}, tp {f['tp']}, fp {f['fp']})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parents[1].parent / "shared/eval/movements"))
    ap.add_argument("--show", action="store_true", help="print each report's predictions and gold")
    ap.add_argument("--only", help="comma-separated report ids")
    args = ap.parse_args(argv)
    root = Path(args.eval)
    gold_file = root / "gold.jsonl"
    if not gold_file.exists():
        print(f"{gold_file}: not found (pass --eval)", file=sys.stderr)
        return 1
    from geomove.gazetteer import Gazetteer
    from geomove.mentions import find_mentions

    gazetteer = Gazetteer.default()
    only = set(args.only.split(",")) if args.only else None
    rows, elapsed, cpu, cpu_reading = [], 0.0, 0.0, 0.0
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if only and rec["id"] not in only:
            continue
        text = (root / rec["text_file"]).read_text(encoding="utf-8")
        t0, c0 = time.perf_counter(), time.process_time()
        mentions = find_mentions(text, gazetteer=gazetteer)
        c1 = time.process_time()
        preds = extract(text, published=rec.get("published"), gazetteer=gazetteer, mentions=mentions)
        elapsed += time.perf_counter() - t0
        cpu += time.process_time() - c0
        cpu_reading += time.process_time() - c1
        golds = rec["movements"]
        row = score_report(preds, golds)
        row["batch"] = batch_of(rec["id"])
        rows.append(row)
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(row["errors"].items()) if v)
        print(f"{rec['id']:>7}: gold {row['required']}  predicted {len(preds)}  matched {row['tp']}  "
              f"full route {row['full']}  spurious {row['fp']}" + (f"  [{kinds}]" if kinds else ""))
        if args.show:
            by_pred = {i: j for j, i in row["pairs"].items()}
            by_pred.update({i: f"{j} (optional)" for j, i in row["optional_pairs"].items()})
            name = lambda x: x and f"{x.get('name')} ({x.get('country')})"
            for k, p in enumerate(preds):
                q = p["properties"]
                print(f"        pred {k}: {name(q['origin'])} -> {[name(v) for v in q['via']]} -> "
                      f"{name(q['destination'])}  [{q['actor']}; {q['count']}] -> gold {by_pred.get(k)}")
            for j, g in enumerate(golds):
                print(f"        gold {j}: {g['origin'] and g['origin']['name']} -> "
                      f"{[v.get('name') for v in g.get('via') or []]} -> "
                      f"{g['destination'] and g['destination']['name']}  [{g.get('actor')}; {g.get('count')}]"
                      f"  ({g.get('status')}{', optional' if g.get('optional') else ''})")
    print(_line("movements:", figures(rows)))
    for batch in ("original", "w2b"):
        part = [r for r in rows if r["batch"] == batch]
        if part:
            print(_line(f"{batch} ({len(part)}):", figures(part)))
    kinds = ("missed", "spurious", "wrong origin", "wrong destination", "wrong via", "wrong count")
    errors = sum((r["errors"] for r in rows), Counter())
    print("error kinds: " + ", ".join(f"{k} {errors[k]}" for k in kinds))
    for batch in ("original", "w2b"):
        part = sum((r["errors"] for r in rows if r["batch"] == batch), Counter())
        if any(r["batch"] == batch for r in rows):
            print(f"  {batch}: " + ", ".join(f"{k} {part[k]}" for k in kinds))
    # CPU time as well: on a shared machine the wall clock measures the neighbours too
    print(f"extraction time: {elapsed:.2f} s for {len(rows)} reports (CPU {cpu:.2f} s, of which reading "
          f"mentions into movements {cpu_reading:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
