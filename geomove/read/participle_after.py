"""A participle of moving after a word of time, with no subject of its own: "Ecuadorian troops
took control of the Litoral prison after being flown in from Quito", "... secured the airport
after flying from X". Who moved is the main clause's subject, told before its own verb; the
words between (the main clause's act and its places) are no part of what moved.

why: with the verb of moving the participle, what moved was read as "being", or as the whole
main clause up to "after" ("Ecuadorian troops took control of the Litoral prison in Guayaquil
after")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .syntax import analyse
from .fronted_participle import opens_with_participle

_PATTERNS = CompiledPatterns("read-participle-after")

# "after being", "before", "upon having been", "while": a word of time right before the participle
_TIME_WORD_BEFORE = _PATTERNS.compile(
    r"\b(?:after|before|upon|on|while|since)\s+(?:(?:being|having\s+been|having)\s+)?$", re.I)
_CONJUNCTIONS = frozenset(("and", "but", "or", "nor", "yet", "so"))
# past forms of taking, finite verbs whatever the tagger says of them ("retook" is tagged a noun)
_PAST_OF_TAKING = _PATTERNS.compile(r"(?:re)?took|(?:re)?captured|seized|overran|stormed", re.I)
# the main clause's finite verb (the tagger reads a past form after a name as a participle too)
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "VBN", "MD"))


def time_word_before_participle(text: str, s: int, main: re.Match, words: re.Pattern = _TIME_WORD_BEFORE) -> re.Match | None:
    """The word of time (``words``, with "being" / "having been") right before the trigger
    ``main`` when the trigger is a participle ("flying", "flown") and something of the clause
    from ``s`` stands before that word; None otherwise."""
    verb = main.group("verb")
    if not verb or not verb.lower().endswith(("ing", "ed", "en", "wn")):
        return None
    time_word = words.search(text, max(s, main.start() - 30), main.start())
    return time_word if time_word is not None and time_word.start() > s else None


# (or a comma alone before a participle in -ing with no object of its own: "24 Guatemalan
# military police had joined the mission, arriving on a flight from Guatemala City", read68;
# "..., moving 28 armoured vehicles from Y" moves its object, read elsewhere)
_COMMA_BEFORE = _PATTERNS.compile(r",\s*(?:\w+ly\s+)?$")
_NO_OBJECT_AFTER = _PATTERNS.compile(r"\s+(?:\w+ly\s+)?(?:from|to|into|towards?|in|at|on|back|home|by|via|through|across|"
                                     r"out|overland|aboard)\b", re.I)


def _comma_before_intransitive(text: str, s: int, main: re.Match) -> re.Match | None:
    """The comma right before the trigger when it is a participle in -ing with no object."""
    verb = main.group("verb")
    if not verb or not verb.lower().endswith("ing") or _NO_OBJECT_AFTER.match(text, main.end()) is None:
        return None
    comma = _COMMA_BEFORE.search(text, max(s, main.start() - 16), main.start())
    return comma if comma is not None and comma.start() > s else None


def subject_of_participle(text: str, s: int, main: re.Match) -> str | None:
    """The words before the main clause's first finite verb, when the trigger is a participle
    ("flying", "flown") right after a word of time; None otherwise (or when the clause opens
    with its verb)."""
    return _subject_before(text, s, time_word_before_participle(text, s, main))


def subject_before_comma_participle(text: str, s: int, main: re.Match) -> str | None:
    """The same when the participle in -ing, with no object, follows a comma alone ("had joined
    the mission, arriving on a flight from X"); ``s`` is the clause's start, before the comma."""
    return _subject_before(text, s, _comma_before_intransitive(text, s, main), opens_with_noun=True)


def _subject_before(text: str, s: int, time_word: re.Match | None, opens_with_noun: bool = False) -> str | None:
    """The words from ``s`` to the first finite verb before ``time_word``; with
    ``opens_with_noun``, only when they open with no preposition or adverb ("In addition to the
    ..." is no subject)."""
    if time_word is None:
        return None
    toks = analyse(text, s, time_word.start())
    # (or a past form of taking the tagger reads as a noun: "Nigerien soldiers on Sunday retook X")
    first = next((k for k, t in enumerate(toks) if t.tag in _FINITE_TAGS or _PAST_OF_TAKING.fullmatch(t.text)), None)
    if not first:  # (None, or a clause that opens with its verb: "and had both been infected after")
        return None
    if toks[0].text.lower() in _CONJUNCTIONS or not any(t.tag.startswith(("NN", "PRP")) for t in toks[:first]):
        return None  # (no noun before the verb: no subject of its own to read)
    if opens_with_noun and toks[0].tag in ("IN", "TO", "RB", "WRB", "VBG", "VBN"):
        return None
    # (after a wire's dateline, which ends at its dash: "GAROWE, March 8 (Reuters) - | Puntland
    # forces seized X after moving ...", read83)
    return _DATELINE_END.split(text[s:toks[first].start])[-1].strip(" ,") or None


# the end of a wire's dateline: a dash (or two hyphens) after the agency's brackets, or a dash set
# off by spaces
_DATELINE_END = _PATTERNS.compile(r"\)\s*(?:--|[-–—:])\s*|\s(?:--|[-–—])\s")


# a clause that opens with a word of time and a participle: "After leaving X,", "Two days after
# leaving X,", "Before reaching Y,", "Upon arriving in Z,", "Having left X,"
# (or nothing before a participle in -ing that opens the sentence: "Leaving Gao on Monday, the
# troops headed for Kidal", read68)
# (after a time opener set off by a comma: "On 20 March, after reaching A, the battalion moved on
# to B" read "after" as what moved, s33 read89)
_OPENING_TIME_WORD = _PATTERNS.compile(
    r"\s*(?:(?:on|in|by|early|late|last|this|that|overnight)\b[^,;.:\n]{0,30},\s*)?"
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:after|before|upon|on|while|since)\s+(?:(?:being|having\s+been)\s+)?|having\s+(?:been\s+)?)$", re.I)
_NOTHING_BEFORE = _PATTERNS.compile(r"\s*(?:[^\w\s]{1,4}\s*)?$")
# the main clause's subject between the comma and its verb: a few words, no other comma (up to
# nine: "Leaving A early on Saturday, a second convoy of 40 military trucks reached B", s23r)
_SUBJECT_AFTER_COMMA = _PATTERNS.compile(r",\s*(?P<np>(?:[\w'’.-]+\s+){1,9}?)$")


