"""A move told overnight, then the next sentence's leg with a day of its own after its verb: "The
battalion moved to Gao overnight. It reached Kidal on Friday", "Somali marines were flown into
Berbera overnight. They drove to Hargeisa on Monday". The night's move ended at its end; the
next sentence, on another day, tells the force somewhere else: it got there and left again, two
legs (GUIDELINES: a route is split where the force got somewhere and afterwards set off again),
as "... overnight. On Friday it reached Kidal" (a time before the verb, assemble._time_between)
was read already. read.night_before_next_leg then dates the night before that day.

Only after a bare "overnight" dating the leg before, whose end its own clause told (not an end a
sighting gave it), and with the next clause's own day told after its verb on another day
(assemble._on_another_day). Unchanged: a day told before (read already), another force's day,
the same day. A leg before dated by a day of its own ("moved into Tibu on Friday. They reached
Cucuta on Saturday") was a route through Tibu here; since session 57 it reads two legs too, by
the one convention of docs/reading.md ("Legs"), read.dated_leg_then_day.

why: "moved to Gao overnight. It reached Kidal on Friday" was read as one movement through Gao,
dated the night (session 55's Left); golden s56-read158-overnight-next-day-after-*, sentences of
my own (session 56, read158)."""

from __future__ import annotations


def day_after_the_night(frag, last, e: int) -> bool:
    """Is the fragment ``frag``'s own day told after its verb, inside its clause (ending at
    ``e``), after a leg ``last`` dated by a bare "overnight" whose end its own clause told?"""
    told = last.frags[-1] if last.frags else None
    if told is None or not told.destination:
        return False
    night = told.date  # (a DateMention: its words and offsets into the text)
    if night is None or not night.relative or night.text.lower() != "overnight":
        return False
    day = frag.date
    return day is not None and day.precision == "day" and frag.trigger_start + len(frag.trigger) <= day.start < e
