""""Ordered" as a purchase inside the subject, not an order to move: "The first three fighters
ordered by Indonesia landed at Pekanbaru on Monday", "Two patrol boats, ordered from Spain in 2023,
arrived in Dakar". Deliveries of arms are told this way; the participle says who bought the
equipment, the main verb (past and finite) what it did.

The status reader counts every "order..." among its words of plans (an order to move is no move:
"the general ordered the battalion to X"), so the landing was read as planned and its count lost.
Excused only when "ordered" follows a noun of the subject (not an auxiliary: "were ordered to
X"; not a pronoun: "he ordered"), a buyer or a time follows it ("by <Name>", "from <Name>", "in
<year or month>", "under a contract"), no "to" of an infinitive stands before the movement's verb
("troops ordered by the general to move" is still an order), no other modal or word of plans
stands in the clause, and the movement's verb is a past form not under a modal.

why: tests/fixtures/read76 b_jets_delivery_indonesia (read145, an arms-delivery news item)."""

from __future__ import annotations

import re

from ..dates import MONTH_NAMES
from ..regex_cache import CompiledPatterns
from .subject_relative_modal import _FINITE_PAST_AUX, _UNDER_A_MODAL, _past_form

_PATTERNS = CompiledPatterns("read-ordered-goods")

# words that make "ordered" a verb of its own, not a participle after a noun
_NOT_A_NOUN = frozenset(
    "was were is are be been being had has have get got gets he she they we i you it who which that and or "
    "then but also later first reportedly".split())
# "ordered" after a word, then who bought it or when: "ordered by Indonesia", "ordered from
# Spain", "ordered in 2022", "ordered in March", "ordered under a contract"
_ORDERED_GOODS = _PATTERNS.compile(
    r"\b(?P<head>[A-Za-z][\w'-]*),?\s+ordered\s+(?:by\s+[A-Z]|from\s+[A-Z]|under\s+(?:a|the)\s+|in\s+(?:(?:19|20)[0-9]{2}\b|"
    r"(?i:" + MONTH_NAMES + r")\b))")
# an infinitive before the movement's verb: an order to move after all ("ordered by the general to deploy")
_INFINITIVE = _PATTERNS.compile(r"\bto\s+[a-z]+", re.I)
_PATTERNS.save()


def ordered_as_goods(text: str, clause_start: int, verb_at: int, verb: str, modal) -> bool:
    """Is the one word of plans in the clause [clause_start, verb_at) a participle "ordered"
    telling who bought the subject ("fighters ordered by Indonesia"), so that the movement's verb
    ``verb`` at ``verb_at`` (a past, finite form) is told as done? ``modal`` is the status
    reader's pattern of modals and words of plans: none but this "ordered" may stand in the
    clause."""
    if "ordered" not in text[clause_start:verb_at]:
        return False
    goods = _ORDERED_GOODS.search(text, clause_start, verb_at)
    if goods is None or goods.group("head").lower() in _NOT_A_NOUN:
        return False
    word_at = text.index("ordered", goods.start())
    if modal.search(text, clause_start, word_at) or modal.search(text, word_at + len("ordered"), verb_at):
        return False
    before = text[word_at:verb_at]
    if _INFINITIVE.search(before):
        return False
    if _FINITE_PAST_AUX.search(before):
        return True
    words = verb.split()
    return bool(words) and _past_form(words[0]) and not _UNDER_A_MODAL.search(before)



def purchase_span(text: str, s: int, verb_at: int) -> tuple[int, int] | None:
    """The purchase's participle phrase between ``s`` and the verb at ``verb_at``: from
    "ordered" to a comma or the verb ("patrol boats ordered by Senegal in 2023 | arrived"), when
    "ordered" follows a noun and no infinitive makes it an order to move; None otherwise."""
    if text.find("ordered", s, verb_at) == -1:
        return None
    goods = _ORDERED_GOODS.search(text, s, verb_at)
    if goods is None or goods.group("head").lower() in _NOT_A_NOUN:
        return None
    a = text.index("ordered", goods.start())
    comma = text.find(",", a, verb_at)
    b = comma if comma != -1 else verb_at
    return None if _INFINITIVE.search(text, a, b) else (a, b)


def without_purchase(sentence: str, verb_at: int) -> str:
    """``sentence`` with the purchase's phrase before its verb at ``verb_at`` blanked ("patrol
    boats ordered by Senegal in 2023 arrived in Dakar on Friday"): its year is when the boats
    were bought, not when they moved, and made the arrival background."""
    span = purchase_span(sentence, 0, verb_at)
    if span is None:
        return sentence
    a, b = span
    return sentence[:a] + " " * (b - a) + sentence[b:]


def dates_not_of_purchase(text: str, dates: list, s: int, verb_at: int) -> list:
    """``dates`` without those told in the purchase's phrase before the verb ("ordered by
    Senegal in 2023"): the clause's movement is not dated by when what moved was bought."""
    span = purchase_span(text, s, verb_at)
    return dates if span is None else [d for d in dates if not span[0] <= d.start < span[1]]
