"""Which sentences of a report a pattern finds something in, asked for a window of sentences
around each movement.

Passes such as assemble.origin_where_seen_off look a few sentences either side of each
movement for a cue ("saw ... off", "is here"). In a short report the window is a handful of
sentences; in a long one a movement told again and again (merged from many sentences) spans
most of the text, and searching every sentence of its window again for every movement made the
pass quadratic in the report's length. Here each sentence is searched once for a pattern: a
narrow window asks its sentences one by one (each answer kept), a wide one reads the sorted
list of every sentence that holds the cue, made once."""

from __future__ import annotations

import bisect

# a window wider than this many sentences reads the list of every sentence holding the cue
WIDE_WINDOW = 64


class SentencesWith:
    """The sentences of ``spans`` (``(start, end)`` pairs in ``text``) in which
    ``pattern.search(text, start, end)`` finds something, window by window."""

    def __init__(self, text: str, spans: list, pattern):
        self.text, self.spans, self.pattern = text, spans, pattern
        self._seen: dict[int, bool] = {}
        self._all: list[int] | None = None

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
        if self._all is None and hi - lo > WIDE_WINDOW:
            self._all = [i for i in range(len(self.spans)) if self._holds(i)]
        if self._all is not None:
            return self._all[bisect.bisect_left(self._all, lo):bisect.bisect_right(self._all, hi)]
        return [i for i in range(lo, hi + 1) if self._holds(i)]


def sentences_with(reader, pattern) -> SentencesWith:
    """The reader's :class:`SentencesWith` for ``pattern`` (one per pattern and report)."""
    kept = reader.__dict__.setdefault("_sentences_with", {})
    found = kept.get(id(pattern))
    if found is None:
        found = kept[id(pattern)] = SentencesWith(reader.text, reader.spans, pattern)
    return found
