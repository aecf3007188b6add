"""A state's force or military body told as the speaker after the movement it tells of its own
units: "Two battalions moved to Mandera on Sunday, Kenya's army said on Monday", "Four patrol
boats left Mombasa for Lamu, the Kenyan Navy said", "Its warships left Souda Bay, the Greek
navy said". Told first ("Kenya's army said two battalions moved", read.force_said_it,
read.own_count_told), the speaker is the actor; told after, it is the same speaker of the same
words (GUIDELINES: the actor is the moving force, named as the report names it; a bare count or a
unit with no owner of its own, told by a force's own body, is its own, as "its frigates" are).

Only when the clause names no owner of the force: its whole subject is a bare count of units or
warships ("two battalions", "three more frigates"), a unit or a military convoy by its kind
alone ("a mechanised battalion", "a military convoy"), or the force by "its"/"their"; and the
speaker closes the sentence (", <speaker> said[ on Monday][ in a statement].").

why: the subject alone was read, so "battalions" or "patrol boats" was the actor and the army
or navy that said so, and whose units they were, was lost (s28a)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .force_said_it import _OWN_CONVOY, _OWN_UNIT
from .lexicon import SAID_WHEN, _BARE_SUBJECT_GAP, _FORCE_NOUN
from .own_count_told import BODY_HEADS, COUNT_WORDS, COUNTED_NOUNS, _alternatives

_PATTERNS = CompiledPatterns("read-speaker-after")

# the verbs of saying, looked for as plain words before any pattern runs (cheap)
_SAYING = (" said", " says", " announced", " confirmed", " reported", " stated")
# how far after the verb of moving the speaker may close the sentence
_REACH = 240

# the subject that names no owner of the force: a bare count of units or warships, a unit or a
# military convoy by its kind, or the force by "its"/"their"; after an opening phrase of time
# (the bare counts a body's own told first: "the Kenyan Navy said four patrol boats left",
# read.own_count_told)
_OWN_COUNT = (r"(?:(?:" + _alternatives(COUNT_WORDS) + r")|[0-9]{1,3})(?:\s+(?:more|other|additional))?"
              r"\s+(?:" + _alternatives(COUNTED_NOUNS) + r")")
_OWNERLESS_SUBJECT = _PATTERNS.compile(
    r"\s*(?:(?:on|in|at|last|earlier|later|overnight|yesterday|today|meanwhile|then)\b[^,;.]{0,40}?,?\s+)?"
    r"(?:(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:" + _FORCE_NOUN + r"|men|officers|warships|frigates|"
    r"destroyers|corvettes|submarines|ships|vessels|units)|" + _OWN_CONVOY + r"|" + _OWN_UNIT + r"|" + _OWN_COUNT + r")"
    + _BARE_SUBJECT_GAP.pattern, re.I)

# the speaker closing the sentence: a state's force by its plain noun or one of its military
# bodies (read.own_count_told.BODY_HEADS; not the police, which may count others' boats), with
# its state before it ("Kenya's army", "the Kenyan Navy", "the Tanzanian Defence Ministry",
# "the army"), then the verb of saying and when, then the sentence's end
_SPEAKER_CLOSES = _PATTERNS.compile(
    r"[^.!?;\n]{0,200}?,\s*(?:the\s+)?(?P<a>(?:(?-i:[A-Z])[\w.-]*(?:'s|’s)\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,3}"
    r"(?:" + _alternatives(BODY_HEADS) + r"))"
    r"\s+(?:has\s+)?(?:said|says|announced|confirmed|reported|stated)" + SAID_WHEN + r"{0,3}"
    r"\s*[\"”’]?\s*(?:[.!?]|\n|$)", re.I)


def speaker_told_after(text: str, s: int, verb_at: int, verb_end: int) -> str | None:
    """The speaker closing the sentence after the verb of moving (``verb_at``..``verb_end``), a
    state's force or military body, when the clause from ``s`` names the force with no owner of
    its own ("Two battalions moved ..., Kenya's army said" -> "Kenya's army"); None otherwise."""
    tail = text[verb_end:verb_end + _REACH]
    if not any(w in tail for w in _SAYING):
        return None  # (cheap: no verb of saying after the verb)
    if _OWNERLESS_SUBJECT.fullmatch(text, s, verb_at) is None:
        return None
    m = _SPEAKER_CLOSES.match(text, verb_end)
    return re.sub(r"\s+", " ", m.group("a")) if m else None


_PATTERNS.save()
