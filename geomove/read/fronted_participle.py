"""A sentence that opens with a past participle of moving, set off by a comma before its subject:
"Pulled from the Zaporizhzhia front, the 65th Brigade has been sent north to Kharkiv",
"Withdrawn from Bakhmut, the brigade was sent to Pokrovsk", "Redeployed from Kherson, the unit
arrived in Kursk". The participle has no subject of its own: it tells where the main clause's
subject came from, one movement (as "Leaving Gao on Monday, the troops headed for Kidal" and
"After leaving X, ..." were read: read.participle_after). It is no finite verb, so the comma
after it opens no clause of another subject (cuts._own_subject_joins), and the main clause's verb
is the clause's (read.participle_after.verb_after_opening_participle).

Only a past participle (a form in -ed, -en, -wn, or one of the irregular ones listed) with
nothing but punctuation before it in its sentence, "from" or "out of" right after it, and a comma
after it before the next verb of moving ("Deployed to X in 2019, the battalion left for Y" tells
the battalion's presence at X, read as before). A sitrep's telegraphic item ("Moved 300 troops to X. ...") has no comma before a subject.

why: the participle's clause was read apart, a movement from X with no actor, and the main
clause's from nowhere ("Pulled from the Zaporizhzhia front, the 65th Mechanised Brigade has been
sent north to Kharkiv", probe of my own, read80)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-fronted-participle")

# nothing but white space, quotes, a dash or a bullet before the participle in its sentence
_NOTHING_BEFORE = _PATTERNS.compile(r"\s*(?:[^\w\s]{1,4}\s*)?$")
# the past participles of moving that end in none of -ed, -en, -wn
_IRREGULAR = frozenset(("sent", "brought", "left", "led", "sped", "driven", "ridden"))
# the participle tells where the force came from, right after it ("Pulled from A", "Rotated out
# of A", "Sent back from A"): a participle that tells where a force was put ("Deployed to X in
# 2019, the battalion left for Y") is its presence there, read as before (s28m)
_ORIGIN_AFTER = _PATTERNS.compile(r"\s+(?:(?:back|out|away|home|north|south|east|west|\w+ly)\s+)?(?:from|out\s+of)\b", re.I)


def _past_participle(word: str) -> bool:
    w = word.lower()
    return w.endswith(("ed", "en", "wn")) or w in _IRREGULAR


def opens_with_participle(text: str, s: int, verb: re.Match, next_verb_at: int | None) -> bool:
    """Is ``verb`` a past participle that opens the sentence from ``s``, with a comma after it
    before the next verb of moving (at ``next_verb_at``)?"""
    if not verb.group("verb") or not _past_participle(verb.group("verb")):
        return False
    if _NOTHING_BEFORE.fullmatch(text, s, verb.start()) is None or _ORIGIN_AFTER.match(text, verb.end()) is None:
        return False
    if next_verb_at is None:
        return False
    return "," in text[verb.end():next_verb_at]


_PATTERNS.save()
