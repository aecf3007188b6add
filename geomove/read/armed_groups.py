"""Non-state armed groups as the subject of a movement: named by their members ("Fighters of
Jama'at Nusrat al-Islam wal-Muslimin (JNIM), ... left Djibo", "Gunmen of the Viv Ansanm gang
coalition advanced", "a convoy ... carrying gunmen of the Jalisco New Generation Cartel (CJNG)
drove"), by their initials before a member noun ("Islamic State West Africa Province (ISWAP)
fighters crossed"), by loyalty ("Fighters loyal to Khalifa Haftar moved"), and referred back to
in a later sentence ("the militants", "the guerrillas", "the group's fighters", "its fighters",
"they").

why: a group's name is no force noun, so these subjects named no actor (or "convoy", or "Its
fighters", or "jihadists"), and a report about one group moving in several sentences had a
different actor, or none, for each (GUIDELINES: the actor is the moving force, named as the report
names it). The actor of a reference is the group named before, by its initials once they are
defined ("the Darfur Liberation Front (DLF)"), as the report itself then names it.

The group names news uses bare, the words that make a name a group's, the member nouns and the
referring words are data (armed_groups.json)."""

from __future__ import annotations

import bisect
import functools
import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .gates import Gate
from .forces import _without_asides
from .group_names import KNOWN, KNOWN_GROUP_NAMES, words
from .lexicon import _ACTOR_RE, _BARE_SUBJECT_GAP, _FORCE_NOUN
from ..dates import MONTH_NAMES, WEEKDAY_NAMES

_DATA = read_data("armed_groups.json")
_PATTERNS = CompiledPatterns("read-armed-groups")


_words = words  # (read.group_names)


# a capitalised name of up to eight words, with the Arabic articles and the small words names
# keep inside them ("Jama'at Nusrat al-Islam wal-Muslimin", "Volunteers for the Defence of the Homeland")
# (a name may open with a digit before its capitals: "the 3R group", "the 2R militia")
# (and two names joined by a slash, one coalition: "Fighters of the AFC/M23", s41 read112)
_CAP = r"(?:[A-Z][\w'’.-]*(?:/[A-Z][\w'’.-]*)?|(?:al|wal|el|ad|ash|as|ar|an|at|az)-[A-Z][\w'’-]*|[0-9]{1,2}[A-Z][\w'’-]*)"
_NAME = _CAP + r"(?:\s+(?:(?:of|for|the|de|del|la|and|y)\s+){0,2}" + _CAP + r"){0,7}"
_INITIALS = r"\((?P<acr>[A-Z][A-Za-z'’-]{1,7})\)"
# ... the same, each word taken whole (possessive runs of letters), for _GROUP_MENTION alone: there
# a name's word is followed by a space, a "/" or nothing the run could give back to, so a run
# given back letter by letter at every failed try could never let a match through; the same
# matches, ~28% less of the scan, speed142 (a character class only: no look-around is repeated
# possessively, the 3.11.2 trap)
_CAP_WHOLE = r"(?:[A-Z][\w'’.-]*+(?:/[A-Z][\w'’.-]*+)?|(?:al|wal|el|ad|ash|as|ar|an|at|az)-[A-Z][\w'’-]*+|[0-9]{1,2}[A-Z][\w'’-]*+)"
_NAME_WHOLE = _CAP_WHOLE + r"(?:\s+(?:(?:of|for|the|de|del|la|and|y)\s+){0,2}" + _CAP_WHOLE + r"){0,7}"
_KNOWN = KNOWN
# the groups news names bare, as an alternation (clauses._GROUP_SAID_IT: "The Houthis said they ...";
# KNOWN_GROUP_NAMES, from read.group_names)
_MEMBERS = _words(_DATA["members"])
_KINDS = _words(_DATA["kinds"])
_STATE_END = _PATTERNS.compile(r"\b" + _words(_DATA["state_name_ends"]) + r"$")

