"""Toponym benchmark: span precision/recall and accuracy@161 km of geomove.mentions.

Reads corpora in JSON Lines (one document a line: ``text`` and ``toponyms`` with
``start``, ``end``, ``surface``, ``lat``, ``lon``), e.g. TR-News and GeoVirus as converted
under ``shared/eval/toponyms`` (GPL-3 data: read in place, never copied into the repo).

    python benchmarks/toponyms.py [DIR] [--corpus NAME ...] [--gazetteer PATH] [--errors N] [--wrong N]

Figures per corpus and per mention set:
- ``places``: what ``geomove places --places-only`` prints (roles place, demonym_place);
- ``all``: what ``geomove places`` prints: every mention, demonyms, actors and places inside
  organisation names included (the corpora mark these as toponyms).
Span precision/recall use exact offsets; "lenient" counts any overlap. The ``all`` row is
followed by its error kinds: missed, unresolved, far areas (within or beyond their own radius),
far places (nearer or farther than 1,000 km), right place with other offsets, and the spurious
mentions (no gold toponym overlaps them) by role. Accuracy@161 is over
every gold toponym with coordinates: a missed one counts as wrong. ``acc161_area`` also
counts as right a point farther than 161 km but within the resolved place's own
``uncertainty_km`` (a country or province whose representative point differs from the
gold's convention); ``acc161`` is the strict figure.

``--wrong N`` sorts the far resolutions of the ``places`` row into classes (``wrong_class``):
an area read whose point is not gold's (inside the area's radius, or a country gold marks by
another point, most often its capital), a city read where gold gives the province of the name
(or the reverse), a namesake read while a reading near gold's point is in the index (in another
country or the same), and no reading near gold at all (the index lacks the place, or gold's
point is wrong); it prints N of each with the index's reading nearest gold's point.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import os
from pathlib import Path

from geomove.distance import haversine_km
from geomove.mentions import PLACE_ROLES, find_mentions

DEFAULT_DIR = Path(os.environ.get("GEOMOVE_EVAL") or Path(__file__).resolve().parent.parent.parent / "shared" / "eval") \
    / "toponyms"  # (GEOMOVE_EVAL as in devcorpora.eval_dir)


def area_points_from_gold(docs, predictions):
    """{gazetteer_id: (lat, lon)}: the gold point most often given to each resolved country or
    province. An oracle: it shows what a gazetteer using the corpus's convention would score."""
    from collections import Counter, defaultdict
    seen = defaultdict(Counter)
    for doc, preds in zip(docs, predictions):
        spans = {(p["start"], p["end"]): p for p in preds}
        for g in doc["toponyms"]:
            p = spans.get((g["start"], g["end"]))
            if p and g.get("lat") is not None and p.get("kind") in ("country", "admin1") and p.get("gazetteer_id"):
                seen[p["gazetteer_id"]][(g["lat"], g["lon"])] += 1
    return {gid: c.most_common(1)[0][0] for gid, c in seen.items()}


def override_points(predictions, points):
    """Predictions with the points of ``points`` ({gazetteer_id: (lat, lon)}) put in."""
    out = []
    for preds in predictions:
        out.append([dict(p, lat=points[p["gazetteer_id"]][0], lon=points[p["gazetteer_id"]][1])
                    if p.get("gazetteer_id") in points and "relation" not in p else p for p in preds])
    return out


def score(docs, predictions, keep):
    tp = fp = fn = 0
    lenient_tp = lenient_pred = 0
    with_coords = right = right_area = 0
    errors = {"fp": [], "fn": [], "far": []}
    kinds: dict[str, int] = {}  # error kind -> count (see error_kind)
    for doc, preds in zip(docs, predictions):
        preds = [p for p in preds if keep(p)]
        gold = doc["toponyms"]
        gold_spans = {(g["start"], g["end"]): g for g in gold}
        pred_spans = {(p["start"], p["end"]): p for p in preds}
        tp += len(gold_spans.keys() & pred_spans.keys())
        fp += len(pred_spans.keys() - gold_spans.keys())
        fn += len(gold_spans.keys() - pred_spans.keys())
        for (s, e), p in pred_spans.items():
            lenient_pred += 1
            if any(gs < e and s < ge for gs, ge in gold_spans):
                lenient_tp += 1
            elif (s, e) not in gold_spans:
                errors["fp"].append((doc["doc_id"], p["surface"], p.get("name"), p.get("country"), p["role"]))
            if not any(gs < e and s < ge for gs, ge in gold_spans):
                kind = f"spurious {p['role']}"
                kinds[kind] = kinds.get(kind, 0) + 1
        for (s, e), g in gold_spans.items():
            if g.get("lat") is None:
                continue
            with_coords += 1
            p = pred_spans.get((s, e)) or next(
                (p for (ps, pe), p in pred_spans.items() if ps < e and s < pe), None)
            if p is None:
                errors["fn"].append((doc["doc_id"], g["surface"], g.get("name")))
                kinds["missed"] = kinds.get("missed", 0) + 1
                continue
            dist = haversine_km(p["lat"], p["lon"], g["lat"], g["lon"]) if p.get("lat") is not None else None
            kind = error_kind(p, dist, exact=(p["start"], p["end"]) == (s, e))
            if kind:
                kinds[kind] = kinds.get(kind, 0) + 1
            if dist is not None and dist <= max(161.0, p.get("uncertainty_km") or 0.0):
                right_area += 1  # within the resolved area's own radius (countries, provinces)
            if dist is not None and dist <= 161:
                right += 1
            else:
                errors["far"].append((doc["doc_id"], g["surface"], g.get("name"), p.get("name"), p.get("country"),
                                      round(haversine_km(p["lat"], p["lon"], g["lat"], g["lon"]))
                                      if p.get("lat") is not None else None))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {
        "span_precision": round(prec, 3), "span_recall": round(rec, 3),
        "span_f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
        "lenient_precision": round(lenient_tp / lenient_pred, 3) if lenient_pred else 0.0,
        "acc161": round(right / with_coords, 3) if with_coords else 0.0,
        "acc161_right": right,
        "acc161_area": round(right_area / with_coords, 3) if with_coords else 0.0,
        "gold": tp + fn, "predicted": tp + fp, "gold_with_coords": with_coords,
    }, dict(errors, kinds=kinds)


