"""The dev corpora, read in place from ../shared/eval (never copied into the repo).

TR-News and GeoVirus (toponyms/*.jsonl, GPL-3) and the movement reports (movements/gold.jsonl
with articles/*.txt). ``GEOMOVE_EVAL`` points elsewhere. Each document is a dict with
``corpus``, ``id``, ``text`` and, for the movement reports, ``published``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

DEFAULT_EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
CORPORA = ("TR-News", "GeoVirus", "movements")


def eval_dir() -> Path:
    return Path(os.environ.get("GEOMOVE_EVAL") or DEFAULT_EVAL)


def available(root: Path | None = None) -> bool:
    root = root or eval_dir()
    return (root / "movements" / "gold.jsonl").is_file() and all(
        (root / "toponyms" / f"{c}.jsonl").is_file() for c in CORPORA[:2])


def load(root: Path | None = None, corpora=CORPORA) -> list[dict]:
    root = root or eval_dir()
    docs = []
    for corpus in corpora:
        if corpus == "movements":
            base = root / "movements"
            for line in (base / "gold.jsonl").read_text(encoding="utf-8").splitlines():
                if line.strip():
                    rec = json.loads(line)
                    docs.append({"corpus": corpus, "id": str(rec["id"]), "published": rec.get("published"),
                                 "text": (base / rec["text_file"]).read_text(encoding="utf-8")})
            continue
        for line in (root / "toponyms" / f"{corpus}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                docs.append({"corpus": corpus, "id": str(rec["doc_id"]), "text": rec["text"]})
    return docs
