"""Which sentences of a report a pattern finds something in, asked for a window of sentences
around each movement.

Passes such as assemble.origin_where_seen_off look a few sentences either side of each
movement for a cue ("saw ... off", "is here"). In a short report the window is a handful of
sentences; in a long one a movement told again and again (merged from many sentences) spans
most of the text, and searching every sentence of its window again for every movement made the
pass quadratic in the report's length. Here each sentence is searched once for a pattern: a
narrow window asks its sentences one by one (each answer kept), a wide one reads the sorted
lists of the sentences that hold the cue in each block of BLOCK sentences it covers, each list
made once, when a window first covers its block (a list of every sentence of the report, made
at the first wide window, searched all of a 3 MB report for a dozen windows of a few hundred
sentences)."""

from __future__ import annotations

import bisect

# a window wider than this many sentences reads the lists of its blocks' sentences holding the cue
WIDE_WINDOW = 64
BLOCK = 64  # (sentences a block's list is made of)


class SentencesWith:
    """The sentences of ``spans`` (``(start, end)`` pairs in ``text``) in which
    ``pattern.search(text, start, end)`` finds something, window by window."""

    def __init__(self, text: str, spans: list, pattern):
        self.text, self.spans, self.pattern = text, spans, pattern
        self._seen: dict[int, bool] = {}
        self._blocks: dict[int, list[int]] = {}  # block -> its sentences holding the pattern

    def _holds(self, i: int) -> bool:
        hit = self._seen.get(i)
        if hit is None:
            s, e = self.spans[i][:2]
            hit = self._seen[i] = self.pattern.search(self.text, s, e) is not None
        return hit

    def between(self, lo: int, hi: int) -> list[int]:
        """The sentences ``i``, ``lo <= i <= hi``, that hold the pattern, in order."""
        lo, hi = max(lo, 0), min(hi, len(self.spans) - 1)
        if hi < lo:
            return []
        if hi - lo <= WIDE_WINDOW:
            return [i for i in range(lo, hi + 1) if self._holds(i)]
        out: list[int] = []
        first, last = lo // BLOCK, hi // BLOCK
        for b in range(first, last + 1):
            hits = self._blocks.get(b)
            if hits is None:
                hits = self._blocks[b] = [i for i in range(b * BLOCK, min((b + 1) * BLOCK, len(self.spans)))
                                          if self._holds(i)]
            if b == first or b == last:  # (the window's edges cut its first and last blocks)
                hits = hits[bisect.bisect_left(hits, lo):bisect.bisect_right(hits, hi)]
            out.extend(hits)
        return out


def sentences_with(reader, pattern) -> SentencesWith:
    """The reader's :class:`SentencesWith` for ``pattern`` (one per pattern and report)."""
    kept = reader.__dict__.setdefault("_sentences_with", {})
    found = kept.get(id(pattern))
    if found is None:
        found = kept[id(pattern)] = SentencesWith(reader.text, reader.spans, pattern)
    return found
