"""A perfect participle of moving set off by commas between the subject and its verb: "Azerbaijani
forces, having moved into Lachin, were later pulled back to Shusha", "The battalion, having taken
up positions near Kupiansk, was withdrawn to Kharkiv on Friday". The aside tells how the force got
to a place, the main verb how it left it again: two legs (GUIDELINES: a route is split where the
force got somewhere and afterwards set off again), as ", who reached X on Sunday, will move on to Y" already
is (cuts._clauses' asides).

Only an aside opened by "having" with a verb of movement in it and a cue of where it got to
("into", "to", "in", "at", "near"); "having fought near X" moves nothing (no verb of movement).

why: the aside's place was read as a place passed on the way to the main verb's end (Lachin a
via of the move to Shusha; probe of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-having-aside")

HAVING_ASIDE = _PATTERNS.compile(r",\s*having\s+[^,;.]*,", re.I)
# where the aside's movement got to
_GOT_TO = _PATTERNS.compile(r"\b(?:into|to|in|at|near|around|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?-i:[A-Z])", re.I)


def having_got_somewhere(text: str, aside: re.Match) -> bool:
    """Does the "having" aside ``aside`` tell where the force got to?"""
    return _GOT_TO.search(text, aside.start(), aside.end()) is not None


_PATTERNS.save()
