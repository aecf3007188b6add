"""A day told after a verb of saying and after the verb of moving it introduces: "Malian soldiers
said they left Kidal on Friday", "The rebels said they reached Goma on Monday". The day follows
the movement's verb, so it dates the movement, not the saying (as "said on Friday that they
left Kidal" dates the saying: the day right after the verb of saying, before the verb of
moving).

why: a day within a few words after "said" was taken as the day of saying
(lexicon._SPEECH_BEFORE), so "said they left Kidal on Friday" had no date (probes of my own, s32
read87)."""

from __future__ import annotations

from .lexicon import _SPEECH_BEFORE


def said_on_day(text: str, a: int, day_at: int, verb_at: int) -> bool:
    """Is the day at ``day_at`` the day of saying: a verb of saying in [a, day_at) with no verb
    of moving (the clause's, at ``verb_at``) between it and the day?"""
    said = _SPEECH_BEFORE.search(text, a, day_at)
    return said is not None and not said.start() < verb_at < day_at
