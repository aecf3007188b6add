"""A subject told with a relative clause of its own before its verb: "..., and the commando
battalion that had completed its training in Isparta was dispatched to Hatay by road". The cut
before a second subject (read.cuts._subject_then_verb) read the words up to the first
auxiliary as the subject ("the commando battalion that"), found a relative pronoun among them
and kept the two clauses one: the battalion took the first clause's units, origin and day
(GUIDELINES: a different actor makes a new movement).

Here the subject is the noun phrase before "that", "which" or "who", when the relative clause
is a perfect of its own ("that had completed ...") and the main verb's auxiliary of the passive
or the perfect stands right before the movement verb ("... was dispatched"). A relative clause
with a movement verb of its own is not this: the first movement verb after the joiner is then
the relative clause's, and its words are no subject."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _TRIGGER_RE

_PATTERNS = CompiledPatterns("read-relative-subject")  # (kept compiled code, as read/lexicon.py's)

# the noun phrase (up to six words), the relative pronoun and a perfect, up to 100 characters of
# the relative clause (no comma: an aside is another construction), then the main verb's
# auxiliary right before the movement verb
_RELATIVE_IN_SUBJECT = _PATTERNS.compile(
    r"^(?P<np>\s*(?:[\w'’-]+\s+){1,6}?)(?P<rel>(?:that|which|who)\s+(?:had|has|have)\s+[^,;:()]{3,100}?)\s+"
    r"(?P<aux>(?:was|were|is|are|had\s+been|has\s+been|have\s+been|had|has|have)\s+(?:\w+ly\s+)?)$", re.I)


def subject_before_relative(between: str) -> tuple[str, str] | None:
    """The subject's words and the main verb's auxiliary in ``between`` (the words after a joiner
    up to the movement verb), when the subject carries a relative clause in the perfect
    ("the commando battalion that had completed its training in Isparta was "); else None."""
    m = _RELATIVE_IN_SUBJECT.match(between)
    if m is None or _TRIGGER_RE.search(m.group("rel")):
        return None  # ("the company that had arrived from Kati was sent on": a movement of its own)
    return m.group("np"), m.group("aux")


def named_by_what_it_did(subject: str) -> bool:
    """Is ``subject`` (the words from the subject to its movement verb) a noun phrase told by a
    relative clause of what the unit had done, no movement ("the battalion that had finished
    its training at Kati was ")? Then "the" names the unit by that clause, not by a movement
    told before: no reference back.

    why: "Two platoons were flown from A to B, and the battalion that had finished its training
    at C was sent to D" carried the platoons on from B to D, one movement through B. "The
    troops that had reached B were sent on to D" still refers back (a movement verb in it)."""
    return subject_before_relative(subject) is not None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
