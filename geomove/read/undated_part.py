"""A day or date that opens the sentence with no comma after it, before a subject that an aside
follows: "On Friday the battalion, which had reached Goma, moved to Sake", "On 3 March the
frigate, escorted by a tanker, sailed from Brest to Toulon". The subject's part kept as what moved
is then not its last part (the aside is), and clauses._Reader._what took the day off the last part
only: what moved read "On Friday the battalion". The kept part is found in the text
(:func:`kept_part_end`) so that its opening day is taken off as the last part's is.

why: s50 read143 left it ("On Friday the battalion, which had reached A, moved to B"); golden
s51-read147-* of my own (North Kivu, the Mediterranean, Haiti)."""

from __future__ import annotations


def kept_part_end(text: str, s: int, subject_end: int, part: str, kept_end: int) -> int | None:
    """Where the kept words of ``part`` (its first ``kept_end`` characters' end) end in
    ``text``, ``part`` being a part of the subject read from [s, subject_end) that is not its
    last; None when it is not found there as written (an aside cut out of its middle)."""
    if not part.strip():
        return None
    at = text.find(part, s, subject_end)
    return at + kept_end if at >= 0 else None
