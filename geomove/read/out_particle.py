"""A verb of moving told with "out" or "home" and no place after it, after a subject that says
where the force was: "The remaining 120 French soldiers in N'Djamena flew out on Friday",
"French soldiers at the base in Gao pulled out", "... flew home". "flew out", "pulled out",
"shipped out" leave where the force was, as "left" and "withdrew" do: "in X" near them is where
the movement started (roles._departure_near), not nothing.

Only "out" not followed by "of" (which names the place left itself: "pulled out of X", read
by the cue), and "home"; "flew out to Paris" left X too; the verb's own stem need not be a departure ("fly", "pull",
"ship").

why: "in N'Djamena" had no role with "flew out" (no verb of departure, no arrival): nothing was
read (probe of my own)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-out-particle")

# right after the verb: "out" (not "out of") or "home", an adverb allowed before it
_OUT_AFTER = _PATTERNS.compile(r"\s+(?:\w+ly\s+)?(?:out(?!\s+of\b)|(?:back\s+)?home)\b", re.I)


def departs_by_particle(text: str, trigger: re.Match) -> bool:
    """Is the verb ``trigger`` one of moving told with "out" or "home" after it ("flew out",
    "pulled out", "flew home")?"""
    return bool(trigger.group("verb")) and _OUT_AFTER.match(text, trigger.end()) is not None


_PATTERNS.save()
