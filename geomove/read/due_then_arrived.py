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
# ... or with a subject that refers back to what the plan moves: "It arrived yesterday evening",
# "They arrived on Tuesday", "The battalion finally arrived on Wednesday" (an order told before it:
# "the minister ordered a battalion from A to B on Monday"; read107); not one told apart ("The
# second battalion", "The other convoy": GUIDELINES, a new movement)
_ARRIVED_WITH_SUBJECT = _PATTERNS.compile(
    r"\s*,?\s*(?:(?:but|and|yet)\s+)?(?:(?P<pronoun>it|they)|the\s+(?!(?:second|third|fourth|other|another|next|new|last|first|rest)\b)"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+))\s+(?=(?:(?:finally|eventually|only|later|then|actually)\s+)*"
    r"(?:arrived|got\s+there|made\s+it\s+there|reached\s+(?:it|the\s+(?:town|city|base|camp)|its\s+destination))\b)", re.I)
# after the verb: a place of its own the gazetteer may not know ("arrived in Anefis instead")
_OWN_END_AFTER = _PATTERNS.compile(r"\s+(?:in|at|into|near)\s+(?:the\s+)?(?-i:[A-Z])|.*\b(?:instead|elsewhere)\b", re.I)
# before the verb in its clause: what makes the arrival no fact
_NOT_DONE = _PATTERNS.compile(r"\b(?:not|never|yet)\b", re.I)


def _referred_back(text: str, s: int, plan) -> int | None:
    """Where the verb of arriving begins when the clause at ``s`` opens with a subject referring
    back to what ``plan`` moves ("It arrived", "They arrived", "The battalion arrived" after "a
    battalion" was ordered): a pronoun, or "the" and the plan's own noun; else None ("The troops
    arrived" after a convoy planned names a force of its own)."""
    m = _ARRIVED_WITH_SUBJECT.match(text, s)
    if m is None:
        return None
    if m.group("pronoun"):
        return m.end()
    whats = " ".join(f.what for f in plan.frags if f.what).lower().split()
    noun = m.group("noun").lower()
    return m.end() if noun in whats or noun.rstrip("s") in {w.rstrip("s") for w in whats} else None


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
        if done is None and (subject := _referred_back(reader.text, s, plan)) is not None:
            done = _ARRIVED_OPENING.match(reader.text, subject)  # (the verb after the subject)
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
