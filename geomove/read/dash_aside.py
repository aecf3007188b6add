"""A subject whose head is followed by a list set off by dashes: "A Chinese task group of three
ships — the destroyer Baotou, the frigate Yancheng and the supply ship Taihu — sailed through
the Tsushima Strait". The commas of the list inside the dashes cut no clause: the subject opens
before the opening dash, as it does before an aside in brackets (clauses._SUBJECT_BREAK skips a
comma inside brackets).

why: the subject was read from the last comma of the list ("the supply ship Taihu —"), whose
definite article made it a force told before: the task group was carried on as a leg of the
bombers' flight in the sentence before it (Barksdale AFB → Sea of Japan via RAF Fairford), with
the frigate's name as its actor."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-dash-aside")

# a dash that opens or closes an aside: an em or en dash, or two hyphens, with a space on each
# side ("—" written without spaces, as "ships—the destroyer", too)
_DASH = _PATTERNS.compile(r"\s[—–]\s|\s--\s|(?<=\w)—(?=\w)")


def subject_before_dash_aside(text: str, s: int, subject_start: int, verb_at: int, breaks: re.Pattern) -> int:
    """Where the subject before the verb at ``verb_at`` starts when ``subject_start`` (after the
    last of ``breaks`` between ``s`` and the verb) falls inside a dash aside that closes before the
    verb: before the aside's opening dash, at the last break ahead of it; else ``subject_start``."""
    if subject_start <= s:
        return subject_start
    opened = [m for m in _DASH.finditer(text, s, subject_start)]
    if len(opened) % 2 == 0 or _DASH.search(text, subject_start, verb_at) is None:
        return subject_start  # (no aside open at the cut, or none closed before the verb)
    dash_at = opened[-1].start()
    return max([s] + [s + b.end() for b in breaks.finditer(text[s:dash_at])])


def inside_dash_aside(text: str, s: int, at: int) -> bool:
    """Is ``at`` inside an aside that a dash opened after ``s`` and that has not closed yet
    (an odd number of dashes between them)? "A task group of three ships — the destroyer Baotou,
    the frigate Yancheng and a supply ship — sailed": the ships named inside are told as the
    group's members (forces.named_as_member)."""
    opened = list(_DASH.finditer(text, s, at))
    return len(opened) % 2 == 1 and opened[0].start() > s


# an aside between two dashes closing the words before a verb, up to 160 characters with no
# sentence end in it
_DASH_PAIR_LAST = _PATTERNS.compile(r"(?:\s[—–]\s|\s--\s)[^.;!?—–]{1,160}?(?:\s[—–]|\s--)\s*$")


def end_before_dash_aside(text: str, s: int, end: int) -> int:
    """Where a subject from ``s`` to ``end`` (the verb) ends when its last words are an aside
    set off by a pair of dashes: before the opening dash ("The bombers — each carrying a crew
    of four — flew on": what moved is "The bombers"); else ``end``."""
    if "—" not in text[s:end] and "–" not in text[s:end] and "--" not in text[s:end]:
        return end
    m = _DASH_PAIR_LAST.search(text, s, end)
    return m.start() if m is not None and m.start() > s else end


_PATTERNS.save()
