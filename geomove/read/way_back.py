"""The way back: "A patrol aircraft flew from A to B ... The aircraft returned to A the same
evening", "An A400M carried paratroopers from A to B. It returned to A the next morning", "an
Il-76 flew troops from A to B ... the same aircraft flying back to A on Saturday".

A force that goes back to where the movement just told began has arrived and later left again
(GUIDELINES: a route is split into legs there): the return is a movement of its own, from
where the first one got to. Before, the return was carried on as the same route (A -> [B] -> A,
the flight out lost) or read with no origin.

``way_back`` is asked by assemble.read_fragments beside the other signs that a clause referring
back left again from where the last movement got to; the verbs are the clause's own ("returned",
a verb of moving followed by "back")."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .state import _Draft
from .lexicon import _stem
from .places import compatible, same_place

# "flew back", "flying back", "sailed back", "headed back", "came back": back right after the verb
_BACK_AFTER = _recompile(r"\s+back\b", re.I)
_RETURN_STEMS = frozenset(("return",))


def goes_back(text: str, verb: re.Match) -> bool:
    """Is the verb match ``verb`` (a trigger with a "verb" group) one of going back: "returned",
    or a verb of moving with "back" right after it ("drove back", "flew back")?"""
    word = verb.group("verb") if "verb" in verb.re.groupindex else None
    return bool(word) and (_stem(word) in _RETURN_STEMS or _BACK_AFTER.match(text, verb.end()) is not None)


def way_back(text: str, frag, draft: _Draft, last: _Draft) -> bool:
    """Does ``frag`` (whose route is ``draft``) tell ``last``'s force going back to where
    ``last`` began, after it got somewhere else?"""
    if last.origin is None or last.destination is None or draft.destination is None or draft.origin is not None:
        return False
    if not compatible(draft.destination, last.origin) or compatible(last.destination, last.origin):
        return False
    return _told_going_back(text, frag)


def _told_going_back(text: str, frag) -> bool:
    """Is ``frag``'s verb one of going back ("returned", "flew back"), as goes_back asks of a match?"""
    verb = frag.trigger or ""
    return _stem(verb) in _RETURN_STEMS or _BACK_AFTER.match(text, frag.trigger_start + len(verb)) is not None


def returned_from_there(text: str, frag, draft: _Draft, last: _Draft) -> bool:
    """Does ``frag`` (whose route is ``draft``, no origin told) tell ``last``'s force going back
    by a verb of return to a place other than where ``last`` went ("Taiwan sent two frigates to
    Penghu on Monday. The frigates returned to Kaohsiung on Wednesday")? Then it left again from
    where it had got to, a leg of its own (GUIDELINES), as way_back reads a return to a told
    origin. Whether ``last`` told an origin or not: "sailed from Puerto Princesa to Second Thomas
    Shoal on Monday. The boats ... returned to Manila on Tuesday" is a second leg from the shoal,
    and so is a return to the province the origin lies in ("returned to Palawan"), which
    way_back's test of the very origin does not see.

    why: the return was carried on as the same route, and the place reached was lost (s26r,
    Taiwan probe: "? -> Kaohsiung" on Monday); with an origin told, the place reached became a
    via of one route to the place of return (s36 lead, a South China Sea resupply probe)."""
    if last.destination is None or draft.destination is None or draft.origin is not None \
            or same_place(draft.destination, last.destination):
        return False
    return _told_going_back(text, frag) and _names_the_last(frag.what, last)


# what a referring subject says, no noun of its own: "They", "It", "The" with no head after
_PRONOUN_WHAT = _recompile(r"\s*(?:they|it|them)?\s*", re.I)


def _names_the_last(what: str | None, last: _Draft) -> bool:
    """Does the returning subject refer to ``last``'s mover: a pronoun or no words, or a head
    noun (its last word) that ends what ``last`` moved ("The frigates" after "two frigates")?
    ("The supply boat returned to B" after "a second mission reaches A" is another craft.)"""
    if what is None or _PRONOUN_WHAT.fullmatch(what):
        return True
    head = what.split()[-1].lower()
    # (or the kind before a ship's or unit's name: "The frigate" after "The Italian frigate
    # Virginio Fasan", s36 lead)
    return any(f.what and (f.what.split()[-1].lower() == head or _kind_before_name(f.what, head)) for f in last.frags)


def _kind_before_name(what: str, head: str) -> bool:
    """Is ``head`` a lower-case word of ``what`` followed only by capitalised words, the name
    ("frigate" in "The Italian frigate Virginio Fasan")?"""
    words = what.split()
    at = next((k for k, w in enumerate(words) if w == head), None)
    return at is not None and at < len(words) - 1 and all(w[:1].isupper() for w in words[at + 1:])

