"""A state's organ as the subject that sent a force: "The Ethiopian government moved troops from
A to B", "Mali's junta sent soldiers to C", "the Government of National Unity moved units of its
brigade", "The Pentagon sent 300 troops". The force is told only by a common noun ("troops",
"units of its brigade"), so the organ is how the text names who moved (GUIDELINES: the actor
is the moving force, named as the report names it; the dev gold writes a state for such a sender).

A ministry that commands a force is such an organ too ("Kenya's Defence Ministry sent
troops", "the Ministry of Defence"), and so is the organ as the speaker of what it moved: "The
Kenyan Defence Ministry said it had sent 300 soldiers" -- 'it' (or 'its troops') after the
organ's verb of saying is the organ, as it is after a state's name (clauses._SAID_IT).

why: "Ethiopia moved troops" named Ethiopia, but "the Ethiopian government moved troops" named
no one: the demonym was followed by a word that is no force noun, and "government" is no force.
read47: "Kenya said it had sent troops" named Kenya, but the same words said by its defence
ministry named no one."""

from __future__ import annotations

import re
from functools import lru_cache

from ..regex_cache import CompiledPatterns
from .lexicon import SAID_WHEN, _BARE_SUBJECT_GAP, _FORCE_NOUN
from .gates import Gate

_PATTERNS = CompiledPatterns("read-state-organs")

_NAME = r"(?-i:[A-Z])[\w'’.-]+"
# (a ministry only of those that command a force: a health ministry sends no troops)
_MINISTRY = r"(?:(?:defen[cs]e|war|interior|security)\s+ministry|ministry\s+of\s+(?:the\s+)?(?:national\s+)?(?:defen[cs]e|interior|security))"
_ORGAN = r"(?:government|junta|administration|authorities|cabinet|" + _MINISTRY + r")"
# what comes between the organ and the verb when the organ says it moved: "said it had",
# "announced on Monday that its troops" (as clauses._SAID_IT after a state's name), also past a
# relative aside on the organ ("The Defence Ministry, which commands the border units, said it",
# or its own verb after the aside: "..., which commands the border units, sent")
_ASIDE = r"(?:\s*,\s*(?:which|who)\b[^,;.]{1,120},(?=\s))?"
# (and a denial, a warning or a pledge of its own move: "Venezuela's government denied on Monday
# that its troops had crossed", read81; the status is read apart: denied, planned)
_SAID_IT = (r"(?:\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|claimed|claims|stated"
            r"|denied|denies|warned|warns|threatened|threatens|pledged|pledges|promised|promises|vowed|vows)"
            + SAID_WHEN + r"{0,3},?(?:\s+that)?"
            r"\s+(?:it|(?:its)\s+(?:own\s+)?(?:[\w-]+\s+)?" + _FORCE_NOUN + r"))?")
