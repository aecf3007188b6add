"""A movement told inside a statement that the sentence then calls untrue, in the words official
denials use in translation: "The statements of the Kyiv regime that Russian units have left
Vovchansk do not correspond to reality", "Reports by some outlets that the army withdrew from X
are not true", "allegations that troops entered Y have nothing to do with reality".

GUIDELINES: a move the text denies is kept as denied and never counted as reported.

why: the reader knew "reports that ... are false" (a false-word right after "reports that"),
not a statement with its speaker between the noun and "that", nor a verdict told as a negated
predicate after the clause (the negation is outside the clause of the movement, so it was read
as reported). Read in status._status; the words are data (official_statements.json
called_untrue)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_DATA = read_data("official_statements.json")["called_untrue"]
_PATTERNS = CompiledPatterns("read-called-untrue")
_STATEMENT_BEFORE = _PATTERNS.compile(_DATA["statement_before"], re.I)
_VERDICT_AFTER = _PATTERNS.compile(_DATA["verdict_after"], re.I)


def called_untrue(text: str, s: int, verb_at: int, e: int) -> re.Match | None:
    """The verdict after the verb at ``verb_at`` in sentence [s, e) that calls untrue the
    statement the movement is told in ("The statements of X that <moved> do not correspond to
    reality"), or None."""
    if _STATEMENT_BEFORE.search(text, s, verb_at) is None:
        return None
    return _VERDICT_AFTER.search(text, verb_at, e)


_PATTERNS.save()
