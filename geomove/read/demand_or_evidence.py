"""A verb of asking or of suggesting before "that": a demand when what follows is still to be
done ("The UN demanded that the troops withdraw from X", "urged that the brigade be moved"),
evidence or a claim when it is told as done ("Satellite imagery suggests that the battalion
moved from A to B", "Officials insisted that the troops had left X").

English tells them apart by the verb: a demand takes the bare form (the subjunctive: "withdraw",
"be moved") or a modal ("should move"); what was done takes a past form ("moved", "withdrew",
"had left", "were flown"). Before, every verb after "suggests that" was a demand, a plan:
"Satellite imagery suggests that the battalion moved ..." was read as planned (a probe of my
own, s30m).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _VERB_FORMS

_PATTERNS = CompiledPatterns("read-demand-or-evidence")

# the past forms of the verbs of moving whose forms are listed ("withdraw withdraws withdrew
# withdrawn withdrawing": the third and fourth), besides the regular ones in -ed
_PAST_FORMS = frozenset(f for listed in _VERB_FORMS.values() if listed and "," not in listed
                        for f in listed.split()[2:-1])
# an auxiliary of the past or the perfect right before the verb ("had left", "were flown", "has moved")
_PAST_AUXILIARY = _PATTERNS.compile(r"\b(?:had|has|have|was|were)\s+(?:(?:been|already|reportedly|\w+ly)\s+){0,2}$", re.I)
# ... and the bare "be" of a passive subjunctive or a modal ("be moved", "should be withdrawn")
_STILL_TO_BE_DONE = _PATTERNS.compile(r"\b(?:be|should|must|shall|would|could|will|to)\s+(?:(?:be|\w+ly)\s+){0,2}$", re.I)
_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)


def told_as_done(text: str, s: int, verb: re.Match) -> bool:
    """Is the verb of moving ``verb`` (after "demanded / suggests ... that") told as done: a past
    form, or after an auxiliary of the past or the perfect?"""
    word = verb.group(0).lower()
    if _STILL_TO_BE_DONE.search(text, max(s, verb.start() - 40), verb.start()):
        return False
    if _PAST_AUXILIARY.search(text, max(s, verb.start() - 40), verb.start()):
        return True
    return word.endswith("ed") or word in _PAST_FORMS
