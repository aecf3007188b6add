"""Reduced relative clauses: a participle right after a noun that describes it, with no "who
were" and no commas. Two kinds are read here.

1. A past participle describing the subject (read45): "FARDC reinforcements flown into
   Kisangani are expected to move east to Lubutu next week", "Soldiers airlifted to Gao on
   Monday were then sent on to Kidal". The participle and its place tell one movement (already
   done), the finite verb after them another, with its own status and date: two clauses, as
   "FARDC reinforcements, who were flown into Kisangani, are expected to move ..." is.
   why: the sentence was one clause: the participle was its verb, both places its
   destinations, and the main verb's plan was lost (both read as reported, dated next week).

2. A participle of load in -ing after a noun (session 17): "Buses transporting 40 soldiers and
   trucks carrying ammunition departed from A" moves by "departed"; "transporting" and
   "carrying" only tell what the buses and trucks held.
   why: the clause's first movement verb was taken as its verb, so what moved was read as the
   object of "transporting" and ran on to the real verb ("40 soldiers and several trucks
   carrying ammunition departed"), and the buses were lost.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from . import lazy
from .connective_opener import after_connective
from .lexicon import _MOVER, _MOVER_GATE, _OFFICIAL_TITLE, PAST_PARTICIPLE, SENT_PARTICIPLES, SIGHTING_PARTICIPLES, _stem

# rules asked only behind a gate of this module: imported at their first call (read.lazy)
participle_of_agent_only = lazy.function(".agent_participle", "participle_of_agent_only", globals())

_PATTERNS = CompiledPatterns("read-reduced-relative")

# --- 1. a past participle describing the subject ------------------------------------------

# the subject before the participle: one to six words with no comma, opening the clause (after a
# bullet mark at most), none of them an auxiliary, a relative word or "to" (then the participle
# is a passive or an infinitive's, not a description)
_SUBJECT = _PATTERNS.compile(r"\s*(?:[-–—*•]\s+)?(?:(?!(?:is|are|was|were|be|been|being|has|have|had|will|would|"
                             r"who|which|that|to|and|or|but)\b)[\w'’().-]+\s+){1,6}", re.I)
# a participle: a form in -ed or an irregular one (lexicon.PAST_PARTICIPLE, as read.among_inverted's)
_PARTICIPLE = _PATTERNS.compile(r"(?:" + PAST_PARTICIPLE + r")", re.I)
# a participle of presence and its place ("deployed in X", "stationed at Y"): a description
_PRESENCE_PARTICIPLE = _PATTERNS.compile(r"(?:re)?deployed|stationed|based|posted|garrisoned", re.I)
_PRESENCE_CUE = _PATTERNS.compile(r"\s+(?:in|at|along|across|on|inside)\s", re.I)
# the finite verb group of the main clause, right before its verb: an auxiliary and its words
# ("are expected to", "will", "were then", "have") or nothing (a finite verb of its own)
_MAIN_GROUP = _PATTERNS.compile(r"\b(?:is|are|was|were|will|would|has|have|had)\b(?:\s+(?:\w+ly|now|then|also|"
                                r"expected|due|set|scheduled|likely|to|be|been|not))*\s+$", re.I)

# a verb of report and its "to" before the main verb ("were reported to have fled", "are believed
# to have left"): where the main clause's verb group opens for the test of an agent's participle
# (_MAIN_GROUP opens at "have", and "Gunmen led by a local chief were reported to | have fled X"
# was cut from its subject: what moved was lost)
_REPORTED_GROUP = _PATTERNS.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:reported|said|believed|thought|understood|"
                                    r"known|seen|alleged|claimed|rumou?red|feared|presumed|suspected)\s+to\s+(?:have\s+)?$", re.I)

# a passive infinitive or auxiliary right before a verb of relief: "to be replaced", "will be relieved"
_RELIEVED = _PATTERNS.compile(r"\bbe\s+$", re.I)
_RELIEF_STEMS = frozenset(("replace", "relieve", "rotate"))

_JOINED = _PATTERNS.compile(r"\b(?:and|or|but|that|which|who|where)\b", re.I)


def reduced_relative_cut(text: str, s: int, e: int, verbs: list) -> int | None:
    """Where the main clause starts after a participle describing the subject ("FARDC
    reinforcements flown into Kisangani | are expected to move east to Lubutu"), given the
    clause's movement verbs ``verbs`` in order; None when the clause opens with no such
    participle or no verb follows it."""
    if len(verbs) < 2:
        return None
    first, second = verbs[0], verbs[1]
    # (after a connective that opens the sentence: "Meanwhile, reinforcements flown into X last
    # week | were moved to Y on Monday", read.connective_opener)
    s = after_connective(text, s, first.start())
    if not _PARTICIPLE.fullmatch(first.group(0)) or not _SUBJECT.fullmatch(text, s, first.start()):
        return None
    if _PRESENCE_PARTICIPLE.fullmatch(first.group(0)) and _PRESENCE_CUE.match(text, first.end()):
        # "Burundian soldiers deployed in South Kivu have been redeployed to Uvira": where the
        # force is, no movement of its own; the clause stays whole and the place is where the
        # redeployment began (clauses._Reader._attributive, roles: "units deployed in X moved")
        return None
    if _RELIEVED.search(text, max(first.end(), second.start() - 12), second.start()) and _stem(second.group(0)) in _RELIEF_STEMS:
        # "Kenyan police deployed to Haiti are due to be replaced by a new contingent": the force
        # is to be relieved where it is; the participle says where that is, as "deployed in X"
        # does, and tells no move of its own (the clause stays whole: clauses._Reader._attributive)
        return None
    between = text[first.end():second.start()]
    if "," in between or ";" in between or _JOINED.search(between):
        return None  # (an aside, a list or a second verb of the same subject: cut elsewhere)
    # (only with an auxiliary before the main verb: "Soldiers crossed the river on Sunday moved
    # ..." is no English, "crossed ... and moved" is one subject's two verbs)
    group = _MAIN_GROUP.search(text, first.end(), second.start())
    reported = _REPORTED_GROUP.search(text, first.end(), second.start()) if group is not None else None
    if group is not None and participle_of_agent_only(text, first, (reported or group).start()):
        return None  # ("a strike group led by the USS Nimitz has entered X": read.agent_participle)
    if group is None and sent_without_object(text, first, second):
        return second.start()  # ("North Korean troops sent to Kursk | returned to Pyongyang", read70)
    return group.start() if group is not None else None


# the participles of sending a force (lexicon.json sent_participles): with a cue of direction right
# after one and a finite past after that, with no join between, it describes the subject ("troops
# flown to A returned to B"); a past tense of the subject's own would leave the second verb with
# none. (It was the verbs that need their object; "flown", "driven", "bussed", "trucked", "moved",
# "rotated" then made one clause of two moves, s32-tidy50-*)
_SENT_FORMS = frozenset(SENT_PARTICIPLES)
_CUE_AFTER = _PATTERNS.compile(r"\s+(?:to|into|from|back\s+to|out\s+of)\s", re.I)
_FINITE_PAST = _PATTERNS.compile(r"\w+ed|left|went|came|flew|drove|withdrew|rode|took|crossed|returned|moved|arrived", re.I)
# a determiner right before a form in -ed (an adverb between at most): an attributive participle,
# no finite verb ("moved into an abandoned base": the base is described, s25r)
# a subordinator between the two verbs, before a subject of its own: the second verb is its clause's
# ("The battalion moved to A after its commander | arrived from B": "moved" the main verb, s33 read89)
_SUBORDINATOR_BETWEEN = _PATTERNS.compile(r"\b(?:after|before|when|once|while|as|because|since|until|whereas|although)\b", re.I)
_PRONOUN = _PATTERNS.compile(r"\s*(?:it|they|he|she|we)\s*$", re.I)
_DETERMINER_BEFORE = _PATTERNS.compile(r"\b(?:a|an|the|its|their|his|her|our|this|these|those)\s+(?:\w+ly\s+)?$", re.I)


def sent_without_object(text: str, first: re.Match, second: re.Match) -> bool:
    """Is ``first`` a participle of sending a force (_SENT_FORMS), with a cue of direction right
    after it ("troops sent to Kursk", "units airlifted into Gao"), and ``second`` a past tense of
    its own ("returned", "moved")? Then the participle describes the subject, as after an
    auxiliary ("troops sent to Kursk were flown back"), and the main clause opens at ``second``.

    why: with no auxiliary the sentence stayed one clause of "sent": both places were its
    destinations ("North Korean troops sent to Kursk returned to Pyongyang on Monday" read
    ? -> Kursk and ? -> Pyongyang), and a year told with the participle dated the return. A
    verb that goes without an object ("Soldiers crossed the river ... moved") is left as it was,
    and so is a second verb after a subordinator, its own clause's ("moved to A after its
    commander arrived from B")."""
    return first.group(0).lower() in _SENT_FORMS and _CUE_AFTER.match(text, first.end()) is not None \
        and past_of_its_own(text, first, second)


def past_of_its_own(text: str, first: re.Match, second: re.Match) -> bool:
    """Is ``second`` a finite past ("returned", "left") of the subject that ``first`` describes:
    no determiner right before it (an attributive participle) and no subordinate clause's own
    subject between them?"""
    return _FINITE_PAST.fullmatch(second.group(0)) is not None \
        and _DETERMINER_BEFORE.search(text, max(first.end(), second.start() - 30), second.start()) is None \
        and not _mover_of_its_own(text, first.end(), second.start())


def _mover_of_its_own(text: str, a: int, b: int) -> bool:
    """Do the words from ``a`` to the second verb at ``b`` end in a subordinate clause's own
    subject, a force, an official or a pronoun ("... after its commander | arrived", "... once
    the rebels | left")? Then the second verb is that clause's; after an event ("after the
    incursion | returned") it is the main clause's."""
    sub = None
    for sub in _SUBORDINATOR_BETWEEN.finditer(text, a, b):
        pass
    if sub is None:
        return False
    words = text[sub.end():b]
    return bool(_MOVER_GATE.search(words) or _OFFICIAL_TITLE.search(words) or _PRONOUN.match(words))


# --- 2. a participle of load after a noun -------------------------------------------------

# the verbs whose object is what a vehicle or group holds: their participle after a noun tells
# its load ("trucks carrying ammunition"); a participle of going ("a column heading from A to B",
# "vehicles coming from C") tells the route, and the clause's ends, so it stays the verb read
_VERBS_OF_LOAD = frozenset(("carry", "transport", "ferry", "shuttle", "bring"))
# the verbs whose object is whom a group guards on the way: their participle after a noun tells
# what the group is there for ("frigates escorting a tanker sailed from A to B"), as a load does;
# the clause's verb is the one after it, and what moved the noun with its participle (s35m)
_VERBS_OF_COMPANY = frozenset(("escort",))
# their forms in -ing, for a pattern that skips such a participle's words ("Army trucks carrying
# fuel left A": read.services)
DESCRIBING_PARTICIPLES = ("carrying", "transporting", "ferrying", "shuttling", "bringing", "escorting")

# a noun right before the participle: a plural ("buses", "vehicles"; capitalised as a sentence's
# first word, "Soldiers fleeing the fighting crossed", s28m) or a noun of a group or a vehicle in
# the singular ("a convoy transporting", "the column carrying"), not a verb's helper
_NOUN_BEFORE = _PATTERNS.compile(r"\b(?!(?:was|has|is|as|its|his|this|thus|plus|us|has|does|yes|perhaps|whereas|always|unless|"
                                 r"besides|towards|afterwards|less)\s)(?:[A-Za-z][a-z-]*[a-z]s|convoy|column|fleet|train|ship|plane|"
                                 r"aircraft|vessel|ferry|truck|lorry|bus|helicopter|unit|battalion|brigade|force|contingent)\s+$")
# an auxiliary right before a form in -ing makes it finite ("were transporting")
_AUXILIARY_BEFORE = _PATTERNS.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)