# a group named in the text: defined with its initials, by a name news uses bare, or by a name
# and the word of its kind ("the Viv Ansanm gang coalition"); never a possessive ("al-Qaeda's
# affiliate" names who it is affiliated to)
_GROUP_MENTION = _PATTERNS.compile(
    # (every alternative opens with a capital or an Arabic article and its hyphen, as _CAP and
    # the names do: a word that opens otherwise is passed at once, not tried against each name)
    # ("(?=[A-Zaew])" first, the characters the look-ahead after the look-behind lets through: the
    # look-behind is no longer asked at every character; the same matches, tests/test_speed48.py)
    r"(?=[A-Zaew])(?<![\w-])(?=[A-Z]|(?:al|wal|el|ad|ash|as|ar|an|at|az)-)(?:(?P<defined>" + _NAME_WHOLE + r")\s+" + _INITIALS
    + r"|(?P<known>" + _words(_KNOWN) + r")(?![\w-])"
    + r"|(?P<kinded>" + _NAME_WHOLE + r")\s+(?i:" + _KINDS + r")\b)(?!['’]s\b)")

# the subject is members of a named group: "Fighters of Jama'at ... (JNIM), al-Qaeda's affiliate
# in the Sahel,", "Gunmen of the Viv Ansanm gang coalition", "... carrying gunmen of the Jalisco
# New Generation Cartel (CJNG)" (an apposition after the name, set off by commas, is kept out)
_APPOSITION = r"(?:\s*,[^,;.]{1,80},)?"
_MEMBERS_OF = _PATTERNS.compile(
    # (after a member noun a bare "group" is part of an armed group's name, as the name reader
    # keeps it: "rebels of the 3R group" -> "3R group", as "M23 group")
    r"(?:^|\s)(?i:" + _MEMBERS + r")\s+of\s+(?:the\s+)?(?P<name>" + _NAME + r"(?:\s+group\b)?)(?:\s+(?i:" + _KINDS + r"))?(?:\s+" + _INITIALS + r")?"
    + _APPOSITION + _BARE_SUBJECT_GAP.pattern + r"$")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_MEMBERS_OF_GATE = Gate(_MEMBERS_OF, ("of",))
# ... and told with "from the" when the name is an organisation's by its head word, with the place
# or the cause its name holds after it: "Militiamen from the Nduma Defence of Congo", "Fighters from
# the Patriotic Union of Kurdistan" (read130). Only such a name: "Fighters from Raqqa" are from a
# town, and "from the north" names no group
_ORG_HEADS = r"(?:Front|Army|Movement|Alliance|Union|Defence|Defense|Council|Forces|Coalition|Brigades?)"
_MEMBERS_FROM = _PATTERNS.compile(
    r"(?:^|\s)(?i:" + _MEMBERS + r")\s+from\s+the\s+(?P<name>" + _CAP + r"(?:\s+" + _CAP + r"){0,3}?\s+" + _ORG_HEADS
    + r"(?:\s+(?:of|for)\s+(?:the\s+)?" + _CAP + r"(?:\s+(?:(?:of|for|the)\s+){0,2}" + _CAP + r"){0,4})?)"
    + r"(?:\s+" + _INITIALS + r")?" + _APPOSITION + _BARE_SUBJECT_GAP.pattern + r"$")
