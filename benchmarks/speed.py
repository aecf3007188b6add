"""Speed of `places --jsonl` and `extract --jsonl` in one process on one core, and a guard that
speed work does not change answers.

    python benchmarks/speed.py record OUT.jsonl    # every dev document's outputs, canonical JSON
    python benchmarks/speed.py compare OUT.jsonl   # run again; count documents and differences
    python benchmarks/speed.py time                # docs per CPU-second and peak RSS, per command
    python benchmarks/speed.py scale               # a 1 MB / 10 MB report against the sum of its parts
    python benchmarks/speed.py cold                # CPU time of `geocode` from a fresh process
    python benchmarks/speed.py workers             # --workers 2 against 1 (CPU critical path, wall)
    python benchmarks/speed.py stages              # where the CPU goes: gazetteer look-ups vs reading

Documents: ../shared/eval/toponyms/*.jsonl and ../shared/eval/movements/articles/*.txt (with
gold.jsonl's published dates). They are read from ../shared at run time, never copied into the repo;
the JSONL batch handed to the CLI is written to a temporary folder.

The CLI runs as a child process (startup included, index already built). Times are CPU seconds of
the child (os.wait4's resource usage of that one child), not wall clock: the machine is shared, and
CPU time is what a document costs. Peak RSS is that child's ru_maxrss (with the workers it waited for),
not the largest of every child run so far, which getrusage(RUSAGE_CHILDREN) would give.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GEOMOVE_EVAL") or ROOT.parent / "shared" / "eval")  # (as devcorpora.eval_dir)
GEOMOVE = [str(Path(sys.executable).with_name("geomove"))]  # the console script beside this Python


def dev_documents(shared: Path = SHARED) -> list[dict]:
    """Every dev document as {"id", "text", "published"?} in a fixed order."""
    docs = []
    for path in sorted((shared / "toponyms").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                docs.append({"id": f"{path.stem}/{rec['doc_id']}", "text": rec["text"]})
    root = shared / "movements"
    published = {}
    for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            published[rec["text_file"]] = rec.get("published")
    for path in sorted((root / "articles").glob("*.txt")):
        doc = {"id": f"movements/{path.name}", "text": path.read_text(encoding="utf-8")}
        pub = published.get(path.name) or published.get(f"articles/{path.name}")
        if pub:
            doc["published"] = pub
        docs.append(doc)
    return docs


def _write_batch(docs: list[dict], folder: str) -> str:
    path = os.path.join(folder, "batch.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return path


def run_child(cmd: list[str]) -> tuple[int, str, str, float, float]:
    """Exit code, stdout, stderr, CPU seconds and peak RSS (MB) of one child process.

    The usage is os.wait4's for this child alone (with the processes it waited for): the
    ru_maxrss of getrusage(RUSAGE_CHILDREN) is the largest of every child so far, so a small
    run after a large one would print the large one's peak."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8"), err.read().decode("utf-8", "replace")
    return proc.returncode, stdout, stderr, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run_cli(args: list[str]) -> tuple[str, float, float, float]:
    """stdout, CPU seconds, wall seconds and peak RSS (MB) of one geomove child process."""
    start = time.perf_counter()
    code, stdout, stderr, cpu, peak = run_child(GEOMOVE + args)
    wall = time.perf_counter() - start
    if code != 0:
        sys.exit(f"geomove {' '.join(args)} failed ({code}): {stderr.strip()[-2000:]}")
    return stdout, cpu, wall, peak


def ensure_bytecode() -> None:
    """Compile geomove's modules to bytecode before anything is timed, as installing the package
    does: with PYTHONDONTWRITEBYTECODE set (this machine sets it) every timed child would compile
    the modules it imports from source again, ~0.05 CPU s a run that no installed copy pays."""
    import compileall
    compileall.compile_dir(str(ROOT / "geomove"), quiet=1)


def ensure_index() -> None:
    """Build the index (if missing) before anything is timed: another checkout's build sweeps
    idle indexes of other fingerprints away (gazetteer._remove_stale_indexes), and a timed run
    that rebuilds would report the build (~30 CPU s) as reading."""
    subprocess.run(GEOMOVE + ["geocode", "Kharkiv"], capture_output=True, cwd=ROOT)


