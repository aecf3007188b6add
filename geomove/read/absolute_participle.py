"""An absolute clause of another force after the main clause: "The new battalion landed in Juba,
the outgoing contingent flying home to Kigali the same day", "Fresh troops reached Goma, the
last convoy leaving for Bukavu on Friday" (and with "with": "..., with the outgoing contingent
flying home to Kigali"). The noun phrase after the comma is the subject of its own participle:
a second force, moving on its own way (a rotation's two sides, GUIDELINES: a different actor
makes a new movement). The main clause's subject did not go to the second clause's end.

The cut is made only where the main clause has a verb of moving of its own before the comma and
the participle is one of moving right after a force's noun phrase (a determiner or a count, up
to three words, a force's noun: lexicon._MOVER); an event's course ("completed their withdrawal
from X, with the last contingent leaving Y", "the withdrawal continued, with ...") stays one
clause (read.with_absolute).

why: "The new battalion landed in Juba, the outgoing contingent flying home to Kigali" read the
new battalion going to Juba and to Kigali (probes of my own, s32 read87)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _MOVER
from .with_absolute import verb_of_with_absolute

_PATTERNS = CompiledPatterns("read-absolute-participle")

# the comma, an optional "with", then the noun phrase: a determiner or a count and up to three
# words before a force's noun; the participle follows it (asked of the triggers)
_ABSOLUTE_NP = _PATTERNS.compile(
    r",\s+(?:with\s+)?(?P<np>(?:the|a|an|its|their|some|[\d,]+|two|three|four|five|six|several)\s+"
    r"(?:[\w'’-]+\s+){0,3}?" + _MOVER.pattern + r")\s+(?:(?:also|then|later)\s+)?$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def absolute_participle_cut(text: str, s: int, e: int, verbs_in) -> int | None:
    """Where an absolute clause of another force begins in the clause [s, e): the start of its
    noun phrase after the comma, when a verb of moving stands before the comma and the noun
    phrase is followed right away by a participle of moving; else None. Not after a verb of an
    event's course ("The withdrawal continued, with the last US troops leaving A for B": one
    movement, read.with_absolute)."""
    # (a verb's form inside a hyphenated word is no verb: "US-led coalition forces")
    verbs = [v for v in verbs_in(s, e) if not text[max(0, v.start() - 1):v.start()] == "-"]
    if verb_of_with_absolute(text, verbs) is not None:
        return None
    for verb in verbs:
        form = verb.group("verb") or ""
        if not form.lower().endswith("ing"):
            continue
        m = _ABSOLUTE_NP.search(text, max(s, verb.start() - 90), verb.start())
        if m is not None and m.end() == verb.start() and any(v.end() <= m.start() for v in verbs):
            return m.start("np")
    return None
