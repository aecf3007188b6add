"""A stop told as a contrast to the place a force was heading for: "A convoy left Gao heading for
Kidal but stopped in Bourem", "The column left Nyala for El Fasher but halted in Kabkabiya".

"but" says the force did not go on to the aim ("for", "towards", "bound for": told only as an
aim, read.short_of_aim.end_only_aimed): the stop is where the movement ended (GUIDELINES: the
most specific place the text gives for where it ended), and the aim, never said to be reached,
is neither end nor a place passed. Without the contrast ("left Gao for Kidal, stopping overnight
in Bourem") the stop stays a place passed on the way (lexicon.json via_stop); so does a stop told
after an end the force went to ("drove to Kidal"), and the negated twin ("did not reach Kidal
but halted in Anefis") is read.stopped_short's.

why: session 49's probe read Gao -> via the stop -> Kidal (a stop on the way is a via whenever
the clause names a destination: clauses' "via_stop" slots)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .fallback_end import one_stop_after_one_end
from .short_of_aim import end_only_aimed

_PATTERNS = CompiledPatterns("read-stopped-instead")

# from the aim to the verb of stopping: an optional day ("for Kidal on Monday but"), "but", an
# optional subject of its own ("it", "they", "the convoy") and adverb, nothing else ("heading for
# Kidal but then stopped in B")
_BUT_BEFORE_STOP = _PATTERNS.compile(
    r"(?:\s+(?:on|late\s+on|early\s+on|overnight|at)\b[^,.;:]{0,30}?)?\s*,?\s*\bbut\s+(?:(?:it|they|(?:the|its|their)\s+(?:[\w-]+\s+)?[\w-]+)\s+)?(?:(?:then|only|instead|eventually|finally)\s+)?", re.I)
# the verbs of stopping whose place is the stop ("stopped in", "halted at")
_STOP_VERB = _PATTERNS.compile(r"(?:stopp|halt)(?:ed)\b", re.I)


def stop_instead_of_aim(text: str, slots: list, why: list) -> list:
    """The clause's slots (role, places, cue offset) with a stop told after "but" right after a
    destination told only as an aim, read as the destination, and the aim dropped; unchanged
    otherwise (also when more than one stop or destination is told: fallback_end.one_stop_after_one_end)."""
    told = one_stop_after_one_end(slots)
    if told is None:
        return slots
    end, stop_at = told
    (_r, goal, _ga), (_s, stop, _at) = slots[end], slots[stop_at]
    if not goal or not stop:
        return slots
    gap = _BUT_BEFORE_STOP.match(text, goal[-1]["end"], stop[0]["start"])
    if gap is None or _STOP_VERB.match(text, gap.end()) is None:
        return slots
    if not end_only_aimed(text, {"offsets": [goal[0]["start"]]}):
        return slots
    why.append(f"{goal[-1]['surface']}: no end, only the aim, the force stopped before it (read.stopped_instead)")
    why.append(f"{stop[0]['surface']}: destination, where the force stopped instead of its aim")
    return [("destination" if k == stop_at else r, g, a) for k, (r, g, a) in enumerate(slots) if k != end]


_PATTERNS.save()
