"""A pronoun that follows the speaker of its own sentence: "The army said it sent reinforcements
from Juba to Yei", "The militia's spokesman said they withdrew from X". What the speaker says its
side did has the speaker as its subject: "it" is the army, not the subject of the sentence before.
So does a possessive in what the speaker says moved: "The Lebanese army says about 500 soldiers of
its 5th Brigade moved from Tyre to Naqoura", "The army said 500 of its soldiers moved ...": the
soldiers are the speaker's, and the speaker is the force that moved (speaker_owns).

Without this a bare "it" / "they" took the subject of the sentence before (clauses.
_Reader._pronoun_after_no_force): after "A medical team arrived in Wau." the army's own
reinforcements were read as the medical team's, no force, and the movement was lost. Only a
speaker that is a force owns the pronoun: "Residents said they then withdrew to X" tells of the
fighters told before, the residents being the source."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import _MOVER, SAID_WHEN
from .gates import Gate

_PATTERNS = CompiledPatterns("read-said-pronoun")

# the speaker, then a verb of saying (and "that"), then the pronoun's clause starts: the speaker's
# words are read from the clause's start or after a heading's colon or a dash
_SAID_BEFORE = _PATTERNS.compile(
    r"(?P<speaker>[^:;\n—–]{2,120}?)\s+(?:has\s+|had\s+)?(?:said|says|told\s+\w+|stated|announced|confirmed|"
    r"claimed|reported|added|denied|denies|admitted|admits|acknowledged|acknowledges)" + SAID_WHEN + r"{0,2}\s*,?\s*(?:that\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_SAID_BEFORE_GATE = Gate(_SAID_BEFORE, ("acknowledged", "acknowledges", "added", "admits", "admitted", "announced", "claimed", "confirmed", "denied", "denies", "reported", "said", "says", "stated", "told"))


# an opening phrase set off by a comma before the speaker ("In response, the Guyana Defence
# Force said ...", "On Thursday, the army said ...", "Meanwhile, the police said ..."): it tells
# when or how, it is no word of the speaker's name (read49: the speaker read "In response, the
# Guyana Defence Force")
_OPENER = _PATTERNS.compile(
    r"^\s*(?:in|on|at|after|before|following|since|by|during|late|early|last|later|earlier|meanwhile|however|"
    r"separately|also|then|overnight|yesterday|today|for\s+(?:its|their)\s+part|in\s+response|in\s+turn)\b[^,;.]{0,40},\s+", re.I)


# ... or a day told with no comma before the speaker ("On Tuesday UNIFIL said its soldiers ...",
# "Late on 3 May the army said ..."): the day is no word of the speaker's name either (s34 read94)
_DAY_OPENER = _PATTERNS.compile(
    r"^\s*(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)\s+(?=\S)", re.I)


def speaker_of_pronoun(text: str, s: int, subject_start: int) -> str | None:
    """The words of the speaker whose verb of saying comes right before the subject starting at
    ``subject_start`` in the clause starting at ``s``, None when the subject follows no speaker
    of its own sentence."""
    before = text[s:subject_start]
    # (the speaker's words start past the last mark: one character, or the three of " - ", whose
    # dash is no word of the speaker's: "10:15 GMT - The Israeli army says", s28m)
    cut = max(before.rfind(":") + 1, before.rfind("—") + 1, before.rfind("–") + 1,
              before.rfind(" - ") + 3 if " - " in before else 0)
    m = _SAID_BEFORE_GATE.search(before, cut)
    if m is None or not re.search(r"[A-Za-z]", m.group("speaker")):
        return None
    return _DAY_OPENER.sub("", _OPENER.sub("", m.group("speaker"))).strip()


# a possessive in the subject after the verb of saying: "soldiers of its 5th Brigade", "500 of
# its soldiers", "their units"
_POSSESSIVE_IN_SUBJECT = _PATTERNS.compile(r"\b(?:its|their)\s+\S", re.I)
_SAYING = _PATTERNS.compile(r"\b(?:said|says|stated|announced|confirmed|reported|added|denied|denies|admitted|admits|claimed|claims|"
                            r"acknowledged|acknowledges)\b(?:\s+that)?\s+", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_SAYING_GATE = Gate(_SAYING, ("acknowledged", "acknowledges", "added", "admits", "admitted", "announced", "claimed", "claims", "confirmed", "denied", "denies", "reported", "said", "says", "stated"))
_ARTICLE = _PATTERNS.compile(r"^(?:the|a|an)\s+", re.I)


def speaker_owns(text: str, s: int, verb_at: int) -> str | None:
    """The speaker's words (without an article) when the subject of the verb at ``verb_at``
    follows the speaker's verb of saying and holds "its" or "their" ("The Lebanese army says
    about 500 soldiers of its 5th Brigade moved ..." -> "Lebanese army"); None otherwise."""
    sayings = list(_SAYING_GATE.finditer(text, s, verb_at))
    if not sayings:
        return None
    said = sayings[-1]
    if not _POSSESSIVE_IN_SUBJECT.search(text, said.end(), verb_at):
        return None
    speaker = speaker_of_pronoun(text, s, said.end())
    return _ARTICLE.sub("", speaker) if speaker else None


