"""A passive participle of escort set between commas after the subject: "In Mali, a convoy,
escorted by Russian personnel, left Gao bound for Kidal", "A large convoy of the armed forces,
FAMa, escorted by Africa Corps personnel, left Gao". The aside says who went along; the clause's
verb is the finite verb after it ("left"), whose subject is the convoy.

why: "escorted" is a verb of moving (the escort moves), and as the clause's first verb it was
read as its main verb: the subject then ended before it, and what moved was read as the opener
("In Mali") or the apposition's words after it ("by Russian Africa Corps personnel") -- a radio
bulletin of my own (s40 read108, the Sahel). "The frigate escorted two tankers to A" (no comma
before, no finite verb after the aside) keeps its verb.

Only a participle of going along with ("escorted", "accompanied", "guarded", "protected",
"flanked", "shadowed") followed by "by", a comma right before it, a comma closing the aside, and a
verb of moving right after that comma (an auxiliary or adverb between)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-escort-aside")

# the aside's participle, with the comma before it
_COMMA_BEFORE = _PATTERNS.compile(r",\s*$")
_ESCORT_PARTICIPLE = _PATTERNS.compile(r"(?:escorted|accompanied|guarded|protected|flanked|shadowed)\s+by\b", re.I)
# the rest of the aside up to its closing comma, then at most an auxiliary or an adverb or two
# before the next verb
_ASIDE_THEN_VERB = _PATTERNS.compile(r"[^,;.:()]{1,80},\s*(?:(?:had|has|have|was|were|then|later|also|\w+ly)\s+){0,2}$", re.I)


def verb_after_escort_aside(text: str, verbs: list[re.Match]) -> re.Match | None:
    """The verb of moving right after an aside ", escorted by X," that holds the clause's first
    verb; None when the first verb is no such aside's."""
    if len(verbs) < 2:
        return None
    first = verbs[0]
    if not _ESCORT_PARTICIPLE.match(text, first.start()) or not _COMMA_BEFORE.search(text, max(0, first.start() - 4), first.start()):
        return None
    nxt = verbs[1]
    by_end = _ESCORT_PARTICIPLE.match(text, first.start()).end()
    if nxt.start() <= by_end or not _ASIDE_THEN_VERB.fullmatch(text, by_end, nxt.start()):
        return None
    return nxt


_PATTERNS.save()