AREA_KINDS = ("country", "admin1", "admin2", "region", "continent", "sea", "ocean")


def error_kind(p: dict, dist: float | None, exact: bool) -> str | None:
    """What went wrong with a gold toponym that a prediction overlaps (None: nothing). A far
    area (a country, a province) is most often the corpus's convention for its point; a far
    settlement farther than 1,000 km is most often a namesake or another spelling elsewhere."""
    if dist is None:
        return "unresolved"
    if dist <= 161:
        return None if exact else "right place, span differs"
    if p.get("kind") in AREA_KINDS:
        return "far area, within its radius" if dist <= (p.get("uncertainty_km") or 0.0) else "far area, beyond its radius"
    return "far place, < 1000 km" if dist < 1000 else "far place, >= 1000 km (namesake or spelling elsewhere)"


# the classes of a wrong resolution (wrong_class), in the order they are asked
WRONG_CLASSES = (
    "area point: gold's point of the same area",   # a country or province read, gold inside its radius
    "area point: gold's point outside the area's radius",  # the corpus's point of it (a capital, a centre)
    "city read, gold gives the province of the name",
    "province or county read, gold gives the town",
    "namesake in another country read, one near gold is a reading",
    "namesake in the same country read, one near gold is a reading",
    "no reading near gold: the index lacks it (or gold is wrong)",
)
# gold's point of an area within this many of its radii is the corpus's point of it (a capital)
AREA_POINT_REACH = 2.5
# a reading of the name this close to gold's point is the one gold means
NEAR_GOLD_KM = 161.0
_TOWN_KINDS = ("city", "town", "village")


def wrong_class(p: dict, dist: float, readings: list[tuple[float, dict]]) -> str:
    """The class of a far resolution ``p`` (``dist`` km from gold), ``readings`` the name's
    candidates in the index, each with its distance to gold's point (nearest first): whether
    ranking chose among readings that include gold's place, or the index has none near it."""
    kind = p.get("kind")
    if kind in AREA_KINDS and dist <= (p.get("uncertainty_km") or 0.0):
        return WRONG_CLASSES[0]
    near = [c for d, c in readings if d <= NEAR_GOLD_KM]
    if kind in AREA_KINDS and (not near or near[0].get("gazetteer_id") == p.get("gazetteer_id")) \
            and dist <= AREA_POINT_REACH * (p.get("uncertainty_km") or 0.0):
        # (no other reading near gold, and gold's point just beyond the area's radius: the
        # corpus's point of the area, not another place; Turkey, Texas is 10,000 km off)
        return WRONG_CLASSES[1]
    if not near:
        return WRONG_CLASSES[6]
    n = near[0]
    if kind in _TOWN_KINDS and n.get("kind") in ("admin1", "admin2"):
        return WRONG_CLASSES[2]
    if kind in ("admin1", "admin2") and n.get("kind") in _TOWN_KINDS:
        return WRONG_CLASSES[3]
    return WRONG_CLASSES[4] if n.get("country") != p.get("country") else WRONG_CLASSES[5]


