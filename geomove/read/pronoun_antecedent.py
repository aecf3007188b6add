"""What a bare "it" or "they" opening a sentence moved: the subject of the sentence before,
when that subject names a force or its craft. "The Chinese coast guard cutter was seen near the
shoal on Monday. | It left the shoal on Tuesday": the cutter left; "A Russian battalion was
spotted near X. | It pulled back on Tuesday": the battalion.

Only the subject of the sentence right before (its words up to its first finite verb, as
clauses._pronoun_after_no_force reads a head), only a pronoun that is the whole subject, and
only a subject that names a mover (lexicon._MOVER: a force noun, a ship's or aircraft's kind)
and no civilians or officials (no_force._no_force_moves).

why: the pronoun's clause named nothing that moved (``what`` null), and where the sentence
before told no movement of its own, nothing was lent it either (s26r probes: a coast guard
cutter seen at a shoal, a frigate docked at a port)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _MOVER, _MOVER_GATE, _VESSEL_MOVER, _VESSEL_MOVER_GATE
from .no_force import _no_force_moves
from .syntax import HEAD_ENDS as _HEAD_ENDS, analyse
from .time_opener import after_time_opener

_PATTERNS = CompiledPatterns("read-pronoun-antecedent")

# a subject that is only "it" or "they", with the adverbs and auxiliaries a verb may take
_PRONOUN_ONLY = _PATTERNS.compile(r"\s*(?:it|they)(?:\s+(?:then|later|also|again|eventually|finally|had|have|has|"
                                  r"was|were|is|are|been|\w+ly))*\s*", re.I)
# words that open a sentence and are no part of its subject
_OPENER = _PATTERNS.compile(r"\s*(?:(?:on|late|early)\s+\w+\s*,\s*|(?:meanwhile|earlier|separately|however)\s*,\s*)", re.I)


def pronoun_subject_only(text: str, s: int, verb_at: int) -> bool:
    """Is the subject of the clause [s, verb_at) a bare "it" or "they" (after a date that opens
    the clause: "On Thursday they moved to X", s37 read101)?"""
    return _PRONOUN_ONLY.fullmatch(text, s, verb_at) is not None \
        or _PRONOUN_ONLY.fullmatch(text, after_time_opener(text, s), verb_at) is not None


def _ends_head(words: list, k: int) -> bool:
    """Does word ``k`` end the subject: a finite verb, or a past form right after a noun, which
    the tagger reads as a participle more often than not ("The frigate X docked in A": VBN)?"""
    return words[k].tag in _HEAD_ENDS or (words[k].tag == "VBN" and k > 0 and words[k - 1].tag.startswith("NN"))


def _names_a_mover(head: str) -> bool:
    """Does the subject name a force or its craft, told together or one by one ("A Russian
    battalion", "The frigate HMS Kent", lexicon._VESSEL_MOVER), and no civilians or officials?"""
    return (_MOVER_GATE.search(head) is not None or _VESSEL_MOVER_GATE.search(head) is not None) and not _no_force_moves(head)


def _head_span(text: str, ps: int, pe: int) -> tuple[int, int] | None:
    """Where the head of the sentence [ps, pe) starts (past an opener and its comma, or a date
    that opens it) and where it ends (its first finite verb); None when no verb ends it."""
    words = analyse(text, ps, pe)
    head_end = next((w.start for k, w in enumerate(words) if _ends_head(words, k)), None)
    if head_end is None:
        return None
    opener = _OPENER.match(text, ps, head_end)
    # (or a date that opens the sentence with no comma after it: "On Sunday Chadian soldiers
    # crossed ...", read.time_opener's phrase, s37 read101; the date was read as the subject's)
    start = opener.end() if opener else min(after_time_opener(text, ps), head_end)
    while start < head_end and text[start].isspace():
        start += 1
    return start, head_end


def subject_before(text: str, ps: int, pe: int) -> tuple[int, int] | None:
    """The span of the subject of the sentence [ps, pe) (up to its first finite verb), when it
    names a mover; else None."""
    span = _head_span(text, ps, pe)
    if span is None:
        return None
    start, head_end = span
    head = text[start:head_end].rstrip()
    if not head or "," in head or len(head.split()) > _HEAD_WORDS:
        return None  # (an aside or a clause read as a subject: no plain noun phrase)
    if not _names_a_mover(head):
        return None
    return start, start + len(head)


_HEAD_WORDS = 8  # (longer heads are clauses more often than noun phrases)


# only "it" as the whole subject (a state is "it"; "they" are its troops as often as not)
_IT_ONLY = _PATTERNS.compile(r"\s*it(?:\s+(?:then|later|also|again|quietly|reportedly|had|has|have|\w+ly))*\s*", re.I)


def it_subject_only(text: str, s: int, verb_at: int) -> bool:
    """Is the subject of the clause [s, verb_at) a bare "it", perhaps after a date that opens
    the clause ("In September, it sent ...")?"""
    return _IT_ONLY.fullmatch(text, s, verb_at) is not None \
        or _IT_ONLY.fullmatch(text, after_time_opener(text, s), verb_at) is not None


def state_subject_before(text: str, ps: int, pe: int, states: list[dict]) -> dict | None:
    """The mention among ``states`` (countries named as actors or places) that is the whole
    subject of the sentence [ps, pe) ("Burundi has not commented."), else None.

    why: "<State> has not commented. In <month>, it sent <count> soldiers to A" named no actor:
    "it" as the subject of a verb of sending a force is the state the sentence before is about,
    as "<State> said it sent ..." names it (read125). Only a state that is the whole subject
    (a head of one name, up to its first finite verb): "The report named <State>. It sent ..."
    is no reference to the state."""
    near = [m for m in states if ps <= m["start"] < pe]
    if not near:
        return None  # (no state in the sentence: nothing to tag)
    span = _head_span(text, ps, pe)
    if span is None:
        return None
    start, head_end = span
    end = len(text[:head_end].rstrip())
    return next((m for m in near if m["start"] == start and m["end"] == end), None)


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
