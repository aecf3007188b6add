"""A modal that belongs to a relative clause inside the subject, not to the movement's verb:
"The first soldiers of the battalion that will serve in Latvia landed at Riga airport on
Monday", "Engineers who would later build the bridge were flown to Kherson", "The brigade, which
could stay for a year, arrived in Vilnius". The modal tells what the subject will do once there;
the main verb, past and finite, tells what it did.

The status reader's clause holds the relative clause (it opens after the last "that" or
"which" before the verb, or earlier: status._status), so its modal was read as the movement's and
the landing as planned. Excused only when a relative pronoun, the modal and its own verb open the
relative clause, more words follow, no other modal or word of plans stands in the clause,
and the movement's verb cannot stand under a modal: a past form ("landed", "left"), alone or
after "was"/"were"/"had". "The battalion that will deploy to Latvia" (no other verb) and "units
that will be sent to Riga" (the movement's own verb under the modal) stay planned.

why: a probe report of my own (s41 lead, a Swedish battalion's first soldiers landing in Riga)."""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-subject-relative-modal")

# a relative clause opening with a modal, maybe an adverb, and its own verb (a bare form), then
# more words: "that will serve with", "who would later rebuild the"
_RELATIVE_MODAL = _PATTERNS.compile(
    r"\b(?:that|which|who)\s+((?:will|would|could|may|might|shall))\s+(?:(?:later|soon|also|eventually|then|now)\s+)?"
    r"(?!be\b|have\b|been\b)[a-z]+\b\s+\S", re.I)
# what closes the subject right before the movement's verb: a finite past auxiliary or nothing
_FINITE_PAST_AUX = _PATTERNS.compile(r"\b(?:was|were|had)\s+(?:\w+ly\s+)?$", re.I)
# what a verb under a modal follows: "will be sent", "would have left", "is set to move"
_UNDER_A_MODAL = _PATTERNS.compile(r"\b(?:be|been|have|to)\s+(?:\w+ly\s+)?$", re.I)
# past forms of verbs of movement that do not end in -ed (a modal never stands before them)
IRREGULAR_PAST = frozenset(
    "left went flew drove came sent rode withdrew sailed took brought began set led fled ran swept".split())


def _past_form(word: str) -> bool:
    low = word.lower()
    return low.endswith("ed") or low in IRREGULAR_PAST


def modal_of_the_subject_s_relative(text: str, clause_start: int, verb_at: int, verb: str, modal) -> bool:
    """Is the one modal of the clause [clause_start, verb_at) the verb group of a relative
    clause inside the subject ("that will serve in Latvia", "who would later rebuild the
    bridge"), so that the movement's verb ``verb`` at ``verb_at`` (a past, finite form) is told
    as done? ``modal`` is the status reader's pattern of modals and words of plans: no other
    may stand in the clause."""
    opening = _RELATIVE_MODAL.search(text, max(0, clause_start - 8), verb_at)
    if opening is None or modal.search(text, clause_start, opening.start(1)) \
            or modal.search(text, opening.end() - 1, verb_at):
        return False
    # (not under the modal: right before the verb a finite past auxiliary, or none before a past form)
    before = text[opening.end() - 1:verb_at]
    if _FINITE_PAST_AUX.search(before):
        return True
    words = verb.split()
    return bool(words) and _past_form(words[0]) and not _UNDER_A_MODAL.search(before)


# a relative clause inside the subject that opens with a modal or a word of plans and its own
# verb: "that will deploy", "who are due to move", "that is set to join" (read113)
_RELATIVE_PLAN = _PATTERNS.compile(
    r"(?:that|who)\s+(?:will|would|could|may|might|shall|(?:is|are)\s+(?:(?:due|set|expected|scheduled|slated|going)\s+)?to)\s+"
    r"(?:(?:later|soon|also|eventually|then|now)\s+)?(?!be\b|have\b|been\b)[a-z]+\b", re.I)
# the same relative clause at the end of the clause cut before the main verb: the words before
# it are the main clause's subject (clauses._aside_antecedent)
RELATIVE_PLAN_AT_END = _PATTERNS.compile(
    r"\s(?:that|who)\s+(?:will|would|could|may|might|shall|(?:is|are)\s+(?:(?:due|set|expected|scheduled|slated|going)\s+)?to)\s+[^,;.]*$", re.I)
# a joiner right before a verb: a second verb of the relative clause ("that will land at A and
# move on to B"), no main verb
_JOINED = _PATTERNS.compile(r"\b(?:and|or|then|but)\s+(?:\w+ly\s+)?$", re.I)
_PATTERNS.save()


def main_verb_after_planned_relative(text: str, who_at: int, e: int, verbs_in) -> re.Match | None:
    """The main verb of movement after a relative clause of plans inside the subject ("The
    battalion that will deploy to Latvia | left Gothenburg on Monday"), when that verb is past
    and finite, before the clause's end ``e``; None otherwise. ``verbs_in(a, b)``: the verb triggers in [a, b).

    The relative clause tells where the force is meant to go (a plan, read on its own with its
    modal); the main verb tells what it did. Without the cut the relative's verb of movement was
    the clause's, its modal made the whole planned, and the departure was lost. The main clause
    is no leg of the plan: the force did not get to the planned place first."""
    opening = _RELATIVE_PLAN.match(text, who_at)
    if opening is None:
        return None
    after = [t for t in verbs_in(opening.end(), e) if t.group("verb")]
    if not after:
        return None
    main = after[0]
    before = text[opening.end():main.start()]
    if _JOINED.search(before) or any(mark in before for mark in ";:.?!"):
        return None
    if _FINITE_PAST_AUX.search(before):
        return main
    words = main.group("verb").split()
    return main if words and _past_form(words[0]) and not _UNDER_A_MODAL.search(before) else None