# the organ, the whole subject of the verb: its state or town before it ("the Ethiopian
# government", "Mali's junta", "the Tripoli government"), or its name or state after it ("the
# Government of National Unity", "the government of Ethiopia", "the government in Khartoum"),
# or an organ known by one name ("the Pentagon") or by its charge ("the Defence Ministry");
# what stands before it is the clause's opener
_ORGAN_SUBJECT = _PATTERNS.compile(
    # (and after a dateline's dash: "BAKU - Azerbaijan's defence ministry said it had ...", s26r)
    r"(?:^|[,;:]|\bthat|\s[-–—]{1,2}(?=\s))\s*(?:the\s+)?(?P<a>"
    r"(?:" + _NAME + r"(?:'s|’s)?\s+){1,2}(?:(?:military|transitional|interim|federal|national|central)\s+)?" + _ORGAN +
    # (the seat told before the organ named after it: "the Tripoli-based Government of National Unity", read81)
    r"|(?:" + _NAME + r"-based\s+)?(?:(?:military|transitional|interim|federal|national|central)\s+)?" + _ORGAN
    + r"\s+(?:of|in)\s+(?:the\s+)?(?:" + _NAME + r"\s+){0,3}" + _NAME
    + r"|(?-i:Pentagon|Kremlin)|" + _MINISTRY + r")" + _ASIDE + _SAID_IT + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_ORGAN_SUBJECT_GATE = Gate(_ORGAN_SUBJECT, ("administration", "authorities", "cabinet", "government", "junta", "kremlin", "ministry",
                                           "pentagon"))
# an actor that is a state's organ ("Ethiopian government", "government of Peru", "Kenya's
# Defence Ministry", "Pentagon"): who sent a force, as a state named alone is (read.force_over_state)
_ORGAN_ACTOR = _PATTERNS.compile(r"\b" + _ORGAN + r"(?:\s+(?:of|in)\s+\S.*)?$|^(?:the\s+)?(?-i:Pentagon|Kremlin)$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_ORGAN_ACTOR_GATE = Gate(_ORGAN_ACTOR, ("administration", "authorities", "cabinet", "government", "junta", "kremlin", "ministry", "pentagon"))


@lru_cache(maxsize=256)  # (~560 asks a batch, ~50 distinct actors: asked again by each check of one event; speed149)
def names_an_organ(actor: str) -> bool:
    """Is ``actor`` a state's organ (its government, junta, administration, or a ministry that
    commands a force), as organ_subject reads one?"""
    return _ORGAN_ACTOR_GATE.search(actor) is not None


# words that open a sentence in capitals without naming a state: "Then the government", "But"
_NOT_A_NAME = frozenset(("the", "then", "but", "and", "meanwhile", "later", "now", "its", "their", "a", "an", "this", "that"))


def organ_subject(text: str, s: int, verb_at: int) -> str | None:
    """The state's organ that is the whole subject of the verb at ``verb_at`` ("The Ethiopian
    government moved" -> "Ethiopian government"), or None."""
    # (on the clause's own words, where "^" is the clause's start: searched from an offset into
    # the text, "^" matched only at the text's start, and "The Ethiopian government moved
    # troops" was read only in a report's first sentence, s28a)
    m = _ORGAN_SUBJECT_GATE.search(text[s:verb_at])
    if m is None:
        return None
    name = re.sub(r"\s+", " ", m.group("a"))
    if name.split()[0].lower() in _NOT_A_NAME:
        return None
    return name


# what may stand between the organ's verb and the force it moved: a particle, a determiner, a
# count ("sent in 150 Peruvian Army commandos", "deployed its Kenyan troops")
_OBJECT_LEAD = _PATTERNS.compile(
    r"\s+(?:(?:in|out|back)\s+)?(?:(?:the|its|their|a|an|some|about|around|nearly|almost|over|more\s+than|"
    r"at\s+least|up\s+to|another|additional|more|fresh|[0-9][0-9,]*|two|three|four|five|six|seven|eight|nine|"
    r"ten|several|hundreds\s+of|thousands\s+of|dozens\s+of)\s+)*", re.I)


def force_named_as_object(text: str, verb_end: int, named: list) -> str | None:
    """The force that the organ's verb moved when the text names it by its own name right as the
    verb's object ("The government of Peru sent 150 Peruvian Army commandos" -> "Peruvian Army
    commandos"; ``named``: the clause's named forces as (start, words)), the longest such name;
    None when the force is told by a common noun ("sent 150 soldiers"). GUIDELINES: the actor
    is the moving force, named as the report names it; the organ stands for it only when the text
    names it no other way.

    why: once organ_subject was read in any sentence (s28a), "The government of <state>
    deployed <count> <state's> Army Special Forces personnel" gave the government, where the
    text names the army's force that moved."""
    forces = [n for n in named if n[0] >= verb_end and _OBJECT_LEAD.fullmatch(text, verb_end, n[0])]
    return max(forces, key=lambda n: len(n[1]))[1] if forces else None



# a state's organ told as what a force belongs to, in lower case, before what moved: "junta
# troops", "government forces", "a junta convoy of tanks", "the junta's column" (read49).
# Opening a sentence with its capital ("Junta troops", "Government troops") the name reader
# already reads them; in lower case, after an opening phrase of time or mid-sentence, nothing did.
# Not "military": "a military convoy" names no side. "and" only after a comma, a clause's
# ("..., and junta troops retreated"): "Army and government forces" is one subject, the first
# of it its force (forces._first_of_joined).
_ORGAN_WORD = r"(?P<o>junta|government|regime)(?:'s|’s)?"
_WHAT_MOVED = (r"(?:" + _FORCE_NOUN + r"|columns|convoys|vehicles|trucks|tanks)")
_ORGAN_FORCE_SUBJECT = _PATTERNS.compile(
    r"(?:^|[,;]\s*(?:and\s+)?|\b(?:but|that|said|says|shows|showed)\s+|\b(?:on|in|at|last|earlier|later|overnight|meanwhile|then)\b[^,;.]{0,40}?\s)\s*"
    r"(?:(?:the|a|an)\s+)?(?-i:" + _ORGAN_WORD + r")\s+(?:[a-z][\w-]*\s+)?(?P<n>" + _WHAT_MOVED + r")\b"
    r"(?:\s+of\s+[^,;.]{1,60}?)?" + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_ORGAN_FORCE_SUBJECT_GATE = Gate(_ORGAN_FORCE_SUBJECT, ("government", "junta", "regime"))
_FORCE_WORD = _PATTERNS.compile(r"(?:forces|troops|soldiers|army|units|fighters|police|personnel)$", re.I)


def organ_force_subject(text: str, s: int, verb_at: int) -> str | None:
    """The state's organ a subject told in lower case names its force by ("On Wednesday junta
    troops moved" -> "junta troops", "A junta convoy of tanks drove" -> "junta"), or None.
    The organ with its force noun when the noun names people, as the name reader gives "Junta
    troops" at a sentence's start; the organ alone for a convoy or column (whose, not what)."""
    subject = text[s:verb_at]
    m = _ORGAN_FORCE_SUBJECT_GATE.search(subject)
    if m is None:
        return None
    organ, noun = m.group("o").lower(), re.sub(r"\s+", " ", m.group("n"))
    possessive = subject[m.end("o"):m.end("o") + 2] in ("'s", "’s")
    next_to = subject[m.end("o"):m.start("n")].strip() == ""
    return f"{organ} {noun}" if _FORCE_WORD.match(noun) and next_to and not possessive else organ


# the organ that commands a force, as the speaker of a move of a force told only by a common
# noun: "Mozambique's defence ministry said 300 soldiers were flown ...", "The Pakistani army
# said troops had moved ..."; the organ is told with its state (a ministry named alone, "The
# Defence Ministry said soldiers had fled", is a source: read47's twin), and the subject after
# "said" holds no name (no state, no unit of its own: "said Russian troops crossed" is another
# force) and runs to the verb
# (not a police force or a service that commands no soldiers: "The Arkansas State Police said
# troops moved" tells no move of its own, r34)
_COMMANDING = r"(?:" + _MINISTRY + r"|army|military|armed\s+forces|defen[cs]e\s+forces)"
_ORGAN_SAID_BARE = _PATTERNS.compile(
    r"(?:^|[,;:]|\s[-–—]{1,2}(?=\s))\s*(?:the\s+)?(?P<a>(?:" + _NAME + r"(?:'s|’s)?\s+){1,2}"
    r"(?:(?:military|transitional|interim|federal|national|central)\s+)?" + _COMMANDING + r")"
    r"\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|stated|reported|reports)"
    + SAID_WHEN + r"{0,3},?(?:\s+that)?\s+"
    r"(?:(?:about|around|some|nearly|roughly|more\s+than|over|at\s+least|an\s+additional|another|a\s+further)\s+)?"
    r"(?:[0-9][0-9,]*\s+|(?:dozens|hundreds|thousands)\s+of\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}?"
    r"(?:soldiers|troops|officers|personnel|servicemen|marines|paratroopers|reinforcements|commandos)"
    # (and the unit they are of, in lower case: "300 soldiers of the rapid intervention unit")
    r"(?:\s+of\s+(?:the|its|a)\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}?(?:units?|battalions?|brigades?|regiments?|companies|company|forces?|corps|division))?"
    r"(?:\s+(?:had|have|has|was|were)(?:\s+been)?)?\s*$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_ORGAN_SAID_BARE_GATE = Gate(_ORGAN_SAID_BARE, ("commandos", "marines", "officers", "paratroopers", "personnel", "reinforcements", "servicemen", "soldiers", "troops"))


def organ_said_bare_force(text: str, s: int, verb_at: int) -> str | None:
    """The organ that commands a force, speaking of a move of a force it names only by a common
    noun ("Mozambique's defence ministry said 300 soldiers were flown from A to B" -> the
    ministry; "The Pakistani army said troops had moved" -> "Pakistani army"), or None. As the
    organ's "said it had sent 300 soldiers" names it (state_organs._SAID_IT): who the text says
    moved, the organ's own force.

    why: such a report named no actor (unseen47's known gap; s37m probes)."""
    m = _ORGAN_SAID_BARE_GATE.search(text[s:verb_at])
    if m is None:
        return None
    name = re.sub(r"\s+", " ", m.group("a"))
    return None if name.split()[0].lower() in _NOT_A_NAME else name


_PATTERNS.save()
