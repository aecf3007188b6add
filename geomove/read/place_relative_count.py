"""A count told in a relative clause about the place reached: "Two tugs sailed from Portsmouth for
Gibraltar, where they shadowed three Russian ships"; "The patrol left Mopti for Djenné, where it met
forty herders". The clause after ", where" tells what happened at the place (the ships shadowed, the
herders met): its number counts someone else, never what moved (GUIDELINES: the count is of what
moved). A relative clause with a subject and a movement verb of its own (", where 200 more soldiers
landed") is cut from the clause before the count is read (cuts._own_subject_joins); this one has none.

why: the ships shadowed were read as the count of the ship that sailed, and a tug's two as three
(a report of my own on a coast guard patrol, s42 lead)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-place-relative-count")

# ", where" right after a name (the place reached: a capitalised last word, with an Arabic article
# or particle allowed before it: "to Deir ez-Zor, where ...")
# (a space before the name: the search starts at the verb's end, where no name opens)
_WHERE_AFTER_NAME = _PATTERNS.compile(r"\s(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])[\w'\u2019-]*,\s*where\s+", re.I)


def counted_in_place_relative(text: str, verb_end: int, count_start: int) -> bool:
    """Does the count at ``count_start`` lie in a relative clause (", where ...") about a place
    named after the clause's verb (ending at ``verb_end``)?"""
    if verb_end >= count_start or "where" not in text[verb_end:count_start]:
        return False
    return _WHERE_AFTER_NAME.search(text, verb_end, count_start) is not None


_PATTERNS.save()
