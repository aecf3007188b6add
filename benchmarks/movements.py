"""Movement extraction accuracy against a gold file in the format of shared/eval/movements.

    python benchmarks/movements.py [--eval ../shared/eval/movements] [--show]

Prints movement precision/recall/F1 and full-route accuracy (origin and destination both
right). A point place is right within 30 km; a gold place given only relative to an anchor is
right within 80 km of the anchor; an area without coordinates is right by its country. Gold
movements marked optional or with status "background" neither count for nor against.
The evaluation reports are research data: read them from their folder, never copy them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geomove.distance import haversine_km
from geomove.movements import extract


km = haversine_km


def place_right(pred: dict | None, gold: dict | None) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    if gold.get("lat") is not None and gold.get("lon") is not None:
        return pred.get("lat") is not None and km(pred["lat"], pred["lon"], gold["lat"], gold["lon"]) <= 30
    anchor = gold.get("anchor")
    if anchor and anchor.get("lat") is not None:
        return pred.get("lat") is not None and km(pred["lat"], pred["lon"], anchor["lat"], anchor["lon"]) <= 80
    return bool(gold.get("country")) and pred.get("country") == gold.get("country")


def closeness(pred: dict, gold: dict) -> float:
    """Sum of endpoint distances (km) where both sides have points: breaks ties between matches."""
    total = 0.0
    for role in ("origin", "destination"):
        p, g = pred.get(role) or {}, gold.get(role) or {}
        if p.get("lat") is not None and g.get("lat") is not None:
            total += km(p["lat"], p["lon"], g["lat"], g["lon"])
    return total


def required(gold_movement: dict) -> bool:
    return not gold_movement.get("optional") and str(gold_movement.get("status", "reported")).startswith("reported")


def score_report(preds: list[dict], golds: list[dict]):
    pairs = []
    for i, p in enumerate(preds):
        pp = p["properties"]
        for j, g in enumerate(golds):
            o = place_right(pp.get("origin"), g.get("origin")) if g.get("origin") else False
            d = place_right(pp.get("destination"), g.get("destination")) if g.get("destination") else False
            if o or d:
                pairs.append((o + d, required(g), -closeness(pp, g), i, j, o, d))
    pairs.sort(reverse=True)
    used_p, used_g, matches = set(), set(), []
    for _s, _r, _c, i, j, o, d in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        full = place_right(preds[i]["properties"].get("origin"), golds[j].get("origin")) and \
            place_right(preds[i]["properties"].get("destination"), golds[j].get("destination"))
        matches.append((i, j, full))
    return matches


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=str(Path(__file__).resolve().parents[1].parent / "shared/eval/movements"))
    ap.add_argument("--show", action="store_true", help="print each report's predictions and gold")
    args = ap.parse_args(argv)
    root = Path(args.eval)
    gold_file = root / "gold.jsonl"
    if not gold_file.exists():
        print(f"{gold_file}: not found (pass --eval)", file=sys.stderr)
        return 1
    from geomove.gazetteer import Gazetteer
    gaz = Gazetteer.default()
    tp = fp = n_req = full = 0
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        text = (root / rec["text_file"]).read_text(encoding="utf-8")
        preds = extract(text, published=rec.get("published"), gazetteer=gaz)
        golds = rec["movements"]
        matches = score_report(preds, golds)
        req = [j for j, g in enumerate(golds) if required(g)]
        n_req += len(req)
        matched_g = {j: f for i, j, f in matches}
        tp_r = sum(1 for j in req if j in matched_g)
        tp += tp_r
        full += sum(1 for j in req if matched_g.get(j))
        matched_p = {i: j for i, j, f in matches}
        fp_r = sum(1 for i in range(len(preds)) if i not in matched_p)
        fp += fp_r
        print(f"{rec['id']:>5}: gold {len(req)}  predicted {len(preds)}  matched {tp_r}  "
              f"full route {sum(1 for j in req if matched_g.get(j))}  spurious {fp_r}")
        if args.show:
            for k, p in enumerate(preds):
                q = p["properties"]
                name = lambda x: x and f"{x.get('name')} ({x.get('country')})"
                print(f"        pred {k}: {name(q['origin'])} -> {[name(v) for v in q['via']]} -> {name(q['destination'])}"
                      f"  [{q['actor']}; {q['count']}] -> gold {matched_p.get(k)}")
            for j, g in enumerate(golds):
                print(f"        gold {j}: {g['origin'] and g['origin']['name']} -> {g['destination'] and g['destination']['name']}"
                      f"  ({g.get('status')}{', optional' if g.get('optional') else ''})")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / n_req if n_req else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"movements: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
          f"full-route accuracy {full / n_req if n_req else 0:.3f}  (gold {n_req}, tp {tp}, fp {fp})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
