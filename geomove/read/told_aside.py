"""Who told it, set off by commas between a subject and its verb: "Peacekeepers of MONUSCO, we
are informed, have left their base in Beni for Butembo", "Ugandan soldiers, our correspondent
says, have reached Mambasa", "The rebels, officials said, withdrew from Minova". Radio bulletins
and wire copy put the attribution there; it names nothing that moved, as a word of discourse
(", meanwhile,") does not (forces._without_asides reads both as spaces).

why: the subject was cut at the aside's last comma, and the movement had no actor and no words
of what moved ("we are told," was all of its subject). The pattern is data (told_after.json
told_aside)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("told_after.json")["told_aside"]
_PATTERNS = CompiledPatterns("read-told-aside")
_TOLD_ASIDE = _PATTERNS.compile(_DATA["pattern"], re.I)


def without_told_asides(text: str) -> str:
    """``text`` with its comma-set asides of who told it read as spaces, of the same length
    (offsets hold)."""
    return _TOLD_ASIDE.sub(lambda m: " " * len(m.group(0)), text) if "," in text else text


_PATTERNS.save()
