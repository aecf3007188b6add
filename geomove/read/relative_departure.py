"""A departure told in a relative clause on the subject of an arrival: "The column that left A on
Monday arrived in B overnight", "The two frigates which sailed from X last week reached Y". The
relative clause and the main clause are read as two clauses (A -> ?, then ? -> B); the main
clause carries on the departure its own subject told, one movement A -> B, even where an older
movement told before (a sighting at B, "the same column parked in B") shares its end: that one
is then merged in as the same movement told before (assemble.read_fragments).

why: in a newest-first live blog the arrival joined the sighting told above it and the
departure stayed alone (A -> ?), s48 read134's xfail golden line (s48 read136)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-relative-departure")
# the relative clause's opening: a short noun phrase and "that" / "which" right before its verb,
# from the clause's start (a time stamp of a live blog's entry may stand before it)
_SUBJECT_THAT = _PATTERNS.compile(
    r"\s*(?:[0-9]{1,2}[:.][0-9]{2}\s*[—–-]\s*)?(?:The|the|Those|those|These|these)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:that|which)\s+(?:had\s+)?$")
# what may stand between the two clauses: no end of a sentence
_SENTENCE_END = _PATTERNS.compile(r"[.!?;\n]")
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def departure_in_subject(a, i: int, draft, last, target) -> bool:
    """Is ``draft`` (clause ``i``, an arrival with no origin) the main clause whose subject's
    relative clause told ``last`` (clause ``i - 1``, a departure with no end), an older movement
    ``target`` having matched it first?"""
    if last is None or target is last or draft.origin is not None or draft.destination is None \
            or last.origin is None or last.destination is not None or last.status != draft.status:
        return False
    told = last.frags[-1]
    if told.sentence != i - 1 or not told.trigger:
        return False
    text = a.reader.text
    s = a.reader.spans[i - 1][0]
    if _SUBJECT_THAT.fullmatch(text, s, told.trigger_start) is None:
        return False
    return _SENTENCE_END.search(text, told.trigger_start, a.reader.spans[i][0]) is None


def departure_of_subject(a, i: int, frag, draft) -> bool:
    """Is ``draft`` (clause ``i``) a departure told in the relative clause of a subject whose main
    clause follows in the same sentence ("The battalion that left A on Monday | reached B")? Then
    it names its own group, which its main clause carries on: it carries on no movement told
    before (a "? -> C" of other troops just before made it A -> C)."""
    if draft.origin is None or draft.destination is not None or not frag.trigger or i + 1 >= len(a.reader.spans):
        return False
    text = a.reader.text
    if _SUBJECT_THAT.fullmatch(text, a.reader.spans[i][0], frag.trigger_start) is None:
        return False
    return _SENTENCE_END.search(text, frag.trigger_start, a.reader.spans[i + 1][0]) is None
