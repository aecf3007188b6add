"""A named unit that replaced a force told leaving, with no place of its own: "The 3rd Battalion
was withdrawn from Kherson and replaced by the 35th Marine Brigade". The unit that replaced the
one withdrawn came into the place it left (GUIDELINES: a different actor makes a new movement;
one end is enough), as read.replaced_from reads the replacement that came "from B".

why: "replaced by" is no verb of movement, and with no "from" after it replaced_from read
nothing, so the replacing unit's move in was lost. Only the passive "was/were replaced (or
relieved) by <a numbered or titled unit>" right after a reported movement with an origin told
before it in the same sentence, the unit ending the clause (a full stop, a comma, "and", "on" a
day, "in" a time): "replaced by drones", "replaced by a new commander" name no force."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .by_start import ByStart, match_start
from .places import same_place
from .state import Fragment, _Draft
from .gates import Gate

_PATTERNS = CompiledPatterns("read-replaced-by-unit")
_UNITS = read_data("official_statements.json")["unit_names"]

# the force: a numbered unit ("the 110th Brigade", "the 2nd Marine Battalion") or a capitalised
# title ending in a unit noun ("the Rapid Reaction Group"), with a demonym or an owner before it
# ("Ukraine's 110th Brigade"): read.unit_names' words
_UNIT = (r"(?:[0-9]{1,3}(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,3}?(?:" + _UNITS["unit_nouns"] + r")"
         r"|(?:(?-i:[A-Z][\w'’-]*)\s+(?:(?:and|of)\s+)?){1,5}(?-i:" + _UNITS["titled_heads"] + r"))")
_REPLACED_BY_UNIT = _PATTERNS.compile(
    r"\b(?:and\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:later\s+|then\s+|since\s+)?"
    r"(?P<verb>replaced|relieved)\s+by\s+(?P<what>(?:the\s+)?(?:(?:(?-i:[A-Z][\w-]*)\s+){0,3}(?-i:[A-Z][\w-]*)['’]s\s+|(?-i:[A-Z][\w-]*)\s+)?" + _UNIT + r")"
    # (the unit ends the clause: no "from", "with", "who" after it; a day or a time may follow)
    r"(?=\s*(?:[.,;:]|$|\band\b|\bon\s+(?-i:[A-Z0-9])|\bin\s+(?:the\s+)?(?:early|late|past|last|recent)\b|"
    r"\b(?:last|this|earlier|later)\b))", re.I)
# the verbs the pattern needs, looked for first: their matches listed once per text and bisected,
# the pattern searched only in a sentence that has one (as read.replaced_from gates its passive on
# "replaced"); most sentences have neither
_VERB_WORD = _PATTERNS.compile(r"replaced|relieved", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_VERB_WORD_GATE = Gate(_VERB_WORD, ("relieved", "replaced"))


def replaced_by_unit(a) -> None:
    """An assembly pass (assemble.PASSES): the replacing unit's own movement into the place the
    movement told before it left, when "replaced by <unit>" names no place of its own."""
    reader = a.reader
    verbs_at = None  # (the matches of the verbs, listed once, when first asked)
    for draft in list(a.drafts):
        if draft.status != "reported" or draft.origin is None:
            continue
        for i in sorted({f.sentence for f in draft.frags}):
            s, e = reader.spans[i]
            if verbs_at is None:
                verbs_at = ByStart(list(_VERB_WORD_GATE.finditer(reader.text)), match_start)
            if verbs_at.first_between(s, e) is None:
                continue  # (no "replaced" or "relieved" in the sentence: the pattern cannot match)
            m = _REPLACED_BY_UNIT.search(reader.text, s, e)
            if m is None or not (draft.origin.get("offsets") or [e])[0] < m.start():
                continue  # (the place left must be told before "replaced by")
            what = " ".join(m.group("what").split())
            if _read_already(a, draft, m, i):
                continue
            first = next(f for f in draft.frags if f.sentence == i)
            frag = Fragment(sentence=i, trigger=m.group("verb"), trigger_start=m.start("verb"), actor=_actor(what),
                            what=what, date=first.date, when=first.when, quote=reader.text[s:e].strip(),
                            distinct={"replacing"})
            second = _Draft(None, [], {**draft.origin, "inferred": True}, [frag], "reported")
            a.drafts.insert(a.drafts.index(draft) + 1, second)
            a.why.append(f"sentence {i}: '{m.group('verb')} by {what}': the unit moved into "
                         f"{draft.origin.get('name')}, the place the force told before left")
            break


def _actor(what: str) -> str:
    """The unit's name without its article ("the 110th Brigade" -> "110th Brigade")."""
    return re.sub(r"^(?:the)\s+", "", what, flags=re.I)


def _read_already(a, draft: _Draft, m: re.Match, sentence: int) -> bool:
    """Is a movement into the place left already read from this sentence (replaced_from's, or
    the clause reader's "relieved by troops who arrived")?"""
    return any(d is not draft and d.destination is not None and same_place(d.destination, draft.origin)
               and any(f.sentence == sentence for f in d.frags) for d in a.drafts)


_PATTERNS.save()
