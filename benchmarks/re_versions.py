"""Do two Python interpreters' ``re`` match geomove's patterns alike? (session 51, py3112)

Python 3.11.2's re (Debian 12's python3) differs from later 3.11 releases on possessive repeats
of groups (CPython gh-100061, fixed in 3.11.5); the fresh-clone CI may run it. Three steps, the
last two run once by each interpreter (start each from the tree, with PYTHONPATH=<tree>, so the
tree's geomove is imported and not an installed copy):

    python benchmarks/re_versions.py collect patterns.json          # every pattern geomove compiles
    PY_A benchmarks/re_versions.py run patterns.json a.json [TEXTS.jsonl ...]
    PY_B benchmarks/re_versions.py run patterns.json b.json [TEXTS.jsonl ...]
    python benchmarks/re_versions.py diff patterns.json a.json b.json

``collect`` imports every module and reads some golden lines (patterns compiled at first use);
``run`` compiles each pattern as geomove does (regex_cache's code, first-character sets
included) and runs it over the golden texts and the "text" of each line of the TEXTS files,
each whole and sentence by sentence (finditer; and, for an anchored or possessive pattern,
match at every word start of a sentence); ``diff`` names the patterns whose matches differ.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "movements.jsonl"
# a possessive repeat or an atomic group, as written (what the interpreters were found to differ on)
_POSSESSIVE = re.compile(r"[*+?}]\+|\(\?>")


def collect(out: str, golden_lines: int | str = 150) -> None:
    golden_lines = int(golden_lines)
    seen: dict = {}
    plain_compile = re._compile

    def noted(pattern, flags):
        if isinstance(pattern, str):
            seen.setdefault((pattern, int(flags)), ("re", False))
        return plain_compile(pattern, flags)

    re._compile = noted
    from geomove import regex_cache
    kept_compile = regex_cache.CompiledPatterns.compile

    def kept(self, pattern, flags=0):
        seen[(pattern, int(flags))] = ("kept", bool(self.first_characters))
        return kept_compile(self, pattern, flags)

    regex_cache.CompiledPatterns.compile = kept
    import geomove
    for module in pkgutil.walk_packages(geomove.__path__, "geomove."):
        if not module.name.endswith("__main__"):  # (it runs the command line)
            try:
                importlib.import_module(module.name)
            except Exception as error:  # noqa: BLE001 -- an optional dependency missing: said, passed over
                print("not imported:", module.name, repr(error)[:80], file=sys.stderr)
    with open(GOLDEN, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 10 == 0 and number // 10 < golden_lines:
                text = json.loads(line)["text"]
                geomove.extract(text, published="2025-03-12")
                geomove.places(text)
    rows = [[pattern, flags, via, first] for (pattern, flags), (via, first) in sorted(seen.items())]
    Path(out).write_text(json.dumps(rows), encoding="utf-8")
    print(len(rows), "patterns", file=sys.stderr)


def _units(files: list[str]) -> tuple[list[str], int]:
    texts = [json.loads(line)["text"] for line in open(GOLDEN, encoding="utf-8")]
    for name in files:
        texts += [json.loads(line)["text"] for line in open(name, encoding="utf-8") if line.strip()]
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s]
    return texts + sentences, len(texts)


def run(patterns: str, out: str, files: list[str]) -> None:
    from geomove import regex_cache
    units, whole = _units(files)
    folder = tempfile.mkdtemp()
    result = {}
    for index, (pattern, flags, via, first) in enumerate(json.loads(Path(patterns).read_text(encoding="utf-8"))):
        if via == "kept":  # (a fresh folder: compiled anew, as geomove compiles it)
            compiled = regex_cache.CompiledPatterns("" if first else "plain", folder=folder, lazy=False).compile(pattern, flags)
        else:
            compiled = re.compile(pattern, flags)
        each_start = pattern.startswith("^") or _POSSESSIVE.search(pattern)
        digests = []
        for number, unit in enumerate(units):
            found = [(m.span(), m.groups()) for m in compiled.finditer(unit)]
            if each_start and number >= whole:
                starts = [0] + [m.end() for m in re.finditer(r"\s+", unit)]
                found.append([(k, m.span(), m.groups()) for k in starts for m in [compiled.match(unit[k:])] if m])
            digests.append(hashlib.sha1(repr(found).encode()).hexdigest()[:12])
        result[index] = digests
    Path(out).write_text(json.dumps({"python": sys.version, "units": len(units), "digests": result}), encoding="utf-8")


def diff(patterns: str, a: str, b: str) -> int:
    rows = json.loads(Path(patterns).read_text(encoding="utf-8"))
    first, second = (json.loads(Path(x).read_text(encoding="utf-8")) for x in (a, b))
    print("A:", first["python"].split()[0], "B:", second["python"].split()[0], first["units"], "units")
    differing = 0
    for index, digests in first["digests"].items():
        other = second["digests"][index]
        units = sum(x != y for x, y in zip(digests, other))
        if units:
            differing += 1
            print(f"{index}: {units} units differ: {rows[int(index)][0][:100]!r}")
    print(differing, "of", len(rows), "patterns differ")
    return 1 if differing else 0


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "collect":
        collect(*args)
    elif command == "run":
        run(args[0], args[1], args[2:])
    elif command == "diff":
        sys.exit(diff(*args))
    else:
        sys.exit(__doc__)