# a participle of fleeing whose object is the danger fled, not a place: "Myanmar soldiers fleeing
# the fighting crossed into Mizoram", "fleeing the M23 advance" (read68, s28m): it describes who the soldiers are, as a participle
# of load does; the clause's verb is the one after it
_FLED_DANGER = _PATTERNS.compile(r"\s+(?:the\s+|an?\s+|renewed\s+|heavy\s+)*(?:[\w-]+\s+)?(?:fighting|violence|clashes|advance|offensive|"
                                 r"attacks?|bombardment|shelling|war|unrest|assault|siege|airstrikes|strikes)\b", re.I)


def describes_a_noun(text: str, s: int, verb: re.Match) -> bool:
    """Is ``verb`` a form in -ing of a verb of load (or of fleeing a danger) right after a noun,
    with no auxiliary: a participle that tells what that noun holds ("vehicles transporting
    troops") or flees ("soldiers fleeing the fighting"), not the clause's verb?"""
    word = verb.group("verb") or ""
    if not word.lower().endswith("ing"):
        return False
    stem = _stem(word)
    if stem not in _VERBS_OF_LOAD and stem not in _VERBS_OF_COMPANY \
            and not (stem in ("flee", "escape") and _FLED_DANGER.match(text, verb.end())):
        return False
    before = text[max(s, verb.start() - 40):verb.start()]
    return _NOUN_BEFORE.search(before) is not None and _AUXILIARY_BEFORE.search(before) is None


