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


_PATTERNS.save()
