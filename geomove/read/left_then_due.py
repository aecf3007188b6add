"""A departure, then where the force is due: "The frigate left Brest on Monday and is expected in
Dakar on Friday", "The convoy left Gao and is due in Kidal on Thursday".

The journey has begun (reported), and the words after "and" tell where it is going, as "left A
for B" does: B is the movement's destination (GUIDELINES: the destination is the finest place
the report offers for where the movement ended). Only when the departure names no destination of its own, the words after
"and" have no subject of their own ("and is expected", not "and the ships are expected"), and the
place comes right after them. A verb after the words ("and are expected to reach B on Sunday")
is a planned movement of its own, as read.modal_after_and cuts it (tests/golden s21-and-planned-
half-subject: a decision kept).

why: the place after "is expected in" had no role (no verb of moving): the reported
departure had no end, and the place was read nowhere (probes of my own, s35m)."""

from __future__ import annotations

import bisect
import re

from ..regex_cache import CompiledPatterns
from .places import _place_of
from .state import ends_of

_PATTERNS = CompiledPatterns("read-left-then-due")

# "and" with no subject of its own, the words of being due with no verb after them, and the
# locative right before the place
_DUE_AFTER_AND = _PATTERNS.compile(
    r"\s+and\s+(?:is|are)\s+(?:now\s+)?(?:expected|due|scheduled)\s+"
    r"(?:(?:in|at|into|off)\s+)?(?:the\s+(?:port|city|town|base|capital)\s+of\s+)?(?:the\s+)?$", re.I)
# a word between the departure and "and" that tells a place or a clause of its own
_OWN_BETWEEN = _PATTERNS.compile(r"[;:]|\b(?:for|to|towards?|into|bound|while|after|when)\b", re.I)
_PATTERNS.save()

# how far after the departure's verb the words of being due may end (the place right after them)
_REACH = 120


def destination_due_after_leaving(a) -> None:
    """An assembly pass (assemble.PASSES): each reported movement with an origin and no
    destination whose clause goes on "and is expected in B" takes B as its destination."""
    reader, text = a.reader, a.reader.text
    for draft in list(a.drafts):
        if draft.status != "reported" or draft.origin is None or draft.destination is not None or not draft.frags:
            continue
        frag = draft.frags[-1]
        # (to the end of the sentence, not of the clause: a plan after "and" is a clause of its own)
        k = bisect.bisect_right(reader._sentence_starts, frag.trigger_start)
        e = reader._sentence_starts[k] if k < len(reader._sentence_starts) else len(text)
        for m in reader._within(reader.places, frag.trigger_start, min(e, frag.trigger_start + _REACH)):
            head = (m.get("phrase") or {}).get("start", m["start"])
            due = _DUE_AFTER_AND.search(text, max(frag.trigger_start, head - 80), head)
            if due is None or _between_end(text, frag.trigger_start, due.start()):
                continue
            place = _place_of(m)
            draft.destination = place
            a.why.append(f"sentence {frag.sentence}: {m.get('surface')} is where the movement that left "
                         f"{draft.origin.get('name')} is due: {ends_of(draft)}")
            break


def _between_end(text: str, a: int, b: int) -> bool:
    """Do the words between the departure's verb at ``a`` and "and" at ``b`` hold a cue of its
    own destination or a clause of their own? Then what is due after them is not this journey's."""
    return _OWN_BETWEEN.search(text, a, b) is not None