# a modal or an auxiliary right before a verb: it is finite ("will return", "were flown")
_FINITE_BEFORE = _PATTERNS.compile(r"\b(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|has|have|had)"
                                   r"\s+(?:(?:also|then|later|soon|now|be|been)\s+)*$", re.I)


def participle_before_a_finite_verb(text: str, s: int, verbs: list[re.Match]) -> re.Match | None:
    """The clause's verb when its first movement verb is a participle describing the subject and
    the second is made finite by a modal or an auxiliary (:func:`_participle_then_finite`); None
    otherwise."""
    return verbs[1] if len(verbs) > 1 and _participle_then_finite(text, s, verbs[0], verbs[1]) else None


def _participle_then_finite(text: str, s: int, verb: re.Match, then: re.Match) -> bool:
    """Is ``verb`` a form in -ing right after a noun, with no auxiliary ("US troops rotating out
    of Germany"), and ``then`` a movement verb made finite by a modal or an auxiliary ("will
    return to Fort Hood")? The participle describes the subject; the clause's verb is ``then``.

    why: "US troops rotating out of Germany will return to Fort Hood by the end of the year"
    was read as a reported rotation, the modal of its own verb never read (s34m)."""
    word = verb.group("verb") or ""
    if not word.lower().endswith("ing") or not then.group("verb"):
        return False
    before = text[max(s, verb.start() - 40):verb.start()]
    return _NOUN_BEFORE.search(before) is not None and _AUXILIARY_BEFORE.search(before) is None \
        and _FINITE_BEFORE.search(text, max(verb.end(), then.start() - 30), then.start()) is not None


