"""A clause after a colon that tells, with a subject and a verb of movement of its own, what the
clause before it summed up: "The Moroccan contingent rotated out of Bangassou this week: 750
soldiers were flown to Rabat". The colon joins two clauses as "and" or a semicolon does
(cuts._own_subject_joins); the second has its own subject, count and ends.

Only a colon with a finite verb of movement before it in the sentence (the caller checks), and a
noun phrase and a finite verb of movement after it (cuts._subject_then_verb, as for "and"): a
label's colon ("SAF: troops redeployed ...", "UPDATE: ...") has no verb before it, and a list
after a colon ("moved three units: A, B and C") no verb after its nouns.

why: the cut came at the second clause's auxiliary (a reduced relative: "... 750 soldiers | were
flown"), so the soldiers were no subject and their count was lost; or the whole sentence was one
clause, and what moved was "Bangassou this week: 750 soldiers were flown" (probe of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-colon-clause")

# a colon between words (not a clock's "14:30"), and the first word of a subject after it
_COLON = _PATTERNS.compile(r"(?<=\w):\s+(?=(?-i:[A-Z])|(?:the|a|an|some|about|several|more|other|all|most)\s|[0-9])", re.I)


def colon_joins(text: str, s: int, e: int) -> list[re.Match]:
    """The colons in [s, e) that may open a clause of their own (the caller checks what is
    before and after them)."""
    return list(_COLON.finditer(text, s, e)) if ":" in text[s:e] else []


# all that stands between the clause before and this one: the colon
_COLON_GAP = _PATTERNS.compile(r"\s*:\s*")


def after_colon_clause(text: str, s: int, index: int, spans: list) -> bool:
    """Does clause ``index`` (starting at ``s``) open after a colon that ends the clause before
    it in its sentence? Then it tells the same movement in detail: its half joins the half of
    the clause before (events.complete_halves, as a clause joined by "as" does): "The contingent
    left Bambari this week: 750 soldiers were flown to Bangui" is one movement, Bambari -> Bangui."""
    return index > 0 and spans[index - 1][1] < s and _COLON_GAP.fullmatch(text, spans[index - 1][1], s) is not None


# a word of a unit's name: written with a capital or a number ("Tajik", "3rd"); a kind of unit is not
_NAMED_WORD = _PATTERNS.compile(r"(?<![\w'’-])(?:(?-i:[A-Z])|[0-9])")


def unit_of_summed_force(a, b) -> bool:
    """Is ``b`` told by the clause right after a colon that closes ``a``'s clause, and does ``b``
    name its mover only by a kind of unit, with no name of its own ("a motorised company",
    "an infantry company")? Then the unit is a part of the force the clause before summed up
    ("Kyrgyz border guards reinforced Batken: a motorised company moved from Osh to Batken"),
    no second actor (GUIDELINES: the same movement told twice is one).

    why: the unit's kind was read as an actor that shares no word with the summary's, and the
    summary stood as a movement of its own (s39 read105, a daily update of my own)."""
    for x, y in ((a, b), (b, a)):
        if not y.actor or _NAMED_WORD.search(y.actor):
            continue
        if any(fy.as_clause and fy.in_sentence is not None and fy.in_sentence == fx.in_sentence
               and fy.sentence == fx.sentence + 1 for fx in x.frags for fy in y.frags):
            return True
    return False


_PATTERNS.save()
