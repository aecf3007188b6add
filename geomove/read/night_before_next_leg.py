"""A night told alone, then the next sentence's leg from where the night's move ended, on a day
told at that sentence: "A Kenyan police unit was flown into Port-au-Prince overnight. On Friday
it drove to Gonaives", "Polish engineers were flown to Rzeszow overnight. On Tuesday they drove on
to Przemysl". "overnight" alone is read as the night before publication (dates); but the next leg
leaves from its end on an earlier day, and a force cannot leave a place before it got there: the
night is the one before that day (as dates._overnight_before_day_told reads a day told later in
the night's own sentence).

:func:`night_before_next_leg`, an assembly pass (assemble.PASSES, after date_told_after): two
drafts in a row, the second's origin inferred as the first's end ("went on from where ... got
to"), the first dated by a bare "overnight" still counted from publication, the second by one
day told in the next sentence, earlier than that night.

Unchanged: another force's day ("On Monday a second battalion reached B": no leg from the
night's end), no leg ("On Monday rebels attacked the town"), a day on or after the night ("On
Thursday it reached B" in Thursday's report: the night before publication fits).

why: session 54 (read155) left "The battalion moved to Gao overnight. On Friday it reached
Kidal" with the night after the Friday; golden lines s55-read156-overnight-next-* of my own
(Haiti, Congo, Poland)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..dates import DateMention
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-night-before-next-leg")
# an end of a sentence: a stop, "?" or "!" before a space and a capital (or a quote), or a line break
_SENTENCE_END = _PATTERNS.compile(r"[.!?](?=\s+[A-Z\"“])|\n")
_PATTERNS.save()
# the most characters from the night to the next sentence's day
_REACH = 200


def _dated_by(draft):
    """The fragment that dates ``draft`` (its first with a date), or None."""
    return next((f for f in draft.frags if f.date is not None), None)


def night_before_next_leg(a) -> None:
    """An assembly pass: a bare "overnight" (the night before publication) that a leg told in the
    next sentence leaves from on an earlier day is the night before that day."""
    drafts, text = a.drafts, a.reader.text
    for k in range(1, len(drafts)):
        first, second = drafts[k - 1], drafts[k]
        origin = second.origin
        if origin is None or not origin.get("inferred") or first.destination is None \
                or origin.get("name") != first.destination.get("name"):
            continue
        night_frag, day_frag = _dated_by(first), _dated_by(second)
        if night_frag is None or day_frag is None:
            continue
        night, day = night_frag.date, day_frag.date
        if not night.relative or night.text.lower() != "overnight" or day.precision != "day" \
                or day.date_start != day.date_end or day.date_start >= night.date_start \
                or not 0 < day.start - night.end <= _REACH:
            continue
        if len(_SENTENCE_END.findall(text, night.end, day.start)) != 1:
            continue  # (the day is told in the next sentence, not further on)
        before = day.date_start - dt.timedelta(days=1)
        redated = DateMention(night.start, night.end, night.text, before, before, "day", False)
        first.frags = [replace(f, date=redated) if f is night_frag else f for f in first.frags]
        a.why.append(f"sentence {night_frag.sentence}: 'overnight' is the night before '{day.text}' "
                     f"({before.isoformat()}): the next leg left {origin.get('name')} that day")
