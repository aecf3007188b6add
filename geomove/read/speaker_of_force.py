"""A force's name that only says whom a speaker belongs to or writes about: "A Russian military
blogger said troops had been moved from A to B", "a Ukrainian military observer reported that
elements of the 25th Army had been transferred ...". The speaker is a person (GUIDELINES:
the actor is the moving force, named as the report names it); the force's name before the person's noun
is an attribute of the speaker, not the subject of the movement the speaker reports.

why: "Russian military" was read as who moved from "A Russian military blogger said troops had been
moved": the force words after a demonym were taken as a force's name whatever followed them.
Read in clauses._Reader._actor: such a name is no force named in the subject. Where the speaker's
words say the troops are the speaker's side's ("its troops", "our units"), read.said_pronoun
names the speaker's force.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-speaker-of-force")

# the person's noun right after the force's name, then (within the clause, before the movement's
# verb) a verb of saying. Only those who write about a force from outside it: a force's own
# spokesperson, officer or official speaks for it, and "An Israeli military spokesperson says
# troops completed their pullout" tells of Israeli troops (read45's hand count)
_SPEAKER_PERSON = _PATTERNS.compile(
    r"\s+(?:blogger|analyst|observer|expert|commentator|correspondent|journalist|reporter|researcher|"
    r"watcher|channel|account)s?\b"
    r"[^.;:]*?\b(?:said|says|told|stated|reported|reports|wrote|writes|posted|claimed|claims|added)\b", re.I)


def names_a_speaker(text: str, name_end: int, verb_at: int) -> bool:
    """Does the force's name ending at ``name_end`` qualify a speaker whose verb of saying comes
    before the movement's verb at ``verb_at`` ("A Russian military blogger said ...")?"""
    return _SPEAKER_PERSON.match(text, name_end, verb_at) is not None


# a speaker's words ending in the person's noun ("Ethiopian army officer")
_PERSON_AT_END = _PATTERNS.compile(
    r"\s+(?:blogger|analyst|observer|expert|commentator|correspondent|journalist|reporter|source|"
    r"spokesm[ae]n|spokeswom[ae]n|spokesperson|spokespeople|official|officer|insider|watcher|channel|account)s?$", re.I)


def force_of_speaker_words(speaker: str) -> str:
    """The force a speaker belongs to, when the speaker's words are the force's name and a
    person's noun ("Ethiopian army officer" -> "Ethiopian army": "An Ethiopian army officer said
    its troops had moved" -- "its" is the army's); the words unchanged otherwise."""
    return _PERSON_AT_END.sub("", speaker) or speaker


_PATTERNS.save()
