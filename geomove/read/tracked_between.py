"""A craft or force told as tracked between two places: "A C-17 with call sign RCH405 was
tracked from Ramstein to Camp Lemonnier", "the frigate was shadowed from Baltiysk into the Gulf
of Finland". Flight-tracking and ship-spotting notes tell a move by the watching of it; "track"
is no verb of movement by itself ("radar tracked the drones", "the Norwegians tracked them past
the North Cape"), so it is a trigger only in the passive (what moved is its subject) and with
"from" right after it and "to", "towards" or "into" later in the clause: both ends told. It is
read as "move".

GUIDELINES: a movement is a reported shift of military gear between two places; one end
suffices, but here the two ends are what makes the watching a movement.

why: "A C-17 with call sign RCH405 was tracked from Ramstein to Camp Lemonnier the same day" was
no movement where "was observed flying from" was one (read107's spotting note)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from ..textutil import ANY_WORD, word_set

_PATTERNS = CompiledPatterns("read-tracked-between")

# the participles of watching a craft along its way, read as a verb of movement here
TRACK_FORMS = ("tracked", "shadowed", "trailed", "plotted")
READ_AS = "move"

# the participle, "from" right after it and, within the clause (no stop, at most 80 characters
# of the origin's name and words), a cue of the far end; an empty "noun" group as the other
# triggers have
_TRACKED_FROM = _PATTERNS.compile(
    r"\b(?P<verb>" + "|".join(TRACK_FORMS) + r")\b"
    r"(?=\s+from\s+[^.;!?\n]{1,80}?\s(?:to|towards?|into)\s)(?:(?P<noun>(?!)))?", re.I)
# the passive's "be" right before the participle, an adverb between: "was tracked", "were later shadowed", "was then tracked"
_BE_BEFORE = _PATTERNS.compile(r"\b(?:was|were|is|are|been|being)\s+(?:(?:[a-z]+ly|then|later|also|again|next)\s+)?$", re.I)


# (the words of a text, as word_index lists them, of which a match holds one: a non-ASCII word
# may be any; asked of the text's kept set, where a lowered copy of every report was searched, speed126)
_TRACK_WORDS = frozenset(TRACK_FORMS) | {ANY_WORD}


def tracked_between(text: str) -> list[re.Match]:
    """The matches of a passive "tracked from A to B" in ``text`` (each a trigger whose verb is
    the participle), tried only where the text holds one of the participles."""
    if _TRACK_WORDS.isdisjoint(word_set(text)):
        return []
    return [m for m in _TRACKED_FROM.finditer(text)
            if _BE_BEFORE.search(text[max(0, m.start() - 30):m.start()]) is not None
            and not _munition_tracked(text, m.start())]


# (how far back the subject of the participle is looked at, within its sentence)
_SUBJECT_REACH = 80
_SENTENCE_STOP = _PATTERNS.compile(r"[.!?;\n]")


def _munition_tracked(text: str, at: int) -> bool:
    """Is the subject before the participle at ``at`` a munition and no force or craft ("The
    rockets were tracked from Gaza to Ashkelon")? A strike in flight, no transfer (lexicon.json
    munitions_in_flight)."""
    from .lexicon import _MOVER, _MUNITION, _MUNITION_GATE  # (lexicon reads this module's forms: asked late)
    before = text[max(0, at - _SUBJECT_REACH):at]
    stops = list(_SENTENCE_STOP.finditer(before))
    subject = before[stops[-1].end():] if stops else before
    # (as no_force._munitions_in_flight: a force or craft named beside it moves: "two drone carriers")
    return _MUNITION_GATE.search(subject) is not None and _MOVER.search(_MUNITION.sub(" ", subject)) is None


_PATTERNS.save()