def print_wrong(docs, predictions, keep, gaz, limit: int) -> None:
    """Every far resolution of the mentions ``keep`` takes, by class (wrong_class), most
    frequent first: the name, what was read (kind, country), km from gold, and the index's
    reading nearest gold's point. Printed, never written: the corpora's text stays in place."""
    from collections import Counter, defaultdict
    by_class: dict[str, Counter] = defaultdict(Counter)
    readings_of: dict[str, list] = {}
    for doc, preds in zip(docs, predictions):
        spans = [p for p in preds if keep(p) and p.get("lat") is not None]
        for g in doc["toponyms"]:
            if g.get("lat") is None:
                continue
            s, e = g["start"], g["end"]
            p = next((p for p in spans if (p["start"], p["end"]) == (s, e)), None) \
                or next((p for p in spans if p["start"] < e and s < p["end"]), None)
            if p is None:
                continue
            dist = haversine_km(p["lat"], p["lon"], g["lat"], g["lon"])
            if dist <= NEAR_GOLD_KM:
                continue
            surface = g["surface"]
            if surface not in readings_of:
                readings_of[surface] = [c for c in gaz.candidates(surface, limit=10) if c.get("lat") is not None]
            readings = sorted(((haversine_km(c["lat"], c["lon"], g["lat"], g["lon"]), c)
                               for c in readings_of[surface]), key=lambda dc: dc[0])
            nearest = readings[0] if readings else None
            by_class[wrong_class(p, dist, readings)][(
                surface, p.get("name"), p.get("kind"), p.get("country"), round(dist / 10) * 10,
                f"{nearest[1].get('name')} ({nearest[1].get('kind')}, {nearest[1].get('country')}) "
                f"{nearest[0]:.0f} km" if nearest else "none")] += 1
    print("    wrong resolutions by class: " + ", ".join(
        f"{c} {sum(by_class[c].values())}" for c in WRONG_CLASSES if by_class.get(c)))
    for c in WRONG_CLASSES:
        if by_class.get(c):
            print(f"    -- {c}: {sum(by_class[c].values())}")
            for (surface, name, kind, cc, km, nearest), n in by_class[c].most_common(limit):
                print(f"       {n} x {surface!r} read {name} ({kind}, {cc}) ~{km} km; nearest gold: {nearest}")


def print_error_kinds(kinds: dict[str, int]) -> None:
    """Grouped error kinds, most frequent first, spurious mentions by role on one line."""
    wrong = {k: n for k, n in kinds.items() if not k.startswith("spurious")}
    spurious = {k.split(" ", 1)[1]: n for k, n in kinds.items() if k.startswith("spurious")}
    print("    error kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(wrong.items(), key=lambda kv: -kv[1])))
    print(f"    spurious ({sum(spurious.values())}, by role): "
          + ", ".join(f"{k} {n}" for k, n in sorted(spurious.items(), key=lambda kv: -kv[1])))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR), help="folder of CORPUS.jsonl files")
    ap.add_argument("--corpus", action="append", help="corpus name(s) (default: TR-News, GeoVirus)")
    ap.add_argument("--gazetteer", help="gazetteer index path (default: the user's index)")
    ap.add_argument("--errors", type=int, default=0, help="print N sample errors of each type")
    ap.add_argument("--wrong", type=int, default=0, metavar="N",
                    help="sort the far resolutions of the places row into classes; print N of each")
    ap.add_argument("--points", help="CSV gazetteer_id,lat,lon: score as if the gazetteer gave these points")
    ap.add_argument("--write-area-points", metavar="CSV",
                    help="write the gold's most frequent point of every resolved country/province "
                         "(an oracle for --points; derived from the corpus, keep it out of the repo)")
    args = ap.parse_args(argv)

    gaz = None
    if args.gazetteer:
        from geomove.gazetteer import Gazetteer
        gaz = Gazetteer(args.gazetteer)
    else:
        from geomove.gazetteer import Gazetteer
        gaz = Gazetteer.default()
    for name in args.corpus or ["TR-News", "GeoVirus"]:
        path = Path(args.dir) / f"{name}.jsonl"
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            return 1
        docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        t0 = time.perf_counter()
        predictions = [find_mentions(d["text"], gazetteer=gaz) for d in docs]
        secs = time.perf_counter() - t0
        words = sum(len(d["text"].split()) for d in docs)
        print(f"== {name}: {len(docs)} docs, {words} words, {secs:.2f} s "
              f"({1e6 * secs / max(1, words):.0f} ms per 1,000 words)")
        if args.write_area_points:
            import csv
            with open(args.write_area_points, "a", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                for gid, (la, lo) in sorted(area_points_from_gold(docs, predictions).items()):
                    w.writerow([gid, la, lo])
        if args.points:
            import csv
            with open(args.points, newline="", encoding="utf-8") as f:
                pts = {}
                for row in csv.reader(f):
                    if row and not row[0].startswith("#"):
                        pts.setdefault(row[0], (float(row[1]), float(row[2])))
            predictions = override_points(predictions, pts)
        for label, keep in (("places", lambda p: p["role"] in PLACE_ROLES),
                            ("all", lambda p: True)):
            figures, errors = score(docs, predictions, keep)
            print(f"  {label:7s} " + "  ".join(f"{k}={v}" for k, v in figures.items()))
            if label == "all":
                print_error_kinds(errors["kinds"])
            if args.wrong and label == "places":
                print_wrong(docs, predictions, keep, gaz, args.wrong)
            if args.errors and label == "places":
                for kind in ("fp", "fn", "far"):
                    print(f"    {kind}: {errors[kind][:args.errors]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
