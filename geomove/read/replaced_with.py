"""A state or a force that replaces a force with another: "Burundi replaced them with fresh troops
in Mogadishu", "Uganda replaced the battalion in Baidoa with 800 soldiers from Kampala". The force
told after "with" is the one that came in (GUIDELINES: deployment is movement; one end is enough),
as "Burundi rotated 800 fresh troops into Jowhar" is read.

why: "replace" tells a movement only of a force named before it (lexicon force_only: "the
ministry replaced the governor" tells none), so with a state as the subject the relief was
dropped, though the words after "with" name the force that moved (s38 read103)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _COUNT_RE, _MOVER, _MOVER_GATE, _stem, count_value

_PATTERNS = CompiledPatterns("read-replaced-with")

# "with" and the force's words, up to a place's preposition, a comma or the clause's end
_WITH_FORCE = _PATTERNS.compile(r"\bwith\s+(?P<force>[^,;.()]{1,60}?)(?=\s+(?:in|at|from|to|into|on|by|after|before)\b|[,;.()]|$)", re.I)
# how far after the verb "with" may stand ("replaced its battalion in Baidoa with ...")
WITH_CHARS = 80


def force_after_with(text: str, verb: re.Match, e: int) -> re.Match | None:
    """The "with <force>" of a verb of replacing at ``verb`` (its clause ending at ``e``), when
    its words name a force; None otherwise."""
    if not verb.group("verb") or _stem(verb.group("verb")) != "replace":
        return None
    m = _WITH_FORCE.search(text, verb.end(), min(e, verb.end() + WITH_CHARS))
    return m if m is not None and _MOVER_GATE.search(m.group("force")) else None


def replaced_with_a_force(text: str, verb: re.Match, e: int) -> bool:
    """Is ``verb`` "replace" with a force after "with" ("replaced them with fresh troops")?"""
    return force_after_with(text, verb, e) is not None



def force_replacing(text: str, verb: re.Match, e: int) -> tuple[str, list] | None:
    """(what moved, its counts) when ``verb`` replaces a force with another: the words after
    "with" ("800 fresh troops") and their count ([{"value": 800, "unit": "troops"}]); None
    otherwise."""
    m = force_after_with(text, verb, e)
    if m is None:
        return None
    words = " ".join(m.group("force").split())
    count = _COUNT_RE.search(words)
    counts = [{"value": count_value(count.group("num")), "unit": count.group("unit").lower()}] \
        if count is not None and count.start() == 0 and count_value(count.group("num")) else []
    return words, counts

_PATTERNS.save()
