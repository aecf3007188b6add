"""The words of report that hedge a move told as done (report_words.json): "Troops are reported
to be moving from A to B", "Troops believed to have been sent from A arrived in B", "Militants,
thought to have crossed from A, attacked ...". One list for the three readers of such hedges
(clauses._REPORTED_TO_BE, hedged_perfect._HEDGED_PERFECT, clauses._SUBJECT_ASIDE), which
had each kept a list of its own that drifted apart."""

from __future__ import annotations

from .data_files import read_data

# the words, lower case ("rumoured" and "rumored" both)
REPORT_WORDS: tuple[str, ...] = tuple(read_data("report_words.json")["words"])
# the same as a pattern's alternation, to stand inside "(?:...)"
REPORT_WORDS_RE = "|".join(REPORT_WORDS)
