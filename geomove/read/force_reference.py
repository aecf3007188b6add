"""Who moved when the subject names a force without a name: by a possessive that refers back
("Their units then left Kismayo", "Its battalions withdrew") or by the kind of force alone,
counted or not ("About 300 border guards were sent to Ubari", "Some 40 army engineers",
"riot police").

why: "Their" and "Its" open a sentence with a capital, so the name reader took "Their units"
for a force's name and gave it as the actor; and a kind of force told in lower case named no
actor at all (the name reader reads capitals). GUIDELINES: the actor is the moving force, named
as the report names it: for "their units" the force told last (in the sentence or the one
before), for "border guards" the kind itself. The kinds are data (armed_groups.json
force_kinds)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .forces import _FORMATION_OF_COUNT, _actor_names
from .lexicon import _BARE_SUBJECT_GAP, _FORCE_NOUN, _GROUP_MEMBERS
from .gates import Gate

_KINDS = read_data("armed_groups.json")["force_kinds"]
_PATTERNS = CompiledPatterns("read-force-reference")


def _kind_alternation(kinds: list[str]) -> str:
    """The kinds as one case-sensitive alternation, longest first, each with its first letter in
    either case: "Commandos flew to X" opens a sentence with the kind a capital makes no name
    of (read49: a force kind is an actor whatever its first letter; the rest stays lower case,
    so "Border Police", a service's name, is left to the name reader)."""
    def one(k: str) -> str:
        return "[" + k[0].upper() + k[0] + "]" + re.escape(k[1:]).replace(r"\ ", " ").replace(" ", r"\s+")
    return "(?-i:" + "|".join(one(k) for k in sorted(kinds, key=len, reverse=True)) + ")"


_KIND = _kind_alternation(_KINDS)

_POSSESSIVE = _PATTERNS.compile(r"(?:its|their|our)\s+\S", re.I)
_POSSESSIVE_FORCE = _PATTERNS.compile(
    r"(?:its|their)\s+(?:[a-z][\w-]*\s+)?(?:" + _FORCE_NOUN + r"|" + _GROUP_MEMBERS + r"|vehicles|trucks|convoys|columns|"
    r"tanks|pickups|motorcycles|motorbikes|boats|ships|aircraft|helicopters|men|members)\b"
    + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
_SENTENCE_END = _PATTERNS.compile(r"[.!?]\s+(?=[A-Z\"“'‘])|\n")
# a group of the kind, one formation of it: "a special forces group", "a marines detachment"
# (read47: after "On 12 October," the lower-case article hid it from the name reader, which
# read "A special forces group" at a sentence's start as special forces)
# (and in the plural, s44 read118: "Extra police units were sent to X", "More gendarmerie teams")
_GROUP_OF_KIND = r"(?:\s+(?:groups?|units?|teams?|squads?|detachments?|contingents?|company|companies|platoons?|battalions?|columns?))?"
# where the kind comes from, by a name, between it and the verb: "Police officers from Jamaica
# arrived", "Marines from the 4th Marine Brigade also arrived" (read49: the name reader reads
# neither the kind nor a unit whose name opens with a digit, so the actor was none)
_FROM_NAME = r"(?:\s+from\s+(?:the\s+)?(?-i:[A-Z0-9][\w'-]*)(?:\s+(?-i:[A-Z0-9][\w'-]*)){0,4})?"
# a kind of force as the whole subject, counted or not, after the clause start or an opening
# phrase of time: "About 300 border guards", "On Monday riot police", "On 12 October, a
# special forces group"
_KIND_SUBJECT = _PATTERNS.compile(
    r"(?:^|[,;]\s*|\b(?:[Oo]n|[Ii]n|[Aa]t|[Ll]ast|[Ee]arlier|[Ll]ater|[Oo]vernight|[Mm]eanwhile|[Tt]hen)\b[^,;.]{0,40}?\s)\s*"
    r"(?:(?:about|some|around|nearly|more\s+than|at\s+least|up\s+to|hundreds\s+of|dozens\s+of|several|"
    r"[\d,]+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\s+){0,2}"
    # (a word of adding before the kind, s44 read118: "Extra gendarmerie units were sent to X", "More
    # riot police were flown in", "Additional border guards arrived": the actor is the kind told
    # after it, GUIDELINES 'the moving force, named as the report names it'; before, the subject with
    # that word named no actor)
    r"(?:(?:extra|additional|more|further|fresh)\s+)?"
    r"(?:(?:the|a|an)\s+)?(?P<kind>" + _KIND + r")"
    + _GROUP_OF_KIND + _FROM_NAME + _BARE_SUBJECT_GAP.pattern + r"(?:also\s+)?$", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_KIND_SUBJECT_GATE = Gate(_KIND_SUBJECT, ("appers", "aratroopers", "arines", "endarmerie", "endarmes", "eservists", "guards", "ilitary", "ngineers", "officers", "olice", "ommandos", "onscripts", "pecial", "residential"))


def refers_back_by_possessive(subject: str) -> bool:
    """Is ``subject`` (the words before the verb) "its" or "their" and a force or what a force
    moves in ("Their vehicles had left X", "Its convoy passed through Y")? Not a possession of
    another kind ("Their camps in A and B had been vacated")."""
    return _POSSESSIVE_FORCE.match(subject) is not None


# a force's arms told by a possessive as the whole subject: "Their equipment was moved to X",
# "Its heavy weapons were transported to Y" (owner_of_arms)
_POSSESSIVE_ARMS = _PATTERNS.compile(
    r"\s*(?:its|their)\s+(?:[a-z][\w-]*\s+)?(?:equipment|weapons|artillery|armou?r|guns|howitzers|launchers|ammunition)\b"
    + _BARE_SUBJECT_GAP.pattern + r"$", re.I)


def owner_of_arms(text: str, s: int, verb_at: int, states: list[dict] = ()) -> str | None:
    """Who moved the arms told by a possessive as the subject of the verb at ``verb_at``
    ("Their heavy weapons were transported to Sittwe by boat" after "The Arakan Army said it had
    moved fighters from Ann"): the force told before (force_told_before), else None.

    why: arms are no force noun, so the subject named no actor, and "their" is the force told
    last (GUIDELINES: the actor is the moving force, named as the report names it). Only the actor:
    the arms are no part of the group told before, whose route they do not carry on (read70)."""
    if _POSSESSIVE_ARMS.match(text, s, verb_at) is None:
        return None
    return force_told_before(text, s, states)


def opens_sentence(text: str, s: int) -> bool:
    """Does ``s`` open a sentence (only white space since a full stop, a line's start or the text's)?"""
    before = text[max(0, s - 200):s]
    stripped = before.rstrip(" \t")
    return not stripped.strip() or stripped.endswith(("\n", ".", "!", "?", "\"", "”"))


def opens_with_possessive(actor: str) -> bool:
    """Does the actor read open with "its", "their" or "our" ("Their units", a quotation's "Our
    units")? Then it refers back (or, for "our", to who said it: force_of_speaker)."""
    return _POSSESSIVE.match(actor) is not None


_GOVERNED_BEFORE = _PATTERNS.compile(r"\b(?:to|with|by|against|over\s+to)\s+(?:the\s+)?$", re.I)


def force_told_before(text: str, s: int, states: list[dict] = ()) -> str | None:
    """The force named last before ``s`` (a name the name reader reads: "Kenyan troops", or a
    country of ``states``, the report's country mentions: "Rwanda said it was pulling back.
    Its soldiers ..."), when it was told in the sentence of ``s`` or the one before; None
    otherwise."""
    names = [m for m in _actor_names(text, max(0, s - 600), s) if not opens_with_possessive(m.group("actor"))]
    # (a force told after a preposition is no subject "their" refers to: "Ethiopian troops withdrew
    # from X and handed the facility to Somali forces. Their convoy headed west" is the Ethiopians',
    # s25; when only such a force is told, it is taken as before)
    names = [m for m in names if not _GOVERNED_BEFORE.search(text, max(0, m.start() - 12), m.start())] or names
    told = [(m.end(), re.sub(r"\s+", " ", m.group("actor"))) for m in names]
    told += [(m["end"], m.get("name") or m["surface"]) for m in states
             if m.get("kind") == "country" and m.get("role") != "demonym" and max(0, s - 600) <= m["start"] and m["end"] <= s
             and not (names and _GOVERNED_BEFORE.search(text, max(0, m["start"] - 12), m["start"]))]
    if not told:
        return None
    end, name = max(told)
    if len(_SENTENCE_END.findall(text, end, s)) > 1:
        return None
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)


# the end of a quotation and the words up to who said it: '," Ukraine's army said', '," said the
# army' (the speaker's name is read in the gap by the name reader)
_QUOTE_CLOSE = _PATTERNS.compile(r"[,.!?]?[\"”]\s*")
_SPEAKER_VERB = _PATTERNS.compile(r"\s+(?:said|says|told|added|stated)\b")
_SPEAKER_VERB_BEFORE = _PATTERNS.compile(r"^\s*(?:said|says|added|stated)\s+(?:the\s+)?$", re.I)


def force_of_speaker(text: str, s: int, states: list[dict] = ()) -> str | None:
    """Who "our" refers to in a quotation opening at or before ``s`` ('"Our units left the capital
    at dawn," the police commander said'): the force named as the speaker right after the
    quotation ('," Ukraine's army said', '," said the Ukrainian army'), else the force last
    named as a speaker in the sentence or the one before ('the National Police said 400 officers
    were transferred ... "Our units left the capital"'); None otherwise.

    why: the quoted "Our units" was read as a force's name. "Our" is the speaker's, so not any
    force told before: the last one may be the other side ('Russian forces entered X. "Our
    units withdrew," Ukraine's army said') (read49)."""
    close = _QUOTE_CLOSE.search(text, s, min(len(text), s + 400))
    if close is not None and close.group(0).strip(" ,.!?"):
        for m in _actor_names(text, close.end(), min(len(text), close.end() + 80)):
            gap = text[close.end():m.start()]
            if "." in gap:
                break
            if _SPEAKER_VERB.match(text, m.end()) or _SPEAKER_VERB_BEFORE.search(gap):
                return _bare(m.group("actor"))
    said = [(m.end(), m.group("actor")) for m in _actor_names(text, max(0, s - 600), s)
            if _SPEAKER_VERB.match(text, m.end())]
    if not said:
        return None
    end, name = max(said)
    if len(_SENTENCE_END.findall(text, end, s)) > 1:
        return None
    return _bare(name)


def _bare(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", name), flags=re.I)


def kind_of_force_subject(text: str, s: int, verb_at: int) -> str | None:
    """The kind of force that is the whole subject of the verb at ``verb_at``: "About 300
    border guards were sent" -> "border guards"."""
    m = _KIND_SUBJECT_GATE.search(text[s:verb_at])
    if m is None:
        return None
    return re.sub(r"\s+", " ", m.group("kind"))



_KIND_AT = _PATTERNS.compile(_KIND + r"\b")


def kind_of_formation(text: str, start: int) -> str | None:
    """The kind of force a formation told in words at ``start`` is made of: "A detachment of
    marines" -> "marines", "a unit of 40 Commandos" -> "Commandos"; None when "of" is followed
    by something else ("a company of its soldiers", "a contingent of troops").

    why: the name reader reads the formation word as the force ("detachment") and no kind after
    "of" (it reads capitals), so "A detachment of marines arrived" named the actor
    "detachment"; the moving force, named as the report names it (GUIDELINES), is the marines."""
    of = _FORMATION_OF_COUNT.match(text, start)
    if of is None:
        return None
    m = _KIND_AT.match(text, of.end())
    return re.sub(r"\s+", " ", m.group(0)) if m else None


_PATTERNS.save()
