"""A report's title line told in two clauses: "Black Sea Fleet ships leave Novorossiysk as
landing ship enters Azov", "Troops pull out of A, militia moves in". Each clause of the title is
the title, not only the one that ends the line.

why: a fragment was the title only when its clause was the text's first and ended the line, so
the first clause of a two-clause title was read as a body sentence: its move ("ships leave
Novorossiysk") stood beside the lede's ("Three warships ... left their base at Novorossiysk")
as a second movement, the actors "Black Sea Fleet" and "warships" sharing no word (GUIDELINES:
one movement retold in headline and body counts once; events._title_describes)."""

from __future__ import annotations

_SENTENCE_END = (".", "!", "?")


def in_title_line(text: str, start: int, end: int) -> bool:
    """Does the clause ``start``..``end`` lie on the report's first line, a title (a line the
    text goes on after, with no full stop at its end)?"""
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    if line_end < 0 or start < first or end > line_end:
        return False
    return not text[first:line_end].rstrip().endswith(_SENTENCE_END)
