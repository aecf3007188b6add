"""A quotation that opens at the verb: wire copy quotes an official's words from the predicate on,
its subject told in the reporter's words: 'the service said units were redeployed from A to B
and that they had "returned to the places of permanent deployment in C"'. The quotation mark
between the subject (and its auxiliary) and the verb is no word of the subject.

why: the clause cutter reads the words between "and that" and the next verb of movement as the
second clause's subject by their tags (cuts._subject_then_verb); the quotation mark, tagged as
punctuation, made "they had \u201c" no subject, so the return was joined to the first clause's
route and lost (GUIDELINES: a different date makes a new movement)."""

from __future__ import annotations

from .kept import recompile as _recompile

# an opening quotation mark (straight or curly, double or single) with the space after it, at
# the end of the words before the verb
_OPENING_QUOTE_AT_END = _recompile(r"\s*[\"“‘'«]\s*$")


def without_opening_quote(between: str) -> str:
    """``between`` (the words from a joiner to the verb) without a quotation mark that opens at
    the verb; the same words else."""
    m = _OPENING_QUOTE_AT_END.search(between)
    return between[:m.start()] + " " if m else between
