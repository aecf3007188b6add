"""The verb whose subject is who moves, when the verb of moving has none of its own.

Two constructions put the words of the move away from its subject:

- a plan: "Russia plans to send 500 troops to X", "Chile will send ...", "Peru is preparing
  to deploy ...": the state before the words of the plan is who is to move, as the state
  before "sent" is in the reported twin (:func:`plan_head`);
- a second verb of the same subject after "and": "Chad has closed its border with Sudan and
  deployed 500 soldiers to Adre" (:func:`and_heads`);
- a participle after the main clause: "Brazil strengthened its northern border, sending 28
  armoured vehicles from Manaus to Boa Vista": a participle set off by a comma right after
  its clause shares that clause's subject, so who strengthened is who sent
  (:func:`participle_heads`). An absolute phrase with its own subject ("..., with Peru
  sending ...") is no such participle: the comma must stand right before it.

Both return stand-ins for the trigger: matches of the head verb with the trigger's groups
(``verb``; ``noun`` never matches), for the reader to find that verb's subject as it finds
the trigger's (clauses._Reader._actor).

A third reads what moved for the same participle (:func:`participle_object`): "Brazil
reinforced its northern border, moving 28 armoured vehicles ...": when the main verb's object
is a place that was made stronger (a border, a flank, its defences, security), what moved is
the participle's object.
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .syntax import analyse
from .gates import Gate

_PATTERNS = CompiledPatterns("read-shared-subject")

# a head verb as the trigger's stand-in: its groups are the trigger's ("noun" never matches)
_HEAD = _PATTERNS.compile(r"(?P<verb>[\w'’-]+)(?P<noun>(?!))?")

# the words of a plan right before the verb of moving, the head verb first: "plans to",
# "will", "is planning to", "has decided to", "is set to", "is preparing to", "announced plans to"
_PLAN_BEFORE = _PATTERNS.compile(
    r"\b(?P<head>(?:announced|unveiled|outlined|approved|has|had|have)(?=\s+(?:new\s+)?plans?\s+to\b)|will|would|shall|plans?|planned|planning|intends?|intended|intending|prepares?|prepared|preparing|"
    r"decided|decides|agreed|agrees|promised|promises|pledged|pledges|vowed|vows|offered|offers|aims?|aimed|"
    r"wants?|wanted|expects?|(?:is|are|was|were)(?=\s+(?:set|due|scheduled|expected|poised|ready|about)\s+to\b))"
    r"(?:\s+(?:set|due|scheduled|expected|poised|ready|about)|\s+(?:new\s+)?plans?)?"
    r"(?:\s+to)?(?:\s+(?:soon|also|now|again|quickly|swiftly|eventually|then))?\s+$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_PLAN_BEFORE_GATE = Gate(_PLAN_BEFORE, ("about", "agreed", "agrees", "aim", "decided", "decides", "due", "expect", "intend", "offered", "offers", "plan", "pledged", "pledges", "poised", "prepare", "preparing", "promised", "promises", "ready", "scheduled", "set", "shall", "vowed", "vows", "want", "will", "would"))
# (the head itself may follow an auxiliary: "is planning", "has decided", "had agreed")
_AUX_BEFORE = _PATTERNS.compile(r"\b(?:is|are|was|were|has|have|had|also|now|reportedly)\s+$", re.I)


def plan_head(text: str, s: int, main: re.Match) -> re.Match | None:
    """The head of the plan right before the verb of moving ("plans" in "Russia plans to
    send 500 troops"), the auxiliary before it when there is one ("is" in "is planning to
    send"), as a stand-in for the trigger; None when the verb has no plan before it."""
    if not main.group("verb"):
        return None
    plan = _PLAN_BEFORE_GATE.search(text, max(s, main.start() - 60), main.start())
    if plan is None:
        return None
    at = plan.start("head")
    aux = _AUX_BEFORE.search(text, max(s, at - 12), at)
    return _HEAD.match(text, aux.start() if aux else at)


# a participle of moving right after a comma: the trigger is it
_COMMA_BEFORE = _PATTERNS.compile(r",\s*$")
# (the tagger reads a past form after a name as a participle, "Chile strengthened": VBN too;
# the subject must still stand right before it, _Reader._actor)
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "VBN"))


def participle_heads(text: str, s: int, main: re.Match) -> list[re.Match]:
    """The finite verbs of the clause before ", <participle>", the nearest first, as
    stand-ins for the trigger, when the trigger is a participle set off by a comma right after
    its clause; [] otherwise. The nearest is the verb of the clause the participle follows
    ("After talks failed, Chile strengthened its border, sending": strengthened), and a verb
    of saying heads none ("Ukraine said Russia strengthened its border, moving ...": who said
    is no mover)."""
    verb = main.group("verb")
    if not verb or not verb.lower().endswith("ing") or not _COMMA_BEFORE.search(text, max(s, main.start() - 3), main.start()):
        return []
    cut = text.rfind(",", s, main.start())
    return [_HEAD.match(text, t.start) for t in reversed(analyse(text, s, cut))
            if t.tag in _FINITE_TAGS and t.text.lower() not in _BE_HAVE and t.text.lower() not in _SAID]


