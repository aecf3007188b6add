"""A sentence opened by a connective and its comma: "However, ADF elements crossed from A into
B", "Separately, the army confirmed that it had pulled a company back to C". The connective
ties the sentence to the one before and names no force; who moved is told after the comma, as it
would be with no connective. The ways of finding an actor that read a subject from the clause's
start ("ADF elements" by its initials, "the army ... confirmed that it had") start after it.

why: with "However," in front, the initials of "ADF elements" were not at the subject's start
and the move had no actor; "Separately, the army confirmed that it had pulled" lost the army."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-connective-opener")
_DATA = read_data("connective_opener.json")
_WORDS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _DATA["words"]), key=len, reverse=True))
# the connective at the clause's start (after a list's bullet, if any), then its comma
_CONNECTIVE = _PATTERNS.compile(r"\s*(?:" + _WORDS + r")\s*,\s*", re.I)


def after_connective(text: str, s: int, verb_at: int) -> int:
    """Where the subject starts in a clause [s, verb_at) opened by a connective and a comma
    ("However, "): right after the comma; ``s`` otherwise."""
    m = _CONNECTIVE.match(text, s, verb_at)
    return m.end() if m is not None and m.end() < verb_at else s


_PATTERNS.save()
