"""A state's own military body that tells a bare count of ships or units moved: "Spain's Atlantic
Fleet said three frigates left Ferrol for Rota", "The Greek Defence Ministry said two submarines
sailed from Salamis". The body that speaks (a fleet, a flotilla, a navy, a command, a defence
ministry) is the force whose ships moved (GUIDELINES: the actor is the moving force, named as the
report names it): a count with no owner of its own, told by a force's own body, is its own, as
"its frigates" or "two of its frigates" are.

Only a bare count ("three frigates", "two battalions", "four more warships") right after the verb
of saying: a count with an owner named ("two Chinese destroyers", "three battalions of the 5th
Army") or anything else between is another's or a different subject, and the speaker stays only
who said so (clauses._SPEAKER_ONLY).

why: a force's name followed by a verb of saying was taken as a speaker only, so the movement of
its own ships had no actor at all (read75)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .lexicon import SAID_WHEN, _BARE_SUBJECT_GAP

_PATTERNS = CompiledPatterns("read-own-count-told")

# the heads of a state's own military bodies that speak for the ships or units they command
# (and a state's force by its plain noun: "The army said two battalions moved", read.force_said_it
# after an opening phrase)
BODY_HEADS = ("fleet", "flotilla", "navy", "naval forces", "command", "military district", "army", "military",
              "armed forces", "air force",
              "defence ministry", "defense ministry", "ministry of defence", "ministry of defense")
# the words of a bare count
COUNT_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
               "twelve", "several", "a few", "a pair of")
# ships and units counted (plural)
COUNTED_NOUNS = ("warships", "frigates", "destroyers", "corvettes", "cruisers", "submarines",
                 "landing ships", "patrol ships", "patrol boats", "missile boats", "minesweepers",
                 "naval vessels", "vessels", "ships", "battalions", "companies", "regiments", "brigades")


def _alternatives(words) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=len, reverse=True))


# a bare count of a state force's own units or warships, as a force's plain noun tells it ("the
# army said two battalions moved", read.force_said_it): no "vessels" or "ships" there, which
# the police or a coast guard may count of others (boats of migrants)
UNIT_NOUNS = ("warships", "frigates", "destroyers", "corvettes", "submarines", "battalions", "companies",
              "regiments", "brigades")
OWN_COUNT = (r"(?:(?:" + _alternatives(COUNT_WORDS) + r")|[0-9]{1,3})(?:\s+(?:more|other|additional))?"
             r"\s+(?:" + _alternatives(UNIT_NOUNS) + r")")

# the speaker's name ends with a body's head ("Russia's Baltic Fleet", "the Turkish defence ministry")
_BODY_NAME = _PATTERNS.compile(r"\b(?:" + _alternatives(BODY_HEADS) + r")$", re.I)
# after the speaker's name: the verb of saying, then a bare count up to the verb of moving
_SAID_OWN_COUNT = _PATTERNS.compile(
    r"\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|confirmed|confirms|reported|reports|stated)"
    + SAID_WHEN + r"{0,2},?(?:\s+that)?"
    r"\s+(?:(?:" + _alternatives(COUNT_WORDS) + r")|[0-9]{1,3})(?:\s+(?:more|other|additional))?"
    r"\s+(?:" + _alternatives(COUNTED_NOUNS) + r")" + _BARE_SUBJECT_GAP.pattern + r"$", re.I)


# the verbs of saying, looked for as plain words before any pattern runs (cheap)
_SAYING = (" said ", " says ", " announced ", " confirmed ", " reported ", " stated ")
# a body's name told in capitals, with its state before it: "India's Eastern Naval Command",
# "the Spanish Atlantic Fleet" (read in a short window before the verb of saying)
_NAME = r"(?-i:[A-Z])[\w.-]*"  # (no apostrophe: the possessive is read apart)
_BODY_TITLE = _PATTERNS.compile(
    r"(?:^|(?<=\s))(?:the\s+)?(?P<a>(?:" + _NAME + r"(?:'s|’s)\s+)?(?:" + _NAME + r"\s+){0,3}"
    r"(?-i:Fleet|Flotilla|Navy|Command|Naval\s+Forces))$", re.I)


def body_subject(text: str, s: int, verb_at: int, organ_subject) -> str | None:
    """The state's own military body that is the speaker of the clause [s, verb_at) and tells a
    bare count of its ships or units moved ("India's Eastern Naval Command said four warships
    left X" -> "India's Eastern Naval Command"; "The Greek Defence Ministry said two submarines
    sailed" -> "Greek Defence Ministry", named as ``organ_subject`` names a ministry), or None."""
    span = text[s:verb_at]
    said_at = max(span.rfind(w) for w in _SAYING)
    if said_at < 0:
        return None  # (cheap: no verb of saying in the subject)
    if _SAID_OWN_COUNT.match(span, said_at) is None:
        return None
    title = _BODY_TITLE.search(span, max(0, said_at - 80), said_at)
    if title is not None:
        return re.sub(r"\s+", " ", title.group("a"))
    # ("the Greek Defence Ministry": read.state_organs; on the clause's own words, where its "^"
    # is the clause start: with an offset into the text it matched only at the text's start, so
    # a body telling a count in any sentence but a report's first was not read, s27t)
    organ = organ_subject(span, 0, said_at + 1)
    return organ if organ is not None and _BODY_NAME.search(organ) else None


def body_tells_own_count(text: str, name: str, name_end: int, verb_at: int) -> bool:
    """Does the force ``name`` (ending at ``name_end``), a state's own military body, say that a
    bare count of ships or units moved by the verb at ``verb_at``?"""
    if not _BODY_NAME.search(name.strip()):
        return False  # (cheap: most speakers are no such body)
    return _SAID_OWN_COUNT.match(text[name_end:verb_at]) is not None


_PATTERNS.save()
