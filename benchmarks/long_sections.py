"""What a long text costs beyond its parts, stage by stage, with every name already looked up.

    python benchmarks/long_sections.py [--mb 2] [--repeat 3]
    python benchmarks/long_sections.py --reading [--mb 3] [--repeat 2]

`speed.py scale` times a 1 MB / 10 MB report against its parts in fresh processes: each run
pays the same first-seen-name look-ups, and on a shared machine the two runs minutes apart
differ by as much as the growth being measured (10 MB: 1.06-1.35x in one hour). This script
reads the same dev documents end to end (``MB`` of them) in one process: first every part
and the whole text once (so every name is looked up), then the whole text and the parts in
turn ``--repeat`` times. It prints the least CPU time of each, their ratio, and the stages
of the finder that grow with a section's length (a section is up to
geomove.mentions.SECTION_CHARS characters, a news report a tenth of that).

``--reading`` times the reading stage instead (geomove.read.assemble.extract with the mentions
found beforehand and handed in, a fresh copy each run): the reader is not cut into sections,
so a pass that looks at every clause, date or state of the report for each clause grows
with the square of its length there and shows here first.

Documents are read from ../shared at run time, never copied into the repo (see speed.py).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import dev_documents  # noqa: E402

STAGES = ("scan", "resolve", "_rank_in_context", "_accept", "to_record")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--reading", action="store_true", help="the reading stage, mentions given")
    args = ap.parse_args(argv)
    if args.reading:
        return reading(args.mb, args.repeat)

    from geomove.gazetteer import Gazetteer
    from geomove.mentions import find_mentions
    from geomove.mentions.finder import _Finder
    from geomove.parallel import BATCH_GC_MIDDLE, BATCH_GC_THRESHOLD

    spent: dict[str, float] = {}
    for name in STAGES:
        def timed(*a, _stage=getattr(_Finder, name), _name=name, **k):
            start = time.process_time()
            try:
                return _stage(*a, **k)
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.process_time() - start
        setattr(_Finder, name, timed)

    gc.set_threshold(BATCH_GC_THRESHOLD, BATCH_GC_MIDDLE, gc.get_threshold()[2])  # as a batch runs
    gaz = Gazetteer.default()
    parts, whole = _joined(args.mb)
    for text in parts + [whole]:
        find_mentions(text, gazetteer=gaz)
    best: dict[tuple[str, str], float] = {}
    for _ in range(args.repeat):
        for how, texts in (("whole", [whole]), ("parts", parts)):
            spent.clear()
            start = time.process_time()
            for text in texts:
                find_mentions(text, gazetteer=gaz)
            spent["find_mentions"] = time.process_time() - start
            for stage, cpu in spent.items():
                best[(how, stage)] = min(best.get((how, stage), float("inf")), cpu)
    print(f"{len(whole) / 1e6:.1f} MB of {len(parts)} dev documents, names already looked up; least CPU s of "
          f"{args.repeat} runs each")
    for stage in ("find_mentions",) + STAGES:
        w, p = best.get(("whole", stage), 0.0), best.get(("parts", stage), 0.0)
        print(f"  {stage:18s} whole {w:7.3f}  parts {p:7.3f}  ratio {w / p if p else float('nan'):.2f}x")
    return 0


def _joined(mb: float) -> tuple[list[str], str]:
    """Dev documents end to end up to ``mb`` MB: the parts, and the whole joined by blank lines."""
    docs = dev_documents()
    parts, total, i = [], 0, 0
    while True:
        text = docs[i % len(docs)]["text"]
        if total + len(text) + 2 > mb * 1e6:
            break
        parts.append(text)
        total += len(text) + 2
        i += 1
    return parts, "\n\n".join(parts)


def reading(mb: float, repeat: int) -> int:
    """The reading stage on the whole text and on its parts, the mentions given."""
    import copy

    from geomove.gazetteer import Gazetteer
    from geomove.mentions import find_mentions
    from geomove.read.assemble import extract

    gaz = Gazetteer.default()
    parts, whole = _joined(mb)
    found = {id(t): find_mentions(t, gazetteer=gaz) for t in parts + [whole]}
    best = {"whole": float("inf"), "parts": float("inf")}
    for _ in range(repeat):
        for how, texts in (("whole", [whole]), ("parts", parts)):
            given = [copy.deepcopy(found[id(t)]) for t in texts]  # (the reader writes into them)
            gc.collect()
            start = time.process_time()
            for text, mentions in zip(texts, given):
                extract(text, gazetteer=gaz, mentions=mentions, published="2024-01-01")
            best[how] = min(best[how], time.process_time() - start)
    print(f"{len(whole) / 1e6:.1f} MB of {len(parts)} dev documents, the reading stage with the mentions given; "
          f"least CPU s of {repeat} runs each")
    print(f"  extract (reading)  whole {best['whole']:7.3f}  parts {best['parts']:7.3f}  "
          f"ratio {best['whole'] / best['parts']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
