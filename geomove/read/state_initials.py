"""A force named by its initials after the possessive of its state: "Venezuela's FANB deployed
5,000 troops to X", "Colombia's ELN moved fighters to Y", "Kenya's KDF said it had sent two
companies to Z". The initials name who moved, as they do after "The" ("The FANB deployed ...",
clauses._actor's initials subject); the state's possessive only says whose force it is.

Only a state the clause names as a country (a mention of it ends at the apostrophe), its "'s",
initials of two to eight capitals (or a name with digits, "M23"), optionally the parts of it
that moved ("elements", "units"), then nothing but the subject gap before the verb, or "said
it had ..." (the caller passes that pattern).

why: session 49's probes read actor None for each of the four sentences above (the acronym
subject opens only at the clause's start, after a bullet or after "The")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _BARE_SUBJECT_GAP

_PATTERNS = CompiledPatterns("read-state-initials")

# the state's possessive, then the initials (no "US", "UN": states and bodies, not a force's name)
# (after an opening phrase of time and its comma, "On Monday, Mali's FAMa withdrew"; initials with
# one lower-case letter at the end, as Mali's army writes its own, "FAMa")
_OWNED_INITIALS = _PATTERNS.compile(
    r"\s*(?:(?:[Oo]n|[Ii]n|[Ll]ate\s+on|[Ee]arly\s+on|[Ee]arlier|[Ll]ater|[Oo]vernight)\b[^,;:]{0,40},\s*)?"
    r"(?:[Tt]he\s+)?(?P<state>[^\W\d_][\w.-]*(?:\s+[^\W\d_][\w.-]*){0,3}?)['’]s\s+"
    r"(?P<a>[A-Z]{2,7}[a-z]?|[A-Z]{1,3}-?[0-9]{1,3})(?:\s+(?:elements|units|forces|fighters|troops))?(?=\s|,)")
# the possessive with capitals after it: the cheap test before the pattern
_GATE = _PATTERNS.compile(r"['’]s\s+[A-Z]{2}")
_NOT_A_FORCE = frozenset(("US", "UK", "UN", "EU", "AU"))


def initials_owned_by_state(text: str, s: int, verb_at: int, countries: list[dict],
                            said_it: re.Pattern) -> str | None:
    """The initials of a subject told as "<State>'s <INITIALS>" from ``s`` up to the verb at
    ``verb_at`` (``countries``: the clause's country mentions; ``said_it``: the tail of a
    subject that said it moved); None otherwise."""
    if _GATE.search(text, s, verb_at) is None:
        return None
    m = _OWNED_INITIALS.match(text, s, verb_at)
    if m is None or m.group("a") in _NOT_A_FORCE:
        return None
    if not any(c["start"] == m.start("state") and c["end"] == m.end("state") for c in countries):
        return None  # ("Hemedti's RSF": a person's, read elsewhere if at all)
    if not (_BARE_SUBJECT_GAP.fullmatch(text, m.end(), verb_at) or said_it.fullmatch(text, m.end(), verb_at)):
        return None
    return m.group("a")


_PATTERNS.save()
