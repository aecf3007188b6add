""""left behind" with the particle before its object: "The battalion left behind two platoons in
A and drove on to B", "The militia left behind its heavy weapons and fled to Goma". The object is
who or what stayed, as in "left two platoons behind" (lexicon.left_as_result): "left" is no
departure, and the object is no part of what moved nor its count.

:func:`behind_object_end` finds the object: "behind", a first word in lower case or a number
(so "left behind Kupiansk", a place, stays a departure), then at most five words up to the first
word that ends it (a preposition of place, a joiner, a conjunction of time; behind_first.json) or
punctuation. part_stayed.json left_behind reads "left behind N in|at A" as "left N behind in A",
so the force's next move leaves from A (part_stayed.origin_where_left_behind).

why: session 51 (read147) left it: "The battalion left behind two platoons in A and drove on to
B" read A -> B with what moved "behind two platoons" (left_as_result needs a word between "left"
and "behind"); golden lines s52-read150-left-behind-first-* of my own in Mali, Haiti, Ukraine and
the DR Congo."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data

_PATTERNS = CompiledPatterns("read-behind-first")
_DATA = read_data("behind_first.json")

# "behind", the object's first word, then the fewest words up to a word that ends it or a mark
_BEHIND_OBJECT = _PATTERNS.compile(
    r"\s+behind\s+" + _DATA["first_word"] + r"(?:\s+[\w'’-]+){0," + str(_DATA["object_words"]) + r"}?"
    r"(?=\s*[,.;:!?)]|\s*$|\s+(?:" + "|".join(_DATA["object_ends"]) + r")\b)", re.I)
_PATTERNS.save()


def behind_object_end(text: str, at: int) -> int | None:
    """Where the object of "left behind" ends, when ``text`` at ``at`` (right after "left") is
    " behind <object>"; else None."""
    if "behind" not in text[at:at + 12].lower():
        return None  # (the cheap test first: "left" is followed by other words almost always)
    m = _BEHIND_OBJECT.match(text, at)
    return m.end() if m is not None else None
