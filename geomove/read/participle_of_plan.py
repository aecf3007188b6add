"""A participle that tells how a planned move will go: "A further frigate from Germany is
expected to join the task force in January, sailing through the Mediterranean", "The battalion
will move to X next week, travelling by rail through Y".

The verb of the plan ("join", "move to") may be no verb of moving the reader knows, and then the
participle after the comma is the clause's trigger. Its own clause (after the comma) holds no
word of plans, so the move was read as reported. The participle shares the status of the clause
it hangs from: planned when the words before its comma, in the same sentence, hold a modal or a
word of plans (lexicon _MODAL), as the clause's own check reads them (status._status)."""

from __future__ import annotations

import re

from .kept import recompile as _recompile
from .lexicon import _MODAL, _MODAL_GATE

# the participle right after a comma: ", sailing", ", travelling"
_COMMA_BEFORE = _recompile(r",\s*$")
# ... or right after "before": the next step of the same plan ("will sail to A and B before
# returning to C"), cut from it as a leg of its own (cuts.going_back_joins), so the plan's words
# are looked for from the sentence's start (s42 read114)
_BEFORE_STEP = _recompile(r"\bbefore\s+$", re.I)
_SENTENCE_END = _recompile(r"[.!?\n]")


def participle_of_plan(text: str, s: int, main: re.Match) -> bool:
    """Is ``main``, a present participle right after a comma, the manner of a clause before the
    comma (from ``s``, the sentence's clause start) that tells a plan? Or one right after
    "before", the next step of a plan told before it in the sentence?"""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb or not verb.lower().endswith("ing"):
        return False
    if _BEFORE_STEP.search(text, max(0, main.start() - 8), main.start()) is not None:
        return step_of_plan(text, main)
    if _COMMA_BEFORE.search(text, max(s, main.start() - 3), main.start()) is None:
        return False
    return _MODAL_GATE.search(text, s, main.start()) is not None


def step_of_plan(text: str, main: re.Match) -> bool:
    """Is ``main`` a participle right after "before" whose sentence, before it, tells a plan
    ("will sail to A before returning to C")? Its date is then one to come, as the plan's is
    (clauses: dates.ahead_when_planned)."""
    verb = main.group("verb") if "verb" in main.re.groupindex else None
    if not verb or not verb.lower().endswith("ing") \
            or _BEFORE_STEP.search(text, max(0, main.start() - 8), main.start()) is None:
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, main.start() - 400), main.start())), default=0)
    return _MODAL_GATE.search(text, start, main.start()) is not None