# a verb of moving right after "and" (then an adverb): the second of two verbs of one subject;
# or after a comma and "then" ("tracked three warships until it was relieved off X, then sailed
# back to Y": who tracked sailed, read142)
_AND_BEFORE = _PATTERNS.compile(r"(?:\band\s+(?:then\s+|also\s+|later\s+|quickly\s+)?|,\s*then\s+)$", re.I)


def and_heads(text: str, s: int, main: re.Match) -> list[re.Match]:
    """The finite verbs of the clause before "and <verb of moving>", the nearest first, as
    stand-ins for the trigger: "Chad has closed its border with Sudan and deployed an additional
    500 soldiers to Adre" -- who closed is who deployed; [] otherwise (a verb of saying heads none).

    why: "Chad deployed 500 soldiers to Adre" named Chad, and the same verb after "has closed its
    border with Sudan and" named no one (an Africa security brief probe, s25)."""
    verb = main.group("verb")
    if not verb or verb.lower().endswith("ing"):
        return []
    joined = _AND_BEFORE.search(text, max(s, main.start() - 20), main.start())
    if joined is None:
        return []
    tokens = analyse(text, s, joined.start())
    # (after ", then" only a verb right after a noun, its subject, with no comma before it in the
    # clause: "HMS X tracked ..., then sailed"; not "a brigade, mostly made up of recruits drawn
    # from A, took C, then pushed on", whose subject is told before the clause, read142)
    by_and = joined.group(0)[0] != ","
    return [_HEAD.match(text, t.start) for i, t in reversed(list(enumerate(tokens)))
            if t.tag in _FINITE_TAGS and t.text.lower() not in _BE_HAVE and t.text.lower() not in _SAID
            and (by_and or (i > 0 and tokens[i - 1].tag.startswith("NN") and "," not in text[s:t.start]))]



def subject_end(text: str, s: int, main: re.Match) -> int:
    """Where the subject of the verb of moving ends: before the first verb of its clause when the
    verb of moving stands after "and" or ", then" with no subject of its own (:func:`and_heads`),
    else at the verb. A force named between the two verbs is the first verb's object: "HMS Tyne
    shadowed the Russian corvette Boikiy through X, then returned to Y" -- who returned is who
    shadowed, not the corvette named last before "returned".

    why: the reader took the force named last before the verb of moving as its subject, so the
    corvette watched became the actor of the watcher's return (read142's left item, s50 read143)."""
    heads = and_heads(text, s, main)
    if not heads or heads[-1] is None or heads[-1].start() <= s \
            or any(_PASSIVE_BEFORE.search(text, max(s, h.start() - 12), h.start()) for h in heads):
        # (a first verb in the passive names its doer after it: "X was arrested by the police and
        # brought to Y" -- who brought is the agent, kept as before)
        return main.start()
    return heads[-1].start()


# a form of "be" right before the first verb: a passive
_PASSIVE_BEFORE = _PATTERNS.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.I)


# "be" and "have" head no act a participle could go on with: "Chad now has 150,000 displaced
# people, fleeing from X" -- who flees is the people, not Chad (and "has strengthened" is
# read at "strengthened", its auxiliary standing between it and its subject)
_BE_HAVE = frozenset("is are was were be been am has have had 's".split())
_SAID = frozenset("said says say told tells reported reports announced announces claimed claims confirmed confirms "
                  "added adds stated states wrote writes".split())


# the object of a verb of making stronger that is a place, not what moved: "its northern
# border", "security in the north", "the country's defences", "its eastern flank"
_PLACE_MADE_STRONGER = _PATTERNS.compile(
    r"(?:(?:its|their|his|her|the|our)\s+)?(?:[\w'’-]+\s+){0,3}?(?:border|borders|frontier|frontiers|flank|"
    r"defen[cs]es|positions|security|presence|perimeter|coastline|coast)\b", re.I)
# ", moving 28 armoured vehicles", "... , sending troops": a participle of moving and its object
_PARTICIPLE_OBJECT = _PATTERNS.compile(r",\s*(?:also\s+)?(?P<verb>[a-z]+ing)\s+(?P<obj>[^,;:]+)")


def participle_object(text: str, obj: str, main: re.Match, e: int, triggers: list[re.Match], stop: re.Pattern) -> str | None:
    """What moved when the main verb's object ``obj`` is a place made stronger and a
    participle of moving set off by a comma follows in the clause: the participle's object up
    to ``stop`` (the reader's end of an object: a place cue, a comma). None otherwise."""
    if not obj or not _PLACE_MADE_STRONGER.fullmatch(obj.strip()):
        return None
    starts = {t.start() for t in triggers if t.group("verb")}
    for m in _PARTICIPLE_OBJECT.finditer(text, main.end(), e):
        if m.start("verb") not in starts:
            continue
        told = m.group("obj")
        cut = stop.search(told)
        told = (told[:cut.start()] if cut else told).strip()
        if len(told.split()) >= 1 and re.search(r"[a-z]", told):
            return told
    return None


def plan_is_the_move(total: re.Match, main: re.Match) -> bool:
    """Is the verb a plan's count follows ("plans to send 500 troops") the clause's own verb
    of moving? Then the count is of what the planned move moves (the move is read as
    planned), not a total planned beside a move told ("Kenya sent 200 officers and plans to
    deploy 800 more": 200)."""
    return bool(main.group("verb")) and total.start() < main.start() < total.end()


_PATTERNS.save()
