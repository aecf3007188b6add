""""Come" in a phrase that tells what befell a force, not where it went: "the convoy came under
fire twice near X", "came under attack", "the truce came into force", "the operation came to an
end". Nobody arrives anywhere; the place after it is where the thing happened, so this "came"
is no trigger at all (read.idle_verbs).

"Came" with a place ("came to X", "came back from Y", "came into Z") stays a verb of moving.

why: "The convoy, which left Kaya on Tuesday, travelled via A and B, where it came under fire
twice" read B, the place passed, as where the convoy came to: the movement's end (probe of my
own, s25)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-came-under")

_BEFELL = _PATTERNS.compile(
    r"\s+(?:under\s+(?:(?:heavy|intense|sustained|repeated|renewed|direct|hostile|small-arms|mortar|artillery|drone|rocket)\s+)*"
    r"(?:fire|attacks?|shelling|bombardment|assault|pressure|threat|scrutiny|criticism)"
    r"|into\s+(?:force|effect|play|contact|view|conflict)|to\s+(?:an\s+end|a\s+halt|power|light|blows)"
    r"|close\s+to)\b", re.I)


def comes_somewhere(text: str, verb: re.Match, mentions=None) -> bool:
    """Is the form of "come" at ``verb`` anything but a phrase of what befell ("came under fire")?"""
    return _BEFELL.match(text, verb.end()) is None


_PATTERNS.save()
