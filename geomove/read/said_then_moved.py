"""A day told after a verb of saying and after the verb of moving it introduces: "Malian soldiers
said they left Kidal on Friday", "The rebels said they reached Goma on Monday". The day follows
the movement's verb, so it dates the movement, not the saying (as "said on Friday that they
left Kidal" dates the saying: the day right after the verb of saying, before the verb of
moving).

why: a day within a few words after "said" was taken as the day of saying
(lexicon._SPEECH_BEFORE), so "said they left Kidal on Friday" had no date (probes of my own, s32
read87)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _SPEECH_BEFORE

_PATTERNS = CompiledPatterns("read-said-then-moved")

# the word that opens what was said, between the verb of saying and the day: "A witness stated
# that on 14 March about 80 soldiers left X", "The officer said that on Tuesday 300 soldiers
# moved": the day is the first words of what was said, the movement's day, not the saying's
# (read107's panel report; "said on Tuesday that ..." keeps the day before "that" the saying's)
_THAT_BETWEEN = _PATTERNS.compile(r"\bthat\b", re.I)


def said_on_day(text: str, a: int, day_at: int, verb_at: int) -> bool:
    """Is the day at ``day_at`` the day of saying: a verb of saying in [a, day_at) with no verb
    of moving (the clause's, at ``verb_at``) nor "that" between it and the day?"""
    said = _SPEECH_BEFORE.search(text, a, day_at)
    return said is not None and not said.start() < verb_at < day_at \
        and _THAT_BETWEEN.search(text, said.start(), day_at) is None


_PATTERNS.save()
