"""A withdrawal whose object is told by where the force was sent: "Chad has begun withdrawing some
1,000 soldiers it deployed to the border with Niger two years ago", "Kenya is withdrawing the 400
police officers it sent to Haiti last year".

The relative clause on the object ("it deployed to X", with or without "that") tells where the
force went before, so where it is withdrawn from: X is the withdrawal's origin, not its
destination, and the relative's time ("two years ago", "last year") dates that deployment, not
the withdrawal (its status stays the main verb's). What moved is the object up to the relative.

why: "withdrawing the 400 police officers it sent to Haiti last year" read a background
deployment to Haiti (s33m)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _stem

_PATTERNS = CompiledPatterns("read-withdrawn-deployment")

# the verbs of taking a force back from where it was
WITHDRAWING_STEMS = frozenset({"withdraw", "pull", "pull out", "pull back", "recall", "repatriate", "bring home",
                               "bring back", "evacuate"})
# the object (a force's noun within a few words) and the relative clause of sending after it, up
# to the cue of where: "the 400 police officers (that) it (had) sent to", "troops they deployed in"
_DEPLOYED_RELATIVE = _PATTERNS.compile(
    r"\s+(?:[\w,.'’-]+\s+){0,6}?(?:troops|soldiers|forces|personnel|officers|police|peacekeepers|units|"
    r"battalions?|brigades?|contingents?|marines|fighters|gendarmes|men|instructors|advisers|advisors|servicemen)"
    r"(?P<rel>\s+(?:that\s+|which\s+|whom\s+)?(?:it|they|the\s+(?:army|government|country|mission|force))\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:previously\s+|earlier\s+|first\s+|originally\s+)?"
    r"(?:sent|deployed|dispatched|despatched|stationed|posted|flown|moved|based)\s+)(?=(?:to|in|into|at|on)\b)", re.I)
# where the relative clause ends at the latest: the next comma, semicolon or full stop
_REL_END = _PATTERNS.compile(r"[,;.]\s|[,;.]$")


def deployment_relative(text: str, verb: str | None, verb_end: int, e: int) -> tuple[int, int] | None:
    """The span of the relative clause of sending on a withdrawal's object (from its subject to
    the clause's next comma or end), when ``verb`` (ending at ``verb_end``) withdraws a force."""
    if not verb or _stem(verb) not in WITHDRAWING_STEMS:
        return None
    m = _DEPLOYED_RELATIVE.match(text, verb_end, e)
    if m is None:
        return None
    end = _REL_END.search(text, m.end(), e)
    return m.start("rel"), end.start() if end else e



def in_deployment_relative(text: str, main: re.Match, at: int, e: int) -> bool:
    """Is ``at`` inside such a relative clause on the object of the clause's verb ``main``?"""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    span = deployment_relative(text, verb, main.end(), e)
    return span is not None and span[0] <= at < span[1]


_PATTERNS.save()
