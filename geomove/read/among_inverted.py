"""A subject told last, after "Among the ... was / were": "Among the units moved to Pokrovsk last
week was the 155th Mechanized Brigade", "Among those flown to Goma on Monday were two companies
of the 31st Brigade". The clause opens with the group the force belongs to; what moved is the
noun phrase after the copula at its end, not "Among the units".

Only a clause that opens with "Among" and has "was" or "were" after its verb of movement; the
noun phrase runs to the next comma, "according to" or the clause's end.

why: what moved was "Among the units" (probe of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-among-inverted")

_AMONG = _PATTERNS.compile(r"\s*(?:[^\w\s]{1,4}\s*)?Among\s", re.I)
# the copula, then the subject up to a comma, a source or the end
_COPULA_SUBJECT = _PATTERNS.compile(r"\s(?:was|were)\s+(?P<np>(?:(?!\s+(?:according|said|officials|sources)\b)[^,;.:])+?)"
                                    r"\s*(?=,|;|\.|:|\s+(?:according|said)\b|$)", re.I)


def subject_told_last(text: str, s: int, e: int, verb_end: int) -> str | None:
    """The noun phrase after "was / were" at the end of a clause [s, e) that opens with "Among"
    ("... was the 155th Mechanized Brigade"), when the verb of movement ends at ``verb_end``;
    None otherwise."""
    if _AMONG.match(text, s) is None:
        return None
    m = _COPULA_SUBJECT.search(text, verb_end, e)
    return m.group("np").strip() if m else None


_PATTERNS.save()
