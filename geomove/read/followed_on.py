"""A further force told as following the one before, from a place of its own: "Two brigades
moved from Kharian to Sialkot on Monday. A third brigade is expected to follow from Gujranwala
later this week", "A third battalion followed by road from Bunia", "A second contingent will
follow from Nairobi next month". "follow" is no verb of movement by itself ("followed by
tanks", "the talks that followed"); it is a trigger only with a word that counts the force after
the one told before (a second, a third, another, more, the rest) before it in its sentence, and
"from" after it (past "suit", "later", "by road"), the counted one a force, a vehicle or a ship
(lexicon._MOVER) or an ordinal standing alone ("A third followed"): "More criticism followed
from Islamabad" tells none. It is read as "move": its own start is the
place after "from"; its end is the end of the movement told before (the force follows it there),
inferred.

A subject that counts a force of its own right before the verb needs no word of one more: "Two
platoons followed to X", "A platoon of sappers followed on Tuesday from Y" (a count or "a/an" and
a force noun, the whole subject): a new force, so a movement of its own (s46 read123; before, only
"a second ..." or "another ..." was read). "The troops followed" (the force told before) and "Two
journalists followed" (no force) are not.

GUIDELINES: a convoy called "another" or "a second/third" is a new movement, though its places are shared;
a planned one ("is expected to follow") is kept as planned.

why: the known gap 'A third brigade is expected to follow from Gujranwala later this week' (a
planned follow-on movement from A, to the end told before) was not read at all."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from ..textutil import ANY_WORD, word_set

_PATTERNS = CompiledPatterns("read-followed-on")

# the forms of "follow" read as a verb of movement here ("following" is mostly a preposition)
FOLLOW_FORMS = ("follow", "follows", "followed")
READ_AS = "move"

# "follow" and, past a few words of manner or time, "from": "followed by road from X", "to follow later from X"
_FOLLOW_FROM = _PATTERNS.compile(
    r"\b(?P<verb>follow(?:s|ed)?)\b(?=(?:\s+(?:suit|later|soon|shortly|overland|too|as\s+well|"
    r"by\s+(?:road|air|sea|rail|land|truck|bus|plane|ship)|"
    # (and a day told between: "followed on 3 December to X", "followed on Wednesday from Y", read121)
    r"on\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+\.?|(?-i:[A-Z])[a-z]+\.?(?:\s+[0-9]{1,2}(?:st|nd|rd|th)?)?)|"
    r"the\s+(?:next|following)\s+(?:day|morning|evening)))*"
    # ... "from", or (read121) "to" / "into" with a place's capital after it: "a second convoy of 20
    # pickups followed on 3 December to Murzuq" goes there (the trigger's own destination)
    r"\s+(?:from\s|(?:to|into|towards?)\s+(?:the\s+)?(?-i:[A-Z])))(?:(?P<noun>(?!)))?", re.I)
# a word that counts the force after one told before, in the subject (its sentence, before the verb)
_ONE_MORE = _PATTERNS.compile(r"\b(?:second|third|fourth|fifth|sixth|another|more|further|additional|remaining|"
                              r"rest\s+of|other)\b(?![^.;!?]*[.;!?])[^.;!?]*$", re.I)


# an ordinal or "another" standing alone for the noun told before: "A third followed", "another one"
_ORDINAL_ALONE = _PATTERNS.compile(r"(?:second|third|fourth|fifth|sixth|another)(?:\s+one)?\s+(?:(?:is|are|was|were|will|would|"
                                   r"could|may|has|have|had|been|be|expected|due|set|likely|to|also|then)\s+)*", re.I)

# the whole subject a counted force, from its clause's start: "Two platoons followed", "A platoon
# of sappers followed", "About 40 soldiers followed"; the force noun is asked by lexicon._MOVER
# (a text's first word by "no character before it": "^" never matches at a search's offset, test_read77)
_COUNTED_SUBJECT = _PATTERNS.compile(r"(?:(?<![\s\S])|[.;!?]\s+|\n|,\s+and\s+|,\s+while\s+)(?:(?:some|about|around|nearly|roughly|another)\s+)?"
                                     r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|[0-9][0-9,]*)\s+"
                                     r"(?:[\w'’-]+\s+){0,4}$", re.I)


# (the words of a text, as word_index lists them, of which a match holds one: a non-ASCII word
# may be any; asked of the text's kept set, where a lowered copy of every report was searched, speed126)
_FOLLOW_WORDS = frozenset(FOLLOW_FORMS) | {ANY_WORD}


def followed_on(text: str) -> list[re.Match]:
    """The matches of "follow(ed) ... from" whose sentence counts its subject as one more
    force (each a trigger whose verb is the form of "follow")."""
    if _FOLLOW_WORDS.isdisjoint(word_set(text)):
        return []
    from .lexicon import _MOVER  # (lexicon reads this module's forms: asked late)
    found = []
    for m in _FOLLOW_FROM.finditer(text):
        more = _ONE_MORE.search(text, max(0, m.start() - 80), m.start()) \
            or _COUNTED_SUBJECT.search(text, max(0, m.start() - 60), m.start())
        # the one more is a force, a vehicle or a ship ("A third brigade", "more troops"), or an
        # ordinal standing for the noun told before ("A third followed"); not "More criticism"
        if more is not None and (_MOVER.search(text, more.start(), m.start()) is not None
                                 or _ORDINAL_ALONE.fullmatch(text, more.start(), m.start()) is not None):
            found.append(m)
    return found


def is_follow(trigger: str | None) -> bool:
    return bool(trigger) and trigger.lower() in FOLLOW_FORMS


def follows_to_the_end_before(frag, routes: list, last, why: list, i: int) -> None:
    """A force that followed the one told before (``frag``'s trigger is "follow") went where
    that one went: each route with no end takes ``last``'s end, inferred."""
    if not is_follow(frag.trigger) or last is None or last.destination is None:
        return
    for draft in routes:
        if draft.destination is None and draft.origin is not None:
            draft.destination = {**last.destination, "inferred": True}
            why.append(f"sentence {i}: followed the movement before to {last.destination.get('name')}")


_PATTERNS.save()
