"""A counted part of a group told before, as the subject of the verb of moving: "detected 14
navy ships and 32 aircraft around the island, of which 20 crossed the median line", "flew in
600 soldiers, 200 of whom went on to X", "..., 40 of them crossed into Y".

The number before the verb counts what moved (GUIDELINES: count is the number that moved), not
the whole told before it; what moved is that group (the part has no noun of its own). A part
with no number ("most of them", read.part_route) is not read here.

why: "Taiwan's defence ministry said it detected 14 Chinese navy ships and 32 aircraft ..., of
which 20 crossed the median line of the Taiwan Strait" counted 46 (the whole) and read what
moved as the line crossed (s33m)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lazy
from .lexicon import _COUNT_RE, _NUMWORDS, count_value
from ..regex_cache import CompiledPatterns
from .gates import Gate

# rules asked only behind a gate of this module: imported at their first call (read.lazy)
group_is_held = lazy.function(".partitive_owner", "group_is_held", globals())

_PATTERNS = CompiledPatterns("read-partitive-count")

_NUMBER = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+|" + "|".join(sorted((k for k in _NUMWORDS if " " not in k), key=len, reverse=True)) + r")"
# the part's words, after the comma that opens it
_PART = (r"(?:of\s+(?:which|whom)\s+(?:about\s+|some\s+|around\s+)?(?P<n1>" + _NUMBER + r")"
         r"|(?:about\s+|some\s+|around\s+)?(?P<n2>" + _NUMBER + r")\s+of\s+(?:which|whom|them))")
# where a clause of its own opens: the comma before the part, when a verb follows it
# (read.cuts._clauses: "flew 600 soldiers to Bamako, 200 of whom were flown on to Gao")
# (not a part told by where it came from: "deployed 500 troops to X, of whom 200 came from Y" is
# the one movement, Y its origin)
_BARE_PART = _PART.replace("?P<n1>", "").replace("?P<n2>", "")
# (and after "and" or "but": "flew 600 soldiers to A, and 200 of them went on to B")
PART_OPENS = _PATTERNS.compile(r"[,;](?=\s*(?:and\s+|but\s+)?" + _BARE_PART + r"\s)"
                               r"(?!\s*(?:and\s+|but\s+)?" + _BARE_PART + r"\s+(?:[a-z]+\s+){0,2}?(?:came|come|were\s+drawn|hail(?:ed)?)\s+from\b)", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
PART_OPENS_GATE = Gate(PART_OPENS, ("them", "which", "whom"))
# the part right before the verb (and its auxiliaries or a time adverb): ", of which 20 crossed",
# ", 200 of whom were flown", ", 40 of them later crossed"; and a part opening a clause joined
# to the group's by "and" or a semicolon: "has 3,000 troops in X, and 500 of them moved to Y",
# "keeps 1,400 soldiers in X; 300 of them withdrew to Y"
_PART_BEFORE_VERB = _PATTERNS.compile(
    r"(?:[,;]\s*(?:and\s+|but\s+)?|\s+and\s+)" + _PART + r"(?:\s+(?:have|has|had|were|was|been|later|then|also|reportedly|subsequently))*\s*$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_PART_BEFORE_VERB_GATE = Gate(_PART_BEFORE_VERB, ("them", "which", "whom"))
# ... and a part opening the sentence after the group's, after a short opening phrase of time:
# "Kenya has 4,000 soldiers in Somalia. On Friday 600 of them moved to Kismayo", "... . Last
# week 200 of them were sent to Malakal" (s38 read103: the part named no group and no owner)
_PART_OPENS_SENTENCE = _PATTERNS.compile(
    r"(?<=[.!?])\s+(?:(?-i:[A-Z][a-z]+)(?:\s+(?:[A-Za-z]+|[0-9]{1,2})){0,2}?\s*,?\s+)?" + _PART
    + r"(?:\s+(?:have|has|had|were|was|been|later|then|also|reportedly|subsequently))*\s*$", re.I)
# how far back the part and the group are read
PART_CHARS = 60
SENTENCE_PART_CHARS = 90
GROUP_CHARS = 200
# what may join two counts of one group: "14 ships and 32 aircraft", "12 tanks, 30 trucks"
_SENTENCE_END = _PATTERNS.compile(r"[.!?;]\s+(?=[A-Z\"'])")
_JOINING = _PATTERNS.compile(r"\s*(?:,\s*(?:and\b)?|and\b)\s*")


@dataclass(frozen=True)
class CountedPart:
    value: int
    unit: str | None     # the noun of the group's last count ("aircraft"): what the number counts
    group: str | None    # the group told before, its words as written (what moved)
    why: str
    group_at: int | None = None  # where the group's words start (read.partitive_owner reads whose it is)


def counted_part(text: str, s: int, verb_start: int) -> CountedPart | None:
    """The counted part told as the subject right before the verb at ``verb_start`` (the clause
    opening at ``s``), with the group it is part of; None when there is none."""
    if "of" not in text[max(s, verb_start - SENTENCE_PART_CHARS):verb_start]:
        return None
    m = _PART_BEFORE_VERB_GATE.search(text, max(0, verb_start - PART_CHARS), verb_start)
    opens = None if m is not None else _PART_OPENS_SENTENCE.search(text, max(0, verb_start - SENTENCE_PART_CHARS), verb_start)
    if m is None and opens is None:
        return None
    if m is None:
        # (the group is told in the sentence before: read up to that sentence's closing mark)
        # (only a group told as held there, "Kenya has 4,000 soldiers in Somalia": a part of a
        # group that moved, "2,000 fighters withdrew from A. 500 of them moved on to B", carries on
        # its route, as read.elided_count and assemble._part_counted read it)
        part = _part_of(text, opens, opens.start() - 1, verb_start)
        return part if part is not None and part.group_at is not None and group_is_held(text, part.group_at) else None
    return _part_of(text, m, m.start(), verb_start)


def _part_of(text: str, m: re.Match, comma: int, verb_start: int) -> CountedPart | None:
    """The counted part ``m`` with the group told in the clause (or sentence) ending at ``comma``."""
    num = (m.group("n1") or m.group("n2")).lower()
    value = count_value(num) if num[0].isdigit() else _NUMWORDS.get(num)
    if not value:
        return None
    counts = [c for c in _COUNT_RE.finditer(text, max(0, comma - GROUP_CHARS), comma)
              if not _SENTENCE_END.search(text, c.end(), comma)]
    group = unit = start = None
    if counts:
        first = len(counts) - 1
        while first > 0 and _JOINING.fullmatch(text, counts[first - 1].end(), counts[first].start()):
            first -= 1
        start = counts[first].start("qual") if counts[first].group("qual") else counts[first].start("num")
        group = " ".join(text[start:counts[-1].end()].split())
        unit = counts[-1].group("unit").lower()
    told = " ".join(text[comma:verb_start].lstrip(",;.!? ").split())
    return CountedPart(value, unit, group, f"count {value}: '{told}' counts the part of the group told before that moved", start)


_PATTERNS.save()