def verb_after_opening_participle(text: str, s: int, verbs: list[re.Match]) -> re.Match | None:
    """The main clause's verb of moving when the clause opens with a word of time and a
    participle of moving set off by a comma ("After leaving Mogadishu on Monday, Ethiopian
    troops reached Baidoa": reached, whose subject tells who moved); None otherwise."""
    if len(verbs) < 2:
        return None
    first = verbs[0].group("verb") or ""
    bare = first.lower().endswith("ing") and _NOTHING_BEFORE.fullmatch(text, s, verbs[0].start()) is not None
    # (or a past participle that opens the sentence: "Pulled from A, the brigade was sent to B",
    # read.fronted_participle)
    bare = bare or opens_with_participle(text, s, verbs[0], verbs[1].start())
    if not bare and not _OPENING_TIME_WORD.fullmatch(text, s, verbs[0].start()):
        return None
    if not first.lower().endswith(("ing", "ed", "en", "wn", "left")) and not bare:
        return None
    for verb in verbs[1:]:
        if _SUBJECT_AFTER_COMMA.search(text, verbs[0].end(), verb.start()):
            return verb
    return None


def subject_after_opening_participle(text: str, s: int, main: re.Match, e: int) -> str | None:
    """The main clause's subject when the clause opens with a word of time and the participle
    ``main``, and the main clause's own verb is no verb of moving ("Before heading to Niamey,
    the convoy stopped in Dosso for the night": the convoy headed there); None otherwise.

    why: the words before the participle were read as what moved ("Before") (probe of my own,
    s25)."""
    if not _OPENING_TIME_WORD.fullmatch(text, s, main.start()) or _NOTHING_BEFORE.fullmatch(text, s, main.start()):
        return None
    comma = text.find(",", main.end(), e)
    if comma < 0:
        return None
    words = [t for t in analyse(text, comma + 1, min(e, comma + 120)) if t.text.strip()]
    k = next((i for i, t in enumerate(words) if i and t.tag.startswith("VB")), None)
    if not k or not any(t.tag.startswith(("NN", "PRP")) for t in words[:k]):
        return None
    return text[words[0].start:words[k].start].strip(" ,") or None


_PATTERNS.save()
