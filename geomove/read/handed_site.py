"""A force handing over the site it held: "French forces handed over their base in Faya-Largeau to
the Chadian army", "the coalition handed back the Ain al-Asad air base to Iraqi forces".

The end of a presence is told as a departure (GUIDELINES: one end is enough, "withdrew from Y"), and
the moving force is the leaver, the subject, not the receiver after "to" (GUIDELINES: the
actor is the moving force): the site in the object is the origin (lexicon.json object_role
"hand over"). Before, "handed over" was no verb of movement, so a mission's handover of its camp
told nothing, or only the place a company went next.

Only a site a force holds may be the object (lexicon.json handed_site): "handed over 40 prisoners
in Kherson", "handed over the administration of Menaka", "handed over command of the base" tell
no movement."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _DATA

HANDING_OVER = frozenset({"hand over"})
_PATTERNS = CompiledPatterns("read-handed-site")  # (kept compiled code, as read/lexicon.py's)
_SITE_OBJECT = _PATTERNS.compile(_DATA["handed_site"]["object"], re.I)


# the nouns of handing over: "completed the handover of Ain al-Asad air base" is read as "handed
# over Ain al-Asad air base", the site after "of" (lexicon.json handed_site nouns)
HANDOVER_NOUNS = frozenset(_DATA["handed_site"]["nouns"])
_OF = _PATTERNS.compile(r"\s+of(?=\s)", re.I)


def handover_of_a_site(text: str, noun_end: int, e: int) -> int | None:
    """Where the site starts that the noun of handing over ending at ``noun_end`` governs by
    "of" ("the handover of Ain al-Asad air base", "the hand-over of its camp at X"), in the clause
    ending at ``e``; None when its "of" names no site a force held ("the handover of power",
    "of 40 prisoners") or no "of" follows."""
    of = _OF.match(text, noun_end, e)
    return of.end() if of is not None and hands_over_a_site(text, of.end(), e) else None


def hands_over_a_site(text: str, verb_end: int, e: int) -> bool:
    """Is the object right after the verb of handing over (ending at ``verb_end``, in the clause
    ending at ``e``) a site a force held ("its base in X", "the camp at Y")?"""
    return _SITE_OBJECT.match(text[verb_end:e]) is not None


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