# the initials defined right before the member noun: "Islamic State West Africa Province (ISWAP) fighters"
_DEFINED_MEMBERS = _PATTERNS.compile(
    r"(?:^|\s)(?:the\s+)?" + _NAME + r"\s+" + _INITIALS + r"\s+(?i:" + _MEMBERS + r"|" + _FORCE_NOUN + r")"
    + _APPOSITION + _BARE_SUBJECT_GAP.pattern + r"$")
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_DEFINED_MEMBERS_GATE = Gate(_DEFINED_MEMBERS, ("(",))
# the group itself as the whole subject, with its initials or its kind, an apposition after it:
# "The Coalition of Patriots for Change (CPC), a rebel alliance,", "The Viv Ansanm gang coalition"
_GROUP_ITSELF = _PATTERNS.compile(
    r"^\s*(?:[Tt]he\s+)?(?:(?P<defined>" + _NAME + r")\s+" + _INITIALS + r"|(?P<kinded>" + _NAME + r")\s+(?i:" + _KINDS + r"))"
    + _APPOSITION + _BARE_SUBJECT_GAP.pattern + r"$")
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_GROUP_ITSELF_GATE = Gate(_GROUP_ITSELF, ("(", "alliance", "armed", "cartel", "coalition", "faction", "gang", "insurgent", "jihadist", "militia", "movement", "rebel"))
# loyalty names the force: "Fighters loyal to Khalifa Haftar", "Armed groups loyal to the Tripoli government"
# ("Other brigades loyal to ..." keeps its "Other": another force, read apart)
_LOYAL_TO = _PATTERNS.compile(
    r"(?:^|[,;:]\s*|\s)(?P<who>(?:(?i:other|rival|allied|armed|tribal)\s+){0,2}(?i:" + _MEMBERS + r"|groups|militias|convoys|columns|" + _FORCE_NOUN + r"))"
    r"\s+loyal\s+to\s+(?:"
    # (the patron's title in lower case before the name, with what or where it commands: "loyal to
    # eastern Libyan commander Khalifa Haftar", "loyal to renegade general X"; read81: none was read)
    r"(?:(?:(?-i:[a-z])[\w-]*|(?-i:[A-Z])[a-z]+(?:an|ese|i|ish))\s+){0,3}?"
    r"(?:(?-i:commander|general|warlord|leader|strongman|marshal|field\s+marshal|colonel|president|chief|cleric))\s+"
    r")?(?P<to>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,4}"
    r"(?:\s+(?:government|regime|administration|junta|council|authorities))?"
    # (a name with "of" inside: "the Government of National Unity"; a ruler told by its kind alone:
    # "the junta", "the military government")
    r"|the\s+(?:junta|military\s+government|military\s+regime|regime))" + _APPOSITION + _BARE_SUBJECT_GAP.pattern + r"$")
_LOYAL_TO_GATE = Gate(_LOYAL_TO, ("loyal",))  # (a subject without "loyal" is not searched: read.gates)

# a subject that refers back to a group: always (the words name a group's members), or only
# when the force told last, in this sentence or the one before, is a group ("they", "its fighters")
_REF = _DATA["referring"]
_OPENER = (r"^\s*(?:(?:on|in|at|by|early|late|later|last|overnight|meanwhile|then|that|the\s+next|the\s+following)\b[^,;.]{0,40}?,?\s+"
           r"|[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?:said|say|says|reported|told)\s+(?:that\s+)?)?")
# (the members' nouns bare refer alike as a clause's whole subject: "Rebels entered A" as "The
# rebels entered A", read125; never searched for in running text, as _REFERS_ANYWHERE is)
# (and with where they came from after the noun: "Rebels from the north entered A", "Fighters from
# Y crossed": the members are still the whole subject, read126; a compass side or a name)
_MEMBERS_CAME_FROM = (r"(?:\s+from\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|"
                      r"south-?west|interior|hills|bush|mountains|border\s+area)\b|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}))?")
