"""A force flown or driven to a place and then deployed elsewhere went on from where it got
to: "The ministry airlifted 10 companies from Agartala to Imphal on Friday. The companies were
deployed in Jiribam district the same evening." The companies arrived at Imphal and left it
again for Jiribam: a next leg from Imphal (GUIDELINES: a route is split where the report tells of
an arrival and a later departure), not Jiribam as a place passed on the way to Imphal, nor an
arrival in Jiribam from nowhere.

Only for a deployment told in the simple past's passive of a referring subject ("The
companies were deployed", "They were then redeployed"), in the sentences right after the arrival (assemble
asks it with the other signs of a next leg: a referring subject, an end not compatible with
where the force got to). A deployment inside the place reached ("flown to Haiti. The officers
were deployed in Port-au-Prince") is no next leg: the end lies within the one before.

why: a Manipur report of my own (s37 read100) read the BSF companies' airlift with Jiribam
passed on the way; 'Two battalions were flown from Kigali to Pemba. The battalions were
deployed in Mueda district the same day' made Mueda a place passed too."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .lexicon import _stem

_DEPLOY_STEMS = frozenset(("deploy", "redeploy"))
# the simple past's passive right before the verb, an adverb of sequence or manner between
# (not "had been deployed", a deployment told back, nor "have been deployed", a report's
# summary: "Peru flew soldiers to B ... In Ecuador, about 1,500 soldiers had been deployed to
# C" is another force's move, read61's Andean wire)
_PASSIVE_BEFORE = _recompile(r"\b(?:was|were)\s+(?:(?:then|later|subsequently|"
                             r"quickly|immediately|swiftly|also)\s+)?$", re.I)
_LOOK_BACK = 40


def deployed_on(text: str, frag) -> bool:
    """Is ``frag``'s verb a deployment told in the passive ("were deployed in X")?"""
    if not frag.trigger or _stem(frag.trigger) not in _DEPLOY_STEMS:
        return False
    at = frag.trigger_start
    return _PASSIVE_BEFORE.search(text[max(0, at - _LOOK_BACK):at]) is not None
