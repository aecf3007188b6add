"""What a store of look-up answers kept in advance would save a batch: the experiment (session 18,
speed43) behind geomove/mentions/kept_answers.py, which ships such a store (speed44).

    python benchmarks/kept_answers.py BATCH            # the batch's first pass, no store
    python benchmarks/kept_answers.py BATCH --words 30000

The finder looks a name up once per process (mentions.candidates keeps the answer for every later
document), and in a batch of a few hundred news reports those first look-ups are a third of the
reading (see find_passes.py --lookups-first). An answer is a short list of candidate dicts
(~1.3 kB in marshal format, ~5 us to load), where working it out costs ~300 us. Which names would
a store hold? The names a batch asks about are mostly the words news writes often: the most
frequent English words (wordfreq, not the dev documents) written with a capital, those the
index holds as a name key, cover about half of the dev batch's look-ups.

With ``--words N`` this works out the answer of each such word among wordfreq's N most frequent
(with a gazetteer of its own), keeps it as marshal bytes, and hands the loaded answers to the
batch's shared candidate cache, as a store read before the batch would; then it reads the batch
once and prints the CPU seconds of that pass. The store is built in this process, so the name
folding of its words is warm too: an upper bound of what a store read from disk would save.
With ``--disk`` a child process writes the answers to a SQLite file (one row a name) and the
batch asks that file for a name's answer the first time the finder needs it (kind None), working
it out only where the file has none: what a shipped store would cost and save.
(The shipped store, with its own fingerprint, is read the same way; this script's batch turns it
off with GEOMOVE_KEPT_ANSWERS=0 so that its own store is measured: ``--disk``'s figures are those of
the shipped store.)
"""

from __future__ import annotations

import argparse
import gc
import json
import marshal
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch", help="JSON Lines, one {'text': ...} a line")
    ap.add_argument("--words", type=int, default=0, help="keep the answers of wordfreq's N most frequent words")
    ap.add_argument("--disk", action="store_true", help="the store in a SQLite file written by a child process")
    ap.add_argument("--write", help=argparse.SUPPRESS)  # (the child: write the store there and stop)
    args = ap.parse_args(argv)
    import os
    os.environ["GEOMOVE_KEPT_ANSWERS"] = "0"  # (the shipped store off: this script measures its own)
    if args.write:
        return _write_store(args.write, args.words)
    if args.disk and args.words:
        return _batch_with_disk_store(args.batch, args.words)
    from geomove.parallel import _batch_thresholds
    gc.set_threshold(*_batch_thresholds(gc.get_threshold()))  # (as a batch runs)
    import geomove.mentions.candidates as finder_candidates
    from geomove.gazetteer import Gazetteer
    from geomove.mentions import find_mentions
    from geomove.mentions.finder import _Finder
    from geomove.names import name_key
    texts = [json.loads(line)["text"] for line in Path(args.batch).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    gaz = Gazetteer.default()
    if args.words:
        from wordfreq import top_n_list
        # (room for the store and the batch's own look-ups: the cache drops its oldest quarter when full)
        finder_candidates._CANDIDATES_MAX = 10 * args.words
        words = sorted({w[:1].upper() + w[1:] for w in top_n_list("en", args.words)})
        own = Gazetteer(gaz.path)  # (its caches are its own: the batch's gazetteer stays cold)
        finder = _Finder("", own)
        t = time.process_time()
        kept = {}
        for w in words:
            k = name_key(w)
            if k and own.has_key(k):
                kept[(w, None)] = marshal.dumps(finder.shared_candidates_of(w, None), 4)
        built = time.process_time() - t
        t = time.process_time()
        shared = _Finder("", gaz).cand_cache
        for key, data in kept.items():
            shared[key] = marshal.loads(data)
        loaded = time.process_time() - t
        print(f"store: {len(kept):,} answers of {len(words):,} words, {sum(map(len, kept.values())) / 1e6:.1f} MB; "
              f"built in {built:.1f} CPU s, loaded in {loaded:.3f}")
        del own, finder
    gc.collect()
    gc.freeze()
    made = [0]  # the look-ups the pass works out (the names the store does not hold)
    real = finder_candidates.CandidateLookup._filtered_candidates

    def counted(self, name, kind):
        made[0] += 1
        return real(self, name, kind)

    finder_candidates.CandidateLookup._filtered_candidates = counted
    t = time.process_time()
    for text in texts:
        find_mentions(text, gazetteer=gaz)
    print(f"words {args.words}: pass 1 {time.process_time() - t:.3f} CPU s, {made[0]:,} look-ups worked out")
    return 0


def _stored_words(words: int):
    """(word, its answer as marshal bytes) for wordfreq's ``words`` most frequent words written with
    a capital that the index holds as a name key, worked out with a gazetteer of its own."""
    from wordfreq import top_n_list
    from geomove.gazetteer import Gazetteer
    from geomove.mentions.finder import _Finder
    from geomove.names import name_key
    own = Gazetteer(Gazetteer.default().path)
    finder = _Finder("", own)
    for w in sorted({w[:1].upper() + w[1:] for w in top_n_list("en", words)}):
        k = name_key(w)
        if k and own.has_key(k):
            yield w, marshal.dumps(finder.shared_candidates_of(w, None), 4)


def _write_store(path: str, words: int) -> int:
    import sqlite3
    t = time.process_time()
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size = 16384")
    db.execute("CREATE TABLE answers (name TEXT PRIMARY KEY, data BLOB) WITHOUT ROWID")
    db.executemany("INSERT INTO answers VALUES (?, ?)", _stored_words(words))
    db.commit()
    db.execute("VACUUM")
    n = db.execute("SELECT count(*) FROM answers").fetchone()[0]
    db.close()
    print(f"store: {n:,} answers, {Path(path).stat().st_size / 1e6:.1f} MB on disk, written in "
          f"{time.process_time() - t:.1f} CPU s")
    return 0


def _batch_with_disk_store(batch: str, words: int) -> int:
    import os
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "answers.sqlite")
        done = subprocess.run([sys.executable, __file__, batch, "--words", str(words), "--write", path],
                              capture_output=True, text=True, check=True)
        print(done.stdout.strip())
        from geomove.parallel import _batch_thresholds
        gc.set_threshold(*_batch_thresholds(gc.get_threshold()))
        import geomove.mentions.candidates as finder_candidates
        from geomove.gazetteer import Gazetteer
        from geomove.io.sqlite_uri import connect_read_only
        from geomove.mentions import find_mentions
        texts = [json.loads(line)["text"] for line in Path(batch).read_text(encoding="utf-8").splitlines()
                 if line.strip()]
        gaz = Gazetteer.default()
        store = connect_read_only(Path(path), immutable=True)
        made = [0]
        real = finder_candidates.CandidateLookup._filtered_candidates

        def from_store(self, name, kind):
            if kind is None:
                hit = store.execute("SELECT data FROM answers WHERE name = ?", (name,)).fetchone()
                if hit is not None:
                    return marshal.loads(hit[0])
            made[0] += 1
            return real(self, name, kind)

        finder_candidates.CandidateLookup._filtered_candidates = from_store
        gc.collect()
        gc.freeze()
        t = time.process_time()
        for text in texts:
            find_mentions(text, gazetteer=gaz)
        print(f"words {words} (disk): pass 1 {time.process_time() - t:.3f} CPU s, {made[0]:,} look-ups worked out")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
