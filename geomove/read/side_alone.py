"""A side of a war named by the word a belligerent's own report uses for it, as the whole subject
of the verb of moving: "the enemy redeployed up to two battalions from A to B", "the occupiers
withdrew from A", "our defenders pulled back to B", as a general staff's daily update tells the
war. GUIDELINES: the actor is the moving force, named as the report names it, so the actor is that
word ("enemy", "our defenders"); which state it is the report does not say in the sentence.

why: the side's word is no force noun nor a name, so such a movement had no actor at all
(s34 read94)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _BARE_SUBJECT_GAP

_PATTERNS = CompiledPatterns("read-side-alone")

# the other side by the report's word for it, with "the"; one's own side by "our" and a word for
# those who fight for it (a force noun after "our" is read as a force already: "our troops")
_SIDE = r"(?:the\s+(?P<other>enemy|adversary|occupiers|invaders)|(?P<own>our\s+(?:defenders|warriors)))"
# the side as the whole subject: after the clause's start, an opening phrase's comma or a time
# word ("On Monday the enemy moved"), "that" or a verb of saying ("Soldiers said the enemy had
# moved"), with the words that may stand before a verb
_SIDE_ALONE = _PATTERNS.compile(
    r"(?:^|[,;:]|\s[-–—]{1,2}|\b(?:that|said|says)|^\s*(?:on\s+\w+(?:\s+\w+)?|today|yesterday|overnight|last\s+night))\s*" + _SIDE
    + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# the cheap test first: one of the side's words in the subject
_SIDE_WORDS = ("enemy", "adversary", "occupiers", "invaders", "defenders", "warriors")


def side_alone_subject(text: str, s: int, verb_at: int) -> str | None:
    """The side named alone as the whole subject of the verb at ``verb_at`` in the clause from
    ``s`` ("The enemy redeployed" -> "enemy", "Our defenders withdrew" -> "our defenders"), in
    lower case as an organ word is; None otherwise."""
    subject = text[s:verb_at]  # (a slice: '^' is the subject's start)
    low = subject.lower()
    if not any(w in low for w in _SIDE_WORDS):
        return None
    m = _SIDE_ALONE.search(subject)
    if m is None:
        return None
    return re.sub(r"\s+", " ", m.group("other") or m.group("own")).lower()


_PATTERNS.save()
