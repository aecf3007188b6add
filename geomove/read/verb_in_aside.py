"""A movement told in a relative aside, with the main clause's own time after it: "French troops,
who left Niamey for Chad in December 2023, had operated in Niger since 2013", "The battalion,
which flew home in May, has served in the mission since 2019". The aside holds the movement's
verb and its own date; what follows the aside is the main clause, a presence or a career with
its own time, no time of the movement (GUIDELINES: long-standing presence is not a movement; a
date inside the sentence is the event's only when it is the movement's clause's).

status.past_year read "since 2013" of the main clause as the movement's past year, and the
withdrawal of December 2023 became background. Only where the clause's verb lies in an aside
closed by a comma (lexicon _ASIDE) with more words after it; a year inside the aside is still the
movement's own ("Soldiers, who had left Gao in 2023, returned": background as before).

why: the aside's withdrawal was lost in a report of my own (read106)."""

from __future__ import annotations

from .lexicon import _ASIDE


def verb_aside_end(clause: str, verb_at: int) -> int | None:
    """Where the relative aside holding the verb at ``verb_at`` of ``clause`` ends (after its
    closing comma), when words of the main clause follow it; else None."""
    if "," not in clause:
        return None
    for m in _ASIDE.finditer(clause, 0, len(clause)):
        if m.start() > verb_at:
            return None
        if verb_at < m.end():
            return m.end() if clause[m.end():].strip(" .") else None
    return None
