"""A relative clause of moving after the object of another verb: "Niger's junta expelled French
troops, who left Niamey for Chad in December", "Mali's rulers asked the UN mission to go; its
peacekeepers, who flew out of Bamako ...". Who moved is the relative word's antecedent, the noun
phrase right before the comma, not the clause it ends: the words after that clause's own verb.

why: what moved was read as "Niger's junta expelled French troops" (the whole clause before ",
who"); the actor was already the troops."""

from __future__ import annotations

from .syntax import analyse

# a verb of the clause before the comma, finite or not ("expelled", "to accept", "after
# expelling"; the tagger reads a past form after a name as a participle too: "Niger's junta
# expelled")
_VERB_TAGS = frozenset(("VB", "VBD", "VBZ", "VBP", "VBN", "VBG"))


def antecedent_object(text: str, start: int, comma: int) -> str | None:
    """The noun phrase after the last verb of [start, comma), when the words before the
    comma are a clause with a verb and an object ("Niger's junta expelled French troops" ->
    "French troops"); None when they hold no verb (a noun phrase alone, "The journalists") or
    nothing with a noun follows it."""
    toks = analyse(text, start, comma)
    last = max((k for k, t in enumerate(toks) if t.tag in _VERB_TAGS), default=None)
    if last is None or last == len(toks) - 1 or not any(t.tag.startswith("NN") for t in toks[last + 1:]):
        return None
    if toks[last].tag not in ("VB", "VBG") and not any(t.tag.startswith(("NN", "PRP")) for t in toks[:last]):
        return None  # (a finite verb with no subject before it: "Flown in from X, ..." is no clause of its own)
    return text[toks[last + 1].start:comma].strip() or None
