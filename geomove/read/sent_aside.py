"""A participle of sending set off by commas right after the subject, with a place it was sent
to: "The marines, deployed from Okinawa to Darwin in April, sailed to Guam on Thursday", "The
Russian unit, sent to Bamako in December, has now left for Moscow". The aside tells an earlier
movement, with its own date; the main clause the force's next leg, from where the aside put it
(GUIDELINES: the origin is where the movement began), dated by its own words only. It is cut off
as a clause of its own (cuts._asides), as the relative aside ", who were sent to Darwin in April,"
already was, and the main clause's subject is the words before it (clauses._aside_antecedent).

Only a participle of sending (lexicon.json sent_participles: "deployed", "sent", "flown" ...)
opening the aside right after the subject (no verb of moving before it in the clause), and only
with "to" or "into" and a capitalised name after it: "flown from Abuja," is where the main
movement began (one route), "deployed there in 2019," and "deployed in Bunia since 2021," a
presence (lexicon presence_aside), "sent to secure the road," a purpose.

why: the sentence was one clause whose verb was the participle: the aside's date dated the main
movement (April for Thursday's sailing; December for a departure told with no date), the aside's
origin was the main movement's, and a past year in the aside made both background, so "The unit,
deployed to Kidal in 2019, moved to Gao" read no movement (probes of my own, read153)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import SENT_PARTICIPLES

_PATTERNS = CompiledPatterns("read-sent-aside")

# (and a ship or unit sent elsewhere than it was bound or posted: "The cargo ship, diverted to
# Mombasa last week, sailed on to Dar es Salaam on Friday"; not in the shared list, whose other
# readers take such a participle for a force moved by others; "reassign" is a verb of moving of
# the trigger lexicon since read154, so the aside has a verb and is cut: "Two companies,
# reassigned to A in May, moved to B on Sunday" dated both Sunday before)
_SENT = "|".join((*SENT_PARTICIPLES, "diverted", "reassigned"))
# the aside: a participle of sending (an adverb of time may open it), its words, "to"/"into" and
# a name, up to the closing comma
_BODY = (r"(?:(?:first|initially|originally|earlier|already|hastily)\s+)?(?:" + _SENT + r")\b[^,;.]*?"
         r"\b(?:to|into)\s+(?:the\s+)?(?-i:[A-Z])[^,;.]*,")
SENT_ASIDE = _PATTERNS.compile(r",\s*" + _BODY, re.I)
# the same at the end of the clause before a main clause (clauses._aside_antecedent)
SENT_ASIDE_AT_END = _PATTERNS.compile(r",\s*" + _BODY + r"\s*$", re.I)
# the same as a part of a subject cut at its commas (clauses._aside_part)
_BODY_PART = _PATTERNS.compile(r"\s*" + _BODY[:-1] + r"\s*", re.I)


def sent_asides(text: str, s: int, e: int, verbs_in) -> list[re.Match]:
    """The asides of a participle of sending with a place sent to in [s, e) that follow the
    clause's subject (``verbs_in(a, b)``: the verbs of moving in [a, b); none before the aside)."""
    out = []
    for m in SENT_ASIDE.finditer(text, s, e):
        if not verbs_in(s, m.start()):
            out.append(m)
        break  # (only the first: the one after the subject)
    return out


def is_sent_aside_part(part: str) -> bool:
    """Is ``part`` (a subject cut at its commas: "The marines, | deployed from A to B in April")
    such an aside, no words of what moved?"""
    return (" to " in part or " into " in part) and _BODY_PART.fullmatch(part) is not None


_PATTERNS.save()
