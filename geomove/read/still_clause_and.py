"""A clause with no verb of movement, then ", and" and a clause of movement with its own
subject: "The first convoy carried 25 vehicles, and a second convoy of 30 trucks left A for B".
The first clause only describes (what a convoy held, how big a column was); the second tells
the movement. cuts._own_subject_joins cuts at a joiner only after a finite verb of movement,
so the two stayed one clause and the movement took the first clause's count (25, not 30).

The first clause must be a clause of its own: a noun phrase and then a finite verb by its tag
(VBD, VBZ, VBP or a modal; or a past form the tagger calls VBN right after the head noun,
"The convoy numbered 60 vehicles"). Only a comma and "and" join it (", and"), and the caller
asks that a subject and a finite verb of movement follow, as for every other joiner. "Troops
and police moved to X" has no comma; "Trucks carrying troops, and ..." has no finite verb.

why: probes of my own (s35 read96) read "The column had 40 tanks, and a second column of 12
trucks moved from A to B" with count 40."""

from __future__ import annotations

from .syntax import analyse

# the tags that open a noun phrase subject
_SUBJECT_OPENS = frozenset(("DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "PRP"))
# the tags of a finite verb
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
# the tags a subject's words may have before its verb (a noun phrase with "of" and numbers)
_IN_SUBJECT = _SUBJECT_OPENS | {"POS", "IN", "CC"}
# how many words the first clause may have (a clause, not a paragraph)
STILL_CLAUSE_WORDS = 16


def still_clause_before(text: str, s: int, at: int) -> bool:
    """Are the words of [s, at) a clause of their own: a noun phrase, then a finite verb?"""
    words = analyse(text, s, at)
    if not words or len(words) > STILL_CLAUSE_WORDS or words[0].tag not in _SUBJECT_OPENS:
        return False
    for k, w in enumerate(words):
        if k and (w.tag in _FINITE or (w.tag == "VBN" and words[k - 1].tag in ("NN", "NNS", "NNP", "NNPS"))):
            return True
        if w.tag not in _IN_SUBJECT:
            return False
    return False
