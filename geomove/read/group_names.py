"""The armed groups news names bare ("Hezbollah", "al-Shabaab", "the Houthis", "M23"), as one
alternation: armed_groups.json 'names' (read/armed_groups.py reads the rest of that file). Its own
module so that forces.py, which armed_groups imports, can use it too."""

from __future__ import annotations

import re
from .data_files import read_data

_DATA = read_data("armed_groups.json")


def words(items: list[str]) -> str:
    """An alternation of ``items``, longest first, spaces as any white space."""
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(items, key=len, reverse=True)) + ")"


# (sorted: one pattern whatever the hash seed; each name also with a capital first letter)
KNOWN = sorted({w for n in _DATA["names"] for w in (n, n[:1].upper() + n[1:])})
KNOWN_GROUP_NAMES = words(KNOWN)
