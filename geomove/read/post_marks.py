"""The marks a post of a thread opens with or sets its words apart by, which are no words of
what moved: the post's number out of the thread's ("1/5", "2/6 A convoy of 30 trucks left A"),
and a pictograph (an emoji: a siren, a pin, a flag) after a post's opening words ("Big movement
overnight near #Kharkiv 🚨 RU BTG spotted moving from A toward B": what moved is "RU BTG").

The pictograph stands where prose would end a sentence or set a heading apart; the words before
it are the post's heading, not the subject of the verb after it.

why: short-post OSINT threads of my own (s34 read92) gave the what "1/5 Big movement overnight
near #Kharkiv 🚨 RU BTG" and "2/6 A convoy of 30 trucks"; a bare "3/" was already layout
(clauses._BULLET_LEAD)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-post-marks")

# a pictograph: the emoji blocks, the older symbol blocks emoji are drawn from, and flags (pairs
# of regional indicators), with the joiners and variation selectors that may follow one
_PICTOGRAPH = (r"(?:[\U0001F1E6-\U0001F1FF]{2}|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u231A-\u23FF])"
               r"[\uFE0E\uFE0F\u200D\U0001F3FB-\U0001F3FF]*")
# a thread's post number out of its length, opening the post ("1/5 ", "12/20 "), after a pictograph at most
_POST_NUMBER = _PATTERNS.compile(r"^\s*(?:" + _PICTOGRAPH + r"\s*)*[0-9]{1,3}/[0-9]{1,3}\s+")
# the words up to the last pictograph that letters of the subject follow ("... #Kharkiv 🚨 RU BTG")
_UP_TO_LAST_PICTOGRAPH = _PATTERNS.compile(r"^.*" + _PICTOGRAPH + r"\s*(?=[^\W\d_])", re.S)
# pictographs closing the words ("RU column 🚨 moved"): a mark, no word of what moved
_TRAILING_PICTOGRAPHS = _PATTERNS.compile(r"(?:\s*" + _PICTOGRAPH + r")+\s*$")
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def what_without_post_marks(what: str) -> str:
    """``what`` without a thread post's number opening it, without the words up to the last
    pictograph inside it when words follow that pictograph, and without pictographs closing it."""
    if not what:
        return what
    what = _POST_NUMBER.sub("", what, count=1)
    if what.isascii():
        return what  # (no pictograph: the common case, no search)
    return _TRAILING_PICTOGRAPHS.sub("", _UP_TO_LAST_PICTOGRAPH.sub("", what, count=1), count=1)
