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
import operator
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


def _kept_mention(m: re.Match) -> tuple[int, int, str] | None:
    """A group mention of ``_GROUP_MENTION`` as (start, end, name reported), or None for a
    state's institution with initials ("the Haitian Armed Forces (FAd'H)") or a kind's word
    with no name ("The coalition")."""
    if m.group("defined") and _STATE_END.search(m.group("defined")):
        return None
    if m.group("kinded") and (_STATE_END.search(m.group("kinded")) or _NO_NAME.match(_report_name(m))):
        return None
    return m.start(), m.end(), _report_name(m)


@functools.lru_cache(maxsize=8)
def _groups(text: str) -> tuple[tuple[int, int, str], ...]:
    """The armed groups named in ``text``: (start, end, name reported), in order, a state's
    institution with initials ("the Haitian Armed Forces (FAd'H)") left out, and each later use of
    initials a report defined ("the RSF") a mention of the group."""
    found = []
    defined = set()
    for m in _GROUP_MENTION.finditer(text):
        kept = _kept_mention(m)
        if kept is None:
            continue
        found.append(kept)
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


# A long text's groups, a stretch at a time (speed146). A clause asks only for the groups told
# near it (the last one before it, those inside it), but _groups scanned the whole text for the
# first ask: a day of wire copy pasted as one text paid a scan of every report, where most of its
# reports alone ask nothing. A text of at most _WHOLE_UP_TO characters (every news report) is
# one stretch, _groups(text) itself.
_WHOLE_UP_TO = 20_000
_STRETCH = 4_000
# characters that no group mention, use of initials or reference back holds (asserted below on
# the names and words of the data): a scan begun right after one tries the positions a scan of
# the whole text tries from there, so finds the same matches. A stretch ends right after one, so
# a scan of it alone (to that end) finds them too: no match holds that last character, and each
# look-ahead past a match's end ("(?![\w-])", "(?!['’]s\b)") stops at it as at the text's end
_BARRIER = _PATTERNS.compile(r"[,;:!?\"“”]")
# the grouping marks of a pattern's text (its words alone left: the assert on _BARRIER below)
_GROUPING = _PATTERNS.compile(r"\(\?:|[()?|]")
_PARENS = _PATTERNS.compile(r"\((?P<acr>[A-Z][A-Za-z'’-]{1,7})\)")  # (_INITIALS: where initials may be defined)


_START = operator.itemgetter(0)


