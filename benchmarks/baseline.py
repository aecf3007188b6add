"""Output fingerprints of every dev document, so speed work cannot silently change answers.

For each document of the dev corpora (see devcorpora.py) the sha256 of the canonical JSON
(sorted keys, no spaces, UTF-8) of what ``geomove places`` and ``geomove extract`` give it.
Hashes only: no text or place data of the eval corpora is written.

    python benchmarks/baseline.py            # re-record tests/fixtures/baseline.json
    python benchmarks/baseline.py --check    # compare, list the documents that changed

tests/test_baseline.py runs the comparison when ../shared/eval is present. When answers change
on purpose (a better reader), re-record with the first command and commit the file with the
change that caused it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devcorpora  # noqa: E402

from geomove.parallel import map_reports  # noqa: E402

BASELINE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "baseline.json"
TASKS = ("places", "extract")


def digest(obj) -> str:
    canonical = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def fingerprints(docs: list[dict], workers: int | None = None) -> dict[str, dict[str, str]]:
    """{"corpus/id": {"places": sha256, "extract": sha256}} (what the CLI prints per line)."""
    out = {f"{d['corpus']}/{d['id']}": {} for d in docs}
    for task in TASKS:
        for d, result in zip(docs, map_reports(docs, task, workers=workers)):
            out[f"{d['corpus']}/{d['id']}"][task] = digest(result)
    return out


def compare(recorded: dict, now: dict) -> list[str]:
    """Lines naming every document/task whose fingerprint differs (or is missing)."""
    diffs = []
    for key in sorted(set(recorded) | set(now)):
        for task in TASKS:
            a, b = recorded.get(key, {}).get(task), now.get(key, {}).get(task)
            if a != b:
                diffs.append(f"{key} {task}: " + ("new" if a is None else "gone" if b is None else "changed"))
    return diffs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the recorded file instead of writing it")
    ap.add_argument("--eval", type=Path, default=None, help="eval directory (default ../shared/eval)")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("-o", "--output", type=Path, default=BASELINE)
    args = ap.parse_args(argv)
    root = args.eval or devcorpora.eval_dir()
    if not devcorpora.available(root):
        print(f"{root}: dev corpora not found (pass --eval)", file=sys.stderr)
        return 1
    docs = devcorpora.load(root)
    t0 = time.perf_counter()
    now = fingerprints(docs, args.workers)
    took = time.perf_counter() - t0
    if args.check:
        recorded = json.loads(args.output.read_text(encoding="utf-8"))["documents"]
        diffs = compare(recorded, now)
        print(f"{len(now)} documents in {took:.1f} s: {len(diffs)} fingerprints differ from {args.output}")
        for line in diffs:
            print("  " + line)
        return 1 if diffs else 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps({
        "what": "sha256 of the canonical JSON of geomove places / extract output per dev document; "
                "re-record: python benchmarks/baseline.py",
        "documents": now}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(now)} documents in {took:.1f} s: recorded {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
