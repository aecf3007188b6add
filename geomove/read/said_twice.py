"""A speaker who tells two things, the second of them a move of its own force: "JNIM said it had
overrun a post and that its fighters had entered X", "A spokesman for the M23 said the rebels
held A and that its fighters had advanced to B", "The group said on its radio that it had
ambushed a convoy and that its men had withdrawn to C".

'its fighters', 'their units', 'it' or 'they' right after "and that" refer back to whoever said
both things, so the speaker named before "said" is who moved (GUIDELINES: the actor is the moving
force, named as the report names it). A second thing said with a subject of its own ("and that army
units had fled") is someone else's move and is left to clauses._AND_THAT_SUBJECT.

why: the speaker was set aside as one who only told of a move (clauses._SPEAKER_ONLY), and the
possessive after "and that" found no group to refer back to, so the move had no actor."""

from __future__ import annotations

import re

from ..gates import Gate
from ..regex_cache import CompiledPatterns
from .armed_groups import stretches
from .lexicon import _BARE_SUBJECT_GAP, _FORCE_NOUN

_PATTERNS = CompiledPatterns("read-said-twice")

# after the speaker's name: "said (on Tuesday that it had seized a post near D) and that its
# fighters (had entered)": one sentence, a verb of saying, then the second thing said whose
# subject refers back by a pronoun or a possessive before a force noun
_SAID_THEN_OWN = _PATTERNS.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|announced|announces|claimed|claims|stated|confirmed|confirms)\b"
    r"[^.;!?\n]*?,?\s+and\s+that\s+(?:it|they|(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:" + _FORCE_NOUN + r"|men))"
    + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# (every match holds "that": a clause without it before its verb tells no second thing said,
# and the text's armed groups are not listed for it -- a scan of the whole report, asked first
# here in two reports of three that list them; tests/test_speed41.py proves the word)
_SAID_THEN_OWN_GATE = Gate(_SAID_THEN_OWN, ["that"])


def speaker_of_own_move(text: str, named: list[tuple[int, str]], s: int, verb_at: int) -> str | None:
    """The force or armed group named before a verb of saying when the verb of moving at
    ``verb_at`` is in the second thing it said and that thing's subject refers back to it ("and
    that its fighters had"); None otherwise. ``named``: (start, words) of the forces named in
    the clause [s, ...); the groups news names bare ("JNIM", "al-Shabaab") are looked up too."""
    if not _SAID_THEN_OWN_GATE.may_match(text, min([s] + [a for a, _words in named]), verb_at):
        return None  # (each test below is a match of the pattern after a name's start, before verb_at)
    # (those that start from s on and before the verb, in order; of them, those that end by it;
    # a long text's groups read by stretch, armed_groups.stretches)
    groups = [(a, text[a:b]) for a, b, _name in stretches(text).within(s, verb_at) if b <= verb_at]
    for start, words in sorted(set(named) | set(groups), reverse=True):
        if start < verb_at and _SAID_THEN_OWN.fullmatch(text, start + len(words), verb_at):
            return words
    return None


_PATTERNS.save()