class _Stretches:
    """The groups of ``text`` (as ``_groups(text)``) by stretches of about _STRETCH characters,
    each scanned when first asked. A use of initials counts when the text defines them anywhere,
    as in _groups: the places they stand in brackets are listed once (a C-level scan), and only
    the stretches holding those are scanned to learn whether one defines them."""

    __slots__ = ("text", "bounds", "_mentions", "_groups", "_parens", "_defined")

    def __init__(self, text: str):
        self.text = text
        if len(text) <= _WHOLE_UP_TO:
            self.bounds = [0, len(text)]
        else:
            bounds = [0]
            for at in range(_STRETCH, len(text), _STRETCH):
                m = _BARRIER.search(text, at)
                if m is None:
                    break
                if m.end() > bounds[-1]:
                    bounds.append(m.end())
            if bounds[-1] < len(text):
                bounds.append(len(text))
            self.bounds = bounds
        self._mentions: dict[int, tuple[list, set]] = {}
        self._groups: dict[int, tuple] = {}
        self._parens: dict[str, list[int]] | None = None
        self._defined: dict[str, bool] = {}

    def stretch(self, at: int) -> int:
        """The stretch that holds ``at`` (the last one for the text's end)."""
        return min(bisect.bisect_right(self.bounds, at), len(self.bounds) - 1) - 1

    def _mentions_of(self, k: int) -> tuple[list, set]:
        """(the kept mentions of stretch ``k``, the initials they define)."""
        seen = self._mentions.get(k)
        if seen is None:
            a, b = self.bounds[k], self.bounds[k + 1]
            found, defined = [], set()
            for m in _GROUP_MENTION.finditer(self.text, a, b):
                kept = _kept_mention(m)
                if kept is not None:
                    found.append(kept)
                    if m.group("defined"):
                        defined.add(m.group("acr"))
            seen = self._mentions[k] = (found, defined)
        return seen

    def defines(self, acr: str) -> bool:
        """Does a group mention of the text define ``acr``?"""
        known = self._defined.get(acr)
        if known is None:
            known = self._defined[acr] = any(acr in self._mentions_of(self.stretch(p))[1]
                                             for p in self._brackets().get(acr, ()))
        return known

    def _brackets(self) -> dict[str, list[int]]:
        """Where each word stands in brackets, as initials are defined, listed once."""
        if self._parens is None:
            self._parens = {}
            for m in _PARENS.finditer(self.text):
                self._parens.setdefault(m.group("acr"), []).append(m.start())
        return self._parens

    def groups(self, k: int) -> tuple:
        """The groups of stretch ``k``, in order: those of _groups(text) that lie in it."""
        seen = self._groups.get(k)
        if seen is None:
            if len(self.bounds) == 2:
                seen = _groups(self.text)
            else:
                found, _defined = self._mentions_of(k)
                found = list(found)
                a, b = self.bounds[k], self.bounds[k + 1]
                starts = [g[0] for g in found]
                parens = self._brackets()
                if parens:
                    uses = []
                    for u in _INITIALS_USED.finditer(self.text, a, b):
                        word = u.group(0)
                        if word in parens and self.defines(word) and not _inside_one(found, starts, u.start()):
                            uses.append((u.start(), u.end(), word))
                    found += uses
                seen = tuple(sorted(found))
            self._groups[k] = seen
        return seen

    def last_ending_by(self, at: int) -> tuple[int, int, str] | None:
        """The last of the groups (in _groups' order) that end by ``at``."""
        k = self.stretch(at)
        mine = [g for g in self.groups(k) if g[1] <= at]
        if mine:
            return mine[-1]
        for j in range(k - 1, -1, -1):
            if self.groups(j):
                return self.groups(j)[-1]
        return None

    def first_ending_by(self, at: int) -> tuple[int, int, str] | None:
        """The first of the groups (in _groups' order) that end by ``at``."""
        k = self.stretch(at)
        for j in range(k):
            if self.groups(j):
                return self.groups(j)[0]
        return next((g for g in self.groups(k) if g[1] <= at), None)

    def within(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The groups that start at or after ``lo`` and before ``hi``, in order."""
        out: list[tuple[int, int, str]] = []
        for k in range(self.stretch(lo), self.stretch(hi) + 1):
            groups = self.groups(k)
            out += groups[bisect.bisect_left(groups, lo, key=_START):bisect.bisect_left(groups, hi, key=_START)]
        return out


@functools.lru_cache(maxsize=8)
def stretches(text: str) -> _Stretches:
    """The text's groups by stretch, kept per text (see _Stretches)."""
    return _Stretches(text)


def refers_to_no_group(text: str, s: int, verb_at: int) -> bool:
    """Does the subject [s, verb_at) name a group's members ("the militants", "the gangs") with
    no armed group named before it? Then it refers back to no force told before: a state's
    force is never "the militants" ("Burkinabe soldiers left A. The militants arrived in B" are
    two movements, the second no next leg of the first)."""
    m = _REFERS_ALWAYS.match(text[s:verb_at])
    if m is None:
        return False
    return stretches(text).first_ending_by(s) is None


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
    told = stretches(text)
    last_group = told.last_ending_by(s)  # (the last group named before the subject)
    if always and last_group is None:
        # no group named before: the members' own word, so "the militants" are never taken
        # for a state's force told before them ("Burkinabe soldiers left A. The militants
        # arrived in B" are two movements)
        # (in lower case: "Rebels entered A" names "rebels", as "The rebels entered A" does)
        ref = _ARTICLE.sub("", _REFERS_ALWAYS.match(subject).group("ref"))
        return ref[:1].lower() + ref[1:]
    if last_group is None:
        return None
    if always:
        return last_group[2]
    # (a reference that always names a group is a mention of it: "the group's fighters attacked
    # a base. Residents said they then withdrew ..."; it names the last group told before it)
    refs = [(a, b, g[2]) for a, b in _refers_near(text, told.first_ending_by(s)[1], last_group[0], s)
            if (g := told.last_ending_by(a)) is not None]
    last = max(refs + [last_group])
    ends = _SENTENCE_END.finditer(text, last[1], s)
    if next(ends, None) is not None and next(ends, None) is not None:
        return None  # (told further back than the sentence before)
    # the force told last: a group, or a reference that always names one ("the group's fighters")
    forces = [(m.start(), m.end()) for m in _ACTOR_RE.finditer(text, max(0, last[1]), s)]
    # (a group that holds a force told after the last one begins no later than it, so holds its
    # start: it is one of the groups of last's stretch)
    holding = [g for g in told.groups(told.stretch(last[0])) if g[1] <= s] + refs
    forces = [f for f in forces if not any(a <= f[0] < b for a, b, _ in holding)]
    if forces:
        return None  # (another force was told after the group: "they" are that one, or unclear)
    return last[2]


# longer than any phrase _REFERS_ANYWHERE matches (its words are literal, one space apart): an
# attempt to match at a position reads at most this many characters from it
_REF_REACH = 64
assert max(len(w) for w in _PATTERNS.compile(r"\(\?:([^()]*)\)\??").sub(lambda m: max(m.group(1).split("|"), key=len),
                                  _REF["always"]).split("|")) + 2 < _REF_REACH
# (no barrier in the words a match may hold: names news uses bare, kinds, references back)
assert not any(_BARRIER.search(w) for w in list(_KNOWN) + list(_DATA["kinds"]) + [_GROUPING.sub(" ", _REF["always"])])


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
    if len(text) > _WHOLE_UP_TO:
        # (a long text: scanned from the start of the stretch before near - 2 * _REF_REACH, where
        # the scan from lo tries the same positions (_BARRIER), when that is nearer than a
        # section's length; speed146)
        told = stretches(text)
        start = max(lo, told.bounds[told.stretch(max(0, near - 2 * _REF_REACH))])
        if hi - start <= _WHOLE_UP_TO:
            return [r.span() for r in _REFERS_ANYWHERE.finditer(text, start, hi) if r.start() >= near - 2 * _REF_REACH]
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
