"""Indian and Pakistani military English: a force "inducted in" or "into" a sector was brought
there; one "de-inducted from A to B" was taken out of A to B (read55: "The outgoing unit has been
de-inducted to Jammu", "A fresh brigade has been inducted in Leh" told no movement). The verbs
are added to the triggers (lexicon.py reads their forms from induction.json) with "induct" an
arrival and "de-induct" a departure.

An induction "into the Army" or "into service" is a weapon or a recruit taken into a service, an
acquisition and no movement (GUIDELINES: a transfer from one place to another):
``into_service`` tells the clause reader to pass over that trigger.

why: only "inducted into X" was read before, as a verb of the manner of motion (any "-ed into"),
so "the first batch of light tanks has been inducted into the Army at a ceremony in Pune" was a
movement to Pune."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-induction")
_DATA = read_data("induction.json")

INDUCTION_VERBS = {k: v for k, v in _DATA["verbs"].items() if not k.startswith("_")}
_INTO_SERVICE = _PATTERNS.compile(_DATA["into_service"]["pattern"], re.I)


def into_service(text: str, verb_end: int, clause_end: int) -> bool:
    """Is the verb ending at ``verb_end`` an induction into a service ("inducted into the Army",
    "inducted into service"), not a force brought to a place?"""
    return _INTO_SERVICE.match(text[verb_end:clause_end]) is not None


_PATTERNS.save()
