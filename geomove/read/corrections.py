"""A correction: what an earlier version of a report said and the report now takes back ("Correction:
an earlier version of the 12:50 entry said the SDF fighters pulled back to Hasakah. They went to
Kobani"; "we wrongly reported that troops had entered X"; "our 14:05 entry first said that 1,500 soldiers had
reached X"). The retracted movement is no report:
it is read as denied (by the outlet itself), and the movement the correction tells is the one
reported.

Without this the retracted destination was read as reported, and joined the corrected movement
as a place passed on the way (Hasakah as via of the withdrawal to Kobani)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-corrections")

# before the verb of moving, in its sentence: "an earlier version of this story said (that)",
# "a previous version of the 12:50 entry stated", "we wrongly/incorrectly/mistakenly reported (that)"
# (a look-ahead at the letters a match may open with: the pattern was tried in full at every
# character of the clause; the same matches, tests/test_speed46.py)
_RETRACTED_BEFORE = _PATTERNS.compile(
    r"\b(?=[aeimoptw])(?:(?:an?\s+)?(?:earlier|previous|original)\s+(?:version|post|update|entry)\b[^.;]{0,60}?\b(?:said|stated|reported|"
    r"wrote|misstated|described)|\b(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:said|stated|reported|wrote)"
    # "our 14:05 entry first said that", "this post initially reported", "the story originally
    # stated": the outlet's own earlier words, said once and no longer (read45)
    r"|\b(?:our|this|the)\s+(?:[\w:.-]+\s+){0,2}?(?:entry|post|story|article|report|update|headline|tweet|thread)\s+"
    r"(?:had\s+)?(?:first|initially|originally|at\s+first)\s+(?:said|stated|reported|wrote))\b"
    r"(?:\s+that)?[^.;]*$", re.I)


def retracted(text: str, s: int, verb_at: int) -> re.Match | None:
    """The words of a correction that take back the movement whose verb is at ``verb_at`` (the
    sentence starting at ``s``), else None."""
    return _RETRACTED_BEFORE.search(text, s, verb_at)


_PATTERNS.save()