# the words between a verb of saying and the verb of moving when they are only the subject that
# holds the possessive: "denied that | its soldiers had | crossed", "said | 500 of their troops | moved"
_OWNED_SUBJECT_ONLY = _PATTERNS.compile(
    r"(?:[\w,'’-]+\s+){0,4}?(?:its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:had|has|have|were|was|been|also|then)\s+)*", re.I)


def owned_subject_only(text: str, s: int, verb_at: int) -> bool:
    """Is the subject of the verb at ``verb_at`` the possessive noun phrase right after the last
    verb of saying in [s, verb_at) ("Rwanda denied that its soldiers had crossed")? Not when a
    clause of its own stands between ("Ukraine said Russia strengthened its border, moving ...":
    "its" is Russia's)."""
    sayings = list(_SAYING_GATE.finditer(text, s, verb_at))
    return bool(sayings) and _OWNED_SUBJECT_ONLY.fullmatch(text, sayings[-1].end(), verb_at) is not None


# a state's officials by their people's adjective ("Afghan officials", "Pakistani security
# sources", "Sudanese government spokesmen") ...
_STATE_OFFICIALS = _PATTERNS.compile(
    r"(?P<people>[A-Z][\w'’-]+)\s+(?:(?:government|security|military|defen[cs]e|army|border)\s+)?"
    r"(?:officials?|authorities|government|ministry|sources?|spokesm[ae]n|spokesperson|commanders?|leaders?)")
# (or an armed side's: "Separatist commanders claimed their fighters had moved ..." -> "Separatist fighters")
_SIDE_WORDS = frozenset({"separatist", "rebel", "insurgent", "militia", "jihadist", "guerrilla"})
# ... and the force they call their own: "their forces", "its troops" (the head noun of the subject)
_OWN_FORCE = _PATTERNS.compile(r"\b(?:its|their)\s+(?P<noun>forces|troops|soldiers|fighters|units|army|police|guards)\b", re.I)


def force_of_state_officials(text: str, speaker: str, said_end: int, verb_at: int, is_people_word) -> str | None:
    """The force of a state whose officials say "their forces" moved: "Afghan officials said their
    forces had pulled back from X" -> "Afghan forces" (their people's adjective and the noun they
    used), as "Afghan forces pulled back" names it. Only when the speaker's first word is the
    adjective of a people (``is_people_word``: a demonym the finder read there) and the rest of
    the speaker's words are officials' nouns (or an armed side's word, _SIDE_WORDS); a person or a civilian body ("Afghan traders said
    their trucks") owns nothing that moved.

    why: such a movement had no actor, though whose forces they were was told (s34m)."""
    m = _STATE_OFFICIALS.fullmatch(speaker)
    if m is None or not (is_people_word(m.group("people")) or m.group("people").lower() in _SIDE_WORDS):
        return None
    own = _OWN_FORCE.search(text, said_end, verb_at)
    return f"{m.group('people')} {own.group('noun').lower()}" if own is not None else None


# a force named by its letters alone ("KFOR", "UNIFIL", "MONUSCO") and its own men in what it says
# moved, its patrols or a force noun: the speaker is who moved ("KFOR said its patrols had crossed
# from A to B"); 'patrols' alone is no force noun (a verb too: "the army patrols the border"), so
# only as the possessed subject of a lettered force's words
_LETTERS_NAME = _PATTERNS.compile(r"[A-Z]{3,8}")
_OWN_MEN = _PATTERNS.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:patrols\b|(?=\w)" + _MOVER.pattern + r")", re.I)


def lettered_force_owner(text: str, speaker: str, said_end: int, verb_at: int) -> str | None:
    """The speaker when it is a name in capital letters and the subject after its verb of saying
    is its own patrols or men ("MONUSCO said its patrols moved ..." -> "MONUSCO"), else None (s34 read94)."""
    if not _LETTERS_NAME.fullmatch(speaker) or not _OWN_MEN.search(text, said_end, verb_at):
        return None
    return speaker


_PATTERNS.save()
