"""The lexicon of movement as data: trigger verbs and nouns, role cues, status words, force
nouns, count units and mode words. General English, never phrases of particular reports."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache

from ..dates import WEEKDAY_NAMES
from ..regex_cache import CompiledPatterns, as_pattern
from ..textutil import LONG_TEXT, WordAnchored, word_index, word_set
from .data_files import read_data
from .gates import Gate
from .time_opener import STAY_BEFORE
from .induction import INDUCTION_VERBS
from .behind_first import behind_object_end

# The patterns below are compiled from code an earlier run kept (geomove.regex_cache): parsing
# and compiling them anew costs ~40 ms every process that reads; the patterns are the same.
_PATTERNS = CompiledPatterns("read-lexicon")
_compile = _PATTERNS.compile


# --- lexicon: general English movement grammar ------------------------------------------

_DATA = read_data("lexicon.json")


def _table(name: str) -> dict:
    return {k: v for k, v in _DATA[name].items() if not k.startswith("_")}


# verbs of movement (stem: forms) and movement nouns that trigger a clause's reading
_VERB_FORMS = _table("verb_forms")
from .took_back import READ_AS as _READ_AS, TAKE_FORMS as _TAKE_FORMS  # noqa: E402  (read.took_back)
from .handed_split import HAND_FORMS as _HAND_FORMS, READ_AS as _HAND_READ_AS  # noqa: E402  (read.handed_split)
from .followed_on import READ_AS as _FOLLOW_AS, FOLLOW_FORMS as _FOLLOW_FORMS  # noqa: E402  (read.followed_on)
from .tracked_between import READ_AS as _TRACK_AS, TRACK_FORMS as _TRACK_FORMS  # noqa: E402  (read.tracked_between)
from .passive_means import READ_AS as _PASSIVE_AS, is_passive_means as _is_passive_means  # noqa: E402  (read.passive_means)
# (and the Indian and Pakistani press's "inducted in X", "de-inducted from A to B": read.induction)
_VERB_FORMS.update(INDUCTION_VERBS)
_NOUN_TRIGGERS = tuple(_DATA["noun_triggers"])


def _forms(stem: str, listed: str) -> list[str]:
    """A verb's forms: as listed (a phrasal verb's forms are comma-separated, so that "took"
    alone never triggers), else the regular ones."""
    if listed:
        return [f.strip() for f in listed.split(",")] if "," in listed else listed.split()
    return [stem, stem + "s", stem + "ed", stem + "ing"]


# longest first; forms of one length alphabetically, so the pattern is the same in every process
# (they were in the set's order, which changes with the hash seed: no match changed with it, as
# two different forms of one length never match at one place, but the pattern's kept code --
# geomove.regex_cache -- is found by the pattern)
_VERBS = sorted({f for s, l in _VERB_FORMS.items() for f in _forms(s, l)}, key=lambda v: (-len(v), v))


def _by_first_character(alternatives: list[str]) -> str:
    """``"|".join(alternatives)`` with the alternatives that open with one character gathered
    under it (``moved|left|move`` -> ``m(?:oved|ove)|l(?:eft)``), each gathering in the order of
    its first alternative, the alternatives in theirs: the same matches (two alternatives that
    open with different letters never match at one place, the order within a letter is kept),
    but the engine tries ~25 letters at a place, not each of ~550 case-blind words in turn
    (_TRIGGER_RE.match at a place cost ~7 times as much). Each alternative opens with a word
    character written as itself (no escape)."""
    gathered: dict[str, list[str]] = {}
    for a in alternatives:
        if not a[:1].isalnum():
            raise ValueError(f"{a!r} does not open with a letter or digit written as itself")
        gathered.setdefault(a[0].lower(), []).append(a[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in gathered.items())


def _top_alternatives(body: str) -> list[str]:
    """The alternatives of a pattern's body split at its top-level bars (none inside a group,
    a character class or after a backslash)."""
    out, start, depth = [], 0, 0
    for i, c, depth in _structure(body):
        if c == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
    if depth != 0:
        raise ValueError("the body's groups are not balanced: not one alternation's body")
    out.append(body[start:])
    return out


def _structure(p: str):
    """The group marks and bars of pattern text ``p`` that are no escaped character and stand in
    no character class, each as (offset, the character, the depth of groups after it)."""
    depth, i = 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # (a class: up to its closing bracket, one first or after ^ being a member)
            i += 2 if p[i + 1:i + 2] == "^" else 1
            i += 1 if p[i:i + 1] == "]" else 0
            while i < len(p) and p[i] != "]":
                i += 2 if p[i] == "\\" else 1
        elif c in "()|":
            depth += 1 if c == "(" else -1 if c == ")" else 0
            yield i, c, depth
        i += 1


def _group_end(p: str) -> int:
    """The offset right after the group opening ``p`` (``p[0]`` is its "(")."""
    for i, c, depth in _structure(p):
        if c == ")" and depth == 0:
            return i + 1
    raise ValueError("a group that is not closed")


def _first_characters(p: str) -> frozenset[str] | None:
    """The characters (a letter in lower case, or a comma) a match of the case-blind pattern
    ``p`` opens with, read from its text: a look-behind is passed over, a letter or comma
    not quantified is itself, a group ``(?:...)`` not quantified is its alternatives'; None for
    anything else (then nothing is assumed of it)."""
    if len(alternatives := _top_alternatives(p)) > 1:
        firsts = [_first_characters(a) for a in alternatives]
        return None if None in firsts else frozenset().union(*firsts)
    while p.startswith(("(?<!", "(?<=")):
        p = p[_group_end(p):]
    if p[:1] == "," or p[:1].isascii() and p[:1].isalpha():
        return frozenset(p[0].lower()) if p[1:2] not in ("?", "*", "+", "{") else None
    if p.startswith("(?:"):
        end = _group_end(p)
        if p[end:end + 1] in ("?", "*", "{"):
            return None
        firsts = [_first_characters(a) for a in _top_alternatives(p[3:end - 1])]
        return None if None in firsts else frozenset().union(*firsts)
    return None


def _gathered_by_first_character(alternatives: list[str], firsts: list[frozenset[str] | None]) -> str:
    """``"|".join(alternatives)``, each alternative whose matches open with one character
    (``firsts``: what each may open with, None unknown) moved back to the last one of the same
    character when no alternative between may open with it, and each such gathering behind a
    look-ahead at its character (an alternative that may open with several behind one at them):
    at a place the engine tries a look-ahead a gathering, not each alternative in turn. The same
    matches: the alternatives that may match at a place keep their order."""
    blocks: list[tuple[str | None, list[str], frozenset[str] | None]] = []
    for a, first in zip(alternatives, firsts):
        if first is not None and len(first) == 1:
            (c,) = first
            for block in reversed(blocks):
                if block[0] == c:
                    block[1].append(a)
                    break
                if block[2] is None or c in block[2]:
                    blocks.append((c, [a], first))
                    break
            else:
                blocks.append((c, [a], first))
        else:
            blocks.append((None, [a], first))
    return "|".join(("" if first is None else "(?=[" + re.escape("".join(sorted(first))) + "])")
                    + (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")")
                    for _c, alts, first in blocks)


_TRIGGER_RE = _compile(
    r"\b(?P<verb>" + _by_first_character([re.escape(v).replace(r"\ ", r"\s+") for v in _VERBS]) + r")\b"
    r"|\b(?P<noun>" + _by_first_character(list(map(re.escape, _NOUN_TRIGGERS))) + r")\b", re.I)
# the same matches as _TRIGGER_RE.finditer, the pattern tried only where a listed word begins
_TRIGGER_SCAN = WordAnchored(_TRIGGER_RE, [WordAnchored.first_word(w) for w in (*_VERBS, *_NOUN_TRIGGERS)])

# "was on its way to X", "were en route to Y": a verb of going told with "be" (lexicon.json
# under_way), a trigger as a verb of verb_forms is; found from the word it ends with ("way",
# "route"), which is rare, not tried at every "was" and "is" as _TRIGGER_SCAN would
_UNDER_WAY_FORMS = [f.strip() for f in _DATA["under_way"]["be on way"].split(",")]
# ... with an adverb between "be" and the rest: "were already on their way", "is now en route"
_UNDER_WAY_ADVERBS = "|".join(a.strip() for a in _DATA["under_way"]["adverbs between"].split(","))
_UNDER_WAY = _compile(r"\b(?P<verb>" + "|".join(
    re.escape(v.split(" ", 1)[0]) + r"(?:\s+(?:" + _UNDER_WAY_ADVERBS + r"))?\s+"
    + re.escape(v.split(" ", 1)[1]).replace(r"\ ", r"\s+") for v in _UNDER_WAY_FORMS)
                      + r")\b(?:(?P<noun>(?!)))?", re.I)
_UNDER_WAY_END = _compile(r"\b(?:way|route)\b", re.I)
_UNDER_WAY_WORDS = frozenset(("way", "route"))


def under_way(text: str) -> list[re.Match]:
    """The matches of _UNDER_WAY in ``text``, in order (as its finditer would find them),
    looked for only before each "way" and "route"."""
    found = []
    if len(text) > LONG_TEXT:  # (a long text's whole word index is never made)
        ends = [end.end() for end in _UNDER_WAY_END.finditer(text)]
    elif _UNDER_WAY_WORDS.isdisjoint(word_set(text)):
        return found  # (most reports: no word to end a form)
    else:
        # (the ends of the words "way" and "route", picked from the word index in C: the
        # pattern's matches, not searched for at every character, speed126)
        starts, words = word_index(text)
        ends = [p + len(w) for p, w in itertools.compress(zip(starts, words), map(_UNDER_WAY_WORDS.__contains__, words))]
    for end in ends:
        m = _UNDER_WAY.search(text, max(0, end - 45), end)
        if m is not None and m.end() == end and not text[max(0, m.start() - 1):m.start()].isalnum():
            found.append(m)
    return found

# the passive participles of sending a force ("deployed to A", "flown in from B": lexicon.json
# sent_participles, read by read.with_absolute, cuts, read.reduced_relative, read.participle_after_event,
# read.replaced_from, clauses._AFTER_BEING_MOVED and _MANNER_OF_MOTION)
SENT_PARTICIPLES = tuple(_DATA["sent_participles"]["words"])
# a past participle as the readers of reduced relatives and fronted participles know it: a form in
# -ed or an irregular one (those of sending a force, and of a force's own going)
PAST_PARTICIPLE = (r"\w+ed|" + "|".join(w for w in SENT_PARTICIPLES if not w.endswith("ed"))
                   + r"|taken|withdrawn|ridden")

# the head nouns of a state's regular force and of an irregular group's members (lexicon.json
# force_kinds: read.force_kinds and cuts._OTHER_FORCE_AFTER)
FORCE_KINDS = {k: v for k, v in _DATA["force_kinds"].items() if not k.startswith("_")}
# ... and a state's force's people by their service (force_kinds service_people: "200 carabinieri",
# "Estonian reservists"), one alternation read by _UNITS, _PEOPLE, _MOVER and _FORCE_NOUN alike
_SERVICE_PEOPLE = "|".join(sorted(FORCE_KINDS["service_people"], key=lambda w: (-len(w), w)))

# a verb of the manner of motion is known by the direction it takes ("stormed into X", "raced
# towards Y", "streamed across Z"): any past form right before a directional preposition, but
# for verbs that change a state, not a place ("turned into", "divided into"), and the verbs of
# movement the trigger lexicon reads (the participles of sending among them, SENT_PARTICIPLES:
# "soldiers airlifted into X" was read twice, the second time with no actor, s32-tidy50-*)
_MANNER_OF_MOTION = _compile(
    r"\b(?P<verb>(?!(?:turned|looked|divided|integrated|transformed|converted|translated|merged|called|"
    r"incorporated|organi[sz]ed|grouped|inquired|investigated|tapped|fed|drawn|locked|factored|"
    r"built|put|split|cut|shut|set|sold|added|entered|crossed|pushed|advanced|withdrawn|"
    r"headed|returned|forced|pressed|signed|welcomed|"
    r"received|accepted|admitted|allowed|invited|forwarded|inserted|injected|absorbed|inducted|"
    + "|".join(SENT_PARTICIPLES) + r")\b)[a-z]{3,}ed)"
    r"(?=\s+(?:(?:deep|deeper|further|back)\s+)?(?:into|towards?|onto|across)\b)(?:(?P<noun>(?!)))?")

# verbs whose bare object is a role (no preposition): "entered Iraq", "left the base"
_OBJECT_ROLE = _table("object_role")
# ... and verbs whose bare object is a role only right after them, in a sitrep's telegraphic style
_TELEGRAPHIC_ROLE = _table("telegraphic_object_role")
# departure verbs whose passive takes the place left as subject ("the bases in A and B were vacated")
_PASSIVE_ORIGIN = set(_DATA["passive_origin"])
_PASSIVE_DESTINATION = {v for v in _DATA["passive_destination"] if not v.startswith("_")}
_ARRIVAL = set(_DATA["arrival"]) | {"induct"}      # (read.induction)
# verbs that say the force got to the place named after them (lexicon.json got_there)
GOT_THERE = frozenset(_DATA["got_there"]["verbs"])
# the participles of perceiving a force on the move ("were heard moving", "could be seen moving":
# lexicon.json sighting_participles, read by cuts and read.could_be_seen)
SIGHTING_PARTICIPLES = "(?:" + "|".join(_DATA["sighting_participles"]["words"]) + ")"
_DEPARTURE = set(_DATA["departure"]) | {"de-induct"}
# a farewell told where a force left from: "saw the troops off at X" (see lexicon.json)
_SEEN_OFF = _compile(_DATA["seen_off"]["pattern"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_SEEN_OFF_GATE = Gate(_SEEN_OFF, ("farewell", "goodbye", "off", "send"))
# a welcome told where a force arrived: "officials welcomed the soldiers at X" (see lexicon.json)
_WELCOMED_AT = _compile(_DATA["welcomed_at"]["pattern"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_WELCOMED_AT_GATE = Gate(_WELCOMED_AT, ("greet", "received", "receives", "receiving", "welcome", "welcoming"))
# a statement of where a group was going: "the destination of these troops is X" (lexicon.json)
_DESTINATION_TOLD = _compile(_DATA["destination_told"]["pattern"], re.I)
# (searched only where one of the words every match holds stands: read.gates, proven in tests/test_speed41.py)
_DESTINATION_TOLD_GATE = Gate(_DESTINATION_TOLD, ("destination", "stop"))
_LIST_AND = _compile(_DATA["destination_told"]["list_and"], re.I)
_AS_DESTINATION = _compile(_DATA["destination_told"]["as_destination"], re.I)
# "Speaking in X, ... said 'they are already here'": where the speaker was (lexicon.json)
_SPEAKER_AT = _compile(_DATA["said_here"]["speaker_at"], re.I)
# (a look-ahead at the characters a match opens with, so the search moves on at once elsewhere:
# the pattern opens with alternatives the engine entered at every character; tests/test_speed48.py)
_SAID_HERE_FIRST_CHARACTERS = "'acgilrw’"
_SAID_HERE = _compile(r"(?=[" + _SAID_HERE_FIRST_CHARACTERS + r"])(?:" + _DATA["said_here"]["here"] + ")", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_SAID_HERE_GATE = Gate(_SAID_HERE, ("here",))
# "arrived from X in Y": what stands between the arrival verb and X (lexicon.json)
_ARRIVED_FROM = _compile(_DATA["arrived_from"]["pattern"], re.I)
# "moved into X and the next day moved on to Y": where the second leg's cue is (lexicon.json)
_MOVED_ON = _compile(_DATA["moved_on"]["pattern"], re.I)
# "several towns in X, including A and B": the finer places of an end (lexicon.json)
_INCLUDING_LIST = _compile(_DATA["including_list"]["pattern"], re.I)
# "turned back before reaching X": X no destination (lexicon.json not_reached)
_NOT_REACHED = _compile(_DATA["not_reached"]["pattern"], re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_NOT_REACHED_GATE = Gate(_NOT_REACHED, ("before",))
# "left X, their main base in the north, for Y": what a place is, set off by commas (lexicon.json)
_APPOSITION_AFTER_PLACE = _compile(_DATA["apposition_after_place"]["pattern"], re.I)
# "from Camp Z, their base near X, to Y": an unnamed site located by X (lexicon.json)
_APPOSED_LOCATED = _compile(_DATA["apposition_after_place"]["located"])
# "arrived in Khurvaleti, near Gori": a place the index lacks, located by the one after it (lexicon.json)
_UNKNOWN_LOCATED = _compile(_DATA["apposition_after_place"]["unknown_located"])
_NOUN_AFTER = _compile(r"\b(?:by|on|over|of)\s+$", re.I)
_BY_BEFORE = _compile(r"\b(?:by|of)\s+$", re.I)


# a party to the move, named by its capital: "sent troops to X under an agreement with Washington",
# "at the request of Bamako", "with the backing of Paris" -- no place of the movement
_PARTY_PHRASE = _compile(r"\b(?:(?:agreements?|deals?|accords?|talks|arrangements?|pacts?|treaty|cooperation|"
                         r"coordination|consultations?)\s+with|at\s+the\s+(?:request|invitation)\s+of|"
                         r"on\s+behalf\s+of|with\s+the\s+(?:support|help|backing|consent|approval)\s+of)\b", re.I)
# "comes a week after", "came amid", "comes as": a verb of coming that places an event in time
_COME_IN_TIME = _compile(r"\s+(?:just\s+|only\s+|barely\s+)?(?:(?:a|an|one|two|three|four|five|six|a\s+few|several|[0-9]+)\s+"
                         r"(?:days?|weeks?|months?|hours?|years?)\s+)?(?:after|before|amid|amidst|as|days\s+after|weeks\s+after)\b"
                         # (not a time of day: "Troops came after dark from X")
                         r"(?!\s+(?:dark|nightfall|midnight|dawn|daybreak|sunset|sunrise|noon)\b)", re.I)
_COME_FORMS = frozenset(("come", "comes", "came", "coming"))
# "in the coming days", "over coming weeks": "coming" as an adjective of a time still ahead
# (s42 read114: "deployments to X are likely in the coming days" read 'coming' as the verb)
_COMING_TIME = _compile(r"\s+(?:days?|weeks?|months?|hours?|years?|weekends?|period|season)\b", re.I)


def come_in_time(text: str, trigger: re.Match) -> bool:
    """Is a form of "come" placing something in time ("The announcement comes a week after
    US soldiers arrived", "The move came amid reports ...", "This comes as ...", "in the coming
    days")? Then it is no verb of movement: the movement, if any, is told in the clause after it
    (or by its noun)."""
    word = trigger.group(0).lower()
    return word in _COME_FORMS and (_COME_IN_TIME.match(text, trigger.end()) is not None
                                    or (word == "coming" and _COMING_TIME.match(text, trigger.end()) is not None))


# "left one person dead", "left thousands homeless", "left 200 soldiers behind": what "left" did
# to someone, the words after it no place (no capital, no joiner) before the result
_LEFT_AS_RESULT = _compile(r"\s+(?:(?-i:[a-z0-9][\w'-]*)\s+){1,8}?(?:dead|injured|wounded|homeless|displaced|stranded|trapped|"
                           r"missing|behind)\b", re.I)
_LEFT_FORMS = frozenset(("left", "leaves", "leave", "leaving"))
_JOINER_WORD = _compile(r"\b(?:and|but|or|then)\b", re.I)


def left_as_result(text: str, trigger: re.Match) -> bool:
    """Is "left" telling what an event did to people ("The blast left one person dead and a dozen
    injured") or who stayed ("The brigade left 200 soldiers behind in Gao"), not a departure?
    The words between it and the result are lower-case and no joiner: "The brigade left Gao
    behind" and "left Gao and 200 soldiers stayed behind" stay departures."""
    return left_as_result_span(text, trigger) is not None


def left_as_result_span(text: str, trigger: re.Match) -> tuple[int, int] | None:
    """The span of the people "left" did something to (left_as_result), or None: a count in it
    ("left 200 soldiers behind") is of those who stayed, not of what moved."""
    if trigger.group(0).lower() not in _LEFT_FORMS:
        return None
    m = _LEFT_AS_RESULT.match(text, trigger.end())
    if m is not None:
        return m.span() if not _JOINER_WORD.search(m.group(0)) else None
    # ("left behind two platoons in X": the particle before its object, read.behind_first)
    end = behind_object_end(text, trigger.end())
    return (trigger.end(), end) if end is not None else None


# "the left bank", "its left flank": a side, no departure
_LEFT_AS_SIDE = _compile(r"\s+(?:bank|flank|wing|side|shore|hand)\b", re.I)


def left_as_side(text: str, trigger: re.Match) -> bool:
    """Is "left" the adjective of a side ("were ferried across the Dnipro to the left bank near
    Krynky", "on the army's left flank"), not a departure?

    why: the place after "left bank near" was read as where the marines left from (s34m)."""
    return trigger.group(0).lower() == "left" and _LEFT_AS_SIDE.match(text, trigger.end()) is not None


def verb_form_as_noun(text: str, s: int, trigger: re.Match) -> bool:
    """Is a verb trigger a noun here, after a preposition ("by land", "by ship", "on return",
    "over land", "the transfer of land": s43 lead)? Not a form in -ing after "by" or "of": that
    is the verb of a movement told as the means of another act ("responded by sending 600
    troops from A to B", "By moving two battalions from A to B, the army ...") or accused of
    ("accused Russia of moving troops to X"), a gerund with an object and ends of its own."""
    if not trigger.group("verb"):
        return False
    before = text[max(s, trigger.start() - 6):trigger.start()]
    if not _NOUN_AFTER.search(before):
        return False
    return not (trigger.group(0).lower().endswith("ing") and _BY_BEFORE.search(before))
# "the Bab al-Hawa crossing", "a border crossing": the noun, not the verb "crossing into"
# (an adjective of order or rank between: "closed the last crossing on its eastern border",
# "the only crossing still open", "its main crossing")
_CROSSING_NOUN = _compile(r"(?:\b(?:the|a|border|this|that|its|their|every|each|another)"
                          r"(?:\s+(?:last|only|main|first|second|third|remaining|sole|nearest|busiest|"
                          r"official|other|northern|southern|eastern|western))?|[A-Z][\w'’-]*)\s+$")
# verbs that move something only with a direction ("pushed into X", not "pushed for talks")
_DIRECTED_ONLY = set(_DATA["directed_only"])
# verbs that move something only when a force is named before them ("made their way")
_FORCE_ONLY = {v for v in _DATA["force_only"] if not v.startswith("_")}
# verbs whose "between A and B" is the route travelled ("travelled between A and B"), and the
# words that may stand between such a verb and "between": adverbs and its object ("moved troops
# between"), but no preposition or noun of a line or area, which would make A and B the sides of
# that ("moved troops to the border between A and B", "drove along the road between"), and no word
# of repeated trips ("ferried marines back and forth between", "flew daily between"): GUIDELINES
# counts habitual or aggregate statements as no movement
_ROUTE_BETWEEN = {v for v in _DATA["route_between"] if not v.startswith("_")}
_PASSAGE_BETWEEN = {v for v in _DATA["passage_between"] if not v.startswith("_")}
# the two sides of something: "between A and B", "between the A and the B", "between the towns
# of A and B" (the kind words: lexicon.json between_kinds)
_BETWEEN_BEFORE = _compile(r"\bbetween\s+(?:the\s+)?(?:(?:two\s+)?(?:"
                             + "|".join(k for k in _DATA["between_kinds"] if not k.startswith("_"))
                             + r")\s+of\s+)?$", re.I)
_ROUTE_BETWEEN_GAP = _compile(
    r"(?:\s+(?!(?:on|onto|along|across|at|in|inside|into|near|over|through|to|towards?|from|up|down|around|"
    r"within|outside|beyond|by|via|past|but|that|which|who|where|while|after|before|"
    r"border|borders|frontier|frontiers|boundary|line|lines|front|frontline|road|roads|highway|"
    r"route|routes|corridor|stretch|area|areas|zone|zones|region|regions|space|territory|land|"
    r"crossing|crossings|bridge|river|valley|towns?|cities|villages?|positions?|checkpoints?|"
    r"points?|bases?|sites?|posts?|camps?|"
    r"forth|fro|daily|nightly|weekly|regularly|routinely|repeatedly|often|constantly)\b)[\w'-]+){0,6}\s+(?=between\b)", re.I)
# the small lower-case particles inside a place's name ("Dar es Salaam", "Ras al Ain", "Mocímboa da
# Praia", "Ciudad del Este"): a run of capitalised words read as one name may hold one or two of them
NAME_PARTICLE = r"(?:al|el|de|du|des|la|le|di|da|do|dos|das|del|es|ul|ad|as|an)"
_DIRECTION_AFTER = _compile(r"\s+(?:[\w-]+\s+){0,2}?(?:into|towards?|through|across|deeper|further|on\s+to)\b"
                            # a compass point, then "to" a named place: "some 200 men on motorcycles rode south to X"
                            # (or "from" one: "M23 fighters pushed south from Minova", read68: a way
                            # taken out of a place, as "moved south from X" is)
                            r"|\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:wards?)?\s+(?:to|from)\s+(?:the\s+)?(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])"
                            # (or "out of" a named place: "its forces had pushed out of El Obeid toward Bara", s25)
                            # (a name may open with an Arabic article in lower case: "pushed out of al-Bayda towards X", read80)
                            r"|\s+out\s+of\s+(?:the\s+)?(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])"
                            # (or up or down a river, a way of travel as a compass point is: "pushed up
                            # the river from X", "moved down the Tana to Y", s48 read135)
                            r"|\s+(?:up|down)\s+the\s+(?:(?-i:[A-Z])[\w'-]+\s+)?(?:river|(?-i:[A-Z])[\w'-]+)"
                            r"\s+(?:to|from|towards?|into)\s+(?:the\s+)?(?:(?-i:[a-z]{1,3})-)?(?-i:[A-Z])", re.I)

# cues that give a role to the place they govern; longest first
# ("from" -> origin, "into" -> destination, "via" -> via, "in"/"at" -> arrival, ...)
_ROLE_CUES = [tuple(c[:2]) for c in _DATA["role_cues"]["cues"]]
# the characters a cue may open with (under re.I: either case), looked ahead at before the cues'
# ~50 branches are entered one by one: at a word's end, or a word opening otherwise, the search
# moves on at once (the cues were tried at both ends of every word: half of roles._cue_for's
# scan). Every cue's first character must be here: tests/test_speed46.py reads them from the
# pattern. The same matches.
_CUE_FIRST_CHARACTERS = ",abcdefhijlmoprstvw"
# (the cues gathered under their first characters: a cue is tried only behind a look-ahead at
# the character it opens with, _gathered_by_first_character; the same matches, tests/test_speed65.py)
_CUE_RE = _compile(r"\b(?=[" + _CUE_FIRST_CHARACTERS + r"])(?:"
                   + _gathered_by_first_character([f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_ROLE_CUES)],
                                                  [_first_characters(p) for p, _ in _ROLE_CUES])
                   + r")\b", re.I)
# the role of each cue by the name of its group ("c6" -> "origin"): a match holds exactly one
# group (the cues hold no group of their own), the last and only one to close, so
# ``m.lastgroup`` names it; listing ``m.groupdict()`` (~50 entries) for the one not None cost
# roles._cue_for a pass per cue tried (speed60)
_ROLE_OF_CUE_GROUP = {f"c{i}": role for i, (_p, role) in enumerate(_ROLE_CUES)}


def cue_role(m: re.Match) -> str:
    """The role of the cue a match of _CUE_RE found ("from" -> "origin", "into" -> "destination")."""
    return _ROLE_OF_CUE_GROUP[m.lastgroup]


# words that may stand between a cue and the place it governs, inside one noun phrase
# (and an ordinal in figures, as bases and units are numbered: "to the 57th Air Base 'X'", read44)
_GAP_TOKEN = _compile(r"[A-Za-z][\w'’-]*|\d+(?:[.,]\d+)?|\d+(?:st|nd|rd|th)|-|'s|’s")


class _NPGap:
    """Words that may stand inside one noun phrase between a cue and its place: plain words,
    possessives and numbers, but no punctuation. Checked token by token (a single regex with
    nested repetition backtracks exponentially on long gaps)."""

    @staticmethod
    def match(gap: str) -> bool:
        return all(_GAP_TOKEN.fullmatch(tok) for tok in gap.split())


_NP_GAP = _NPGap()
_CLAUSE_BREAK = _compile(r"[;:()]|\b(?:that|which|who|whom|has|have|had|is|are|was|were|been|ruled|controlled|held)\b|,\s*(?:and|but|while|who|which|where)\b|\b(?:said|says|told|according|while|but|although|because|after|before|as)\b", re.I)
_CHAIN = _compile(r"\b(?:from\s+there|thence|then|and\s+on|on\s+(?:the|their|its)\s+way|before\s+(?:heading|moving|continuing|proceeding)|later|afterwards|continu\w+)\b", re.I)

# (and the reports told with where they ran or who made them between the noun and "that":
# "Claims on social media that units entered X are false", "Rumours circulating in Y that ...",
# "Reports by residents that ...": s39 read105, read as reported before)
_REPORTED_WHERE = r"(?:(?:on|in|by|from|circulating|spread|made|carried)\s+(?:[\w'’.-]+\s+){0,5}?)?"
_REPORTS_THAT = _compile(r"\b(?:reports?|claims?|rumou?rs?|allegations?)\s+" + _REPORTED_WHERE + r"(?:that|of)\b", re.I)
_FALSE_AFTER = _compile(r"\b(?:false|untrue|baseless|fabricated|unfounded|inaccurate|fake|incorrect|groundless)\b", re.I)
# the reports denied in the passive after the move they tell: "Reports that fighters reached X
# were denied by the rebels", "... were dismissed by Asmara as propaganda", "Claims that troops
# entered Y have been rejected" (s39 read105 and lead: read as reported; status._status, with
# _REPORTS_THAT before the verb)
_DENIED_PASSIVE_AFTER = _compile(r"\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?"
                                 r"(?:denied|rejected|dismissed|refuted|disputed|contradicted)\b", re.I)
# (not a quantity's or a time's "no"/"not": "no fewer than 300 troops arrived", "not only
# soldiers but also police were sent", "not far from X", "not long after", "it was not until
# Monday that ...": the movement is told as done, s29m)
_NEGATION = _compile(r"\b(?:not(?!\s+(?:only|far\s+from|long\s+(?:after|before)|until)\b)"
                     r"|no(?!\s+(?:(?:fewer|less|more)\s+than|sooner)\b)|never|n't|nor|without|neither)\b|n't\b", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_NEGATION_GATE = Gate(_NEGATION, ("n't", "neither", "never", "no", "without"))
# ("dismissed reports", and with the verdict between: "dismissed as baseless reports that ...",
# "dismissed claims that ...", s27r)
# (and a claim told as false by its adverb: "milbloggers falsely claimed that X crossed into Y",
# "media wrongly reported that ...", read84)
_DENIAL = _compile(r"\b(?:den(?:y|ies|ied|ying)|refut\w+|reject\w*|dismiss\w*\s+(?:as\s+(?:[\w-]+\s+){1,3}?)?"
                   r"(?:reports?|claims?|allegations?)|false|(?:falsely|wrongly|erroneously|mistakenly|baselessly)\s+"
                   r"(?:claim(?:s|ed)?|report(?:s|ed)?|said|says|stat(?:es|ed)|alleg(?:es|ed)|assert(?:s|ed)|suggest(?:s|ed)))\b", re.I)
# the modal is lower-case "may"; "May" is the month ("ADEN, May 2 -", "in May")
_MODAL = _compile(
    r"\b(?:will|would|could|might|(?-i:may)|shall|going\s+to|(?!(?-i:PLAN\b))plan(?:s|ned|ning)?|intend\w*|intention\w*|"
    r"expect\w*|set\s+to|prepar\w+|about\s+to|threat\w*|aim\w*\s+to|want(?!ed\s+(?:for|by)\b)\w*|seek\w*|decid\w+\s+to|"
    r"order\w*|propos\w+|consider(?!abl)\w*|call\w*\s+for|demand\w*|urg(?!en[tc])\w+|possible|possibility|"
    # ("PLAN", in capitals, is China's navy, the People's Liberation Army Navy: "Two PLAN frigates
    # departed Qingdao" tells no plan, read86)
    # ("urgently sent", "URGENT |" of a newsflash: haste, no call to move; "urged", "urging" are;
    # "a considerable number of troops": a size; "soldiers wanted for war crimes": sought by others)
    # "likely to move" tells a plan; "likely moved", an analyst's hedge on a past move, does not
    r"likely(?=\s+to\b)|"
    r"rumou?r\w*|speculat\w+|if|unless|should|"
    # "There is also talk of Ugandan soldiers being sent north": speculation, no move (read129)
    r"talk\s+of|"
    # "troops are (due) to be deployed": a plan told by "be to"
    r"(?:is|are|was|were)\s+(?:due\s+)?to\s+be|"
    # ... or "due to" and a task before the move: "are due to load vehicles before heading back to
    # X" (the verb of moving after "before" is the plan's; "due to" alone is as often a cause)
    r"(?:is|are)\s+due\s+to\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+before\b|"
    # a decision about a move is no move: "approved / authorized / requested the deployment of"
    r"approv\w+|authori[sz]\w+|endors\w+|request\w*|asked\s+for|debat\w+|discuss\w+|"
    r"vot(?:e|es|ed|ing)\s+(?:for|on|to))\b", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_MODAL_GATE = Gate(_MODAL, ("about", "aim", "approv", "asked", "authori", "before", "call", "consider", "could", "debat", "decid", "demand", "discuss", "endors", "expect", "going", "if", "intend", "intention", "likely", "may", "might", "order", "plan", "possibility", "possible", "prepar", "propos", "request", "rumo", "seek", "set", "shall", "should", "speculat", "talk", "threat", "to", "unless", "urg", "vote", "voting", "want", "will", "would"))
_BACKGROUND = _compile(r"\bhad\s+been\s+(?:deployed|stationed|based)\b|\blast\s+year\b|\byears?\s+ago\b", re.I)
# habitual or aggregate telling: no one movement ("in recent months trucks have crossed")
_HABITUAL = _compile(
    # a progressive with a span of time: "have been crossing for weeks"
    # (also seen doing it: "have been seen moving between A and B for months")
    r"\b(?:ha(?:ve|s|d)\s+been(?:\s+(?:seen|spotted|observed|reported))?|(?:is|are|was|were|kept|keep|keeps))\s+\w+ing\b[^.;]*?\bfor\s+(?:weeks|months|years|days)\b|"
    r"\b(?:every|each)\s+(?:(?:other|few|single)\s+)?(?:days?|nights?|weeks?|months?|years?)\b|"
    # (and a named time of the year or week that comes back: "every July", "each spring", "every
    # Monday"; and "annually", "in past years": read84)
    r"\b(?:every|each)\s+(?:january|february|march|april|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|fall|winter|monsoon|dry\s+season|rainy\s+season|" + WEEKDAY_NAMES[3:-1] + r")\b|"
    r"\bannually\b|\b(?:in|over|during)\s+(?:past|previous|earlier)\s+years\b|"
    # (and the years after a past event, told as one span: "In the years that followed, India moved
    # 50,000 troops to Ladakh", "over the ensuing years", "in the years since": many moves summed, read108)
    r"\b(?:in|over|during)\s+the\s+(?:following|ensuing|subsequent)\s+(?:(?:few|two|three|several)\s+)?years\b|"
    r"\b(?:in|over|during)\s+the\s+years\s+(?:that\s+followed|since|afterwards?|after\s+that)\b|"
    r"\b(?:regularly|routinely|frequently|usually|habitually)\b|"
    r"\b(?:several|many|a\s+few|two|three)\s+times\s+a\s+(?:day|week|month)\b|\bon\s+a\s+(?:daily|weekly|monthly|regular)\s+basis\b|"
    # a count of entries over a span: "entered the waters around X four times this month" (aggregate)
    # (and "dozens of times this year", "hundreds of times since May", read44)
    r"\b(?:several|many|multiple|a\s+few|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|\d{1,3}|(?:dozens|scores|hundreds)\s+of)\s+times\s+"
    r"(?:this|last|so\s+far|since|over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last))\b", re.I)
_HABITUAL_GATE = Gate(_HABITUAL, ("regularly", "habitually", "usually", "frequently", "routinely", "every", "each", "weeks", "annually",
                                   "months", "years", "days", "basis", "times"))
# "often" / "repeatedly" make a statement habitual only at its verb ("trucks often cross from A";
# not "rebels, who often attack convoys, moved from A"): read in status._status
_HABITUAL_AT_VERB = _compile(r"\b(?:often|repeatedly)\s+(?:(?:have|has|had|been|be)\s+)?$", re.I)
# a time frame ("in recent months") makes a statement aggregate only with an aggregate mover
_TIME_FRAME = _compile(
    r"\b(?:in\s+)?recent\s+(?:days|weeks|months|years)\b"
    r"|\b(?:over|during|in)\s+the\s+(?:past|last)\s+(?:(?:few|several|\w+)\s+)?(?:weeks|months|years)\b"
    # "over the past year": a year told as a span of time (and a month: "Over the past month,
    # hundreds of trucks have crossed from A into B", read85)
    r"|\b(?:over|during|in)\s+the\s+(?:past|last)\s+(?:year|month)\b", re.I)
# a present perfect over months or years, or told as long-standing: no one movement
# (lexicon.json perfect_over_months; read in status._status)
_MONTHS_FRAME = _compile(_DATA["perfect_over_months"]["frame"], re.I)
_PERFECT_AT_VERB = _compile(_DATA["perfect_over_months"]["perfect"], re.I)
_LONG_PERFECT_AT_VERB = _compile(_DATA["perfect_over_months"]["long_perfect"], re.I)
# a yes/no question about a movement (lexicon.json yes_no_question; read in status._status)
_QUESTION_OPENING = _compile(_DATA["yes_no_question"]["opening"], re.I)
_SENTENCE_MARKS = _DATA["yes_no_question"]["sentence_marks"]
_QUESTION_MARK = _DATA["yes_no_question"]["question_mark"]
# a kind word right after a place's name ("Kadugli airport"), still its noun phrase (lexicon.json)
_KIND_AFTER_NAME = _compile(_DATA["kind_after_name"]["pattern"], re.I)
# "one for A and the other for B": the second end as the first (lexicon.json the_other_to)
_THE_OTHER_TO = _compile(_DATA["the_other_to"]["pattern"], re.I)
# a claim called false later in the sentence; a movement asked by "whether" (lexicon.json)
_CLAIMED_BEFORE = _compile(_DATA["claim_called_false"]["claimed_before"], re.I)
_CLAIM_VERDICT_AFTER = _compile(_DATA["claim_called_false"]["verdict_after"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_CLAIM_VERDICT_AFTER_GATE = Gate(_CLAIM_VERDICT_AFTER, ("allegation", "assertion", "brand", "call", "claim", "denied", "denies", "describe", "dismiss", "disputed", "disputes", "label", "refuted", "refutes", "rejected", "rejects", "report", "statement", "term"))
_WHETHER_BEFORE = _compile(_DATA["whether_told"]["pattern"], re.I)
# earlier movements told in the plural ("attacks on previous convoys headed to X"): background
_EARLIER_PLURAL = _compile(r"\b(?:previous|earlier|past|former)\s+(?:[\w-]+\s+){0,2}?(?:convoys|columns|deployments|"
                             r"rotations|contingents|withdrawals|shipments|flights)\b", re.I)
_AGGREGATE = _compile(r"\b(?:thousands|hundreds|dozens|scores|many|numerous|countless|convoys|columns|"
                        r"shipments|flights|deployments|rotations)\b", re.I)
# who is said to move, when it is not a force: an official's trip or civilians travelling
# (_CIVILIAN, _MOVER, _THINGS, clauses._UNIT_WORD: "\b(?=\w)" where a pattern of words opened
# with "\b": every alternative opens with a letter, so a match never starts at a word's end, where
# \b holds too; the look-ahead moves the search on there at once, before the dozens of branches
# are entered one by one. The same matches: tests/test_speed46.py.)
_CIVILIAN = _compile(
    r"\b(?=\w)(?:ministers?|presidents?|prime\s+ministers?|delegations?|envoys?|ambassadors?|diplomats?|officials?|"
    # an officer's trip is an official's ("the chief of staff flew to X to inspect troops")
    r"chief\s+of\s+(?:the\s+)?(?:general\s+|defen[cs]e\s+|army\s+)?staff|army\s+chief|commander|(?:the|a)\s+general(?!\s+staff)|"
    # ... and senior officers' ("Two senior officers flew to Kigali for talks": a trip, s22)
    r"senior\s+(?:military\s+|army\s+|police\s+|defen[cs]e\s+)?officers?|"
    r"spokes(?:man|woman|person)|residents|civilians|people(?!['’]s)|refugees|farmers|traders|pilgrims|students|"
    # (one of them: "a wounded farmer was rushed by air ambulance from X", "a baby was flown to Y")
    r"(?:resident|civilian|refugee|farmer|trader|pilgrim|student|journalist|reporter|migrant|villager|herder|"
    r"fisherman|passenger|patient|tourist|travell?er|visitor|baby|infant|child|children)(?!['’]s)|"
    # (a person told as such: "the man arrived at X", "when he arrived"; a force is "it", "they")
    r"(?:the|a|an)\s+(?:\w+\s+)?(?:man|woman|boy|girl)|(?<![\w'’-])(?-i:[Hh]e|[Ss]he)|"
    r"journalists|reporters|families|migrants|displaced|farmers|villagers|herders|fishermen|workers|"
    # (former soldiers: "veterans flew in for the ceremony" is no force's move; not "veterans'
    # groups said", a possessive, nor "veteran troops", read124)
    r"veterans(?!['’])|"
    r"passengers|patients|tourists|travell?ers|visitors|doctors|nurses|medics|experts|scientists|"
    r"investigators|inspectors|(?:health|aid|relief)\s+workers|(?:election\s+)?(?:observers|monitors)|mediators|negotiators|"
    r"(?:opposition|party|political|religious|tribal|community|civic)\s+(?:leaders?|figures?)|lawmakers?|legislators|"
    r"senators?|mayors?|clerics?|bishops?|imams?|"
    # a hospital's, an embassy's or an agency's staff (not "staff officers", "the general staff")
    r"(?<!general\s)(?<!military\s)staff(?!\s+(?:officers?|sergeants?|colonels?)\b)|"
    # who is held or freed is moved, no force ("released hostages were flown to X")
    r"hostages|detainees|prisoners|captives|POWs|evacuees|"
    # a crowd and who makes it up: "Protesters were gathered in X before being dispersed" (s36 read99;
    # not "rioters", who are read entering towns, places33)
    r"protesters|protestors|demonstrators|marchers|mourners|worshippers|supporters|crowds?)\b"
    # a civil office held by one person: "Sinaloa's governor", "the chancellor" (lexicon.json civil_offices)
    r"|" + _DATA["civil_offices"]["pattern"], re.I)
# "... into K and attacked a village near X": a verb of fighting after the end (lexicon.json
# fighting_joined)
_FIGHTING_JOINED = _compile(_DATA["fighting_joined"]["pattern"], re.I)
# a munition as the mover, fired or in flight: a strike (lexicon.json munitions_in_flight)
_MUNITION = _compile(_DATA["munitions_in_flight"]["munition"], re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_MUNITION_GATE = Gate(_MUNITION, ("bomb", "drone", "geran", "loitering", "missile", "projectile", "rocket", "shahed", "shell",
                                 "uav", "warhead"))
_MUNITION_IN_FLIGHT = _compile(_DATA["munitions_in_flight"]["in_flight"], re.I)
_STRIKE_VERBS = frozenset(_DATA["munitions_in_flight"]["strike_verbs"])
# an official whose title names a force ("the army chief", "the commander of the 3rd Division",
# "General X"): a person, not the force (lexicon.json official_titles)
_OFFICIAL_TITLE = _compile(_DATA["official_titles"]["pattern"], re.I)
_OFFICIAL_TITLE_GATE = Gate(_OFFICIAL_TITLE, ("gen", "colonel", "col.", "capt", "adm", "boss", "inspector", "marshal", "head",
                                               "founder", "leader", "chief", "brigadier", "spokes", "commander"))
# a subject whose head is a delegation: officials on a trip (lexicon.json delegation_head)
_DELEGATION_HEAD = _compile(_DATA["delegation_head"]["pattern"], re.I)
_DELEGATION_HEAD_GATE = Gate(_DELEGATION_HEAD, ("delegation", "inspection"))
# verbs by which an official or a civilian moves a force named as their object ("sent 300 troops")
_SENDING_VERBS = frozenset(_DATA["official_titles"]["sending_verbs"])
# vehicles of trade or travel, and goods: what moves when no force does (lexicon.json not_forces)
_CIVILIAN_VEHICLES = _compile(_DATA["not_forces"]["vehicles"] + "|" + _DATA["not_forces"]["agency_convoys"]
                               + "|" + _DATA["not_forces"]["airlines"], re.I)
_CIVILIAN_VEHICLES_GATE = Gate(_CIVILIAN_VEHICLES, ("lines", "boat", "ship", "vehicle", "aircraft", "airliner", "flight", "lorr", "train",
                                                     "convoy", "ways", "fleet", "truck", "column", "bus", "jet", "vessel", "plane",
                                                     # ("a Greek-flagged tanker", "a bulk carrier", "a freighter": merchant ships)
                                                     "tanker", "carrier", "freighter", "barge",
                                                     # ("the ferry X sailed from A to B": a ferry, read128)
                                                     "ferr",
                                                     # ("a tug sailed to X": a tug by its trade, read160)
                                                     "tug"))
_CARGO = _compile(_DATA["not_forces"]["cargo"], re.I)
_GOODS = _compile(_DATA["not_forces"]["goods"] + "|" + _DATA["not_forces"]["supplies"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_GOODS_GATE = Gate(_GOODS, ("animals", "ballot", "birds", "blankets", "cattle", "cement", "charcoal", "chickens", "cocaine", "coffee", "commodities", "crops", "drugs", "envelopes", "exports", "fertili", "flour", "food", "generators", "gold", "goods", "grain", "imports", "letters", "livestock", "mail", "maize", "medicine", "merchandise", "minerals", "packages", "parcels", "pigs", "poultry", "produce", "rice", "salt", "samples", "specimens", "sugar", "swabs", "tents", "timber", "vaccines", "wheat"))
_THE_DEAD = _compile(_DATA["not_forces"]["the_dead"], re.I | re.S)
_THE_DEAD_GATE = Gate(_THE_DEAD, ("remains", "bodies", "corpses", "coffins"))
# things that move in news but are no force ("the bill moved to X", "talks moved to Y"), what a
# subject that names no force moves ("withdrew its ambassador"), what a trip was for ("for talks")
_THINGS = _compile(r"\b(?=\w)" + _DATA["not_forces"]["things"].removeprefix(r"\b"), re.I)  # (as _CIVILIAN)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_THINGS_GATE = Gate(_THINGS, ("agencies", "agency", "airline", "appeal", "athletes", "banks", "bid", "bill", "birr", "case", "cedi", "central", "charities", "charity", "cholera", "clashes", "club", "companies", "company", "concert", "conference", "conflict", "consultations", "corporation", "currency", "cyclone", "debate", "disease", "dollar", "drought", "ebola", "economy", "election", "epidemic", "euro", "fans", "festival", "fighting", "final", "firm", "fixture", "flood", "flu", "front", "game", "hearing", "heatwave", "hryvnia", "hurricane", "inflation", "inquiry", "investigation", "kwacha", "law", "legislation", "lender", "lira", "locusts", "market", "match", "measles", "meeting", "motion", "mpox", "naira", "negotiations", "ngo", "outbreak", "pandemic", "peso", "players", "polio", "pound", "price", "probe", "process", "proposal", "rain", "rand", "referendum", "resolution", "rial", "riyal", "session", "shares", "shilling", "stocks", "storm", "summit", "supporters", "talks", "team", "tournament", "typhoon", "uble", "unrest", "verdict", "violence", "virus", "vote", "war", "wildfire"))
_THING_OBJECT = _compile(_DATA["not_forces"]["objects"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_THING_OBJECT_GATE = Gate(_THING_OBJECT, ("aid", "assistance", "attention", "clinic", "condolences", "consulate", "doctors", "donations", "embassies", "embassy", "employees", "experts", "factories", "factory", "focus", "funds", "health", "inspectors", "investigators", "invitation", "letter", "medics", "message", "mission", "money", "monitors", "note", "nurses", "observers", "office", "relief", "staff", "supplies", "workers", "workforce"))
_OBJECT_SPAN = _compile(_DATA["not_forces"]["object_span"], re.I)
_ARMS = _compile(_DATA["not_forces"]["arms"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_ARMS_GATE = Gate(_ARMS, ("ammunition", "armo", "arms", "artillery", "drone", "howitzer", "jet", "missile", "munitions", "plane", "rocket"))
_TRIP_PURPOSE = _compile(_DATA["not_forces"]["trip_purpose"], re.I)
# a person named with no title, going somewhere ("Ruto flew to Luanda"): lexicon.json named_person
_PERSON_VERBS = frozenset(_DATA["named_person"]["verbs"])
_PERSON_SUBJECT = _compile(_DATA["named_person"]["subject"])
_PERSON_AFTER_VERB = _compile(_DATA["named_person"]["after_verb"])
_NOT_PERSON_NAMES = frozenset(_DATA["named_person"]["not_names"])
# aircraft told by their model's plural ("Four Eurofighters", "Gripens"): capitalised as a
# person's name is, but no person (read58: "Four Eurofighters flew from A to B" was a trip)
_AIRCRAFT_MODEL_PLURAL = _compile(r"\b(?-i:" + _DATA["aircraft_models"]["plural"] + r")\b")
# "stopped crossing": a movement that no longer happens (lexicon.json ceased)
_CEASED = _compile(_DATA["ceased"]["pattern"], re.I)
_MOVER = _compile(
    r"\b(?=\w)(?:forces?|troops|army|military|soldiers|convoys?|columns?|contingents?|peacekeepers|militias?|"
    r"fighters|mercenaries|units?|battalions?|brigades?|regiments?|divisions?|personnel|marines|police|"
    r"gendarmes?|guards?|rebels|militants|jihadists|insurgents|vehicles|trucks|tanks|aircraft|helicopters|"
    r"ships?|warships?|boats|equipment|weapons|reinforcements|(?<!senior\s)officers|commandos|paratroopers|"
    r"instructors|advisers|advisors|trainers|"
    # (a unit below a battalion: "A second company followed to X", "a platoon was sent to Y",
    # read122; "company" only where it is told as a unit, by an ordinal, an arm or "of" troops
    # after it: "the company moved its offices to X", "Two companies moved from A to B" are firms)
    # (the look-ahead first: the look-behinds are tried only before "compan", not at every word)
    r"platoons?|(?=compan)(?:(?<=second\s)|(?<=third\s)|(?<=fourth\s)|(?<=fifth\s)|(?<=[0-9][a-z][a-z]\s)|(?<=rifle\s)|(?<=infantry\s)|(?<=tank\s)|(?<=engineer\s)|"
    r"(?<=mortar\s)|(?<=marine\s)|(?<=commando\s)|(?<=reserve\s)|(?<=mechanised\s)|(?<=mechanized\s))compan(?:y|ies)|"
    r"compan(?:y|ies)(?=\s+of\s+(?:[0-9,]+\s+)?(?:troops|soldiers|marines|infantry|paratroopers|commandos|peacekeepers|"
    r"gendarmes|police|riflemen|engineers|legionnaires|reservists))|"
    # (a force's people by their service: "Carabineros crossed into X", force_kinds service_people)
    + _SERVICE_PEOPLE + r"|"
    # (a force's medics by their trade's military name: "Field medics and engineers were deployed
    # to X", "combat medics"; bare "medics" may be a hospital's, _CIVILIAN, s26r)
    r"(?:combat|field|battlefield|front-?line)\s+medics|"
    # ("Pakistani paramilitary Rangers": the service's adjective names a force, whatever its noun)
    r"paramilitary|paramilitaries)\b", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_MOVER_GATE = Gate(_MOVER, ("advisers", "advisors", "aircraft", "airmen", "army", "battalion", "boats", "brigade", "carabineros", "carabinieri", "column", "commandos", "companies", "company", "conscripts", "contingent", "convoy", "division", "equipment", "fighters", "force", "gendarme", "guard", "helicopters", "instructors", "insurgents", "jihadists", "marines", "medics", "mercenaries", "militants", "military", "militia", "officers", "paramilitaries", "paratroopers", "peacekeepers", "personnel", "platoon", "police", "rangers", "rebels", "recruits", "regiment", "reservists", "sailors", "ship", "soldiers", "tanks", "trainers", "troops", "trucks", "unit", "vehicles", "weapons"))
# a warship or a warplane told one by one, or a navy's group, is a force too, for the verbs that
# need one named before them ("the frigate called at X", "the amphibious group was on its way to
# Y"): asked only there (clauses' force_only test), not of every subject as _MOVER is
_VESSEL_MOVER = _compile(
    r"\b(?:frigates?|destroyers?|corvettes?|cruisers?|submarines?|gunboats?|bombers?|warplanes?|fighter\s+jets?|"
    r"(?:strike|amphibious|battle|carrier|naval|ready)\s+groups?|(?:naval\s+)?task\s+groups?|flotillas?)\b", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_VESSEL_MOVER_GATE = Gate(_VESSEL_MOVER, ("bomber", "corvette", "cruiser", "destroyer", "fighter", "flotilla", "frigate", "group", "gunboat", "submarine", "warplane"))
# weapons named as what moved are a force too for those verbs ("the guns were taken by road to
# X"; lexicon.json materiel_mover), asked only there as _VESSEL_MOVER is
_MATERIEL_MOVER = _compile(_DATA["materiel_mover"]["pattern"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_MATERIEL_MOVER_GATE = Gate(_MATERIEL_MOVER, ("ammunition", "armo", "artillery", "batteries", "battery", "bmd", "bmp", "btr", "guns", "howitzer", "launcher", "missiles", "mortars", "munitions", "ordnance", "rockets", "t-"))
# verbs whose move ends at the force's home (lexicon.json home_verbs: "were repatriated from X")
_HOME_VERBS = frozenset(_DATA["home_verbs"]["verbs"])
_IN_YEAR = _compile(r"\b(?:in|since)\s+((?:19|20)[0-9][0-9])\b", re.I)
_SOME_DAY = dt.date(2000, 1, 1)
_QUOTES = " \"'“”‘’«»"
# "said" as a verb of saying: not "Said" with a capital after a word, the last word of a name
# ("Port Said", "Ahmed Said"): "sailed from A to Port Said on Tuesday" was left undated (the day
# read as the day of saying) and "Two corvettes sailed to Port Said" uncounted (a source's count,
# _SOURCE_COUNT_SAID; s46 read123)
SAID_VERB = r"(?:(?-i:said|SAID)|(?<![a-z]\s)(?-i:Said))"
_SPEECH_BEFORE = _compile(r"\b(?:" + SAID_VERB + r"|says|told|announced|stated|reported|added|confirmed|claimed)\b[^.,;]*$", re.I)
# (and the verbs of a ship at its berth: "a patrol ship and several minesweepers remain moored at
# X", "the frigate is anchored off Y" tell where ships are, not where they went; read53)
_STATIC_VERB = {"deploy", "redeploy", "moor", "berth", "anchor", "dock"}
# words that tell a movement apart from one told before ("a separate convoy", "another
# column", "a second batch", "the previous one", "other units")
# (every word opens with one of _DISTINCT_FIRST_CHARACTERS, looked ahead at first, and "earlier" is
# looked ahead at before the five look-behinds: the search moves on at once at any other
# character, where every branch was entered; tests/test_speed48.py)
_DISTINCT_FIRST_CHARACTERS = "abeflopst"
_DISTINCT = _compile(
    r"\b(?=[" + _DISTINCT_FIRST_CHARACTERS + r"])(?:"
    r"\b(?:separate|another|second|third|fourth|fifth|sixth|previous)\b|\ba\s+new\b"
    # "an earlier convoy", not the adverb of when: "The ships had earlier sailed from X", "left
    # earlier from Y", "earlier this week", "earlier on Monday" tell when the same force moved (s28m)
    r"|(?=earlier\b)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bwas\s)(?<!\bwere\s)\bearlier\b"
    r"(?!\s*[,.;]|\s*$|\s+(?:this|that|in|on|last|today|yesterday|than|from|to|into|toward|towards|at|out|off|back)\b)"
    # "..., while others were airlifted from A to B": the rest of a group, another movement
    r"|\bothers\b"
    # "The rest of the unit's equipment reached Y" after "Some of the launchers were trucked through
    # X": the part not told before, another movement (read43)
    r"|\bthe\s+(?:rest|remainder|remaining)\b"
    # "other", "further", "additional" only of what moves ("other units"), not of places or
    # ways ("the other bank", "further north")
    # (and a group told by its size against the one before: "A smaller group of trucks was
    # photographed crossing X" after 25 armoured vehicles)
    r"|\b(?:other|further|additional|smaller|larger|bigger)\s+(?:[\w-]+\s+)?(?:units?|troops|forces|soldiers|fighters|brigades?|"
    r"battalions?|groups?|convoys?|columns?|contingents?|reinforcements|vehicles|trucks|personnel|officers|"
    r"police|peacekeepers|ships|aircraft|planes|platoons?|compan(?:y|ies)|divisions?|paratroopers|commandos)\b)", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_DISTINCT_GATE = Gate(_DISTINCT, ("additional", "bigger", "earlier", "fifth", "fourth", "further", "larger", "new", "other", "previous", "remainder", "remaining", "rest", "second", "separate", "sixth", "smaller", "third"))
# a count that opens an attribution after the movement: "..., two officers familiar with the
# deployment said", "..., three residents told Reuters": who told, not what moved. The count's
# phrase follows a comma (or opens the clause) and a verb of saying comes within six words of
# its noun, with no verb of its own between
_SOURCE_COUNT_OPENS = _compile(r"(?:^|,)\s*(?:at\s+least\s+|some\s+|about\s+)?$")
_SOURCE_COUNT_SAID = _compile(r"(?:\s+(?!(?:who|which|that|had|has|have|were|was)\b)[\w'\u2019-]+){0,6}?\s+"
                              r"(?:" + SAID_VERB + r"|say|says|told|reported|confirmed|added|noted|explained)\b(?!\s+to\b)", re.I)
# ", leaving Rwandan forces in charge", ", leaving 50 soldiers behind": who stayed, not a
# movement of them (the participle's object is kept in place by the movement told before it)
_LEFT_IN_PLACE = _compile(r",\s*(?P<verb>leaving)\s+(?:(?:[\w'\u2019-]+\s+){1,6}?(?:in\s+(?:charge|control|command|place)|behind|"
                          r"to\s+(?:guard|hold|secure|man)\b)"
                          # (or a remnant of the force and where it stays: ", leaving only a small
                          # garrison at the border post", ", leaving 200 soldiers in Gao")
                          r"|(?:only\s+)?(?:a|an|some|about|[\d,]+)\s+(?:[\w-]+\s+){0,2}?(?:garrison|detachment|rear\s*guard|"
                          r"contingent|company|platoon|unit|troops|soldiers|personnel)\s+(?:at|in|near|on|around)\b)", re.I)
# a verb of demanding before "that" governs the clause after it: "Baghdad demanded that Turkey
# withdraw its forces from X", "urged that the troops be moved": asked for, not told as done
_DEMANDED_THAT = _compile(r"\b(?:demand\w*|urg\w+|insist\w*|ask\w*|call\w*\s+for|request\w*|propos\w+|"
                          r"recommend\w*|suggest\w*|requir\w+)\s+that\s+[^,;.]{0,80}$", re.I)
# a sentence that opens by setting itself apart from the one before: "Separately, ...", "In a
# separate development, ...", "Elsewhere, ...": what it tells is another movement
_SEPARATE_OPENING = _compile(
    r"\s*(?:separately|elsewhere|in\s+(?:a\s+separate|another)\s+(?:development|incident|move|statement|report|"
    r"operation)|in\s+other\s+news)\s*,", re.I)
# movement verbs that after "to" state a purpose, not a second movement ("sent to reinforce X")
_PURPOSE_VERBS = set(_DATA["purpose_verbs"])
# where a purpose clause's place is the end of the movement (lexicon.json purpose_locus): after a
# verb that places a force or tells its arrival, or with a purpose of joining a force there
_LOCUS_PLACING = frozenset(_DATA["purpose_locus"]["placing"])
_LOCUS_JOINING = frozenset(_DATA["purpose_locus"]["joining"])
# a purpose clause's place that is its target, no end (lexicon.json purpose_target): the place of
# a purpose of fighting ("to retake X", "to fight rebels in Y") or of securing a site there
# ("to secure the airport in Z")
_TARGET_FIGHTING = frozenset(_DATA["purpose_target"]["fighting"])
_TARGET_SECURING = frozenset(_DATA["purpose_target"]["securing"])
_TARGET_SITE = _compile(r"\s+(?:[\w'’-]+\s+){0,3}?" + _DATA["purpose_target"]["sites"]
                        + r"\s+(?:in|at|inside)\s+(?:the\s+)?", re.I)
# presence, not movement, around a deployment verb: "remain deployed", "are deployed in",
# "have been deployed there since 2015", "stationed", "based"
_PRESENCE = _compile(
    r"\b(?:remain\w*|stay\w*|still|stationed|based)\s+(?:\w+\s+)?$"
    r"|\b(?:is|are|am)\s+(?:(?!being\b)\w+\s+)?$", re.I)
_PRESENCE_AFTER = _compile(r"^[^.;]*?\bsince\b|^\s+(?:there\s+)?for\s+(?:years|months|decades)\b", re.I)
# deployment participles that describe a force by where it is ("peacekeepers deployed in X are ...")
_PARTICIPLE_OF_PRESENCE = {"deploy", "redeploy"}
# words of schedule before an infinitive ("is scheduled to arrive"): a plan even after an ordinal subject
_SCHEDULED_BEFORE_TO = ("scheduled", "slated", "due", "set", "poised", "planned", "expected", "likely", "going")
_INFINITIVE_OK = _compile(
    r"\b(?:began|begin|begins|started|start|starts|continued|continue|continues|managed|had|has|have|were\s+seen|was\s+seen)\s+(?:to\s+)?$"
    # "were able to reach X" tells that they did
    r"|\b(?:was|were)\s+(?:\w+\s+)?able\s+(?:to\s+)?$"
    # "appeared to move toward X", "were said to have left Y": a move told with a hedge, not a plan
    r"|\b(?:appears?|appeared|seems?|seemed)\s+(?:to\s+)?$"
    r"|\b(?:is|are|was|were)\s+(?:said|reported|believed|thought|understood|alleged|known|rumou?red)\s+(?:to\s+)?$"
    # "were forced to withdraw to X", "compelled to turn back": made to, so they did
    r"|\b(?:forced|compelled|obliged)\s+(?:to\s+)?$"
    # ... and made to by someone else: "forced the rebels to retreat to X" (read.made_to_move)
    r"|\b(?:forced|forcing|compelled|compelling|obliged|obliging)\s+(?:[\w'’-]+\s+){1,6}$"
    # ... or prompted, caused to: "The clashes prompted the government to deploy units from A to B"
    # (a cause that made the move, told in the past: it happened, s30m; "prompted calls to send"
    # is a call, no move)
    r"|\b(?:prompted|caused)\s+(?!calls?\b|demands?\b|appeals?\b|plans?\b)(?:[\w'’-]+\s+){1,4}$"
    # "appeared to leave X", "seemed to move to Y": a hedge on what was seen, told as having
    # happened, no intent (read45; "appeared to be preparing to move" keeps its intent)
    r"|\b(?:appeared|appears|appear|seemed|seems|seem)\s+(?:to\s+)?$"
    # "the first / largest convoy to reach X" reports a fact, it plans nothing
    # (but not when a word of schedule stands right before "to": "the next battalion is scheduled
    # to arrive in X", "the first police unit is due to reach Y" are plans, s41 read111)
    r"|\b(?:first|last|only|next|second|third|\w{3,}est)\s+(?:[\w-]+\s+){0,5}"
    + "".join(rf"(?<!\b{word}\s)" for word in _SCHEDULED_BEFORE_TO) + r"$", re.I)

# a time adverbial that opens a sentence without a comma: "On Monday they entered X"
_TIME_OPENER = (r"(?:(?:on|by|early|late|later|that|the\s+next|the\s+following)\s+(?:the\s+)?"
                # "by nightfall the column", "at dawn the troops": a time of day told by its noun
                r"(?:(?:[A-Z]\w+|\d+\w*|morning|evening|night|day|afternoon|week|nightfall|dawn|dusk|daybreak|midday|noon|midnight)\s+){1,2}(?:(?:morning|evening|night)\s+)?"
                # ... and its year: "on 26 June 2025 they moved" (court and inquiry findings date
                # each event in full; s49 read138)
                r"(?:(?:19|20)[0-9]{2},?\s+)?"
                # "Two days later they ..."
                r"|(?:a|one|two|three|four|five|six|several|some|a\s+few)\s+(?:days?|hours?|weeks?)\s+later,?\s+"
                # "After a night in the town they ...": a stay before the next move (read.time_opener)
                r"|" + STAY_BEFORE + r",?\s+)")
# words of time that may stand between a verb and a cue attached to it
_TIME_WORDS = _compile(r"\b(?:on|in|at|early|late|later|the|" + WEEKDAY_NAMES + r"|"
                         r"morning|evening|night|afternoon|overnight|dawn|dusk|today|yesterday|\d{1,2}(?:st|nd|rd|th)?)\b", re.I)
# a relative clause set off by commas: "the troops, who had been based there since 2022, moved",
# and an appositive noun with one: "The CSP-DPA, the alliance that controlled Kidal until November
# 2023, said", "The 5th Brigade, a unit that fought in Bakhmut in 2023, moved" (what the subject is,
# and when that was: before, its year dated the move, or made it background)
# (not a clause of saying with its own subject: "At X, the inhabitants say that soldiers were
# withdrawn to Y, leaving the town": what they say is the main clause, no aside, s42 read114)
_ASIDE = _compile(r",\s*(?:(?:who|which|whose)\b|(?:the|a|an)\s+(?:(?!(?:say|says|said|claim|claims|claimed|"
                  r"believe|believes|fear|fears|insist|insists|insisted)\b)[\w'’-]+\s+){0,5}?(?:that|which|who)\s)[^,;.]*,")
# a participle of presence set off by commas: "officers, stationed in X since 2024, moved" (lexicon.json)
_PRESENCE_ASIDE = _compile(_DATA["presence_aside"]["pattern"], re.I)
# who moves: a force noun, optionally with a national / organisational qualifier before it
_FORCE_NOUN = (r"(?:forces|force|troops|army|armies|"
               # (a force's people by their service or call-up, after a nation's or a force's name:
               # "Estonian reservists", "Mexican guardsmen", "Kenyan sailors" named no actor, s26r)
               + _SERVICE_PEOPLE + r"|servicemen|militiamen|"
               # (and its officers, as a police force's or a mission's are named: "144 Kenyan officers
               # flew to X", "Jamaican officers arrived"; a senior officer's trip is no force's, _CIVILIAN, s32 read87)
               r"(?<!senior\s)officers|"
               # "military police" before "military": "A Russian military police patrol" is its police's
               r"military\s+police|military|soldiers|convoys?|columns?|contingent|"
               r"peacekeepers|peacekeeping\s+\w+|militias?|fighters|peshmerga|mercenaries|coalition|units?|battalions?|brigades?|"
               # (peacekeepers by their helmets, mercenaries by their trade: "Bangladeshi blue
               # helmets", "Russian contractors", s23r)
               r"blue\s+helmets|contractors|"
               # (armoured vehicles told as a mass: "Russian armour moved", "a column of Turkish armour")
               r"armou?r(?!ed|y)|"
               # the armed groups of a war told as a side's "factions" ("Turkish-backed factions moved")
               r"factions|"
               r"regiments?|divisions?|platoons?|squadrons?|detachments?|personnel|marines|navy|air\s+force|paratroopers|commandos|"
               # (a battalion tactical group by its letters, as analysts and OSINT posts write it:
               # "RU BTG moved", "two Russian BTGs left X", s34 read94)
               r"BTGs?|"
               # (foot soldiers told by their arm: "German naval infantry flew into X", s25; not the
               # vehicles named after them, "infantry fighting vehicles", nor before a unit's noun,
               # "an Irish infantry company", whose noun names the force)
               r"(?:naval\s+)?infantry(?!\s+(?:fighting|company|companies|battalions?|brigades?|regiments?|divisions?|units?|platoons?|squads?|"
               r"sections?|groups?|troops|soldiers|detachments?))|"
               r"special\s+forces|armed\s+forces|security\s+forces|military\s+police|gendarmes|gendarmerie|police|guards?|group|reinforcements|"
               # (a force's reserves, as "reinforcements" are told: "Ukrainian reserves arrived in X";
               # not a stock's: "gas reserves", "gold reserves")
               r"(?<!gas\s)(?<!oil\s)(?<!cash\s)(?<!gold\s)(?<!fuel\s)(?<!food\s)(?<!water\s)(?<!grain\s)reserves|"
               # (a border service in lower case, the border force of most former Soviet states:
               # "Kyrgyzstan's border service moved an armoured company", s25 probe)
               r"border\s+(?:guard\s+)?service|"
               # (a border or coast force told in lower case after its state's possessive, whose
               # first word is no force noun: "Russia's border guards left X", "Kenya's coast
               # guard sailed", s28m: no actor, or the receiver named after "to")
               r"border\s+(?:guards?|police|troops)|coast\s*guards?|"
               r"(?:military\s+)?(?:instructors|advisers|advisors|trainers)|"
               # warships are a navy's force as a column is an army's: "two Russian submarines sailed"
               r"warships|frigates|destroyers|corvettes|submarines|gunboats|naval\s+vessels|patrol\s+boats|"
               # ... and the navy's or coast guard's other ships by their trade, after the state's
               # demonym: "two Philippine supply boats", "three Vietnamese patrol vessels", "two
               # Russian landing ships" named no actor (s37 read101; civilian boats are told by
               # lexicon.json's "vehicles", "fishing boats", and read no movement)
               r"cruisers|patrol\s+(?:vessels|ships)|missile\s+boats|naval\s+ships|landing\s+ships|amphibious\s+(?:ships|vessels)|"
               r"minesweepers|minehunters|cutters|(?:re)?supply\s+(?:boats|ships|vessels)|"
               # ... and a navy's groups of them: "A Chinese naval flotilla arrived back in Qingdao"
               r"flotillas?|(?:naval\s+)?task\s+groups?|(?:carrier\s+)?strike\s+groups?)")
# the last word of a force's proper name, capitalised as names are: "the Rapid Support Forces",
# "the Free Syrian Army", "the Republican Guard", "the Western Military District" (the force nouns above are matched in lower case)
# (and a border service, which is the border force of most former Soviet states: "the State Border
# Service", "the Border Guard Service"; "Service" alone names no force: "the Security Service")
# (and the South Asian forces named for their arm: "the Rashtriya Rifles", "the Assam Rifles",
# "the Sindh Rangers", read55)
# (and the word that ends a division's short name after its ordinal: "the 82nd Airborne", "the
# 1st Cavalry", "the 10th Mountain", "the 3rd Armored", as US reports name the divisions)
_FORCE_NAME_END = (r"(?:(?<=Border\s)Service|(?<=Guard\s)Service|(?<=[0-9](?:st|nd|rd|th)\s)(?:Airborne|Cavalry|Mountain|Armou?red)|Forces|Force|Army|Guards?|Militias?|Brigades?|Corps|Regiments?|Divisions?|Battalions?|Squadrons?|Gendarmerie|Marines|Legion|Group|Fleet|Military\s+District|Flotilla|Police|Infantry|Rifles|Rangers|"
                   # (British battalions and commandos named by a bare number: "2 Para", "42 Commando", read124)
                   r"(?<=[0-9]\s)(?:Para|Commando))")
# the members of an armed group told by its name ("M23 rebels", "al-Shabaab militants"): who
# moved only after a name, never a national force's noun ("Congolese rebels" are no army of Congo)
_GROUP_MEMBERS = r"(?:rebels|militants|insurgents|gunmen|jihadists|militiamen)"
# the singular capitalised heads a unit numbered by a bare cardinal ends in (official_statements.json)
# ('48 PMF Squadron'; the lookahead keeps its capitals in a pattern that ignores case), and the
# people a count before a unit's title counts ("200 Marine Corps veterans")
_UNIT_NAMES = read_data("official_statements.json")["unit_names"]
_BARE_NUMBER_HEADS = _UNIT_NAMES["bare_number_heads"]
_BARE_NUMBER_COUNTED = _UNIT_NAMES["bare_number_counted"]
BARE_NUMBERED_UNIT = (r"(?<![\d,.])[0-9]{1,3}(?=(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}\s+(?-i:" + _BARE_NUMBER_HEADS + r")\b"
                      r"(?!\s+(?:" + _BARE_NUMBER_COUNTED + r")\b))")
# a word of a force's name: capitalised ("Wagner", "M23"), an Arabic article before it
# ("al-Shabaab"), or an ordinal ("the 82nd Airborne Division's 1st Brigade"; not "3rd March")
# (two names joined by a slash are one coalition's: "M23/AFC fighters" named "AFC fighters", s41 read112)
_NAME_WORD = (r"(?:[A-Z][\w.'’-]{0,40}(?:/[A-Z][\w.'’-]{0,40})?|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z][\w.'’-]{0,40}|"
              r"[0-9]{1,3}(?:st|nd|rd|th)(?!\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
              # a bare cardinal that numbers a unit, as Nigerian and Ghanaian communiques and
              # British usage write it ("Troops of 21 Special Armoured Brigade", "222 Battalion",
              # "48 PMF Squadron"): only before capitalised words and a singular head, so a
              # count ("300 Special Forces", "40 trucks") stays a count (read60)
              + BARE_NUMBERED_UNIT + r")")
# a force's name in Spanish, Portuguese or French word order, its noun first, as reports from
# Latin America and francophone Africa keep it: "the Guardia Nacional", "the Ejército
# Mexicano", "the Policía Nacional de Colombia", "the Forças Armadas", "the Armée nationale"
_ROMANCE_FORCE = (r"(?:Guardia|Ej[ée]rcito|Polic[íi]a|Fuerzas?|Armada|Gendarmer[íi]a|Carabineros|Infanter[íi]a|"
                  r"Ex[ée]rcito|Pol[íi]cia|For[çc]as?|Arm[ée]e)"
                  r"(?:\s+(?:(?:de|del|da|do|das|dos|des|du|de\s+la|de\s+las|de\s+los|y|e)\s+)?"
                  r"(?:[A-ZÁÉÍÓÚÑÇ][\w.'’-]{0,40}|nacional|nationale|federal|militar|militaire|estatal|armadas|arm[ée]es))"
                  r"(?:\s+(?:(?:de|del|da|do|das|dos|des|du|de\s+la|de\s+las|de\s+los|y|e)\s+)?[A-ZÁÉÍÓÚÑÇ][\w.'’-]{0,40}){0,3}")
# the prepositions that open a sentence before a force's name ("In Norway's Brigade North, ...")
_OPENING_PREPOSITION = r"(?:In|Within|Inside|At|From|For|With|Among|Across|Under)"
# a compass point that ends a formation's name ("Brigade North", "Army South", "Group West")
_COMPASS_AFTER_HEAD = r"(?:\s+(?:North|South|East|West)(?!\s+of\b))?"
# ... and so is a number after the head that numbers the unit, as Myanmar's, Thailand's and
# navies' units are written ("Light Infantry Division 99", "Task Force 51"): not a count of what
# follows ("Division 3,000 troops"), a distance or a share
_NUMBER_AFTER_HEAD = (r"(?:\s+[0-9]{1,4}(?![0-9]|[,.][0-9]|\s*%|\s*(?:km|kilomet\w*|miles?|soldiers|troops|men|fighters|"
                        r"personnel|vehicles|trucks|tanks|aircraft|ships|boats)\b))?")
# a word between a demonym and a force noun that is the verb of a clause, not a word of the force's
# name: "Russian command transferred troops", "US officials said troops" (the actor read "Russian
# command transferred troops", s29m)
# (lexicon.json not_a_word_of_a_force_name, in its order: the pattern's kept code is found by its text)
_NOT_A_VERB_OF_SENDING = r"(?!(?:" + "|".join(_DATA["not_a_word_of_a_force_name"]["words"]) + r")\b)"
# (the characters a match may open with: an article's, a name word's, a number's, al-/el-'s: the
# pattern has no first character the engine could skip to, and was tried in full at every
# character of a clause; the look-ahead moves the search on at once from the others (three in
# five). The same matches: tests/test_speed46.py reads them from the pattern.)
_ACTOR_FIRST_CHARACTERS = "0-9A-Zaet"
_ACTOR_RE = _compile(
    r"(?=[" + _ACTOR_FIRST_CHARACTERS + r"])"
    # a name word is at most 41 characters: one 12,000-letter capitalised token was re-scanned
    # to its end from each of its letters (quadratic)
    # (a preposition opening the sentence is no word of the name: "In Norway's Brigade North, a
    # battalion moved" names no force "In"); a compass point after the head is of the name:
    # "Brigade North", "Army South", not before "of": "the Army north of X")
    # (the article opening the sentence, "The", is no word of the name either: counted as one,
    # "The Pskov-based 76th Guards Air Assault Division" ran out of its five words at "Guards")
    r"(?P<actor>(?:(?:[Tt]he|[Aa]n?)\s+)?(?!" + _OPENING_PREPOSITION + r"\s)(?:" + _NAME_WORD + r"\s+){1,5}(?:" + _FORCE_NOUN + r"|"
    + _FORCE_NAME_END + _COMPASS_AFTER_HEAD + _NUMBER_AFTER_HEAD + r"|" + _GROUP_MEMBERS + r")|"
    r"(?:(?:the|a|an)\s+)?(?:US|U\.S\.|UK|American|Russian|Turkish|Iranian|Iraqi|Syrian|French|"
    r"Israeli|British)\s+(?:" + _NOT_A_VERB_OF_SENDING + r"\w+\s+){0,2}" + _FORCE_NOUN + r"|(?:(?:the|a|an)\s+)?" + _ROMANCE_FORCE + r")\b")
# a ship told by its name: after a navy's prefix (as Wikipedia's "Ship prefix" lists them:
# "USS Carney", "HMS Prince of Wales", "INS Vikrant") or a ship's kind ("the frigate Admiral
# Gorshkov"), with the strike group it leads ("the USS Gerald R. Ford carrier strike group")
_SHIP_PREFIX = (r"(?:USS|USNS|USCGC|HMS|HMCS|HMAS|HMNZS|INS|FS|ITS|ESPS|SPS|TCG|JS|ROKS|PNS|RFS|KRI|BRP|HNLMS|HDMS|"
                r"HNoMS|HSwMS|NRP|FGS|RSS|KD|BNS|NNS|SAS|ARA|BAP|ORP|ENS|IRIS|HTMS|CCG)")
_SHIP_NAME_WORDS = r"(?:[A-Z][\w.'’-]{0,30}\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w.'’-]{0,30}"
# (a look-ahead at the characters a match opens with, the prefixes' capitals and the kinds' first
# letters: the search moves on at once elsewhere; tests/test_speed48.py)
_SHIP_NAME_FIRST_CHARACTERS = "ABCEFHIJKNOPRSTUacdfilpsw"
_SHIP_NAME = _compile(
    # (a coast guard's ship by its hull number: "CCG 5901", s22)
    r"(?=[" + _SHIP_NAME_FIRST_CHARACTERS + r"])(?:(?P<ship>\b" + _SHIP_PREFIX + r"\s+(?:" + _SHIP_NAME_WORDS + r"|[1-9][0-9]{1,4})"
    + r"(?:\s+(?:carrier\s+|amphibious\s+|expeditionary\s+)?(?:strike|battle|ready)\s+group)?)\b"
    r"|\b(?:destroyer|frigate|corvette|cruiser|submarine|(?:aircraft\s+)?carrier|warship|landing\s+ship|"
    r"patrol\s+(?:boat|ship|vessel)|icebreaker)\s+(?P<named>(?!(?i:" + WEEKDAY_NAMES + r"|january|february|march|april|may|"
    r"june|july|august|september|october|november|december)\b)" + _SHIP_NAME_WORDS + r")\b)")
# (an opening phrase before its comma, "In Goma, the convoy ...", holds no dash: a comma after
# "A task group of three ships — the destroyer X, ..." is inside a list set off by dashes, and
# the subject is the task group, told for the first time: read.dash_aside)
# (and a place phrase opening the clause with no comma, "From Kangerlussuaq the troops were taken",
# "From there the convoy drove", "In Bunia the soldiers boarded trucks": where the group told
# before went on from, no subject of its own)
_PLACE_OPENER = r"(?:From|In|At)\s+(?:there|(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2})\s+(?=(?-i:the)\s)"
_ANAPHOR_SUBJECT = _compile(r"^\s*(?:[A-Z][^,—–]{0,80},\s*|" + _PLACE_OPENER + r"|" + _TIME_OPENER + r")?"
    # a part of the group told before: "some of the aircraft", "part of the convoy", "the rest of the troops"
    r"(?:(?:some|part|most|all|many|several|one|two|three|half|the\s+rest|the\s+remainder)\s+of\s+)?"
    # (the noun in lower case: "The Armed Forces of Ukraine", "the Rapid Support Forces" are names,
    # a force told for the first time; "elements" is how analysts refer back to a unit's parts)
    r"(?:the|this|that|these|those)\s+(?:\w+\s+){0,2}(?-i:convoy|column|vehicles|trucks|troops|soldiers|forces?|contingent|group|reinforcements|units?|fighters|planes|aircraft|helicopters|"
    r"officers|police(?:men)?|peacekeepers|personnel|marines|men|battalions?|brigades?|regiments?|convoys|columns|contingents|"
    r"mercenaries|militants|rebels|paratroopers|commandos|divisions?|companies|company|platoons?|"
    # (the plain plurals of forces.generic_force_word that were missing: "200 gendarmes were sent to
    # X. The gendarmes arrived on Sunday" named a new force "gendarmes", s50 read143)
    r"gendarmes|servicemen|militiamen|reservists|conscripts|guardsmen|sailors|airmen|"
    r"ships?|warships?|vessels?|boats?|carriers?|cruisers?|corvettes?|elements|detachments?|tanks|jets|bombers|"
    # a naval or air group told before ("Two destroyers sailed ... The flotilla had left X"), or
    # the one ship ("USS X transited the strait. The ship later called at Y")
    r"flotillas?|squadrons?|frigates?|destroyers?|submarines?|fleet|task\s+force|strike\s+group|"
    # the troops of a town told before ("The army has withdrawn from Djibo ... The garrison left
    # in a convoy for Kaya", s33m)
    r"garrisons?|"
    # the task the group was sent on, told as the mover ("Two vessels sailed from X to escort a
    # resupply boat ... The resupply mission reached the shoal", "The patrol returned to Y"; not
    # "the mission" alone, which names a UN mission as often as a trip)
    r"patrols?|escorts?|expedition|(?:resupply|supply|rotation|relief)\s+missions?)\b|^\s*(?:" + _TIME_OPENER + r")?(?:they|it)\b"
    # a part of the group told by a pronoun: "Some of them were then flown on to X" (read50),
    # "By Wednesday the last of them had crossed into K", "All of them were flown home" (s26r)
    r"|^\s*(?:" + _TIME_OPENER + r")?(?:some|part|most|all|many|several|one|two|three|half|"
    r"the\s+(?:rest|remainder|last|first|bulk))\s+of\s+them\b"
    # (and by a number of them: "500 of them moved on to X", "About 300 of them were flown", read70)
    r"|^\s*(?:" + _TIME_OPENER + r")?(?:(?:some|about|around|nearly|roughly|more\s+than|over|at\s+least)\s+)?"
    r"(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]{0,5}|dozens|hundreds|thousands)\s+of\s+them\b"
    # ... or by the quantifier alone, right before its verb: "Some were later driven to X" (not
    # "Some 300 troops", a number's)
    r"|^\s*(?:" + _TIME_OPENER + r")?(?:some|most|many|several)\s+(?=(?:were|was|had|have|are|then|later)\b)", re.I)
# a place name made an adjective of direction: "a X-bound convoy", "X bound trucks" (matched
# at the name's end; not "left X bound for Y", where "bound for" opens the phrase of Y, read83)
_BOUND_AFTER = _compile(r"(?:-bound\b|\s+bound\b(?!\s+(?:for|to|towards?)\b))", re.I)
# "X-based troops": the place a force was based at, where it came from (lexicon.json)
_BASED_AFTER = _compile(_DATA["based_before_force"]["pattern"], re.I)
# between a subject and its verb: auxiliaries and adverbs only ("Iran had reportedly sent")
# when a verb of saying said it, between the verb and what was said: "said on Monday", "said late on
# Friday", "said yesterday", "said in a statement", and a weekday without "on" as US wire copy
# writes it ("said Tuesday it had flown"); one fragment for every reader of "X said (that) ..."
SAID_WHEN = (r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+|\s+(?:yesterday|today|earlier|later|separately)|"
             r"\s+in\s+a\s+statement|\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))")
_BARE_SUBJECT_GAP = _compile(r"(?:\s+(?:has|have|had|was|were|is|are|also|reportedly|then|already|again|"
                               # a modal before a verb of sending: "Chad could send", "Rwanda may deploy"
                               # (its status is read apart: planned)
                               r"could|may|might|would|will|shall|can|"
                               r"quietly|secretly|recently|now|just|been|begun|began|begins|started|starts|"
                               r"continued|continues|resumed|"
                               # an adverb of time or manner between a state and its verb:
                               # "Rwanda later deployed troops", "Uganda quickly sent soldiers"
                               r"later|subsequently|quickly|swiftly|promptly|hastily|immediately|eventually|finally|"
                               # a day told between the subject and its verb: "Venezuela's FANB on Monday
                               # deployed", "The RSF late on Sunday withdrew", "Mali's FAMa last week
                               # left" (the day itself is read apart; s49 read141: no actor was read)
                               r"(?:(?:early|late)\s+)?on\s+(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                               r"(?:\s+(?:morning|afternoon|evening|night))?|overnight|yesterday|last\s+(?:week|night|month)|"
                               # a sighting's passive before the verb of moving: "RSF vehicles were
                               # seen leaving", "Houthi boats were spotted heading" (who was seen moved)
                               r"seen|spotted|sighted|filmed|observed|photographed|"
                               # a movement told as the means of a reply: "Peru responded by sending
                               # troops" (only a form in -ing follows 'by': verb_form_as_noun)
                               r"(?:responded|reacted|retaliated|answered)\s+by|"
                               # a negation ("Kenya has not yet sent"; its status is read apart: negated)
                               r"not|yet|never|"
                               # a verb of intent, threat or denial before the movement's infinitive or
                               # gerund: "Venezuela threatened (on Monday) to send troops", "Burundi is
                               # considering sending", "Rwanda denied sending" (the status is read apart:
                               # planned, denied; read81: these named no actor)
                               r"(?:threaten(?:s|ed)?|plan(?:s|ned)?|intend(?:s|ed)?|pledg(?:es|ed)|promis(?:es|ed)|vow(?:s|ed)|"
                               r"offer(?:s|ed)?|agree(?:s|d)|decided|refus(?:es|ed)|prepar(?:es|ed|ing)|planning|ready|"
                               r"(?:is|was|are|were)\s+(?:set|due|expected|about))(?:\s+on\s+(?-i:[A-Z])\w+)?\s+to|"
                               r"(?:den(?:ies|ied|y)|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?)))*\s+", re.I)
# the subject of a "while ..." clause that is the rest of the same group
_REST_SUBJECT = _compile(r"^\s*(?:the\s+(?:rest|remainder|others|other\s+\w+)|their\s+\w+|its\s+\w+|others)\b", re.I)

# counts: "about 50 soldiers", "more than 20 trucks", "dozens of vehicles", "two helicopters"
_NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
             "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
             "hundred": 100, "thousand": 1000, "a dozen": 12,
             # (two of a kind that fly or sail together: "a pair of KC-135 tankers", "a pair of frigates")
             "a pair": 2}
# "twenty-five", "thirty two": tens and units in words
_TENS_UNITS = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)")
# a weapon's type designation, letters and digits with or without a hyphen: "T-72", "F-16",
# "Su-25", "MiG-29", "BM-21", "M1A2", "C-130", "A400M", "F/A-18" (a count's word before its noun:
# "12 T-72 tanks", never a number itself)
# a weapon system's name and its variant, counted after "2x" in sitreps: "2x Pantsir-S1", "4x Tor-M2"
_NAMED_SYSTEM = r"(?-i:[A-Z][a-z]{2,10}-[A-Z]{0,2}[0-9]{1,3}[A-Z0-9]{0,2})"
_DESIGNATION = r"(?-i:[A-Z][A-Za-z/]{0,4}-?[0-9]{1,4}[A-Z0-9]{0,3}|[0-9]{1,2}[A-Z][A-Z0-9]{0,2})"  # (and "Leopard 2A6")
_UNITS = (r"soldiers|troops|personnel|fighters|officers|members|elements|marines|servicemen|service\s+members|"
          # (the Spanish words English-language Latin American reports keep: "600 elementos of the
          # Guardia Nacional", "300 efectivos"; and "effectives", the word translated as it is:
          # "1,200 effectives of the Army", s33 read91)
          r"elementos|efectivos|effectives|"
          # (a sitrep's abbreviations for people: "approx. 600 pers", "40 pax", read44)
          r"pers|pax|"
          # (people of a force named by their service: "300 border guards", "50 gendarmes")
          # (and "200 guardsmen" of a national guard: read43)
          + _SERVICE_PEOPLE + r"|militiamen|"
          # (and the agents of a guard or a border force, the troopers of a state's: "redeployed around 300
          # agents from Monterrey", s25)
          r"agents|troopers|"
          # (a force's people by their trade: "40 army engineers", "a team of 12 sappers", "Twenty
          # army medics", s26r)
          r"engineers|sappers|medics|"
          # (and an air arm's people by their trade: "About 150 aviators and maintainers were
          # flown to X", "a team of 30 technicians" counted nothing, s42 read114)
          r"aviators|maintainers|technicians|"
          # (and its aircrews: "Twelve pilots who trained at A returned home to B" counted nothing,
          # s51 read148; a count of people, GUIDELINES)
          r"pilots|aircrew|"
          # (and the drivers of its vehicles: "About forty Rwandan drivers drove the trucks to X"
          # counted nothing, and without the demonym the count was read on "trucks", three words on;
          # a count of people, GUIDELINES; s54 read155)
          r"drivers|"
          # (and by their arm: "400 infantrymen", "a company of 120 riflemen", "300 legionnaires", s28m)
          r"infantrymen|riflemen|fusiliers|legionnaires|gunners|artillerymen|tankmen|crewmen|"
          r"(?:military\s+)?police(?:men)?|policemen|"
          r"peacekeepers|mercenaries|men|militants|paratroopers|commandos|instructors|advisers|advisors|trainers|"
          # (the people of an irregular force, as counted as a state's: "around 200 rebels crossed",
          # "About 50 gunmen arrived", "some 300 jihadists entered" counted nothing, s32m)
          r"rebels|gunmen|insurgents|jihadists|combatants|guerrillas|guerrilleros|bandits|separatists|partisans|volunteers|"
          # (peacekeepers by their helmets, mercenaries by their trade: "200 blue helmets", "300
          # Russian contractors", s23r)
          r"blue\s+helmets|contractors|"
          # (soldiers of special forces named by the force's noun alone: "Some 80 Turkish special
          # forces arrived", read70; not before the noun the count is of: "150 Special Forces personnel")
          r"special\s+forces(?!\s+(?:personnel|soldiers|troops|units?|operators|commandos|teams?|groups?|members|officers|troopers)\b)|"
          r"vehicles|trucks|lorries|tanks|armou?red\s+vehicles|humvees|hummers|buses|cars|"
          # (a sitrep's abbreviation for vehicles: "approx. 40 veh", "12 vehs", s23; and an OSINT
          # post's: "approx 40 vics", "~25 vics", s34 read92)
          r"vehs?|vics|"
          r"helicopters|aircraft|planes|jets|flights|drones|ships|vessels|boats|bombers|warplanes|gunships|"
          r"warships|frigates|destroyers|corvettes|submarines|pickups|pick-ups|technicals|motorcycles|motorbikes|"
          # (a navy's and a coast guard's small craft, one word: "four gunboats", "two speedboats", read60)
          r"gunboats|speedboats|"
          # (a coast guard's ships by their class, "two cutters"; the rail cars armour rides on,
          # "a train of 40 flatcars", s36 read99)
          r"cutters|flatcars|railcars|"
          # (and a navy's mine-clearing ships, which read101 made a force noun: "Two Japanese
          # minesweepers sailed from Kure" counted 2, s37m)
          r"minesweepers|minehunters|"
          r"armou?red\s+personnel\s+carriers|APCs|"
          r"artillery\s+pieces|pieces|launchers|tankers|trailers|containers|convoys|columns|"
          # (aircraft and guns by their kind or their type: "two B-52 bombers", "four F-16s")
          r"bombers|gunships|howitzers|airplanes|" + _DESIGNATION + r"s|"
          # (transport aircraft named by their role alone: "two A400M transports", "four airlifters")
          r"transports|airlifters|"
          # (boats named by their role, whose plural is the singular: "four fast attack craft",
          # "two landing craft": read43)
          r"craft|"
          # (aircraft told by their type alone, as sitreps count them: "four F-35A relocated", "One
          # KC-135R flew"; not a type before a noun, which the count is of: "Ten Leopard 2A6 tanks",
          # "two F-16 squadrons", read44)
          + _DESIGNATION + r"(?![\w/-])(?!\s+(?:[A-Za-z0-9-]+\s+)?(?:squadrons?|wings?|units?|regiments?|battalions?|brigades?|fleets?|"
          r"programmes?|programs?|contracts?|orders?|deals?|crews?|pilots?|tanks?|jets?|planes?|airplanes?|aircraft|fighters?|bombers?|"
          r"helicopters?|gunships?|launchers?|vehicles?|howitzers?|guns?|transports?|tankers?|airlifters?|drones?|trucks?|ships?|"
          r"boats?|systems?|batteries|battery|missiles?|rockets?|carriers?|APCs?|IFVs?)\b)|"
          # (aircraft by their model's name in the plural: "four Eurofighters", lexicon.json aircraft_models)
          + "(?-i:" + _DATA["aircraft_models"]["plural"] + ")|"
          # (armour by its type's name or initials in the plural: "15 BTRs", "six Pantsirs",
          # lexicon.json vehicle_models, s36 read99; not a type before the noun the count is of:
          # "two HIMARS batteries", "four Pantsir systems")
          + "(?-i:" + _DATA["vehicle_models"]["plural"] + r")(?![\w-])(?!\s+(?:batter(?:y|ies)|systems?|launchers?|units?|"
          r"vehicles?|carriers?|crews?|rockets?|missiles?|ammunition|munitions|contracts?|orders?|deals?|programm?es?)\b)")
_TIME_SPAN_WORDS = r"(?:days?|weeks?|months?|years?|hours?|nights?|minutes?|later|earlier|ago|afterwards?)"
# a model told by a family name and a bare number, between a count and its noun: "Ten Leopard 2
# tanks", "four Challenger 2 tanks", "two Mirage 2000 jets" count ten, four and two, never the
# model's number (_COUNT_RE's adj). The number may carry a letter or a decimal, as ships' types
# are written: "two Type 052D destroyers", "three Project 22350 frigates", "two Project 636.3
# submarines" (s23: the letter cut the model, so no count was read; the decimal's last digit was
# counted)
# (and a system's family name with its variant after a hyphen, between the count and its noun:
# "12 Tor-M2 launchers", "four Pantsir-S1 systems" counted nothing, _DESIGNATION allowing only a
# few letters before the hyphen and a digit after it; read104. _NAMED_SYSTEM, above)
_NAMED_MODEL = r"(?-i:[A-Z][a-z]{2,15})\s+[0-9]{1,5}(?:\.[0-9]{1,2})?(?-i:[A-Z]{1,2})?(?![0-9,.])"
# a gun's calibre told with a space, "240 mm", "12.7 mm": a size, never a count (read55: "some
# 20 of its 240 mm multiple rocket launchers" counted 240). It is a word of _COUNT_RE's adj
# ("18 152 mm howitzers" counts 18), and no count's number is followed by it (_NOT_CALIBRE).
# ("240-mm" and "240mm" were never counts: no space after the number.)
_CALIBRE = r"[0-9]{2,3}(?:\.[0-9])?\s+(?:mm|millimet(?:re|er)s?)"
_NOT_CALIBRE = r"(?!(?:\.[0-9])?\s+(?:mm|millimet(?:re|er)s?)\b)"
# (an adjective of a list may be written with its comma when a capitalised one follows: "Some 230
# Argentine, British and Slovak peacekeepers", s23; not "12 soldiers, two tanks")
# a country or body told by its initials with full stops, between a count and its noun: "Four U.S.
# F-35 fighters", "two U.K. Chinooks" (read58: the stops cut the words, so no count was read).
# Capitals only, and never a time of day ("at 4 A.M. troops left" counts no troops)
_DOTTED_INITIALS = r"(?-i:(?!A\.M\.|P\.M\.)(?:[A-Z]\.){2,3})"
# The pattern is searched from every character of a clause (no first character the engine could
# skip to under re.I), so what it tries at each one is kept cheap, with the same matches: a
# qualifier's and a number's branches are entered only after a look-ahead at their first letters
# (a class tested in place, where each of the ~15 and ~35 branches was entered in turn); the
# white space before the number is taken whole (a number never opens with white space, so giving
# some back never matched; in a run of spaces that was quadratic); and "(?<![A-Za-z]-)" is gone,
# implied by the look-behinds after it (a number follows no hyphen, or a digit and a dash).
# The same matches: tests/test_speed46.py. (read.counts._may_count skips clauses with no count.)
_COUNT_QUALIFIERS = ("about", "around", "approximately", r"approx\.?", "some", "nearly", "almost", "roughly", r"more\s+than",
                     "over", r"at\s+least", r"up\s+to", r"fewer\s+than", r"less\s+than", r"an\s+estimated",
                     # ("As many as 450 soldiers of the 7th Infantry Battalion arrived": the count and its owner, s39 read105)
                     r"as\s+many\s+as")
# ("scores of": a vague number as "dozens of" is, only with its "of": "Scores of Arakan Army boats",
# never the verb "scores", read142)
_COUNT_NUMBER_WORDS = (*_NUMWORDS, "dozens", "hundreds", "thousands", "scores")  # (the words a number opens with, below)
_COUNT_RE = _compile(
    # (a sitrep's "approx." and "c." as well: "(approx. 600 pers)", read44)
    r"(?:(?=[" + "".join(sorted({q[0] for q in _COUNT_QUALIFIERS})) + r"])(?P<qual>" + "|".join(_COUNT_QUALIFIERS) + r"))?\s*+"
    r"(?:(?<![\w-])|(?<=[0-9][-–]))"  # "Il-76 transport planes", "C-130s": a model, not a count
    # (but "200-300 soldiers": the high end of a range, read in clauses._count_range)
    # ASCII digits only, at most 12 of them: "²" or "٣" is no count, nor a 5,000-digit number
    r"(?=[0-9" + "".join(sorted({w[0] for w in _COUNT_NUMBER_WORDS})) + r"])"
    # (thousands set apart by a comma, or as European and French copy writes them, by a point or a
    # no-break or thin space: "2.500 elementos", "1 200 gendarmes"; one separator throughout,
    # and never a decimal: a count of people or vehicles is whole, s30m)
    r"(?P<num>[0-9]{1,3}(?:,[0-9]{3}){1,3}(?![0-9])|[0-9]{1,3}(?:\.[0-9]{3}){1,3}(?![0-9]|[.,][0-9])|"
    r"[0-9]{1,3}(?:[\u00a0\u202f\u2009][0-9]{3}){1,3}(?![0-9])|"
    # (a plain space only after a word of estimate: "about 4 000 soldiers", never "March 3 500 troops")
    r"(?:(?<=about\s)|(?<=around\s)|(?<=some\s)|(?<=nearly\s)|(?<=almost\s)|(?<=roughly\s)|(?<=over\s))"
    r"[0-9]{1,3}(?:\s[0-9]{3}){1,3}(?![0-9])|[0-9]{1,12}(?![0-9])|a\s+dozen|dozens|hundreds|thousands|scores(?=\s+of\s)|" + _TENS_UNITS + "|"
    + "|".join(k for k in _NUMWORDS if k != "a dozen") + r")" + _NOT_CALIBRE +
    # (up to three words between, or four when the fourth is a name or a type: "150 Nigerian Army Special
    # Forces personnel", "two Royal Air Force A400M aircraft")
    # (never across a span of time: "Two days later the marines moved" counts no marines)
    # ("12 x BTR-82A", "4 × T-72B3": how sitreps count vehicles by their type)
    # ("20 of its 240 mm multiple rocket launchers": a part of the force's own, its possessive no
    # word of the adj, read55)
    r"(?:-strong)?(?:\s*[x×](?=\s))?\s+(?:of\s+(?:its\s+|their\s+)?)?(?P<adj>(?:(?!" + _TIME_SPAN_WORDS + r"\b)(?:(?-i:[A-Z])[a-zA-Z-]*,(?=\s+(?-i:[A-Z]))|[a-zA-Z-]+|" + _DOTTED_INITIALS + r"|" + _DESIGNATION + r"|" + _NAMED_MODEL + r"|" + _NAMED_SYSTEM + r"|" + _CALIBRE + r")\s+){0,3}?(?:(?:(?-i:[A-Z])[a-zA-Z-]*|" + _DESIGNATION + r")\s+)?)(?P<unit>" + _UNITS + r"|(?<=[x×] )(?:" + _DESIGNATION + r"|" + _NAMED_SYSTEM + r"))\b", re.I)
# where a number _COUNT_RE reads may open, as the pattern tests it there: not inside a word, or
# right after "76-"; then a digit, "a dozen", "a pair", or a number word ("twenty-five" opens
# with "twenty"). A cheap pattern (\b first: the engine passes over the inside of a word at
# once), asked before the costly one (search_count)
_COUNT_NUMBER_AT = _compile(r"\b(?=[0-9" + "".join(sorted({w[0] for w in _COUNT_NUMBER_WORDS})) + r"])"
                            r"(?:(?<![\w-])|(?<=[0-9][-–]))(?=[0-9]|a\s+(?:dozen|pair)|"
                            + "|".join(re.escape(w) for w in sorted({w for w in _COUNT_NUMBER_WORDS if not w.startswith("a ")},
                                                                    key=lambda w: (-len(w), w)))  # (one order whatever the hash seed)
                            + ")", re.I)
# a qualifier of the count, as the pattern reads it ("about", "more than")
_QUALIFIER_AT = _compile("(?:" + "|".join(_COUNT_QUALIFIERS) + ")", re.I)
# the most words a qualifier before the number holds ("more than", "an estimated"): each of
# _COUNT_QUALIFIERS is words apart by "\s+", no other white space (search_count walks back over them)
_QUALIFIER_WORDS = 1 + max(q.count(r"\s+") for q in _COUNT_QUALIFIERS)
if any(" " in q or r"\s" in q.replace(r"\s+", "") for q in _COUNT_QUALIFIERS):
    raise ValueError("a count qualifier's words are set apart by \\s+ only (search_count)")


def _qualifier_reach(text: str, at: int, floor: int) -> int:
    """The furthest back, not before ``floor``, a match of _COUNT_RE whose number opens at ``at``
    may start: its qualifier's words (_QUALIFIER_WORDS at most, "more than") and the white space
    after them. (White space as the pattern's \\s: str.isspace, the same Unicode test.)"""
    i = at
    for _ in range(_QUALIFIER_WORDS):
        while i > floor and text[i - 1].isspace():
            i -= 1
        while i > floor and not text[i - 1].isspace():
            i -= 1
    return i


def search_count(text: str, pos: int, endpos: int):
    """``_COUNT_RE.search(text, pos, endpos)``, the same match, found faster. A plain search tries
    the pattern, which opens with an optional qualifier, at every character (~6% of the reading
    stage on the dev reports, most of it in clauses with a date's number and no count). A match
    holds a number, and before it only a qualifier and white space: so the pattern is tried only
    before each place a number may open (_COUNT_NUMBER_AT), at a qualifier within reach
    (_qualifier_reach) and at the white space right before the number, in the order of the text
    (the first that matches is the leftmost match). tests/test_speed54.py compares the two."""
    pos = max(pos, 0)
    tried = pos  # (every start before it is tried, or can start no match)
    for number in _COUNT_NUMBER_AT.finditer(text, pos, endpos):
        at = number.start()
        first = max(tried, _qualifier_reach(text, at, pos))
        spaced = at  # (where the white space right before the number opens)
        while spaced > first and text[spaced - 1].isspace():
            spaced -= 1
        # a match opening before that space opens with a qualifier ("more than 300 troops")
        for start in range(first, spaced):
            if _QUALIFIER_AT.match(text, start, endpos) is not None and (m := _COUNT_RE.match(text, start, endpos)) is not None:
                return m
        # ... else with the space, or the number: from any start in that space the pattern
        # reads the same (its white space is possessive), so the first is tried alone
        if (m := _COUNT_RE.match(text, spaced, endpos)) is not None:
            return m
        tried = max(tried, at + 1)
    return None


_CASUALTY_AFTER = _compile(r"\s+(?:\w+\s+){0,2}?(?:were|was|had\s+been|have\s+been|are)?\s*"
                             r"(?:killed|wounded|injured|died|dead|captured|arrested|detained|missing)\b", re.I)
# the separators a count's thousands may be written with (_COUNT_RE)
_THOUSANDS = _compile(r"[,.\s]")


def count_value(num: str) -> int:
    """The value of a count's digits as _COUNT_RE found them ("1,200", "2.500", "4\u00a0000")."""
    return int(_THOUSANDS.sub("", num))


_PEOPLE = _compile(r"instructors|advisers|advisors|trainers|soldiers|troops|personnel|fighters|officers|members|elements|elementos|efectivos|effectives|marines|servicemen|service|peacekeepers|mercenaries|men|militants|paratroopers|commandos|police|"
                     + _SERVICE_PEOPLE + r"|militiamen|engineers|sappers|medics|aviators|maintainers|technicians|"
                     r"fusiliers|legionnaires|gunners|"
                     r"blue\s+helmets|contractors|special\s+forces", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_PEOPLE_GATE = Gate(_PEOPLE, ("advisers", "advisors", "aviators", "carabineros", "carabinieri", "commandos", "conscripts", "contractors", "efectivos", "effectives", "engineers", "fighters", "fusiliers", "gendarmes", "guards", "gunners", "helmets", "instructors", "legionnaires", "maintainers", "marines", "medics", "members", "men", "mercenaries", "militants", "officers", "paratroopers", "peacekeepers", "personnel", "police", "rangers", "recruits", "reservists", "sailors", "sappers", "service", "soldiers", "special", "technicians", "trainers", "troops"))


@lru_cache(maxsize=256)  # (a batch asks ~1,200 times of ~20 distinct units: speed149)
def unit_names_people(unit: str) -> bool:
    """Does a count's unit name people ("soldiers", "police officers"), not vehicles or things?
    The same unit is asked by each reader of a clause's counts (counts, apposed_counts,
    assemble, events, count_told_after, count_line): answered once, not through the gate's
    42 words each time."""
    return _PEOPLE_GATE.search(unit) is not None


_AIR = _compile(r"\b(?:fl(?:y|ew|own|ying|ights?)|airlift\w*|helicopters?|aircraft|planes?|jets?|airborne|air\s+bridge|landed|took\s+off)\b", re.I)
_SEA = _compile(r"\b(?:(?:war)?ships?|vessels?|boats?|sail\w*|naval|frigates?|destroyers?|by\s+sea)\b", re.I)
# (built now: the reader tells a mode's pattern by its identity, read.clauses._mode, and a pattern
# held in a table keeps the stand-in it was made as, regex_cache._binding_of)
_MODE_VERBS = (("air", as_pattern(_compile(r"\b(?:fl(?:ew|own|ying|ies)|airlift\w*|took\s+off|by\s+air)\b", re.I))),
               ("sea", as_pattern(_compile(r"\b(?:sail(?:ed|s|ing)?|shipped|by\s+sea)\b", re.I))),
               ("road", as_pattern(_compile(r"\b(?:drove|driven|driving|by\s+road|overland)\b", re.I))))
_ROAD = _compile(r"\b(?:convoys?|columns?|vehicles|trucks|lorries|tanks|humvees|hummers|road|highway|drove|driven|buses|armou?red)\b", re.I)

_SPECIFICITY = {"base": 0, "airfield": 0, "crossing": 0, "camp": 0, "checkpoint": 0, "oilfield": 0,
                "port": 0, "village": 1, "town": 1, "city": 1, "admin2": 2, "region": 3, "admin1": 3,
                # a river runs for hundreds of km, a sea or a continent spans countries
                "river": 3.5, "country": 4, "sea": 4.5, "ocean": 4.5, "continent": 5}
_AREA_KINDS = {"country", "admin1", "admin2", "region", "continent", "sea"}


_STEM_OF = {}
for _s, _l in reversed(list(_VERB_FORMS.items())):  # the first stem listed wins, as before
    for _f in _forms(_s, _l):
        _STEM_OF[_f] = _s
for _f in _UNDER_WAY_FORMS:
    _STEM_OF[_f] = "be on way"
# "took the contingent back to X" is read as "carried" (read.took_back)
for _f in _TAKE_FORMS:
    _STEM_OF[_f] = _READ_AS
# "handed the base at X over to Y" is read as "handed over" (read.handed_split)
for _f in _HAND_FORMS:
    _STEM_OF[_f] = _HAND_READ_AS
# "a third brigade followed from X" is read as "moved" (read.followed_on)
for _f in _FOLLOW_FORMS:
    _STEM_OF[_f] = _FOLLOW_AS
# "a C-17 was tracked from A to B" is read as "moved" (read.tracked_between)
for _f in _TRACK_FORMS:
    _STEM_OF[_f] = _TRACK_AS


@lru_cache(maxsize=4096)  # ~14,000 asks a 380-report batch, a few hundred distinct words
def _stem(word: str) -> str:
    w = re.sub(r"\s+", " ", word.lower())
    stem = _STEM_OF.get(w)
    if stem is not None:
        return stem
    # ("were taken by a chartered ferry": read.passive_means's trigger, a phrase of open words
    # that no table can list, read as the lexicon's "taken by boat" is)
    return _PASSIVE_AS if " by " in w and _is_passive_means(w) else w


@lru_cache(maxsize=64)  # (asked again of the same verb by the next question of the same clause)
def object_after(text: str, verb_end: int, e: int) -> str:
    """The object of the verb ending at ``verb_end``: the words after it up to a preposition,
    within the clause ending at ``e`` (lexicon.json not_forces object_span); "" for none.
    One match for every question asked of one verb's object: whether it names a force
    (clauses._moves_a_force, _shifted_a_force), no force (_moves_no_force, read.carried_people),
    what a verb of receiving received (read.received_at, which asked it twice a clause)."""
    span = _OBJECT_SPAN.match(text, verb_end, e)
    return span.group(1) if span else ""



# told as happening on the way of the movement just told: "Along the way, the column restocked X"
_ON_THE_WAY = _compile(_DATA["on_the_way"]["pattern"], re.I)
_ON_THE_WAY_GATE = Gate(_ON_THE_WAY, ("way", "journey", "route"))
# a moving group met where it was passing: "a convoy heading to Y was ambushed near X"
_MET_VERB = _compile(_DATA["met_on_the_way"]["verbs"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_MET_VERB_GATE = Gate(_MET_VERB, ("ambush", "attack", "blocked", "bomb", "destroyed", "destroying", "engaged", "filmed", "hit", "intercept", "photographed", "seen", "shell", "sighted", "spotted", "stopped", "strike", "struck", "targeted", "targeting"))
_MET_GROUP = _compile(_DATA["met_on_the_way"]["group"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_MET_GROUP_GATE = Gate(_MET_GROUP, ("column", "convoy", "lorries", "trucks", "vehicles"))
_MET_CUE = _compile(_DATA["met_on_the_way"]["cue"], re.I)
# a sentence describing the group just told by what it carried or was made of
_GROUP_DESCRIBED = _compile(_DATA["group_described"]["pattern"], re.I)
# a vague number of people is one group's size ("hundreds of troops were deployed to X in
# recent days"): with a frame of days, not the aggregate of many movements
_GROUP_SIZE = _compile(r"\b(?:thousands|hundreds|dozens|scores)\s+of\s+(?:[\w-]+\s+){0,2}?(?:troops|soldiers|fighters|"
                         r"police(?:men)?|officers|peacekeepers|personnel|marines|paratroopers|mercenaries|"
                         r"reinforcements|militiamen|gendarmes|"
                         # (and of the vehicles a column is: "hundreds of troops and dozens of armoured
                         # vehicles ... in recent days", one column's, s28m)
                         r"vehicles|trucks|lorries|tanks|pickups)\b", re.I)
# a part of the group told before as a subject: "some of the aircraft", "part of the convoy"
# (after a post's mark or label too: "🔴 UPDATE: part of the column turned back")
_PART_OF_GROUP = _compile(r"\s*(?:[^\w\s]{1,4}\s*)?(?:[A-Z][\w ]{0,20}:\s*)?(?:[A-Z][^,]{0,80},\s*)?"
                          # (or a number of them: "About 300 of them were then moved to X", s44 lead)
                          r"(?:(?:some|part|most|many|several|one|two|three|half)|(?:(?:about|around|some|nearly|roughly|at\s+least|more\s+than)\s+)?\d[\d,]*)\s+of\s+"
                            r"(?:the|these|those|them|its|their)\b", re.I)
# "ordered troops to X": an order with a force and a place after it (lexicon ordered_to)
_ORDERED_TO = _compile(_DATA["ordered_to"]["pattern"], re.I)
# "X received 16 armoured vehicles": what a place received, after the verb (lexicon received_by_place)
_RECEIVED_OBJECT = _compile(_DATA["received_by_place"]["object"], re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_RECEIVED_OBJECT_GATE = Gate(_RECEIVED_OBJECT, ("advisers", "advisors", "aircraft", "artillery", "battalion", "batteries", "brigade", "commandos", "contingent", "corvettes", "destroyers", "drones", "equipment", "fighters", "frigates", "gendarmes", "guardsmen", "gunboats", "helicopters", "howitzers", "instructors", "jets", "launchers", "marines", "mercenaries", "missiles", "officers", "paratroopers", "peacekeepers", "personnel", "police", "regiment", "reinforcements", "sailors", "soldiers", "special", "squadron", "systems", "tanks", "trainers", "troops", "trucks", "unit", "vehicles", "warships", "weapons"))
# "reached an agreement", "a deal was reached": no movement (lexicon reached_accord)
_ACCORD_AFTER = _compile(_DATA["reached_accord"]["after"], re.I)
_ACCORD_BEFORE = _compile(_DATA["reached_accord"]["before"], re.I)
# what makes the noun "deployment" an event in its clause (lexicon deployment_told)
_DEPLOYMENT_TOLD = _compile(_DATA["deployment_told"]["pattern"], re.I)
_ABSTRACT_NOUNS = frozenset(_DATA["deployment_told"]["nouns"])

_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
