"""A place told with "in" or "at" in the subject, before a verb of departure that names its own
origin: "Peacekeepers operating in Gedo left Baidoa for Mogadishu", "Soldiers guarding the
airport in Mogadishu withdrew from Baidoa to Kismayo". "in X" near a departure is where it
started only when the departure names no start of its own ("took off at X", "Troops in Gao left
for Kidal"); when the verb names one right after it, X only says where the force is or was: no
origin, and no place passed on the way from the other.

why: "in Gedo" was read as the origin and Baidoa, the place left, pushed to a place passed
(Gedo -> [Baidoa] -> Mogadishu; probe of my own)."""

from __future__ import annotations

import re

from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-departure-own-origin")

# right after the verb: its origin by name, as its object or after "from" / "out of" ("left
# Baidoa", "withdrew from the town of Baidoa"); not a day or month ("left Monday")
_OWN_ORIGIN_AFTER = _PATTERNS.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:from|out\s+of)\s+)?(?:the\s+)?(?:(?:town|city|village|base|port|camp|capital|district|"
    r"province|region)\s+of\s+)?(?!(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r")\b)(?-i:[A-Z])", re.I)


def departure_names_its_origin(text: str, trigger: re.Match) -> bool:
    """Does the verb of departure ``trigger`` name its own origin right after it?"""
    return bool(trigger.group("verb")) and _OWN_ORIGIN_AFTER.match(text, trigger.end()) is not None


_PATTERNS.save()
