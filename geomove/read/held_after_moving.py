"""A participle of moving after "after", its end told by the main clause: "Ecuadorian troops
took control of the Litoral prison in Guayaquil after being flown in from Quito", "Russian troops
captured Kupiansk after moving up from Svatove", "Malian soldiers secured the airport in Kidal
after driving from Gao". The main clause's verb puts its subject at the place it names (took,
captured, secured, patrolled, ...; held_after_moving.json); the trip told after "after" came
before, so it ended there.

Not a verb of striking from afar: "Israeli troops shelled Khan Younis after moving from Rafah"
tells no arrival in Khan Younis. Not "before": "secured X before being flown to Y" left X.

GUIDELINES: the capture of a town is no movement unless the text says forces moved; here it
says so (the participle), and where they moved to is the place they took.

why: the participle's clause told only its start ("from Quito"): the movement had no end,
though the report says where the troops were once they had come (the known gap
'Ecuadorian troops took control of the Litoral prison in Guayaquil after being flown in from
Quito', and probes of my own)."""

from __future__ import annotations

import json
import re
from importlib import resources

from ..regex_cache import CompiledPatterns

_DATA = json.loads(resources.files(__package__).joinpath("held_after_moving.json").read_text(encoding="utf-8"))
_PATTERNS = CompiledPatterns("read-held-after-moving")

# "after", "after being", "after having been", right before the participle
_AFTER_BEFORE = _PATTERNS.compile(r"\bafter\s+(?:(?:being|having\s+been|having)\s+)?$", re.I)
_HELD = _PATTERNS.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                                              sorted(_DATA["held"], key=len, reverse=True)) + r")\b", re.I)
_NOT_BEFORE = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["not_before_place"]) + r")\s+(?:the\s+)?$", re.I)


def place_held_before_after(text: str, s: int, main: re.Match, mentions: list[dict]) -> dict | None:
    """The place the main clause's verb of taking or holding names, before "after" and the
    participle of moving ``main`` (clause from ``s``); None when the clause is no such one."""
    verb = main.group("verb")
    if not verb or not verb.lower().endswith(("ing", "ed", "en", "wn")):
        return None
    after = _AFTER_BEFORE.search(text, max(s, main.start() - 30), main.start())
    if after is None or after.start() <= s:
        return None
    held = _HELD.search(text, s, after.start())
    if held is None:
        return None
    for m in sorted(mentions, key=lambda m: m["start"]):
        if held.end() <= m["start"] and m["end"] <= after.start() and m.get("role") == "place" \
                and _NOT_BEFORE.search(text, max(held.end(), m["start"] - 12), m["start"]) is None:
            return m
    return None


_PATTERNS.save()