# a sighting's passive after the load's words: "Lorries transporting troops | were spotted on the
# road from A to B" (lexicon.json sighting_participles)
# (no word of a route between: "trucks transporting troops towards B were filmed" tell where the
# load went, and the participle stays the verb read)
_SIGHTED_AFTER = _PATTERNS.compile(r"(?:(?!\b(?:to|towards?|into|from|for|via)\b)[^,;:.()]){0,60}?\s(?:is|are|was|were|(?:had|has|have)\s+been)\s+(?:\w+ly\s+)?"
                                   + SIGHTING_PARTICIPLES + r"\b", re.I)


def load_before_sighting(text: str, s: int, e: int, verb: re.Match) -> bool:
    """Is ``verb`` a participle of load describing the subject (:func:`describes_a_noun`) whose
    clause's finite verb is a sighting's passive ("Lorries transporting troops were spotted on
    the road from A to B")? Then it is no verb of the clause: what was seen is where the
    vehicles were, as "Trucks carrying troops were spotted ..." and "Lorries were spotted ..."
    read it (a road from A to B told as geography, GUIDELINES); a verb of going after the
    sighting ("were spotted heading to B") stays the clause's verb.

    why: 'transporting' is a verb of the lexicon and 'carrying' is not, so the same sighting
    was a movement from A to B with what moved "troops were spotted" in one wording and
    nothing in the other (s34 read94)."""
    return describes_a_noun(text, s, verb) and _stem(verb.group("verb") or "") in _VERBS_OF_LOAD \
        and _SIGHTED_AFTER.match(text, verb.end(), e) is not None


def verb_after_reduced_relatives(text: str, s: int, verbs: list[re.Match]) -> re.Match | None:
    """The clause's verb when each movement verb before it is a participle describing a noun
    (:func:`describes_a_noun`): the first that is not; None when the first verb is the verb, or
    when every verb is such a participle ("trucks carrying troops toward X": no other)."""
    fled_until = -1  # (where the danger a participle of fleeing names ends: "fleeing the M23 advance")
    for k, verb in enumerate(verbs):
        if verb.start() < fled_until:
            continue  # "advance" of "fleeing the M23 advance" is the danger's noun, no verb (s28m)
        if not describes_a_noun(text, s, verb):
            return verb if k > 0 else None
        danger = _FLED_DANGER.match(text, verb.end())
        fled_until = danger.end() if danger is not None else -1
    return None


_PATTERNS.save()
