"""A place flown over between the origin and the destination: "Two Su-24 bombers flew from Saky
over the Black Sea to Novorossiysk", "the jets flew from Lakenheath over the North Sea to
Lithuania".

lexicon.json reads "over" as a cue of passing only right after a form of "fly" ("flew over the
Baltic Sea"; "over the weekend", "took over X" are no cue). With the origin told between the verb
and "over", the place had no role: the route lost its place passed, GUIDELINES: places passed on
the way are via. Read only when the sentence goes on to an end ("to Y", "into Y", "towards Y")
right after the place, so "flew from A over the weekend" or "from A over X's objections" stay
no cue."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-flown-over")

# "from A over (the)" right before the place (A one to four capitalised words); searched in a
# slice ending at the place
_FROM_THEN_OVER = _PATTERNS.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*\s+over\s+(?:the\s+)?$")
# an end after the place
_END_AFTER = _PATTERNS.compile(r"\s+(?:to|into|towards?)\s+\S", re.I)
# how far back "from A over" is looked for, and how many characters may stand between the verb
# and "from" ("flew on Monday from A")
REACH_CHARS = 70
VERB_TO_FROM_CHARS = 30


def flown_over_between(text: str, start: int, end: int, verb_before, stem) -> bool:
    """Is the place at [start, end) told "over" right after an origin ("from A over X"), after a
    verb of flying (``verb_before``, a trigger match, ``stem`` its verb's stem) and before an
    end ("to Y")? Then it is a place passed."""
    if verb_before is None or not verb_before.group("verb") or stem(verb_before.group("verb")) != "fly":
        return False
    lo = max(0, start - REACH_CHARS)
    told = _FROM_THEN_OVER.search(text[lo:start])
    if told is None:
        return False
    from_at = lo + told.start()
    if from_at < verb_before.end() or from_at - verb_before.end() > VERB_TO_FROM_CHARS:
        return False
    return _END_AFTER.match(text, end) is not None


_PATTERNS.save()
