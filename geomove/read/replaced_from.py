"""The unit that replaced a force told leaving, and where it came from, told in a participle after
the clause: "The army rotated a battalion out of Arauca, replacing it with marines from Puerto
Carreno". The marines went from Puerto Carreno to Arauca, the place the battalion left: a
movement of its own (GUIDELINES: a different actor makes a new movement), by the same sender.

why: the participle has no verb of movement, so the replacement was lost; "from Puerto Carreno"
was read as no place of the clause's movement. Only "replacing it / them with <words> from
<place>" right after a reported movement with an origin and in the same sentence, the place a
mention the gazetteer knows, and no second verb of movement in the participle (then the clause
reader reads it: "and replaced it with marines brought in from X")."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .places import _place_of, same_place
from .state import Fragment, _Draft

_PATTERNS = CompiledPatterns("read-replaced-from")

_REPLACING_WITH = _PATTERNS.compile(
    r",\s*(?:and\s+)?replacing\s+(?:it|them)\s+with\s+(?P<what>(?:(?!(?:from|to|in|at|by)\b)[\w'’-]+\s+){1,6}?)from\s+(?:the\s+)?", re.I)


def replaced_from(a) -> None:
    """An assembly pass (assemble.PASSES): the replacing unit's own movement, from the place
    named after "replacing it with ... from" to the place the movement told before left."""
    reader = a.reader
    for draft in list(a.drafts):
        if draft.status != "reported" or draft.origin is None:
            continue
        for i in sorted({f.sentence for f in draft.frags}):
            s, e = reader.spans[i]
            m = _REPLACING_WITH.search(reader.text, s, e)
            if m is None:
                continue
            place = next((p for p in reader._within(reader.places, m.end(), min(e, m.end() + 60))
                          if p["start"] == m.end()), None)
            if place is None or not (draft.origin.get("offsets") or [m.start()])[0] < m.start() \
                    or same_place(_place_of(place), draft.origin):
                continue  # (the place left must be told before the participle, and be another)
            first = next(f for f in draft.frags if f.sentence == i)
            what = " ".join(m.group("what").split())
            frag = Fragment(sentence=i, trigger="replacing", trigger_start=m.start(), actor=first.actor,
                            what=what, date=first.date, when=first.when, quote=reader.text[s:e].strip(),
                            distinct={"replacing"})
            second = _Draft(_place_of(place), [], {**draft.origin, "inferred": True}, [frag], "reported")
            a.drafts.insert(a.drafts.index(draft) + 1, second)
            a.why.append(f"sentence {i}: 'replacing it with {what} from {place.get('surface')}': "
                         f"a movement of its own to {draft.origin.get('name')}, the place left")
            break


_PATTERNS.save()
