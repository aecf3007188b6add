"""A relative clause about the place left, set off by commas after the verb: "Kurdish Peshmerga units
were redeployed overnight from Sinjar, which they had held since 2015, to Duhok", "... from
Sinjar, where they had been based since 2015, to Duhok". What it says of the place (held since
2015, based there) is the force's past there, not the movement's: it makes the movement neither
a lasting presence (status static) nor one of the past (background).

Only a clause opened by ", which" or ", where" right after the place left ("from X", "out of
X"), up to its closing comma (or the sentence's end); "deployed to X, where they have stayed
since 2015" tells when they got there, as before.

why: "since 2015" inside the aside read the redeployment as a lasting presence (static), and
"had been based" as background: a movement of this week left out (probe of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-place-relative-aside")

# the place left ("from X", "out of X") and the relative clause about it, up to its closing comma
_PLACE_ASIDE = _PATTERNS.compile(r"\b(?:from|out\s+of)\s+[^,;.]{1,50}?(?P<aside>,\s*(?:which|where)\s+[^,;.]*?(?:,|(?=[;.])|$))", re.I)


def without_place_asides(words: str) -> str:
    """``words`` (what follows a clause's verb) without its relative asides about the place left."""
    if "," not in words:
        return words
    for m in reversed(list(_PLACE_ASIDE.finditer(words))):
        words = words[:m.start("aside")] + " " + words[m.end("aside"):]
    return words


def in_place_aside(text: str, at: int, verb_end: int, e: int) -> bool:
    """Does offset ``at`` lie in a relative aside about the place left, after the verb ending
    at ``verb_end``, within the clause ending at ``e``?"""
    return any(m.start("aside") < at < m.end("aside") for m in _PLACE_ASIDE.finditer(text, verb_end, e))


_PATTERNS.save()
