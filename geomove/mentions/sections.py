"""A long text read in sections cut at paragraph breaks, with whole-text offsets."""

from __future__ import annotations



# A long input (a day of wire copy pasted as one file, a 1 MB situation report) is read in
# sections of at most this many characters, cut at paragraph breaks: the places of one section
# are the context of each other, as in a report of that length. Context ranking compares every
# name with every other place of its text, so one unbounded text cost more than its parts (a
# 1 MB text 1.6x, growing with length); sections keep the cost linear. Twice the longest dev
# report (~9,000 characters), so news reports are read whole; a 1 MB text costs ~1.6x its
# parts in sections of 50,000 characters and ~1.2-1.5x in sections of 20,000.
SECTION_CHARS = 20_000
# A text longer than SECTION_CHARS is cut into sections of at most SECTION_CHARS // CUT_PARTS
# characters (10,000: still more than the longest dev report). Ranking in context measures
# every reading of a section against every place of it, and a section of wire copy holds the
# places of ~10 reports at 20,000 characters, ~5 at 10,000: the work per reading grows with
# the places of its section. Session 53 (speed131), the first 2 MB of `speed.py scale`'s 10 MB
# text: 1.21x its parts in sections of 20,000, 1.09x in sections of 10,000 (CPU s 4.8 / 4.4 /
# 4.0 parts), and its places nearer those of the reports read alone (mentions differing from
# the parts' 1,022 -> 782 of ~13,700). Texts of at most SECTION_CHARS are read whole as before.
CUT_PARTS = 2


def _sections(text: str, size: int = SECTION_CHARS):
    """(offset, section) pieces of ``text`` of at most ``size`` characters, each cut after a
    paragraph break, else a line break, else a sentence end, else a space, in the second half
    of the window (a hard cut only for a text without any)."""
    pos = 0
    while len(text) - pos > size:
        lo, hi = pos + size // 2, pos + size
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = text.rfind(sep, lo, hi)
            if at >= 0:
                cut = at + len(sep)
                break
        if cut < 0:
            cut = hi
        yield pos, text[pos:cut]
        pos = cut
    if pos < len(text):
        yield pos, text[pos:]


def _shifted(m: dict, offset: int, sentences: int) -> dict:
    """A mention of a section with its offsets and sentence number in the whole text."""
    if not offset and not sentences:
        return m
    m = dict(m, start=m["start"] + offset, end=m["end"] + offset, sentence=m["sentence"] + sentences)
    if m.get("sentence_span"):
        m["sentence_span"] = [m["sentence_span"][0] + offset, m["sentence_span"][1] + offset]
    if m.get("phrase"):
        m["phrase"] = dict(m["phrase"], start=m["phrase"]["start"] + offset, end=m["phrase"]["end"] + offset)
    return m
