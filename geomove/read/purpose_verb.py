"""A purpose clause whose verb the tagger reads as a noun: "engineers arrived at Santa Elena from
Guayaquil to repair a bridge used by troops heading to the Peruvian border". After "to", the
tagger called "repair" a noun, so no purpose clause opened there, and "heading to the Peruvian
border" (where other troops go, inside the purpose) was read as a second destination of the
engineers.

A word after "to" that is followed by an article or a possessive ("to repair a bridge", "to
rebuild the school", "to clear their route") is a verb with its object: a noun right after "to"
is the end itself ("returned to base"), and is not followed by an article, except in a few
nouns of a place ("returned to base the next day"), which are never read so.

Read in syntax.purpose_starts."""

from __future__ import annotations

# nouns that stand bare after "to" as a place ("returned to base", "went to sea") and may be
# followed by an article that opens a phrase of time ("to base the next day")
_BARE_PLACE_NOUNS = frozenset("base camp port sea shore land town school church court hospital bed work "
                              "market harbour harbor home barracks headquarters garrison front".split())
_ARTICLES = frozenset(("a", "an", "the"))


def verb_before_object(tokens: list, j: int) -> bool:
    """Is token ``j``, right after "to", a base verb the tagger read as a noun or a present
    tense ("to repair a bridge")? Only a lower-case word followed by an article or a
    possessive pronoun, and no noun that names a place bare.

    why: "to repair a bridge used by troops heading to X" opened no purpose clause."""
    if j + 1 >= len(tokens):
        return False
    t, nxt = tokens[j], tokens[j + 1]
    if t.tag not in ("NN", "VBP") or not t.text.islower() or t.text in _BARE_PLACE_NOUNS:
        return False
    return nxt.text.lower() in _ARTICLES or nxt.tag == "PRP$"
