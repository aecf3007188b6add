"""Which C-backed structure should hold every name key of the gazetteer index for matching?

    python benchmarks/matchers.py [--texts N]

For each installed candidate (marisa-trie, pyahocorasick; missing ones are skipped) over every
distinct key of the built index's `names` table: build time, file size, load time (marisa-trie
memory-maps its file; a pickled automaton is read whole), peak memory added, and look-up speed
for the n-grams of capitalised-word runs that the mention finder asks about (the same folded
keys, so the figures compare the structures, not the folding). Times are CPU seconds
(time.process_time): the machine is shared. Not a test; prints numbers.
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def index_keys() -> list[str]:
    from geomove.gazetteer import default_index_path
    db = sqlite3.connect(f"file:{default_index_path()}?mode=ro", uri=True)
    return [k for (k,) in db.execute("SELECT DISTINCT key FROM names")]


def queries(n_texts: int) -> list[str]:
    """Folded keys of every 1..6-word n-gram of capitalised runs in the dev texts."""
    from speed import dev_documents

    from geomove.names import name_key
    from geomove.textutil import tokenize
    out = []
    for doc in dev_documents()[:n_texts]:
        toks = tokenize(doc["text"])
        run: list[str] = []
        for tok in toks + [None]:
            if tok is not None and tok.text[:1].isupper():
                run.append(tok.text)
                continue
            for i in range(len(run)):
                for n in range(1, min(6, len(run) - i) + 1):
                    k = name_key(" ".join(run[i:i + n]))
                    if k:
                        out.append(k)
            run = []
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=int, default=400)
    args = ap.parse_args(argv)
    t = time.process_time()
    keys = index_keys()
    print(f"{len(keys):,} distinct name keys read in {time.process_time() - t:.1f} CPU s")
    asked = queries(args.texts)
    print(f"{len(asked):,} n-gram keys asked by {args.texts} dev texts")
    tmp = tempfile.mkdtemp()

    try:
        import marisa_trie
    except ImportError:
        marisa_trie = None
        print("marisa-trie: not installed")
    if marisa_trie is not None:
        before = rss_mb()
        t = time.process_time()
        trie = marisa_trie.Trie(keys)
        build = time.process_time() - t
        path = os.path.join(tmp, "names.marisa")
        trie.save(path)
        del trie
        t = time.process_time()
        trie = marisa_trie.Trie().mmap(path)
        load = time.process_time() - t
        t = time.process_time()
        hits = sum(1 for k in asked if k in trie)
        look = time.process_time() - t
        print(f"marisa-trie: build {build:.1f} s, file {os.path.getsize(path) / 1e6:.1f} MB, mmap load "
              f"{load * 1000:.1f} ms, +{rss_mb() - before:.0f} MB peak while building, "
              f"{len(asked) / look / 1e6:.2f} M look-ups/s ({hits:,} hits)")
        del trie

    try:
        import ahocorasick
    except ImportError:
        ahocorasick = None
        print("pyahocorasick: not installed")
    if ahocorasick is not None:
        before = rss_mb()
        t = time.process_time()
        auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
        for k in keys:
            auto.add_word(k)
        auto.make_automaton()
        build = time.process_time() - t
        path = os.path.join(tmp, "names.aho")
        with open(path, "wb") as fh:
            pickle.dump(auto, fh)
        del auto
        t = time.process_time()
        with open(path, "rb") as fh:
            auto = pickle.load(fh)
        load = time.process_time() - t
        t = time.process_time()
        hits = sum(1 for k in asked if k in auto)
        look = time.process_time() - t
        print(f"pyahocorasick: build {build:.1f} s, file {os.path.getsize(path) / 1e6:.1f} MB, unpickle "
              f"{load * 1000:.0f} ms, +{rss_mb() - before:.0f} MB peak, "
              f"{len(asked) / look / 1e6:.2f} M look-ups/s ({hits:,} hits)")

    s = set(keys)
    t = time.process_time()
    hits = sum(1 for k in asked if k in s)
    look = time.process_time() - t
    print(f"python set (for scale): {len(asked) / look / 1e6:.2f} M look-ups/s ({hits:,} hits)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