def outputs(docs: list[dict]) -> dict[str, dict]:
    """{document id: {"places": ..., "extract": ...}} from the CLI, canonical."""
    with tempfile.TemporaryDirectory() as tmp:
        batch = _write_batch(docs, tmp)
        result = {d["id"]: {} for d in docs}
        for command in ("places", "extract"):
            out, *_ = run_cli([command, "--jsonl", batch])
            for line in out.splitlines():
                rec = json.loads(line)
                result[rec.pop("id")][command] = rec
    return result


def canonical(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def record(path: str) -> None:
    docs = dev_documents()
    with open(path, "w", encoding="utf-8") as fh:
        for doc_id, out in outputs(docs).items():
            fh.write(canonical({"id": doc_id, **out}) + "\n")
    print(f"recorded {len(docs)} documents to {path}")


def compare(path: str, show: int = 5) -> int:
    recorded = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        recorded[rec.pop("id")] = rec
    now = outputs(dev_documents())
    differ = [i for i in recorded if canonical(recorded[i]) != canonical(now.get(i))]
    differ += [i for i in now if i not in recorded]
    print(f"compared {len(recorded)} documents (places and extract): {len(differ)} differ")
    for doc_id in differ[:show]:
        for command in ("places", "extract"):
            a, b = recorded.get(doc_id, {}).get(command), (now.get(doc_id) or {}).get(command)
            if canonical(a) != canonical(b):
                print(f"  {doc_id} {command}:\n    before {canonical(a)[:600]}\n    after  {canonical(b)[:600]}")
    return 1 if differ else 0


_GEOTEXT_CHILD = """
import json, sys
from geotext import GeoText
for line in open(sys.argv[1], encoding="utf-8"):
    g = GeoText(json.loads(line)["text"])
    sys.stdout.write(json.dumps({"cities": g.cities, "countries": g.countries}) + "\\n")
"""


def geotext_cpu(batch: str, repeat: int = 1) -> float | None:
    """CPU s of geotext (city and country names only) over the same batch in a fresh process,
    startup included, as geomove is timed; None when geotext is not installed."""
    try:
        import geotext  # noqa: F401
    except ImportError:
        return None
    best = None
    for _ in range(repeat):
        code, _, stderr, cpu, _ = run_child([sys.executable, "-c", _GEOTEXT_CHILD, batch])
        if code != 0:
            sys.exit(f"geotext failed ({code}): {stderr.strip()[-2000:]}")
        best = cpu if best is None else min(best, cpu)
    return best


def timing(repeat: int = 1, workers: int = 1) -> None:
    docs = dev_documents()
    chars = sum(len(d["text"]) for d in docs)
    with tempfile.TemporaryDirectory() as tmp:
        batch = _write_batch(docs, tmp)
        geotext = geotext_cpu(batch, repeat)
        if geotext is None:
            print("geotext: not installed (pip install -e '.[bench]'): no ratio")
        else:
            print(f"geotext (city and country names only): {len(docs)} docs in {geotext:.2f} CPU s: "
                  f"{len(docs) / geotext:.0f} docs per CPU-second")
        for command in ("places", "extract"):
            best = None
            for _ in range(repeat):
                _, cpu, wall, rss = run_cli([command, "--workers", str(workers), "--jsonl", batch])
                best = min(best or (cpu, wall, rss), (cpu, wall, rss))
            cpu, wall, rss = best
            print(f"{command} --workers {workers} --jsonl: {len(docs)} docs ({chars / 1e6:.2f} MB) in {cpu:.2f} CPU s "
                  f"({wall:.2f} s wall): {len(docs) / cpu:.0f} docs per CPU-second, "
                  f"{chars / 1e6 / cpu:.3f} MB/CPU-s, peak RSS {rss:.0f} MB"
                  + (f"; geomove/geotext {geotext / cpu:.3f}" if geotext else ""))


_LIBRARY_CHILD = """
import json, sys
from geomove.gazetteer import Gazetteer
from geomove.parallel import map_reports, read_one
gaz = Gazetteer.default()
path, command = sys.argv[1], sys.argv[2]
task = "extract" if command == "extract" else "places"
if path.endswith(".jsonl"):
    reports = [json.loads(line) for line in open(path, encoding="utf-8")]
    for _ in map_reports(reports, task, workers=1):
        pass
else:
    read_one({"text": open(path, encoding="utf-8").read()}, task, gazetteer=gaz)
"""


def run_library(path: str, command: str) -> tuple[float, float]:
    """CPU s and peak RSS MB of a child reading ``path`` (one text, or JSON Lines of many) with
    the library: what the CLI does, without its limit on one report's length."""
    code, _, stderr, cpu, peak = run_child([sys.executable, "-c", _LIBRARY_CHILD, path, command])
    if code != 0:
        sys.exit(f"reading {path} failed: {stderr.strip()[-2000:]}")
    return cpu, peak


def scale(sizes=(1_000_000, 10_000_000), command: str = "places") -> None:
    """A report of SIZE characters made of dev documents end to end, against the same documents
    as a batch of separate reports (each run includes one startup, subtracted from both).

    Up to the CLI's limit on one report (geomove.reports.MAX_REPORT_CHARS, 1,000,000
    characters) both run as `geomove COMMAND`; longer texts, which the CLI refuses, run through
    the library in a child process (geomove.parallel.read_one on the whole text, map_reports
    on its parts)."""
    from geomove.reports import MAX_REPORT_CHARS

    docs = dev_documents()
    with tempfile.TemporaryDirectory() as tmp:
        empty = os.path.join(tmp, "empty.jsonl")
        Path(empty).write_text(json.dumps({"id": "0", "text": "Nothing here."}) + "\n", encoding="utf-8")
        empty_txt = os.path.join(tmp, "empty.txt")
        Path(empty_txt).write_text("Nothing here.", encoding="utf-8")
        for size in sizes:
            parts, total, i = [], 0, 0
            while True:
                doc = docs[i % len(docs)]
                if total + len(doc["text"]) + 2 > size:
                    break
                parts.append({"id": str(i), "text": doc["text"]})
                total += len(doc["text"]) + 2
                i += 1
            batch = _write_batch(parts, tmp)
            whole = os.path.join(tmp, "whole.txt")
            Path(whole).write_text("\n\n".join(p["text"] for p in parts), encoding="utf-8")
            if total <= MAX_REPORT_CHARS:
                how = "CLI"
                _, startup, _, _ = run_cli([command, "--jsonl", empty])
                _, cpu_parts, _, rss_parts = run_cli([command, "--jsonl", batch])
                _, cpu_whole, _, rss_whole = run_cli([command, whole])
            else:
                how = "library (over the CLI's limit of one report)"
                startup, _ = run_library(empty_txt, command)
                cpu_parts, rss_parts = run_library(batch, command)
                cpu_whole, rss_whole = run_library(whole, command)
            ratio = (cpu_whole - startup) / max(cpu_parts - startup, 1e-9)
            print(f"{command} ({how}): {total / 1e6:.1f} MB report {cpu_whole:.1f} CPU s (peak {rss_whole:.0f} MB) vs "
                  f"{len(parts)} parts {cpu_parts:.1f} CPU s (peak {rss_parts:.0f} MB); startup {startup:.2f} s; "
                  f"ratio {ratio:.2f}x")


def _cpu_of(pid: int) -> float | None:
    """CPU seconds (user + system) of a live process, from /proc (Linux)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(c) for c in f.read().split()]
    except OSError:
        pass
    return out


def _memory_of(pid: int) -> tuple[float, float] | None:
    """(Anonymous MB, Pss MB) of a process from /proc/PID/smaps_rollup, None when unreadable."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            fields = dict(line.split(":", 1) for line in fh if ":" in line)
        return int(fields["Anonymous"].split()[0]) / 1024, int(fields["Pss"].split()[0]) / 1024
    except (OSError, KeyError, ValueError, IndexError):
        return None


def run_pool(args: list[str]) -> tuple[float, float, float, dict[int, float], dict[str, float]]:
    """(wall s, CPU s of the whole tree, the parent's CPU s before its first worker started,
    {worker pid: its CPU s}, memory) of one geomove child; the processes are sampled from /proc
    every 5 ms (a worker's last sample before it ends).

    memory: ``maxrss`` (the largest process's peak RSS, as ``time`` prints it), ``anon`` (the
    largest sum over the processes of their anonymous memory: what the run holds of its own)
    and ``pss`` (the largest sum of their proportional set sizes), sampled every 50 ms. A
    worker reads the index and the store through a memory map (parallel.WORKER_MMAP_SIZE): its
    RSS counts the file pages it touched (and the kernel's fault-around neighbours), pages of
    the kernel's cache that every process shares and the kernel may drop, not new memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(GEOMOVE + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    workers: dict[int, float] = {}
    parent_before = None
    last_parent = 0.0
    anon = pss = 0.0
    turn = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        children = _children(proc.pid)
        if children and parent_before is None:
            parent_before = last_parent
        for child in children:
            cpu = _cpu_of(child)
            if cpu is not None:
                workers[child] = cpu
        last_parent = _cpu_of(proc.pid) or last_parent
        if turn % 10 == 0:
            sizes = [m for m in map(_memory_of, [proc.pid] + children) if m is not None]
            anon = max(anon, sum(a for a, _ in sizes))
            pss = max(pss, sum(p for _, p in sizes))
        turn += 1
        time.sleep(0.005)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"geomove {' '.join(args)} failed: {proc.stderr.read().decode()[-2000:]}")
    memory = {"maxrss": usage.ru_maxrss / 1024, "anon": anon, "pss": pss}
    return wall, usage.ru_utime + usage.ru_stime, parent_before or 0.0, workers, memory


def workers_ratio(command: str = "places", repeat: int = 3) -> None:
    """``--workers 2`` against ``--workers 1``: the wall-clock ratio (meaningful on two idle
    cores only), and the same ratio from CPU seconds, which other work on the machine moves
    far less: one worker's run against what the 2-worker run would take on two idle cores --
    the parent's CPU before its workers start (imports, reading, warming up: one core idles),
    then the larger of the busier worker's CPU and half of everything done after the fork
    (the workers' and the parent's: two cores share it).

    The wall clock of each run is taken from a run nobody watches (run_cli, as a user runs
    it), not from the sampled run: sampling /proc every 5 ms and smaps_rollup every 50 ms
    costs this process ~1 ms of CPU a turn and ~4-7 ms a memory turn (speed141), on the two
    cores the run's own processes need: it lengthened the 2-worker run it timed, not the
    1-worker run, which nothing samples."""
    docs = dev_documents()
    with tempfile.TemporaryDirectory() as tmp:
        batch = _write_batch(docs, tmp)
        ones, twos = [], []
        for _ in range(repeat):  # interleaved: a burst of other work hits both alike
            _, cpu1, wall1, _ = run_cli([command, "--workers", "1", "--jsonl", batch])
            ones.append((cpu1, wall1))
            _, _, wall2, _ = run_cli([command, "--workers", "2", "--jsonl", batch])
            sampled_wall2, cpu2, before, per_worker, memory = run_pool([command, "--workers", "2", "--jsonl", batch])
            parent = cpu2 - sum(per_worker.values())
            after = cpu2 - before
            path = before + max(max(per_worker.values(), default=0.0), after / 2)
            twos.append((path, wall2, cpu2, parent, before, sorted(per_worker.values()), memory, sampled_wall2))
        cpu1, wall1 = min(ones)
        path2, wall2, cpu2, parent, before, per_worker, memory, _ = min(twos)
        best_wall1, best_wall2 = min(w for _, w in ones), min(t[1] for t in twos)
        print(f"{command} --workers 1: {cpu1:.2f} CPU s; --workers 2: {cpu2:.2f} CPU s in all (parent "
              f"{parent:.2f}, of which {before:.2f} before the fork; workers "
              f"{', '.join(f'{w:.2f}' for w in per_worker)}) -> {path2:.2f} s on two idle cores: "
              f"{cpu1 / path2:.2f}x (CPU, best of {repeat})")
        print(f"{command} wall clock: --workers 1 {best_wall1:.2f} s, --workers 2 {best_wall2:.2f} s: "
              f"{best_wall1 / best_wall2:.2f}x (load average {os.getloadavg()[0]:.2f}; on 2 cores "
              f"this is the figure only when they are idle; the sampled 2-worker runs took "
              f"{min(t[7] for t in twos):.2f} s)")
        print(f"{command} --workers 2 memory: peak RSS {memory['maxrss']:.0f} MB (the largest process, mapped "
              f"index and store pages included), the processes' anonymous memory {memory['anon']:.0f} MB "
              f"in all, PSS {memory['pss']:.0f} MB in all (sampled every 50 ms)")


_STAGES_CHILD = """
import json, sys, time
clock = time.process_time
start = clock()
sys.path.insert(0, "benchmarks")
from stage_timers import StageTimers
from geomove import distance
from geomove.gazetteer import Gazetteer
from geomove.parallel import map_reports
timers = StageTimers(("candidates", "keep", "rows", "has_key", "demonym", "gaps"))
timers.patch_candidates(Gazetteer)
timers.patch(Gazetteer, "_rows_for_key", "rows")
timers.patch(Gazetteer, "has_key", "has_key")
timers.patch(Gazetteer, "demonym", "demonym")
timers.patch(distance.Gaps, "smallest", "gaps")
spent, calls = timers.spent, timers.calls
reports = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
Gazetteer.default()
ready = clock()
for _ in map_reports(reports, sys.argv[2], workers=1):
    pass
print(json.dumps({"startup": ready - start, "run": clock() - ready, "spent": spent, "calls": calls}))
"""


def stages(command: str = "places") -> None:
    """Where the CPU time of a batch goes: the gazetteer's look-ups (less the finder's keep test
    they call), its SQLite row fetches, name tests, distances, and the rest (reading), in one
    child process. The timers cost some time themselves (two clock reads a call)."""
    docs = dev_documents()
    with tempfile.TemporaryDirectory() as tmp:
        batch = _write_batch(docs, tmp)
        proc = subprocess.run([sys.executable, "-c", _STAGES_CHILD, batch, command], capture_output=True,
                              text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"stages failed: {proc.stderr.strip()[-2000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    spent, calls, run = out["spent"], out["calls"], out["run"]
    own = spent["candidates"] - spent["keep"]
    rest = run - spent["candidates"] - spent["has_key"] - spent["demonym"] - spent["gaps"]
    print(f"{command}: {len(docs)} docs; before the first report (imports, index open) {out['startup']:.2f} CPU s, "
          f"the batch {run:.2f} CPU s (the finder's own imports included)")
    for label, secs, n in (
            ("Gazetteer.candidates, less the keep test it calls", own, calls["candidates"]),
            ("  of which row fetches (_rows_for_key: key_rows blobs, else the SQLite join)", spent["rows"], calls["rows"]),
            ("the finder's keep test, called by candidates", spent["keep"], calls["keep"]),
            ("Gazetteer.has_key", spent["has_key"], calls["has_key"]),
            ("Gazetteer.demonym", spent["demonym"], calls["demonym"]),
            ("distance.Gaps.smallest", spent["gaps"], calls["gaps"]),
            ("everything else (tokens, runs, ranking in context, roles, output)", rest, None)):
        print(f"  {label}: {secs:.2f} s ({100 * secs / run:.0f}%)" + (f", {n:,} calls" if n is not None else ""))


def cold(name: str = "Kharkiv", repeat: int = 3) -> None:
    best = min(run_cli(["geocode", name])[1] for _ in range(repeat))
    print(f"geocode {name} from a fresh process: {best:.3f} CPU s (best of {repeat})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    sub.add_parser("record").add_argument("out")
    sub.add_parser("compare").add_argument("recorded")
    p = sub.add_parser("time")
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--workers", type=int, default=1, help="processes (CPU time is summed over them)")
    p = sub.add_parser("scale")
    p.add_argument("--mb", type=float, nargs="+", default=[1, 10])
    p.add_argument("--command", default="places", choices=["places", "extract"])
    sub.add_parser("cold")
    p = sub.add_parser("stages")
    p.add_argument("--command", default="places", choices=["places", "extract"])
    p = sub.add_parser("workers")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--command", default="places", choices=["places", "extract"])
    args = ap.parse_args(argv)
    ensure_bytecode()
    ensure_index()
    if args.what == "record":
        record(args.out)
    elif args.what == "compare":
        return compare(args.recorded)
    elif args.what == "time":
        timing(args.repeat, args.workers)
    elif args.what == "scale":
        scale(tuple(int(mb * 1_000_000) for mb in args.mb), args.command)
    elif args.what == "workers":
        workers_ratio(args.command, args.repeat)
    elif args.what == "stages":
        stages(args.command)
    else:
        cold()
    return 0


if __name__ == "__main__":
    sys.exit(main())
