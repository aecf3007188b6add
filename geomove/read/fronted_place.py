"""A place phrase written first in its clause with no comma after it: "From Kherson the brigade
moved east", "Out of Tartus the landing ship sailed for Benghazi", "In Gao the convoy boarded
barges". The phrase tells where (the roles read its place); the force is the noun phrase after
it. Without a comma the subject read before the verb began at the clause's first word, so what
moved was "From Kherson the brigade" (session 37, the lead's probes).

Only a phrase that ends in a name (or "there", "here") and is followed by the words that open a
noun phrase of a force (a determiner, a number, a capitalised word) is cut: "At least 300
soldiers" opens no place phrase (no name after "At"), nor "Across the region, ..." (no name)."""

from __future__ import annotations

from ..regex_cache import CompiledPatterns
from .lexicon import NAME_PARTICLE

_PATTERNS = CompiledPatterns("read-fronted-place")

# a site's kind word before "of <name>": "From the port of Sattahip", "Out of the base at Hmeimim"
_SITE_OF = r"(?:the\s+(?:port|town|city|village|base|air\s*base|airbase|airport|airfield|harbou?r|region|province|district|camp)\s+(?:of|at)\s+)"
# a name: capitalised words, with the small particles names carry ("Dar es Salaam", "Ras al Ain")
_NAME = r"[A-Z][\w'’.]*(?:-[\w'’.]+)*(?:\s+(?:" + NAME_PARTICLE + r"\s+)?[A-Z][\w'’.]*(?:-[\w'’.]+)*)*"
_FRONTED_PLACE = _PATTERNS.compile(
    r"^(?i:from|out\s+of|in|at|near|inside|via|through)\s+"
    rf"(?:(?i:there|here)|{_SITE_OF}?{_NAME})\s+"
    r"(?=(?i:the|a|an|its|their|his|her|our|some|several|about|around|over|more\s+than|nearly|almost|up\s+to|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b|[0-9]|[A-Z])")


def subject_after_fronted_place(subject: str) -> str:
    """``subject`` without a place phrase that opens it with no comma ("From Kherson the
    brigade" -> "the brigade"); ``subject`` itself when none opens it, or when nothing is left."""
    m = _FRONTED_PLACE.match(subject)
    if m is None or not subject[m.end():].strip():
        return subject
    return subject[m.end():]


_PATTERNS.save()
