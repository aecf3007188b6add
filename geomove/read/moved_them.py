"""What a subject moved, told by "them": "Chad moved 300 troops to N'Djamena airport. The junta then
flew them to Bangui". The object of a verb of moving something (moved_them.json) is what moved; a
bare "them" there is the group told before, so the clause is read as that group's movement told
again (anaphoric, as a subject "They" is), and its subject ("The junta") is who moved them, not
what moved.

:func:`moved_them` is asked by clauses._Reader.fragment once the clause's subject is read; only a
"them" right after the verb (the cheap test first: five characters compared) and not before
"with"/"by" ("replaced them with fresh troops": read.object_relative).

why: session 52's lead probe "Qatar sent 200 soldiers to Doha's airport. The emirate then flew them
to Kabul" read what = "The emirate"; golden lines s53-read152-moved-them-* of my own (Chad, Kenya)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-moved-them")
_DATA = read_data("moved_them.json")
_VERBS = frozenset(_DATA["verbs"])
# "them" after the verb, not "them with|by" (who came in their place)
_THEM = _PATTERNS.compile(r"\s+them\b(?!\s+(?:with|by)\b)", re.I)
_PATTERNS.save()


def moved_them(text: str, main: re.Match) -> bool:
    """Is the clause's verb (``main``) a verb of moving something with "them" right after it?"""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb or text[main.end():main.end() + 5].lower() != " them":
        return False
    return _stem(verb) in _VERBS and _THEM.match(text, main.end()) is not None
