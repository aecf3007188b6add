"""A force named by its unit's long name, as official statements and wire copy name it in
translation: "The servicemen of the 200th separate motorised rifle brigade completed a march",
"No 2 company of the FAMa left", "A destroyer flotilla of the PLA Navy's Eastern Theater
Command sailed", "No 6 Squadron flew". The subject is the unit (or holds it after "of"): its
servicemen, elements or a flotilla of it are parts of it (GUIDELINES: the actor is the moving
force, named as the report names it).

why: such subjects named no force the reader knew as a name (an ordinal, "No 2", an acronym
written in mixed case such as "FAMa", a title ending in "Command"), so the actor was none, or
the generic noun ("servicemen") that names no actor. Read in clauses._Reader._actor only when
no other reading gave one; the words are data (official_statements.json unit_names)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .lexicon import _BARE_SUBJECT_GAP

_DATA = read_data("official_statements.json")["unit_names"]
_PATTERNS = CompiledPatterns("read-unit-names")

_UNIT = _DATA["unit_nouns"]
# the name: a numbered unit ("200th separate motorised rifle brigade", "No 2 Squadron") or a
# capitalised title ending in a unit noun ("PLA Navy's Eastern Theater Command", "Hakkari
# Mountain and Commando Brigade")
_NAME = (r"(?:(?-i:No)\.?\s*[0-9]{1,3}|[0-9]{1,3}(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,4}?(?:" + _UNIT + r")"
         r"|(?:(?-i:[A-Z][\w'’-]*)\s+(?:(?:and|of)\s+)?){1,5}(?-i:" + _DATA["titled_heads"] + r")"
         # (or the unit noun with its number after it, as Indonesian and Latin American forces are
         # named in translation: "Soldiers of Battalion 751", "Infantry Battalion 527"; s39 read105)
         r"|(?:(?-i:[A-Z][\w'’-]*)\s+){0,3}(?-i:" + _DATA["titled_heads"] + r")\s+[0-9]{1,3}(?![\w,.-])")
# an acronym in capitals or mixed case ("FAMa", "UPDF"), only as the force a part is of ("Elements
# of the FAMa"): alone it may name an agency ("WHO dispatched personnel")
_ACRONYM = r"(?-i:[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,3})(?!\s+(?-i:[A-Z]))"
# an acronym in mixed case, capitals then a small letter that is no plural "s" ("the FAMa", "the
# FACa"): a force's, as francophone armies are named in translation ("les FAMa": "the FAMa"), also
# alone as the subject; not "IDPs", "NGOs"
_MIXED_ACRONYM = r"(?-i:[A-Z]{2,4}[a-rt-z])(?![\w'’-])"
# the subject up to the verb, after an opening phrase of place or time ("In Mali, "): a few words
# of the part that moved and "of" ("The servicemen of", "A destroyer flotilla of"), the unit's
# name (with a quoted honorific or whose it is after it: data name_tail), then auxiliaries, or a verb that carries a movement noun ("completed a march")
_SUBJECT = _PATTERNS.compile(
    r"^\s*(?:[-–—*•]\s+)?(?:(?:in|on|at|meanwhile|separately|elsewhere|according\s+to)\b[^,;]{0,40},\s*)?(?:(?:the|a|an)\s+)?"
    # (a count's "as many as" before the members: "As many as 450 soldiers of the 7th Infantry
    # Battalion arrived", four words of members as "At least 450 soldiers of" has; and a count
    # written with commas, "At least 1,200 marines of the 3rd Marine Brigade", s39 read105)
    r"(?:(?:as\s+many\s+as\s+)?(?:(?:[\w-]+|[0-9]{1,3}(?:,[0-9]{3})+)\s+){1,4}?of\s+(?:the\s+)?(?P<of>" + _NAME + "|" + _ACRONYM + r")|(?P<u>" + _NAME + "|" + _MIXED_ACRONYM + r"))"
    r"(?:" + _DATA["name_tail"] + r")?"
    r"(?:" + _BARE_SUBJECT_GAP.pattern + r"|\s+(?:" + _DATA["light_verbs"] + r")\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,2}?)$", re.I)


def named_unit_subject(text: str, s: int, verb_at: int) -> str | None:
    """The unit that is (or holds) the subject of the verb at ``verb_at`` in the clause
    starting at ``s``: "The servicemen of the 200th separate motorised rifle brigade (completed
    a march)" -> "200th separate motorised rifle brigade"; None when the subject names none."""
    m = _SUBJECT.search(text[s:verb_at])
    return re.sub(r"\s+", " ", m.group("of") or m.group("u")) if m else None


_PATTERNS.save()
