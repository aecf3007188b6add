"""A correction that sets right only where a retracted movement went: "An earlier version of this
report said police had left A for B. The unit went to C, not B." The retracted version is no
report (read.corrections: denied), but the correction takes back its end alone, setting C
against B; where the group left from stands, so the movement reported is A -> C.

Only where the retracted movement is told in one of the two sentences right before, with both
its ends, and the reported one names no origin of its own and sets the retracted end against
its own ("not B", "rather than B").

why: the correction was read with no origin (? -> C), the origin told in the retracted sentence
lost with the place taken back (s48 read136)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .corrections import retracted
from .places import same_place

_PATTERNS = CompiledPatterns("read-corrected-origin")
# the cheap gate: a word that sets a place against the one told
_SET_AGAINST = _PATTERNS.compile(r"\b(?:not|rather\s+than)\s", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)

_REACH = 2  # how many sentences before the correction the retracted movement may be told


def _retracted_route(a, d):
    """The retracted movement (both ends told) in the ``_REACH`` sentences before ``d``'s first."""
    first = min(f.sentence for f in d.frags)
    for r in a.drafts:
        if r is d or r.status != "denied" or r.origin is None or r.destination is None or not r.frags:
            continue
        told = [f for f in r.frags if first - _REACH <= f.sentence < first and f.destination]
        if not told:
            continue
        f = told[0]
        s, _e = a.reader.spans[f.sentence]
        if retracted(a.reader.text, s, f.destination[0][1]) is not None:
            return r
    return None


def origin_kept_from_retracted(a) -> None:
    """An assembly pass (assemble.PASSES): a reported movement with no origin that sets a
    retracted movement's end against its own ("went to C, not B") left from the retracted
    movement's origin."""
    if not any(r.status == "denied" and r.origin is not None for r in a.drafts):
        return  # (the cheap test: no retracted route with an origin)
    text = a.reader.text
    for d in a.drafts:
        if d.status != "reported" or d.origin is not None or d.destination is None or not d.frags:
            continue
        first = min(f.sentence for f in d.frags)
        s, e = a.reader.spans[first]
        against = _SET_AGAINST.search(text, s, e)
        if against is None:
            continue
        r = _retracted_route(a, d)
        if r is None or same_place(r.destination, d.destination) or same_place(r.origin, d.destination):
            continue
        names = {n for n in ((r.destination.get("surface") or ""), (r.destination.get("name") or "")) if n}
        after = text[against.end():e]
        if not any(re.match(r"(?:(?:to|in|at|into|for)\s+)?(?:the\s+)?" + re.escape(n) + r"\b", after) for n in names):
            continue
        d.origin = {**r.origin, "inferred": True}
        a.why.append(f"sentence {first}: the correction takes back only where the retracted movement went "
                     f"({r.destination.get('name')}): it left from {r.origin.get('name')}")
