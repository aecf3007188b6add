#!/usr/bin/env bash
# callgrind_cli.sh TREE VERB TAG: the instructions the whole CLI runs for `VERB --workers 1 --jsonl`
# on the 380 dev documents (benchmarks/speed.py's batch), under valgrind's callgrind: repeatable to
# ~0.1 M for one tree and folder whatever else the machine does, so two commits compare where CPU
# seconds on a shared machine cannot (HISTORY.md, sessions 10-56).
#
#   GEOMOVE_EVAL=/path/to/shared/eval PY=.venv/bin/python benchmarks/callgrind_cli.sh ../tree-a places a
#
# What makes two counts comparable (each learned the hard way, HISTORY.md):
# - TREE's own code: PYTHONPATH=TREE and TREE as the working directory (an editable install of
#   another checkout would otherwise be imported);
# - a private XDG cache per TAG: the gazetteer index copied in (from INDEX_FROM, default
#   ~/.cache/geomove; TREE builds one if it needs another), the rest built by TREE's code;
# - the store of kept answers (mentions/kept_answers.py) built by TREE's own code: a copied store is
#   stale (its fingerprint names the files' inodes and times) and a count without one is ~20% higher;
# - a warm-up run first (compiled .pyc, kept patterns), PYTHONHASHSEED fixed, no progress lines
#   between the first and the last (their number grew with the machine's load);
# - trees compared in folders whose paths have one length (the same code counted ~20 M apart in
#   folders of other lengths, session 56).
# Prints "TAG VERB instructions"; the profile is $WORK/cg-TAG-VERB.out (callgrind_annotate reads it).
set -euo pipefail
TREE=$(cd "$1" && pwd); VERB=$2; TAG=$3
PY=${PY:-python3}
WORK=${WORK:-/tmp/geomove-callgrind}
INDEX_FROM=${INDEX_FROM:-$HOME/.cache/geomove}
XDG=$WORK/xdg-$TAG
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$WORK"
# one batch for every tree compared, written by this script's own speed.py
BATCH=$WORK/batch.jsonl
if [ ! -s "$BATCH" ]; then
  "$PY" -c "import sys; sys.path.insert(0, sys.argv[2]); import speed; speed._write_batch(speed.dev_documents(), sys.argv[1])" "$WORK" "$HERE"
fi
if [ ! -d "$XDG/geomove" ]; then
  mkdir -p "$XDG/geomove"
  cp "$INDEX_FROM"/gazetteer-*.sqlite "$INDEX_FROM"/gazetteer-*.sqlite.keys-* "$XDG/geomove/" 2>/dev/null || true
fi
cd "$TREE"
# one progress line at the start and one at the end: a line every 5 s costs ~0.4 M each, so a run
# slowed by a busy machine counted ~26 M more for the same code (speed149, session 57); --quiet
# would also drop the batch's language note, part of what is measured
export PYTHONPATH="$TREE" XDG_CACHE_HOME="$XDG" PYTHONHASHSEED=0 GEOMOVE_PROGRESS_SECONDS=1000000
"$PY" -m compileall -q geomove >/dev/null 2>&1 || true
# the index this tree's code asks for (its fingerprint names the file): built here if the copy is
# another (`gazetteer info` only reports; picking the newest file could count one index with
# another's store, session 57)
INDEX=$("$PY" -m geomove gazetteer info | "$PY" -c 'import json, sys; print(json.load(sys.stdin)["path"])')
[ -f "$INDEX" ] || "$PY" -m geomove --quiet gazetteer build >/dev/null
"$PY" - "$INDEX" <<'PYEOF'
import sys
from pathlib import Path
from geomove.mentions.kept_answers import build_in_child, status
index = Path(sys.argv[1])
if not status(index).get("fresh"):
    build_in_child(index)
if not status(index).get("fresh"):
    sys.exit("callgrind_cli.sh: the store of kept answers could not be built")
PYEOF
"$PY" -m geomove "$VERB" --workers 1 --jsonl "$BATCH" > "$WORK/out-$TAG-$VERB.warm.jsonl" 2>/dev/null
OUT=$WORK/cg-$TAG-$VERB.out
valgrind --tool=callgrind --callgrind-out-file="$OUT" "$PY" -m geomove "$VERB" --workers 1 --jsonl "$BATCH" \
  > "$WORK/out-$TAG-$VERB.jsonl" 2>"$WORK/vg-$TAG-$VERB.err"
cmp -s "$WORK/out-$TAG-$VERB.warm.jsonl" "$WORK/out-$TAG-$VERB.jsonl" || echo "warning: the counted run's output differs from the warm-up's" >&2
echo "$TAG $VERB $(grep -m1 '^summary:\|^totals:' "$OUT" | awk '{print $2}')"
