"""A verb of moving in a subordinate clause whose subject is a pronoun for the main clause's
subject: "A Russian column was destroyed near Kupiansk as it moved toward Kharkiv", "The convoy
was ambushed near X when it was heading to Y".

"it" / "they" after the conjunction is the force named as the sentence's subject, so what moved
is that subject's noun phrase ("A Russian column"), not the whole main clause up to the pronoun
(GUIDELINES: what moved, named as the report names it). The main clause's subject ends at its first
finite verb, as the tagger reads it ("was", "came", "cheered"; a participle describing the noun,
"trucks carrying soldiers", is no end of it).

Only a conjunction of time (as, when, while, after, before, once, until) inside the clause read,
right before the pronoun, and only auxiliaries and adverbs between the pronoun and the verb.

why: what moved was read as "A Russian column was destroyed near Kupiansk as it".
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .syntax import analyse

_PATTERNS = CompiledPatterns("read-pronoun-after-conjunction")

# "as it", "when they were", "while it was reportedly" right before the verb
_CONJUNCTION_PRONOUN = _PATTERNS.compile(
    r"\s(?:as|when|while|after|before|once|until)\s+(?:it|they)\s+"
    r"(?:(?:had|has|have|been|were|was|is|are|also|then|later|reportedly|still|first)\s+)*$", re.I)


def refers_back_after_conjunction(text: str, s: int, verb_at: int) -> bool:
    """Is the verb at ``verb_at`` in a subordinate clause of time whose subject is "it" or
    "they", opened inside the clause from ``s`` (not at its start)?"""
    if verb_at - s < 12:
        return False
    window = text[max(s, verb_at - 40):verb_at]
    if " it " not in window and " they " not in window:
        return False
    m = _CONJUNCTION_PRONOUN.search(text, max(s, verb_at - 40), verb_at)
    return m is not None and m.start() > s


# the tags of a finite verb (Penn Treebank): past, present, modal
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")

# verbs whose object is a mover watched, escorted or struck while it moves: "A Chinese coast guard
# vessel shadowed two Philippine supply boats as they sailed from A to B", "Drones struck a
# convoy as it left C" -- the pronoun after the conjunction is that object, the moving force
_WATCHED_OBJECT_VERBS = _PATTERNS.compile(
    r"(?:shadow|track|monitor|follow|watch|escort|intercept|film|spot|observ|tail|trail|harass|"
    r"ambush|attack|struck|strike|target|hit|shell|bomb|stopp|search)(?:ed|s|d|ing)?", re.I)
# the tags an object noun phrase is made of: a determiner, a number, adjectives, nouns, a possessive
_OBJECT_TAGS = ("DT", "CD", "JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS")


def object_referred_to(text: str, s: int, verb_at: int, is_mover) -> tuple[int, int] | None:
    """The span of the main clause's object that "it"/"they" after the conjunction refers to,
    when the main verb is one of watching, escorting or striking (_WATCHED_OBJECT_VERBS), its
    object a mover (``is_mover``: a force noun in its words) that agrees in number with the
    pronoun ("two boats ... as they", "a convoy ... as it"); None otherwise (then the pronoun is
    the main clause's subject, as refers_back_after_conjunction reads it).

    why: "A Chinese coast guard vessel shadowed two Philippine supply boats as they sailed from
    Puerto Princesa to Second Thomas Shoal" gave the coast guard as the boats' actor, and "...
    shadowed a Philippine supply boat as it sailed" the whole main clause as what moved (probes
    of my own, s36 lead: a South China Sea resupply)."""
    watching = _watching_clause(text, s, verb_at)
    if watching is None:
        return None
    plural_pronoun, tokens, verb = watching
    obj = tokens[verb + 1:]
    if not obj or any(t.tag not in _OBJECT_TAGS for t in obj) or obj[-1].tag not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    if plural_pronoun != (obj[-1].tag in ("NNS", "NNPS")):
        return None  # ("shadowed a frigate as they sailed": the pronoun is not the object's)
    start, end = obj[0].start, obj[-1].end
    return (start, end) if is_mover(text[start:end]) else None


def _watching_clause(text: str, s: int, verb_at: int) -> tuple[bool, list, int] | None:
    """(whether the pronoun after the conjunction is "they", the tagged words of the main clause
    from ``s`` to the conjunction, the index of its verb) when that verb is one of watching or
    escorting (_WATCHED_OBJECT_VERBS); None otherwise. What object_referred_to and
    watcher_referred_to both read before they decide whom the pronoun stands for."""
    m = _CONJUNCTION_PRONOUN.search(text, max(s, verb_at - 40), verb_at)
    if m is None:
        return None
    tokens = analyse(text, s, m.start())
    verb = next((i for i, t in enumerate(tokens) if i > 0 and t.tag.startswith("VB")), None)
    if verb is None or not _WATCHED_OBJECT_VERBS.fullmatch(tokens[verb].text):
        return None
    return " they" in m.group(0).lower(), tokens, verb


def watcher_referred_to(text: str, s: int, verb_at: int) -> tuple[int, int] | None:
    """The span of the main clause's subject when its verb is one of watching or escorting
    (_WATCHED_OBJECT_VERBS) and "it"/"they" after the conjunction agrees in number with the
    subject, not with the object: then the watcher is who moved ("HMS Kent shadowed two Russian
    corvettes before it returned to X": HMS Kent returned); None otherwise.

    why: what moved was read as "two Russian corvettes", counted 2, the ships watched, while the
    actor was HMS Kent (read140, near misses of the watched-object reading)."""
    watching = _watching_clause(text, s, verb_at)
    if watching is None:
        return None
    plural_pronoun, tokens, verb = watching
    subject, obj = tokens[:verb], tokens[verb + 1:]
    nouns = ("NN", "NNS", "NNP", "NNPS")
    if not obj or obj[-1].tag not in nouns or subject[-1].tag not in nouns \
            or any(t.tag not in _OBJECT_TAGS for t in subject + obj):
        return None
    plural = lambda t: t.tag in ("NNS", "NNPS")
    if plural(obj[-1]) == plural_pronoun or plural(subject[-1]) != plural_pronoun:
        return None  # (the pronoun may be the object's, or no one's told here)
    return subject[0].start, subject[-1].end


def main_clause_subject(what: str | None) -> str | None:
    """The words of ``what`` before the main clause's first finite verb ("A Russian column was
    destroyed near X as it" -> "A Russian column"); ``what`` itself when it has none after its
    first word."""
    if not what:
        return what
    verb = next((t for t in analyse(what)[1:] if t.tag in _FINITE_TAGS), None)
    return what[:verb.start].rstrip() if verb is not None else what


_PATTERNS.save()
