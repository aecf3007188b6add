"""The subject of a report's first sentence starts after its dateline: "SANAA, Feb 9 — The
Houthis have sent ..." names the Houthis as who sent, as "The Houthis have sent ..." does. The
dateline (the place in capitals, maybe its country, the day, the agency in brackets and a dash)
is where and when the report was filed, no word of the subject; the readings of a subject that
opens its clause (a group's initials, a known group's name, "the army") look from the clause's
start and did not see past it.

why: "ADEN, Feb 9 — The Houthis sent 300 fighters to Marib" had no actor, and without the
dateline it had the Houthis (Yemen probe of my own, s32m)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-dateline-subject")

# the place in capitals (several, with a slash), its country, the day, the agency in brackets
# and the dash that ends the dateline ("GOMA, Jan 27 -", "BUJUMBURA/KAMPALA (AFP) —",
# "PEMBA, Mozambique, 3 March (Reuters) --")
_DATELINE = _PATTERNS.compile(
    r"[ \t]*(?-i:[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+){0,3})"
    r"(?:,[ \t]*(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))?"
    r"(?:,?[ \t]*(?-i:(?:[A-Z][a-z]{2,8}\.?[ \t]+[0-9]{1,2}|[0-9]{1,2}[ \t]+[A-Z][a-z]{2,8})))?"
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|[-–—])[ \t]+")


# a live blog's time stamp opening its line, with or without a dash or colon after it ("09:40
# Columns of ... were seen", "1015 GMT: The army says ..."): when the entry was posted, no word of
# its subject either (with a dash it was read as a dateline already)
_TIME_STAMP = _PATTERNS.compile(
    r"[ \t]*(?:[0-9]{1,2}[:.][0-9]{2}(?:[ \t]*(?:GMT|UTC|local\s+time|[ap]\.?m\.?))?|[0-9]{4}[ \t]*(?:GMT|UTC|hrs))"
    r"[ \t]*(?:[:–—-][ \t]*)?(?=(?-i:[A-Z]))")


# a line's label, a place or a theme of one to four capitalised words and a colon ("Niger: Niamey
# flew reinforcements to X", "Burkina Faso: The army redeployed ...", a roundup's sections): what
# the line is about, no word of its subject
_LINE_LABEL = _PATTERNS.compile(r"[ \t]*(?-i:[A-Z][\w'’.-]*)(?:[ \t]+(?-i:[A-Z][\w'’.-]*)){0,3}:[ \t]+(?=(?-i:[A-Z]))")


def subject_after_dateline(text: str, s: int, verb_at: int) -> int:
    """Where the subject of the clause that starts at ``s`` begins: after a dateline that opens
    it (and ends before its verb at ``verb_at``), or a time stamp or a label that opens its line
    (s36 lead: "10:15 Armenia's defence ministry says it has sent two battalions to Goris" and
    "Niger: Niamey flew reinforcements to Tillaberi" had no actor; "10:15 - Armenia's ..." had
    it), else ``s``."""
    m = _DATELINE.match(text, s, verb_at)
    if m is None and (s == 0 or text[s - 1] == "\n" or text[s] == "\n"):
        start = s + 1 if text[s:s + 1] == "\n" else s
        m = _TIME_STAMP.match(text, start, verb_at) or _LINE_LABEL.match(text, start, verb_at)
    return m.end() if m is not None else s


_PATTERNS.save()
