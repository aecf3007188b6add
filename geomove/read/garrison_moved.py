"""A garrison taken away or sent is the troops that held the place: "The junta withdrew its
garrison from Gwa", "the army pulled its garrison out of X", "evacuated the garrison from Y to Z".
What moved is the garrison, the object of the verb, as with "withdrew its battalion".

why: "garrison" is also a place ("left the garrison", "returned to the garrison town"), and an
object opening with it was read as a place, no mover: what moved was then the subject ("The
junta"), the state that ordered the move (a Rakhine round-up of my own, s40 read108).

Only the verbs that move a force as their object (withdraw, pull, evacuate, redeploy, relocate,
transfer, send, move, rotate) and "garrison(s)" after an article or a possessive; "left the
garrison", "reached the garrison" keep the place."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-garrison-moved")

# verbs whose object is the force they move
MOVING_A_FORCE = frozenset(("withdraw", "pull", "evacuate", "redeploy", "relocate", "transfer", "send", "move", "rotate"))
# the object: the garrison itself after its article or owner ("its garrison", "the town's garrison")
_GARRISON_OBJECT = _PATTERNS.compile(r"\s*(?:the|its|their|a|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w-]+\s+)?garrisons?\b", re.I)


def garrison_moved(stem: str | None, obj: str) -> bool:
    """Is ``obj`` (the words after a verb of stem ``stem``) a garrison the verb moves ("withdrew
    its garrison")?"""
    return stem in MOVING_A_FORCE and _GARRISON_OBJECT.match(obj) is not None


_PATTERNS.save()
