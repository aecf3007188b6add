"""A relative clause of moving after the object of another verb: "Niger's junta expelled French
troops, who left Niamey for Chad in December", "Mali's rulers asked the UN mission to go; its
peacekeepers, who flew out of Bamako ...". Who moved is the relative word's antecedent, the noun
phrase right before the comma, not the clause it ends: the words after that clause's own verb.

why: what moved was read as "Niger's junta expelled French troops" (the whole clause before ",
who"); the actor was already the troops."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .syntax import analyse

_PATTERNS = CompiledPatterns("read-object-relative")

# the prepositions of whom a thing is given or handed to, or replaced with ("handed over to
# X", "replaced them with X"); not of where ("six cases were in Filipinos who ...")
_GIVEN_TO = frozenset(("to", "with", "over"))

# a verb of the clause before the comma, finite or not ("expelled", "to accept", "after
# expelling"; the tagger reads a past form after a name as a participle too: "Niger's junta
# expelled")
_VERB_TAGS = frozenset(("VB", "VBD", "VBZ", "VBP", "VBN", "VBG"))


def antecedent_object(text: str, start: int, comma: int) -> str | None:
    """The noun phrase after the last verb of [start, comma), when the words before the
    comma are a clause with a verb and an object ("Niger's junta expelled French troops" ->
    "French troops"; "were handed over to Nigerien units" -> "Nigerien units", after the verb's
    preposition); None when they hold no verb (a noun phrase alone, "The journalists") or
    nothing with a noun follows it."""
    toks = analyse(text, start, comma)
    last = max((k for k, t in enumerate(toks) if t.tag in _VERB_TAGS), default=None)
    if last is None or last == len(toks) - 1 or not any(t.tag.startswith("NN") for t in toks[last + 1:]):
        return None
    if toks[last].tag not in ("VB", "VBG") and not any(t.tag.startswith(("NN", "PRP")) for t in toks[:last]):
        return None  # (a finite verb with no subject before it: "Flown in from X, ..." is no clause of its own)
    first = last + 1
    # ("handed over to Nigerien units", "replaced them with fresh troops": the noun phrase after
    # the verb's preposition of giving, not its particle or pronoun object, s37m)
    joined = [k for k in range(last + 1, len(toks) - 1) if toks[k].tag in ("IN", "TO", "RP")
              and text[toks[k].start:toks[k + 1].start].strip().lower() in _GIVEN_TO
              and any(t.tag.startswith("NN") for t in toks[k + 1:])]
    if joined and not any(t.tag.startswith("NN") for t in toks[last + 1:joined[-1]]):
        first = joined[-1] + 1
    return text[toks[first].start:comma].strip() or None


# an object pronoun and the preposition of the thing given in its place, opening a clause cut
# after its verb: "Burundi replaced | them with fresh troops who crossed ..."
_PRONOUN_WITH = _PATTERNS.compile(r"^(?:them|it|him|her)\s+(?:with|by)\s+(?=\S)", re.I)


def without_pronoun_object(what: str) -> str:
    """``what`` without an object pronoun and "with"/"by" opening it ("them with fresh troops"
    -> "fresh troops"): the clause was cut after a verb of replacing or reinforcing, and who
    moved is the noun phrase the relative clause after it is on (s37m)."""
    m = _PRONOUN_WITH.match(what)
    return what[m.end():] if m else what


_PATTERNS.save()
