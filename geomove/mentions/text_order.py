"""Mentions in the order the text writes them: the key each pass that walks a text's names from
first to last sorts them by (the finder's records, the list and neighbour hints, the listed and
joined names)."""

from __future__ import annotations

from operator import itemgetter

# a mention's start offset, read in C: the same key, and so the same stable order, as
# ``lambda m: m["start"]``, without a Python call a mention (~45,000 a batch of 380 reports
# across the passes that sort)
START = itemgetter("start")
