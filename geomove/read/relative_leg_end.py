"""A restrictive relative's leg, then the main clause's leg from where it ended: "Twelve pilots who
flew the jets to Niamey returned home to Dijon", "The sailors who had sailed the frigate to
Djibouti flew back to Toulon". The clause is read at the relative's verb and its two ends are
distributed as a list would be (? -> Niamey, ? -> Dijon); but the main verb between them says the
antecedent, who got to Niamey by the relative's move, left it again: GUIDELINES split a route into
legs where the text says the force arrived and later left again, so the relative's leg stays a
movement of its own and the next leg leaves from its end.

:func:`origin_where_relative_leg_ended`, an assembly pass (assemble.PASSES), takes two drafts of one
fragment whose verb stands right after "who"/"that" (an auxiliary of the past between, not "will":
a leg still to come ended nowhere yet), the second with no origin, and a finite verb of moving of
the reader's between the first's destination and the second's (not "-ing", not after "to"). "Flew
the jets to A and B" (no verb between) is a list, as before; "Engineers who built the bridge at A
returned to B" has no verb of moving in the relative and one draft only.

why: session 52 (read150) left "Twelve pilots who flew the Rafales to Niamey returned home to B"
with no origin for the return; golden lines s53-read152-relative-leg-* of my own (Niger,
Djibouti, Rwanda and Congo)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-relative-leg-end")
# the relative word right before the fragment's verb, an auxiliary of the past between
_RELATIVE_BEFORE = _PATTERNS.compile(r"\b(?:who|that)\s+(?:(?:had|have|has)\s+)?$", re.I)
_PATTERNS.save()


def _main_verb_between(reader, lo: int, hi: int) -> bool:
    """Is there a finite verb of moving (a trigger's verb, no "-ing", not after "to") in [lo, hi)?"""
    text = reader.text
    return any(t.group("verb") and not t.group("verb").lower().endswith("ing")
               and text[max(0, t.start() - 3):t.start()].lower() != "to "
               for t in reader._triggers_in(lo, hi) if "verb" in t.re.groupindex)


def origin_where_relative_leg_ended(a) -> None:
    """An assembly pass: the second of two drafts read from one relative's clause leaves from where
    the first ended, when the main clause's verb stands between their destinations."""
    reader, text = a.reader, a.reader.text
    drafts = a.drafts
    for k in range(1, len(drafts)):
        first, second = drafts[k - 1], drafts[k]
        if second.origin is not None or second.destination is None or first.destination is None \
                or second.status != "reported" or first.status != "reported" \
                or len(second.frags) != 1 or len(first.frags) != 1:
            continue
        frag = second.frags[0]
        if first.frags[0] is not frag or len(frag.destination) < 2 or not frag.trigger:
            continue
        at = {p.get("name"): at for p, at in frag.destination}
        a_at, b_at = at.get(first.destination.get("name")), at.get(second.destination.get("name"))
        if a_at is None or b_at is None or not frag.trigger_start < a_at < b_at:
            continue
        if _RELATIVE_BEFORE.search(text, max(0, frag.trigger_start - 20), frag.trigger_start) is None:
            continue
        if not _main_verb_between(reader, a_at, b_at):
            continue
        second.origin = {**first.destination, "inferred": True}
        a.why.append(f"sentence {frag.sentence}: the main clause's leg leaves from where the relative's "
                     f"'{frag.trigger}' ended: {first.destination.get('name')}")
