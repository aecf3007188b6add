"""The reading wing's data files (the JSON beside its modules), each parsed once a process.

lexicon.json (~98 KB) was parsed by five modules and told_after.json and official_statements.json
by six each: ~20 M instructions of every ``extract`` start spent parsing what was already parsed.
The files are read from this folder (as ``Path(__file__).with_name`` did in some modules), not
through importlib.resources, which imports tempfile, shutil, bz2, lzma, random and zipfile
(~24 M instructions a process)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_FOLDER = Path(__file__).parent


@lru_cache(maxsize=None)
def read_data(name: str):
    """The parsed JSON file ``name`` of this folder, one object shared by every module that
    reads it: a module builds its own tables from it and never changes it."""
    return json.loads((_FOLDER / name).read_text(encoding="utf-8"))
