"""A movement told in two sentences, the first setting the scene with its day and no place, the
next naming the places with no day: "The trucks came before dawn on Monday. About 1,500 soldiers
and marines rolled into Guayaquil from Manta and from Quito." A feature's lede tells the arrival
first as a scene; the sentence after it is the same arrival, and its day is the scene's.

The reader dates a clause by its own words, a span or "the same day" after a date told before,
the date opening its sentence, or the clause it is joined to (read/alongside); a day told in a
sentence of its own, with no place, reached no movement, and the movement had no date (or the
date of another event in its sentence).

(And the clause before ", when" in the same sentence: "The first move came last weekend, when about
200 soldiers were flown from A to B", read104.)

Only the sentence right before, in the same paragraph, with a verb of movement, no place and no
word of an end at all, and a single day: a sentence with a place is a movement of its own, and its day is its own.

Read in clauses._Reader where a fragment's date is chosen, after the other ways."""

from __future__ import annotations

import re

from ..dates import DateMention
from ..regex_cache import CompiledPatterns
from .alongside import one_day_lent

_PATTERNS = CompiledPatterns("read-scene-date")

# a word that would name where the scene's movement went or came from: a scene tells none
# ("sent 400 soldiers to the southern mining corridor on Wednesday" names an end the gazetteer
# does not know: a movement of its own, whose day is its own)
_END_CUE = _PATTERNS.compile(r"\b(?:to|into|towards?|from|for|out\s+of|at|in|inside|across|through)\b", re.I)


# the words between a scene's clause and the clause it dates in one sentence: ", when"
_WHEN_JOINED = _PATTERNS.compile(r",[ \t]+when[ \t]+")


def dated_by_scene(reader, index: int, s: int) -> DateMention | None:
    """The day of the sentence before clause ``index`` when that sentence is a scene of
    movement with no place ("The trucks came before dawn on Monday.") and clause ``index`` opens
    the next sentence; else None.

    why: "The trucks came ... on Monday. ... soldiers rolled into Guayaquil from Manta" had no date."""
    if index == 0:
        return None
    ps, pe = reader.spans[index - 1]
    text = reader.text
    # the scene is a whole sentence, and the clause opens the next one in the same paragraph
    # (or the scene is the sentence's first clause and ", when" opens the clause: "The first move
    # came last weekend, when about 200 soldiers were flown from A to B", read104)
    if (pe > s or not text[pe - 1:pe] in ".!?" or text[pe:s].strip() or "\n" in text[pe:s]) \
            and _WHEN_JOINED.fullmatch(text, pe, s) is None:
        return None
    # (text[:ps].rstrip(" \t")[-1:], read back from ps: a copy of the text before it was
    # quadratic in a long report)
    k = ps
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k and text[k - 1] not in ".!?\n\"”":
        return None
    if reader._within(reader.places, ps, pe) or not any(t.group("verb") for t in reader._triggers_in(ps, pe)):
        return None
    day = one_day_lent(reader, ps, pe)
    if day is None:
        return None
    if any(not any(d.start <= c.start() < d.end for d in reader._dates_in(reader.dates, ps, pe))
           for c in _END_CUE.finditer(text, ps, pe)):
        return None
    return day


_PATTERNS.save()
