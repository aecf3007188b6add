"""Which town "the city" is when a movement reaches it: "Army reinforcements arrived in El Obeid
from Kosti on Wednesday. Some 60 vehicles ... reached the city late on Wednesday." The nearest
town told before is Kosti, but it was told as where they came from ("from Kosti"), beside the
town they arrived in: a group said to reach "the city" next reached the same one, El Obeid.

why: "the city" was the last town of its kind told, whatever its role: the retelling of the
arrival went to Kosti (a spurious movement) and its count left the reinforcements."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .force_kinds import force_kind
from .handed_town import handed_over
from .lexicon import _ANAPHOR_SUBJECT

_PATTERNS = CompiledPatterns("read-goal-antecedent")

# right before a place: where the movement came from (and a later member of a list after "from":
# "arrived from Nyala and Kutum", s23)
_FROM_BEFORE = _PATTERNS.compile(r"\bfrom\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
                                 r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:,\s+|\s+and\s+|\s+or\s+|,\s+and\s+))*$", re.I)
# right before a place: where a movement arrived ("arrived in", "entered", "reached", "to", "into")
_GOAL_BEFORE = _PATTERNS.compile(
    r"\b(?:(?:arrived|arriving|landed|deployed)\s+(?:in|at)|entered|reached|into|to)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I)
# right before a place: a force withdrew from it (it was there; "withdrawn from the village of X")
_WITHDRAWN_FROM = _PATTERNS.compile(r"\b(?:withdr[ae]wn?|withdrawing|withdraws?|pull(?:ed|ing|s)?\s+(?:out|back)|retreat(?:ed|ing|s)?|"
                                    r"fled|fleeing|flees?|driven\s+out|expelled|evacuated)\s+from\s+"
                                    r"(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I)
# a sentence's end between two places
_SENTENCE_END = _PATTERNS.compile(r"[.!?]\s|\n")


def told_as_origin(text: str, m: dict) -> bool:
    """Was ``m`` told as where a movement came from ("from Kosti", "from Nyala and Kutum")? A
    group said to reach "the city" later did not reach it: with no town arrived in told beside
    it (:func:`goal_beside_origin`), "the city" is an earlier town (s23: "convoys had arrived
    from Nyala and Kutum ... reinforcements had reached the city" went to Kutum)."""
    return _FROM_BEFORE.search(text, max(0, m["start"] - 60), m["start"]) is not None


def origin_of_an_earlier_sentence(text: str, m: dict, before: int) -> bool:
    """Was ``m`` told as an origin (:func:`told_as_origin`) in a sentence before the one that
    refers back at ``before``? ("Troops from Kosti returned to the city" in one sentence may
    well have gone back there.) Not a place withdrawn from: a force was there, and the town
    another force entered next is that one ("its troops had withdrawn from the village of Sudzha
    ... Russian forces had pushed into the town", s33m)."""
    return told_as_origin(text, m) and _SENTENCE_END.search(text, m["end"], before) is not None \
        and _WITHDRAWN_FROM.search(text, max(0, m["start"] - 60), m["start"]) is None


def goal_beside_origin(text: str, m: dict, told: list, wanted: set | None) -> dict | None:
    """When ``m`` (the nearest place of the kind wanted before "reached the city") was told as an
    origin ("from Kosti"), the place of that kind its own sentence told as where the movement
    arrived, before it ("arrived in El Obeid from Kosti"); else None."""
    if not told_as_origin(text, m):
        return None
    return _goal_told_before(text, m, told, wanted)


def _goal_told_before(text: str, m: dict, told: list, wanted: set | None) -> dict | None:
    """The last place of the kind wanted that ``m``'s own sentence tells, before ``m``, as where
    a movement arrived ("arrived in El Obeid", "reached A"), or None."""
    for other in reversed(told):
        if other["end"] > m["start"]:
            continue
        if _SENTENCE_END.search(text, other["end"], m["start"]):
            return None
        if (wanted is None or other.get("kind") in wanted) and _GOAL_BEFORE.search(text, max(0, other["start"] - 40), other["start"]):
            return other
    return None


# a subordinate clause opened after the arrival, up to the anaphor: its opener and what follows it
_SUBORDINATE_OPENER = _PATTERNS.compile(
    r"\b(?:after|before|as|when|while|since|once|until|because)\s+(?P<rest>[^,;:()\n]*)$", re.I)
# what makes the subordinate clause's subject the arrival's own force (or none of its own): a
# participle right after the opener ("after leaving the city"), or a pronoun that may stand for it
_NO_SUBJECT_OF_ITS_OWN = _PATTERNS.compile(
    r"(?:\w+ing|they|it|we|he|she|its|their|the\s+same)\b", re.I)


def has_a_subject_of_its_own(text: str, start: int, before: int, mover: str | None = None) -> bool:
    """Is the anaphor at ``before`` inside a clause opened after ``start`` by a subordinator with a
    subject of its own ("a day after Fano fighters pulled out of the city"), not a participle with
    none ("a day after leaving the city", the same force) nor a pronoun that may be that force,
    nor a definite noun phrase that may refer back to it: "the officers" after "Police" (the
    words ``mover`` names the arrival's force by), unless it names another kind of force ("the
    rebels" after "Police": read.force_kinds)?"""
    opener = _SUBORDINATE_OPENER.search(text, start, before)
    if opener is None or not opener.group("rest").strip():
        return False
    rest = opener.group("rest")
    if _NO_SUBJECT_OF_ITS_OWN.match(rest) is not None:
        return False
    if _ANAPHOR_SUBJECT.match(rest):
        kind = force_kind(rest)
        return kind is not None and force_kind(mover) not in (None, kind)
    return True


def arrival_place_for_another_subject(text: str, m: dict, told: list, wanted: set | None, before: int) -> dict | None:
    """The place arrived in, when "the city" at ``before`` follows "arrived in A from B" in the same
    sentence, within a subordinate clause with a subject of its own: "Police arrived in Gondar from
    Bahir Dar on Monday, a day after Fano fighters pulled out of the city." The other force's city
    is where the newcomers are (Gondar), not where they came from; "a day after leaving the city"
    (no subject of its own: the arrival's force) keeps the origin (Bahir Dar).

    why: "the city" was the nearest town told, Bahir Dar, whatever its role: the fighters left
    the police's origin instead of the town the police took over."""
    if _SENTENCE_END.search(text, m["end"], before):
        return None
    arrived = goal_beside_origin(text, m, told, wanted)
    if arrived is None:
        return None
    # the words before the place arrived in, back to the sentence's start: who arrived ("Police arrived in")
    opens = max((x.end() for x in _SENTENCE_END.finditer(text, max(0, arrived["start"] - 200), arrived["start"])), default=max(0, arrived["start"] - 200))
    return arrived if has_a_subject_of_its_own(text, m["end"], before, text[opens:arrived["start"]]) else None


# right before a place: left by the arrival's own force, in a participle after the arrival
# ("reached A on Monday after leaving B", "arrived in A, having left B")
_LEFT_BEFORE_ARRIVING = _PATTERNS.compile(
    r"\b(?:(?:after|since)\s+(?:leaving|departing(?:\s+from)?|quitting)|having\s+(?:left|departed(?:\s+from)?))\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?$", re.I)


def arrival_before_leaving(text: str, m: dict, told: list, wanted: set | None, before: int) -> dict | None:
    """The place arrived in, when ``m`` (the nearest place of the kind wanted before "left the
    village" at ``before``) was told in an earlier sentence as the place the arrival's force had
    left, by a participle after the arrival ("The rebels reached A on Monday after leaving B.
    They left the village on Wednesday"): the force is in A, so the village it leaves next is A,
    not B. None when no arrival is told before ``m`` in its sentence.

    why: "the village" was the nearest settlement told, B, whatever its part: the force left the
    place it had left two days before (s43 read117)."""
    if not _SENTENCE_END.search(text, m["end"], before) \
            or _LEFT_BEFORE_ARRIVING.search(text, max(0, m["start"] - 40), m["start"]) is None:
        return None
    return _goal_told_before(text, m, told, wanted)


def handed_over_beside(text: str, m: dict, told: list, wanted: set | None, before: int) -> dict | None:
    """The town handed over in the sentence before the one that refers back at ``before``, when
    ``m`` (the nearest town of the kind wanted) is another town of that same sentence: "Rwandan
    troops handed over A to the police and redeployed to B. Around 250 marines arrived in the
    town" -> A. The handover makes A what the paragraph is about, the place another force now
    takes up; B is only where the force that left it went. None when no such town is told.

    why: "the town" was the last town told, B, whatever A's part: the marines went to B and
    were one movement with the troops' (s33 read89, probes of my own: Cabo Delgado, Haiti)."""
    if not _SENTENCE_END.search(text, m["end"], before) or handed_over(text, m):
        return None
    for other in reversed(told):
        if other["end"] > m["start"] or other is m:
            continue
        if _SENTENCE_END.search(text, other["end"], m["start"]):
            return None  # (only the sentence of the nearest town)
        if (wanted is None or other.get("kind") in wanted) and handed_over(text, other):
            return other
    return None


_PATTERNS.save()