_REFERS_ALWAYS = _PATTERNS.compile(_OPENER + r"(?P<ref>" + _REF["always"] + r"|(?:" + _REF["bare"] + r"))" + _MEMBERS_CAME_FROM + r"(?:\s+then)?"
                                   + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
_REFERS_AFTER_GROUP = _PATTERNS.compile(_OPENER + r"(?:" + _REF["after_group_subject"] + r")(?:\s+then)?"
                                        + _BARE_SUBJECT_GAP.pattern + r"$", re.I)
_ARTICLE = _PATTERNS.compile(r"^the\s+", re.I)
_REFERS_ANYWHERE = _PATTERNS.compile(r"\b(?:" + _REF["always"] + r")\b", re.I)
# (the capital first and the look-behind after it, "(?<![\w(-].)", the same test of the character
# before it: the engine skips to each capital in C, where the look-behind was asked at every character)
_INITIALS_USED = _PATTERNS.compile(r"[A-Z](?<![\w(-].)[A-Za-z'’-]{1,7}(?![\w)-])")
_SENTENCE_END = _PATTERNS.compile(r"[.!?]\s+(?=[A-Z\"“'‘])|\n")


# what a name caught from the capital of a sentence's first word begins with: "Gunmen of the Viv
# Ansanm (gang coalition)", "The (Sinaloa Cartel)"
_MEMBERS_LEAD = _PATTERNS.compile(r"^(?:(?:[A-Z][\w'’-]*\s+)?(?i:" + _MEMBERS + r")\s+of\s+)?(?:the\s+)?", re.I)
# no name: a capitalised article or possessive before a kind's word ("The coalition", "Its militia")
_NO_NAME = _PATTERNS.compile(r"(?:The|This|That|These|Those|Its|Their|A|An|Our|His|Her|Rival|Another|Other)$")


def _report_name(m: re.Match) -> str:
    """The name a group mention reports: its initials once defined, else its name as written."""
    if m.group("defined"):
        return m.group("acr")
    name = _MEMBERS_LEAD.sub("", m.group("known") or m.group("kinded"))
    return re.sub(r"\s+", " ", name)


@functools.lru_cache(maxsize=8)
def _groups(text: str) -> tuple[tuple[int, int, str], ...]:
    """The armed groups named in ``text``: (start, end, name reported), in order, a state's
    institution with initials ("the Haitian Armed Forces (FAd'H)") left out, and each later use of
    initials a report defined ("the RSF") a mention of the group."""
    found = []
    defined = set()
    for m in _GROUP_MENTION.finditer(text):
        if m.group("defined") and _STATE_END.search(m.group("defined")):
            continue
        if m.group("kinded") and (_STATE_END.search(m.group("kinded")) or _NO_NAME.match(_report_name(m))):
            continue
        found.append((m.start(), m.end(), _report_name(m)))
        if m.group("defined"):
            defined.add(m.group("acr"))
    if defined:
        # (a use inside a mention found is none of its own: the mentions are one scan's matches,
        # in order and apart, so only the last one starting at or before the use can hold it --
        # found by bisection, where a test of every mention per use was quadratic in a long report)
        starts = [a for a, _, _ in found]
        found += [(u.start(), u.end(), u.group(0)) for u in _INITIALS_USED.finditer(text)
                  if u.group(0) in defined and not _inside_one(found, starts, u.start())]
    return tuple(sorted(found))


def _inside_one(found: list, starts: list[int], at: int) -> bool:
    """Does one of ``found`` ((start, end, name), sorted, apart; ``starts`` their starts) hold ``at``?"""
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < found[k][1]


@functools.lru_cache(maxsize=8)
def _group_ends(text: str) -> tuple[list[int] | None, int | None]:
    """(the ends of ``_groups(text)`` when they come in order, else None; the first end), made once
    a text: the groups told before a clause are found by bisection, where a walk of every group
    per clause grew with a long report (speed142)."""
    ends = [g[1] for g in _groups(text)]
    return (ends if all(a <= b for a, b in zip(ends, ends[1:])) else None), min(ends, default=None)


def _groups_ending_by(text: str, at: int) -> list[tuple[int, int, str]]:
    """``[g for g in _groups(text) if g[1] <= at]``, in order."""
    ends = _group_ends(text)[0]
    if ends is None:
        return [g for g in _groups(text) if g[1] <= at]
    return list(_groups(text)[:bisect.bisect_right(ends, at)])


def refers_to_no_group(text: str, s: int, verb_at: int) -> bool:
    """Does the subject [s, verb_at) name a group's members ("the militants", "the gangs") with
    no armed group named before it? Then it refers back to no force told before: a state's
    force is never "the militants" ("Burkinabe soldiers left A. The militants arrived in B" are
    two movements, the second no next leg of the first)."""
    m = _REFERS_ALWAYS.match(text[s:verb_at])
    if m is None:
        return False
    first = _group_ends(text)[1]  # (no group ends by s: the first end is after it, or none)
    return first is None or first > s


def _last_before(groups: list[tuple[int, int, str]], at: int) -> str | None:
    """The name of the last of ``groups`` told before ``at``."""
    return next((g[2] for g in reversed(groups) if g[1] <= at), None)


def group_subject(text: str, s: int, verb_at: int) -> str | None:
    """The armed group the subject [s, verb_at) names by its members, its initials before a
    member noun, or loyalty: "Fighters of the Viv Ansanm gang coalition" -> "Viv Ansanm",
    "Fighters loyal to Khalifa Haftar" -> "fighters loyal to Khalifa Haftar"."""
    subject = _without_asides(text[s:verb_at])
    if not any(c.isupper() for c in subject):
        return None  # (every shape names a group by capitals)
    m = _MEMBERS_OF_GATE.search(subject) or _DEFINED_MEMBERS_GATE.search(subject) \
        or (_MEMBERS_FROM.search(subject) if " from the " in subject else None)
    if m is not None:
        if m.group("acr"):
            return m.group("acr")
        name = re.sub(r"\s+", " ", m.group("name"))
        return None if _STATE_END.search(name) else name
    m = _LOYAL_TO_GATE.search(subject)
    if m is not None:
        who = re.sub(r"\s+", " ", m.group("who"))
        return f"{who[:1].lower()}{who[1:]} loyal to {re.sub(chr(92) + 's+', ' ', m.group('to'))}"
    return None


def group_itself(text: str, s: int, verb_at: int) -> str | None:
    """The group that is itself the whole subject [s, verb_at), named with its initials or its
    kind and perhaps an apposition: "The Coalition of Patriots for Change (CPC), a rebel
    alliance," -> "CPC", "The Viv Ansanm gang coalition" -> "Viv Ansanm". (Asked only when the
    name reader found no force's name there: a group news names bare, one of armed_groups.json's
    'names', is read as named.)"""
    subject = _without_asides(text[s:verb_at])
    m = _GROUP_ITSELF_GATE.match(subject) if any(c.isupper() for c in subject) else None
    if m is None:
        return None
    name = m.group("defined") or m.group("kinded")
    if _STATE_END.search(name) or _NO_NAME.match(name):
        return None
    return m.group("acr") or re.sub(r"\s+", " ", name)


# a capitalised word right before a members' noun with no article: the group's own name ("Wagner
# fighters"), unless it is a day or a month of the clause's opening phrase ("On Monday fighters ...")
_NAME_WORD_BEFORE = _PATTERNS.compile(r"(?<![\w'’-])(?!(?i:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r")\b)[A-Z][\w'’-]*\s+$")


def _named_before_bare_noun(subject: str, ref_at: int) -> bool:
    """Is the members' noun at ``ref_at`` bare (no article) and told right after a capitalised
    word that is no day or month ("On 12 March Wagner fighters")? Then the noun is part of a
    group's name, which _actor reads, and no reference back (s46: read125's bare nouns took
    "On 12 March Wagner fighters" as the bare "fighters")."""
    if subject[ref_at:ref_at + 4].lower() == "the ":
        return False
    return _NAME_WORD_BEFORE.search(subject, 0, ref_at) is not None


def group_referred_back(text: str, s: int, verb_at: int) -> str | None:
    """The armed group a subject that refers back names: "the militants", "the guerrillas", "the
    group's fighters" the last group named before; "they", "its fighters", "the group" only when
    the force told last (in this sentence or the one before) is a group or such a reference."""
    subject = text[s:verb_at]
    always_at = _REFERS_ALWAYS.match(subject)
    if always_at is not None and _named_before_bare_noun(subject, always_at.start("ref")):
        return None  # ("On 12 March Wagner fighters withdrew": the group's own name, read by _actor)
    always = always_at is not None
    if not always and _REFERS_AFTER_GROUP.match(subject) is None:
        return None
    groups = _groups_ending_by(text, s)
    if always and not groups:
        # no group named before: the members' own word, so "the militants" are never taken
        # for a state's force told before them ("Burkinabe soldiers left A. The militants
        # arrived in B" are two movements)
        # (in lower case: "Rebels entered A" names "rebels", as "The rebels entered A" does)
        ref = _ARTICLE.sub("", _REFERS_ALWAYS.match(subject).group("ref"))
        return ref[:1].lower() + ref[1:]
    if not groups:
        return None
    if always:
        return groups[-1][2]
    # (a reference that always names a group is a mention of it: "the group's fighters attacked
    # a base. Residents said they then withdrew ...")
    groups += [(a, b, _last_before(groups, a)) for a, b in _refers_near(text, groups[0][1], groups[-1][0], s)]
    groups = sorted(g for g in groups if g[2] is not None)
    last = groups[-1]
    ends = _SENTENCE_END.finditer(text, last[1], s)
    if next(ends, None) is not None and next(ends, None) is not None:
        return None  # (told further back than the sentence before)
    # the force told last: a group, or a reference that always names one ("the group's fighters")
    forces = [(m.start(), m.end()) for m in _ACTOR_RE.finditer(text, max(0, last[1]), s)]
    forces = [f for f in forces if not any(a <= f[0] < b for a, b, _ in groups)]
    if forces:
        return None  # (another force was told after the group: "they" are that one, or unclear)
    return last[2]


# longer than any phrase _REFERS_ANYWHERE matches (its words are literal, one space apart): an
# attempt to match at a position reads at most this many characters from it
_REF_REACH = 64
assert max(len(w) for w in _PATTERNS.compile(r"\(\?:([^()]*)\)\??").sub(lambda m: max(m.group(1).split("|"), key=len),
                                  _REF["always"]).split("|")) + 2 < _REF_REACH


@functools.lru_cache(maxsize=8)
def _refers_from(text: str, lo: int) -> tuple[list[tuple[int, int]], list[int]]:
    """The spans of ``_REFERS_ANYWHERE.finditer(text, lo)``, and their starts."""
    spans = [r.span() for r in _REFERS_ANYWHERE.finditer(text, lo)]
    return spans, [a for a, _ in spans]


def _refers_near(text: str, lo: int, near: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``_REFERS_ANYWHERE.finditer(text, lo, hi)`` that start at or after ``near``
    - 2 * _REF_REACH (those before can neither be the group told last nor hold a force told
    after ``near``, the last group's start), from one scan of the text from ``lo`` kept per text,
    where the scan to each clause cost a long report the square of its length.

    The scan up to ``hi`` finds what the whole scan finds where an attempt reads no further than
    ``hi``: the matches starting before hi - _REF_REACH; from the end of the last of them (or
    hi - _REF_REACH, where every attempt before failed alike) it is scanned again up to ``hi``
    (``\b`` and look-behinds read the text before the scan's start, as in the whole scan)."""
    spans, starts = _refers_from(text, lo)
    k = bisect.bisect_left(starts, hi - _REF_REACH)
    j = bisect.bisect_left(starts, near - 2 * _REF_REACH, 0, k)
    at = max(lo, hi - _REF_REACH, spans[k - 1][1] if k else lo)
    return spans[j:k] + [r.span() for r in _REFERS_ANYWHERE.finditer(text, at, hi)]


_INITIALS_END = _PATTERNS.compile(r"\((?:[A-Z][A-Za-z'’-]{1,7})\)\s*$")
_DATELINE_DATE = _PATTERNS.compile(r"\s*(?:[A-Z][a-z]{2,8}\.?\s+[0-9]{1,2}|[0-9]{1,2}\s+[A-Z][a-z]{2,8})\s*\([^()]*\)\s*$")


def apposition_after_initials(parts: list[str], k: int, cuts: list[str] | None = None) -> bool:
    """Is ``parts[k]`` (of a subject cut at its commas) the apposition right after a name with
    its initials ("Fighters of ... (JNIM), | al-Qaeda's affiliate in the Sahel, | left")? It
    says what the group is; the part before it names what moved. ``cuts``: the marks the
    subject was cut at, in order; an apposition is set off by a comma, and a dash after the
    brackets ends a wire dateline instead ("TALLINN, Nov 19 (Wire) - | Four jets landed": the
    jets moved, not the date; read44)."""
    if cuts is not None and k > 0 and not cuts[k - 1].lstrip().startswith(","):
        return False
    # (not a dateline's date and agency: "PORT-AU-PRINCE, | Nov 24 (AP) | — A contingent ...")
    return k > 0 and _INITIALS_END.search(parts[k - 1]) is not None and _DATELINE_DATE.match(parts[k - 1]) is None


# the patron a loyalty phrase names, to the actor's end
_PATRON = _PATTERNS.compile(r"\s+loyal\s+to\s+.*$", re.I | re.S)


def without_patron(actor: str) -> str:
    """``actor`` without the patron its loyalty names: "column loyal to the governor" -> "column".

    why: the patron says whose side a force is on, not which force it is; two forces loyal to
    one leader, each moving on its own, shared the leader's name as an actor word and were
    joined as the two halves of one movement (read.events.complete_halves)."""
    return _PATRON.sub("", actor) if "loyal" in actor else actor


_PATTERNS.save()
