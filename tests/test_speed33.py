"""speed33: the collector's thresholds from the program's start and the frozen state of a last
batch."""

import gc
import json
import subprocess
import sys

from geomove import parallel


# --- the collector -----------------------------------------------------------------------------

def test_the_program_raises_the_collectors_thresholds_from_its_start(tmp_path):
    """geomove run as the program (argv None) reads with the batch thresholds from the start,
    not only once the batch begins; a caller that hands argv in keeps its own."""
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": "Two convoys drove from Lviv to Kyiv on Monday."}) + "\n",
                     encoding="utf-8")
    code = ("import gc, sys\n"
            "from geomove.cli import main\n"
            "import geomove.parallel\n"  # (imported by main before it raises them: from source, a collection or two)
            "seen = []\n"
            "gc.callbacks.append(lambda phase, info: phase == 'start' and seen.append(gc.get_threshold()[0]))\n"
            f"sys.argv = ['geomove', 'places', '--workers', '1', '--jsonl', {str(batch)!r}]\n"
            "main()\n"
            "print(gc.get_threshold()[0], min(seen, default=10**9), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == "a"
    threshold, lowest_seen = map(int, done.stderr.split()[-2:])
    assert threshold >= parallel.BATCH_GC_THRESHOLD
    # every collection after geomove.cli and geomove.parallel were imported ran at the batch
    # threshold (the reader, the index and the batch are loaded in main)
    assert lowest_seen >= parallel.BATCH_GC_THRESHOLD


def test_start_of_program_sets_the_batch_thresholds():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        parallel.start_of_program()
        assert gc.get_threshold() == (parallel.BATCH_GC_THRESHOLD, parallel.BATCH_GC_MIDDLE, 10)
    finally:
        gc.set_threshold(*before)


def test_a_last_batch_freezes_what_is_alive_before_its_first_report(gazetteer):
    """map_json_lines(last=True): the modules and the open index are frozen when the batch
    starts (the collector's walks during the batch leave them out); not the last: nothing."""
    reports = [{"id": str(i), "text": t} for i, t in enumerate(["Troops moved from Goma to Sake.",
                                                                 "A convoy left Kyiv."])]
    gc.unfreeze()
    try:
        first = next(iter(parallel.map_json_lines(reports, "places", workers=1)))
        assert gc.get_freeze_count() == 0
        lines = parallel.map_json_lines(reports, "places", workers=1, last=True)
        assert next(lines) == first
        assert gc.get_freeze_count() > 1000
        lines.close()
    finally:
        gc.unfreeze()  # this test process lives on
