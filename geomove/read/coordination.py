"""Coordinated movers: one clause that tells several groups, each going its own way.

- A gapped list, the verb told once: "The Argentine contingent went to Famagusta, the British
  troops to Nicosia and a Slovak company to Paphos", "sent 300 soldiers to A, and another 200
  to B". Each "<who> to <place>" after the first is a movement of its own, with its own mover
  and count (GUIDELINES: lists are distributed; a different actor makes a new movement).
  Before, the three destinations were read as a list of the first subject: three movements of
  "the Argentine contingent", the last one counted 300 instead of 200.
- A list of movers paired "respectively" with a list of places: "The Irish and Polish
  battalions moved to A and B respectively" is the Irish battalion's movement to A and the
  Polish battalion's to B (the reader already pairs origins with ends told "respectively").
- A contrast: "was sent not to A but to B", "were not deployed to A but to B": B is where the
  force went, A a place it did not go to. Before, A was a destination too, and the clause's
  "not" made both readings negated.

Words of the lists are data (coordination.json); patterns are kept compiled
(regex_cache, "read-coordination").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import MONTH_NAMES, WEEKDAY_NAMES
from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .elided_count import elided_count
from .lexicon import _ARRIVAL, FORCE_KINDS, _stem
from .places import same_place
from .state import Fragment
from .gates import Gate

_PATTERNS = CompiledPatterns("read-coordination")
_DATA = read_data("coordination.json")


def _alt(words) -> str:
    # (longest first; words of one length in a fixed order, not a set's, which the hash seed
    # changes: the pattern was new to the kept code in every process, speed58. Two words of one
    # length never match the same text, so their order changes no match)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


_DET = _alt(_DATA["determiners"])
# (and a force's people by their service, lexicon.json force_kinds service_people: "and 80
# carabinieri to B", one list with the count's and the subject's)
_NOUN = _alt({*_DATA["mover_nouns"], *FORCE_KINDS["service_people"]})
_ORDINAL = _alt(_DATA["ordinal_movers"])
_TIME_WORDS = frozenset(_DATA["time_words"])
_SINGULAR = _DATA["singular_of"]

# what joins one conjunct of a gapped list to the one before: ", the British troops ",
# " and a Slovak company ", ", and another 200 ", "; the second "
# (a count's thousands separator is no joint: ", and 1,200 to B")
# (nor a colon after a total's wider place: "1,500 soldiers were sent to Chiapas: 800 to A and
# 700 to B", the first part its own count, not the total's, s41 read111)
_GAP = _PATTERNS.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|:\s*|\s+and\s+)(?P<np>(?:[^,;.()]|(?<=[0-9])[,.](?=[0-9]{3}\b)){1,60}?)\s+", re.I)
# the mover of a conjunct: a noun phrase ending in a noun of movers, a bare count ("another
# 200", "a further 40", "150 more") or an ordinal ("the second", "the other one", "the rest")
# (or one more of them, told by "a" and an ordinal or by "another" alone: "moved three boats to A
# and a fourth to B", "... and another to C"; or a count in words: "and two more to D")
_NUMBER_WORDS = {w: n for n, w in enumerate(_DATA["number_words"], start=2)}
_WORD_COUNT = r"(?:" + _alt(_NUMBER_WORDS) + r")"
_MOVER = _PATTERNS.compile(
    r"(?:(?:" + _DET + r")\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _NOUN + r")"
    r"|(?:(?:another|a\s+further|an\s+additional|some|about|nearly)\s+)?(?:[1-9][0-9,]*|" + _WORD_COUNT + r")(?:\s+more)?"
    r"|another(?:\s+one)?|one\s+more"
    r"|(?:the\s+|a\s+)?(?:" + _ORDINAL + r")(?:\s+one)?", re.I)
# "the second", "the other one": a part of a group told before, another movement than the rest
_ORDINAL_MOVER = _PATTERNS.compile(r"(?:the\s+|a\s+)?(?P<nth>" + _ORDINAL + r")(?:\s+one)?", re.I)
_BARE_COUNT = _PATTERNS.compile(r"(?:(?:another|a\s+further|an\s+additional|some|about|nearly)\s+)?(?P<num>[1-9][0-9,]*|"
                                + _WORD_COUNT + r")(?:\s+more)?", re.I)
# one more of what the clause counted: "a fourth", "another", "another one", "one more"
_ONE_MORE = _PATTERNS.compile(r"a\s+(?:" + _ORDINAL + r")|another(?:\s+one)?|one\s+more", re.I)
_COUNTED = _PATTERNS.compile(r"(?P<num>[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)\s+(?:[\w'’-]+\s+){0,2}?(?P<unit>" + _NOUN + r")\b", re.I)
# a noun of movers ending the words ("a Slovak company"), which a bare ordinal or count lacks
_NOUN_IN = _PATTERNS.compile(r"\b(?:" + _NOUN + r")$", re.I)
_LEADING_DET = _PATTERNS.compile(r"^(?:" + _DET + r")\s+", re.I)
# a cue of a destination right at the conjunct's place ("in" and "at" after a verb of arrival or
# deployment, _gapped_in: "deployed in A, and another 150 in B")
_TO_CUE = _PATTERNS.compile(r"(?:to|into|for|towards?|in|at)\b", re.I)
# the place before a gapped "in": itself told by "in" or "at" ("deployed in A")
# (right after a verb of arrival or deployment, lexicon._ARRIVAL: "were deployed in A", "arrived
# in A"; not "nine are in A, seven in B", a count of where things are)
_IN_BEFORE = _PATTERNS.compile(r"\b(?P<verb>[a-z]+)\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:[\s-]+(?-i:[A-Z])[\w'’-]*){0,3}$", re.I)
# a day told right after the first place, before the joint ("in A on Monday, and a further 80 in B")
_DAY_AFTER_PLACE = _PATTERNS.compile(r"\s+(?:on\s+)?(?:(?:" + WEEKDAY_NAMES + r")|[0-9]{1,2}\s+(?:" + MONTH_NAMES + r")|(?:"
                                     + MONTH_NAMES + r")\s+[0-9]{1,2})\b", re.I)
_GAPPED_IN = _PATTERNS.compile(r"(?:in|at)\s", re.I)

# "The Irish and Polish battalions", "the Ghanaian, Indonesian and Malaysian contingents": the
# qualifiers of one noun, listed
# (a member is a capitalised qualifier or a unit's ordinal: "The 10th and 12th brigades were moved
# to A and B respectively" -> the 10th brigade to A; before, both were the "12th brigades")
_UNIT_ORDINAL = r"[0-9]{1,3}(?:st|nd|rd|th)"
_LISTED_QUALIFIERS = _PATTERNS.compile(
    r"^(?:[Tt]he\s+|[Tt]wo\s+|[Tt]hree\s+|[Ff]our\s+)?(?P<quals>(?:[A-Z][\w'’-]*|" + _UNIT_ORDINAL + r")(?:\s*,\s*(?:[A-Z][\w'’-]*|" + _UNIT_ORDINAL + r"))*\s*,?\s+and\s+(?:[A-Z][\w'’-]*|" + _UNIT_ORDINAL + r"))"
    r"\s+(?P<noun>[a-z][\w-]*)\b")
# the same list ending the words before the verb (after a dateline or an opening phrase)
# (a member is no word of time: "On Monday, Kenyan and Ugandan troops" lists two)
_QUAL = r"(?:(?!(?i:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r"|on|in|at|by|last|early|late|then)\b)[A-Z][\w'’-]*|" + _UNIT_ORDINAL + ")"
_LISTED_QUALIFIERS_AT_END = _PATTERNS.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+|[Tt]wo\s+|[Tt]hree\s+|[Ff]our\s+)?(?P<quals>" + _QUAL + r"(?:\s*,\s*" + _QUAL + r")*\s*,?\s+and\s+" + _QUAL + ")"
    r"\s+(?P<noun>[a-z][\w-]*)\s*$")
_QUAL_SPLIT = _PATTERNS.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")

# "not to A but to B", "not in A, as planned, but in B": the place after "not" is no end
_NOT_BUT = _PATTERNS.compile(
    r"\bnot\s+(?!only\b|just\b|merely\b|simply\b)(?:[\w-]+\s+){0,2}?(?P<prep>to|into|in|towards?|for)\s+(?P<neg>[^;.]{1,80}?)\s*,?\s+(?P<but>but)\s+(?:rather\s+|instead\s+)?(?:to|into|in|towards?|for)\b", re.I)
# (searched only in spans holding one of the words every match holds: read.gates, tests/test_speed112.py)
_NOT_BUT_GATE = Gate(_NOT_BUT, ("not",))
# "sent to A, not to B": the place after ", not" is no end either
_BUT_NOT = _PATTERNS.compile(r",\s+(?:and\s+|but\s+)?not\s+(?P<prep>to|into|in|towards?|for)\s+[^,;.]{1,60}", re.I)
_OTHER_NEGATION = _PATTERNS.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


# the word before a day told right after a conjunct's place: "to Durban on Monday, and another
# 150 to B" (the day is the first conjunct's, not a word of the joint)
_ON_BEFORE_DAY = _PATTERNS.compile(r"\s+(?:on\s+|in\s+|by\s+)?$", re.I)


def gapped_movers(text: str, frag: Fragment, dates: list = ()) -> dict[int, str]:
    """The movers of a gapped list, by the cue of the destination each goes with: {cue: "the
    British troops"}. A destination after the first belongs to a mover of its own when the
    words between it and the place before are only a joint and a mover ("', and a Slovak
    company' to Paphos"), after the day told of the place before, if one is (``dates``: the
    clause's; "to Durban on Monday, and another 150 to B"); {} when no destination is so told.

    why: "X went to A, Y to B and Z to C" tells three movers, one verb; read as a list of
    places, every movement was X's (GUIDELINES: a different actor makes a new movement)."""
    ends = sorted(frag.destination, key=lambda x: x[1])
    out: dict[int, str] = {}
    for (before, b_at), (_place, at) in zip(ends, ends[1:]):
        surface = before.get("surface") or before.get("name") or ""
        k = text.find(surface, b_at, at) if surface else -1
        if k < 0 or not _TO_CUE.match(text, at):
            continue
        joint = _after_day(text, k + len(surface), at, dates)
        m = _GAP.fullmatch(text, joint, at)
        if m is None or not _MOVER.fullmatch(m.group("np")):
            continue
        if _TIME_WORDS.intersection(w.lower() for w in m.group("np").split()):
            continue  # ", and the next day to B": a time, not a mover
        out[at] = " ".join(m.group("np").split())
    return out


def gapped_in(text: str, floor: int, at: int) -> bool:
    """Is the "in" or "at" at ``at`` the cue of a gapped conjunct's place, the verb of arrival or
    deployment told once before the place that ends at ``floor``, itself told by "in" or "at"
    ("were deployed in Durban, and another 150 | in Pietermaritzburg")? Then it is where that
    conjunct's mover went, as the first place is the first's.

    why: "in" marks a destination only right after a verb of arrival, so the second place had no
    role and the second group's movement was lost (s33 read89)."""
    if not _GAPPED_IN.match(text, at):
        return False
    verb = _IN_BEFORE.search(text, max(0, floor - 60), floor)
    if verb is None or _stem(verb.group("verb")) not in _ARRIVAL:
        return False
    day = _DAY_AFTER_PLACE.match(text, floor, at)
    m = _GAP.fullmatch(text, day.end() if day else floor, at)
    return m is not None and _MOVER.fullmatch(m.group("np")) is not None \
        and not _TIME_WORDS.intersection(w.lower() for w in m.group("np").split())


def _after_day(text: str, end: int, at: int, dates: list) -> int:
    """Where the joint after a conjunct's place (ending at ``end``) begins: after the day told
    right after the place ("Durban| on Monday|, and another 150"), else at ``end``."""
    day = next((d for d in dates if end < d.start < at and _ON_BEFORE_DAY.fullmatch(text, end, d.start)), None)
    return day.end if day is not None else end


def _own_day(frag: Fragment, at: int, later: list[int], dates: list):
    """The day told inside a conjunct whose destination's cue is at ``at``, before the next
    conjunct's (``later``: their cues): "..., and another 150 to B on Tuesday" -> Tuesday;
    None when the conjunct tells none (it shares the clause's)."""
    stop = min((k for k in later if k > at), default=None)
    return next((d for d in dates if d.start > at and (stop is None or d.start < stop)
                 and d.precision == "day"), None)


def _counts_of(np: str, told: list[dict]) -> list[dict]:
    """The counts of a conjunct's mover: "40 Hungarian soldiers", or a bare "another 200" of
    the noun the clause counted before."""
    if _ONE_MORE.fullmatch(np):
        return [{"value": 1, "unit": told[-1]["unit"], "elided": True}] if told else []
    bare = _BARE_COUNT.fullmatch(np)
    if bare:
        num = bare.group("num")
        spelled = str(_NUMBER_WORDS[num.lower()]) if num.lower() in _NUMBER_WORDS else num
        item = elided_count((np[:bare.start("num")] + spelled + np[bare.end("num"):]).replace(" more", ""),
                            [c["unit"] for c in told])
        return [item] if item else []
    m = _COUNTED.search(np)
    return [{"value": int(m.group("num").replace(",", "")), "unit": m.group("unit").lower()}] if m else []


def with_own_movers(text: str, frag: Fragment, routes: list, why: list, dates: list = ()) -> None:
    """Each route of ``frag`` whose destination a gapped list gives its own mover (see
    gapped_movers) gets that mover: what moved, how many, and who -- the actor only when the
    clause's actor was its subject ("the Argentine contingent went ..."), not when it was the
    sender ("the army sent 300 soldiers to A, and another 200 to B": still the army's). An
    origin read off the first subject's own words (its demonym: "Argentine") is not the other
    movers'. A day told inside a conjunct is its own ("..., and another 150 to B on Tuesday";
    ``dates``: the clause's)."""
    movers = gapped_movers(text, frag, dates)
    if not movers:
        return
    subject_is_actor = bool(frag.actor and frag.what and frag.actor.lower() in frag.what.lower())
    first_part = _ORDINAL_MOVER.fullmatch(frag.what or "")
    for draft in routes:
        at = next((a for p, a in frag.destination if a in movers and draft.destination is not None
                   and same_place(p, draft.destination)), None)
        if at is None:
            if first_part is not None:  # "the first went to A, [the second to B]": a part of a group
                draft.frags = [replace(f, distinct=f.distinct | {first_part.group("nth").lower()}) if f is frag else f
                               for f in draft.frags]
            continue
        np = movers[at]
        part = _ORDINAL_MOVER.fullmatch(np)
        bare = _BARE_COUNT.fullmatch(np) is not None
        actor = frag.actor
        if subject_is_actor and not bare:
            actor = None if _MOVER.fullmatch(np) and not _NOUN_IN.search(np) else _LEADING_DET.sub("", np)
        day = _own_day(frag, at, list(movers), dates)
        own = replace(frag, what=np, counts=_counts_of(np, frag.counts), actor=actor,
                      actor_home=None if actor != frag.actor else frag.actor_home,
                      distinct=frag.distinct | ({part.group("nth").lower()} if part else set()),
                      date=day if day is not None else frag.date)
        draft.frags = [own if f is frag else f for f in draft.frags]
        if not bare and draft.origin is not None and frag.what and \
                (draft.origin.get("surface") or "\0") in frag.what:
            draft.origin = None  # the first subject's demonym is no origin of another mover
        why.append(f"sentence {frag.sentence}: '{np}' to {draft.destination.get('name')}: a mover of its own (gapped list)")


def _singular(noun: str) -> str:
    return _SINGULAR.get(noun.lower(), noun)


def respective_movers(what: str | None, n: int, at_end: bool = False) -> list[str] | None:
    """The movers of a list of qualifiers of one noun, one per member: "The Irish and Polish
    battalions" -> ["Irish battalion", "Polish battalion"]; None unless there are ``n`` of
    them and the noun is one of movers. ``at_end``: the list ends ``what`` (the words before
    a verb, a dateline maybe first) rather than opening it."""
    m = (_LISTED_QUALIFIERS_AT_END.search if at_end else _LISTED_QUALIFIERS.match)(what or "")
    if m is None or not _NOUN_IN.search(m.group("noun")):
        return None
    quals = [q for q in _QUAL_SPLIT.split(m.group("quals").strip()) if q]
    if len(quals) != n:
        return None
    noun = _singular(m.group("noun"))
    return [f"{q} {noun}" for q in quals]


def with_respective_movers(frag: Fragment, routes: list, why: list, subject: str = "") -> None:
    """"The Irish and Polish battalions moved to A and B respectively": the n-th mover of the
    subject's list goes with the n-th route (GUIDELINES: lists are distributed; each movement
    its own actor). Before, both were the last qualifier's ("Polish battalions") or the name
    of the force the list was of. ``subject``: the clause's words before its verb, read when
    what moved was cut at a comma of the list ("The Senegalese, Togolese and Chadian ...")."""
    if not frag.respectively or len(routes) < 2:
        return
    # the whole list before the verb, when there is one (what moved may hold only its tail)
    whole = _LISTED_QUALIFIERS_AT_END.search(subject.strip()) is not None
    movers = respective_movers(subject.strip(), len(routes), at_end=True) if whole else respective_movers(frag.what, len(routes))
    if movers is None:
        return
    for draft, mover in zip(routes, movers):
        draft.frags = [replace(f, actor=mover, actor_home=None) if f is frag else f for f in draft.frags]
    why.append(f"sentence {frag.sentence}: {', '.join(movers)}: paired with the routes 'respectively'")


def not_but(text: str, span: tuple[int, int], frag: Fragment, why: list) -> Fragment:
    """"sent not to A but to B", "were not deployed to A but to B", "sent to B, not to A": A is
    set against where the force went (B), so A is no destination ("not only to A but to B"
    is both); and when that "not" is the clause's only negation,
    the movement to B is reported, not negated.

    why: the contrast read A and B as a list of destinations of one status -- a spurious
    movement to A, or (with "not" before the verb) both negated and the move to B lost."""
    s, e = span
    m = _NOT_BUT_GATE.search(text, s, e)
    if m is not None:
        lo, hi = m.start("prep"), m.start("but")
    elif (m := _BUT_NOT.search(text, s, e)) is not None:
        lo, hi = m.start("prep"), m.end()
    else:
        return frag
    dropped = [(p, at) for p, at in frag.destination if lo <= at < hi]
    kept = [(p, at) for p, at in frag.destination if not lo <= at < hi]
    if not dropped or not kept:
        return frag
    status = frag.status
    if status == "negated" and not _OTHER_NEGATION.search(text[s:m.start()] + " " + text[hi:e]):
        status = "reported"
    why.append(f"sentence {frag.sentence}: 'not to {dropped[0][0].get('name')} but to "
               f"{kept[0][0].get('name')}': only the second is where it went")
    return replace(frag, destination=kept, status=status,
                   status_why=frag.status_why if status == frag.status else "a contrast 'not to A but to B'")


_PATTERNS.save()
