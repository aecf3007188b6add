"""A sentence of those who welcome a force home, between the force's welcome and its flight:
"Irish peacekeepers were welcomed home at Shannon on Saturday. Their families cheered as they
landed. | They had flown in from Beirut." The families are the subject of the sentence before
the flight's, and a bare "they" takes the nearest subject (clauses._pronoun_after_no_force: no
force, no movement). But the families are told by a possessive of the force ("Their"), and the
"they" of their own sentence's "as they landed" is the force itself: the pronoun goes on from
that "they", not from the families.

:func:`welcomers_watch_the_force`: the head of the sentence before opens with "Their"/"Its" and
a noun of those who wait (welcomers_watched.json welcomers), and the sentence holds "as|when
they <verb>" (or "as the <noun> <verb>"). "Residents fled as the rebels arrived. They ..." (no
possessive) and "Their families left Beirut. They ..." (no clause of the force) are unchanged.

why: session 53 read152's Left: the flight after such a sentence read nothing (the pronoun
referred to the families' clause: no force); golden s53-read154-welcomers-* of my own (Ireland,
Nepal)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-welcomers-watched")
_DATA = read_data("welcomers_watched.json")
_WELCOMERS_HEAD = _PATTERNS.compile(
    r"\s*" + _DATA["possessive"] + r"\s+(?:\w+\s+)?(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_DATA["welcomers"], key=lambda w: (-len(w), w)))
    + r")\b", re.I)
_WATCHING = _PATTERNS.compile(_DATA["watching"], re.I)
_PATTERNS.save()


def welcomers_watch_the_force(text: str, ps: int, pe: int) -> bool:
    """Is the sentence [ps, pe) one of the force's welcomers told by a possessive of it ("Their
    families cheered as they landed"), with a clause of the force's own? Then a "they" opening the
    next sentence is the force, not the welcomers."""
    if text[ps:ps + 4].lower() not in ("thei", "its ") and not text[ps:pe].lstrip()[:4].lower() in ("thei", "its "):
        return False  # (the cheap test first: the sentence opens with the possessive)
    head = _WELCOMERS_HEAD.match(text, ps, pe)
    return head is not None and _WATCHING.search(text, head.end(), pe) is not None
