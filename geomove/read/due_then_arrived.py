"""A plan told of the subject, then its arrival with no place: "The convoy, which was due to reach
Kidal on Monday, arrived a day late", "The column was expected to enter Gao on Sunday but
arrived on Tuesday". Where it arrived is where it was due: the plan carried out (GUIDELINES: the
move the text tells as done is reported; one movement, not a plan and an arrival).

Only where the arrival is the very next clause, names no place of its own, opens with its verb
(no subject of its own: it is the plan's subject's) and is neither negated nor planned ("has
yet to arrive"). The movement takes the arrival clause's day, not the day planned.

why: the arrival named no place, so the report gave only the plan -- and, before the cue words
"reach"/"enter" were read as place cues (wordlists.LOCATIVE_PREPS), not even that (probe of my
own, s31)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..regex_cache import CompiledPatterns
from .state import Fragment

_PATTERNS = CompiledPatterns("read-due-then-arrived")

# the next clause: an optional joining word and adverbs, then the verb of arriving
_ARRIVED_OPENING = _PATTERNS.compile(
    r"\s*,?\s*(?:(?:but|and|yet)\s+)?(?:(?:finally|eventually|only|later|then|instead|actually)\s+)*"
    r"(?:arrived|got\s+there|made\s+it\s+there|reached\s+(?:it|the\s+(?:town|city|base|camp)|its\s+destination))\b", re.I)
# after the verb: a place of its own the gazetteer may not know ("arrived in Anefis instead")
_OWN_END_AFTER = _PATTERNS.compile(r"\s+(?:in|at|into|near)\s+(?:the\s+)?(?-i:[A-Z])|.*\b(?:instead|elsewhere)\b", re.I)
# before the verb in its clause: what makes the arrival no fact
_NOT_DONE = _PATTERNS.compile(r"\b(?:not|never|yet)\b", re.I)


def plan_arrived(a) -> None:
    """An assembly pass (assemble.PASSES): each planned movement with a destination whose next
    clause is its subject's arrival with no place is that plan carried out: reported, dated by
    the arrival's clause."""
    reader = a.reader
    for plan in [d for d in a.drafts if d.status == "planned" and d.destination is not None]:
        last = max(f.sentence for f in plan.frags)
        if last + 1 >= len(reader.spans):
            continue
        s, e = reader.spans[last + 1]
        done = _ARRIVED_OPENING.match(reader.text, s)
        if done is None or done.end() > e or _NOT_DONE.search(reader.text, s, done.start()) \
                or reader._within(reader.places, s, e) or _OWN_END_AFTER.match(reader.text[:e], done.end()):
            continue
        plan.status = "reported"
        plan.frags[:] = [replace(f, date=None, when=set(), status="reported") for f in plan.frags]
        plan.frags.append(Fragment(sentence=last + 1, trigger="arrived", trigger_start=done.start(),
                                   quote=reader.text[s:e].strip(), date=reader._date(s, e, done.start())))
        a.why.append(f"sentence {last + 1}: '{' '.join(done.group(0).split())}' with no place of its own carries out "
                     f"the plan of sentence {last}: reported, at {plan.destination.get('name')}")


_PATTERNS.save()
