"""The matches of a pattern anchored at a line's start, found by matching at each line's start.

A pattern that opens with ``^`` under ``re.MULTILINE`` can match only at the text's start and
right after a line break ("\\n"), yet ``finditer`` tries it at every character of the text,
where ``^`` fails one character at a time. When the pattern never takes a line break (its
matches stay on their line), its matches are those of ``pattern.match`` at each line's start, in
order: a few calls a report (a line is a paragraph) for a scan of every character. Used for the
lettered labels of a list (read.unwrap) and a liveblog's time stamps (read.liveblog);
tests/test_speed48.py compares the two on texts of our own."""

from __future__ import annotations

import re


def matches_at_line_starts(pattern: re.Pattern, text: str) -> list[re.Match]:
    """``list(pattern.finditer(text))`` for a ``re.MULTILINE`` pattern that opens with ``^`` and
    whose matches never hold a line break."""
    found = []
    at = 0
    while True:
        m = pattern.match(text, at)
        if m is not None:
            found.append(m)
        at = text.find("\n", at) + 1
        if not at:
            return found
