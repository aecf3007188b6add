"""An order told in a reduced relative on the subject: "Troops ordered by the president to
reinforce the border left Kayes on Monday", "Police units sent by the governor to restore order
drove into Marawi", "Soldiers ordered to clear the highway pulled out of Kupiansk". The participle
(of ordering or of sending, ordered_relative.json and lexicon.json sent_participles), its agent
("by the president", at most a few words) and its purpose ("to reinforce the border") say who the
subject is and why it went; the clause's own verb is the first movement verb after the purpose's
infinitive that is no infinitive itself.

:func:`order_relative_cut` cuts the clause before that verb (or before its auxiliary: "Marines
ordered by the navy to guard the port | were flown to Iquitos"), with no leg: the order's clause
tells no place (a place of its purpose is where the force is meant to act, GUIDELINES) and its
status is the order's; the main clause's status, date and ends are its own, as after "The battalion
that will deploy to Latvia | left Gothenburg" (read.subject_relative_modal). The main clause's
subject is the words before the participle (:data:`ORDER_RELATIVE_AT_END`, asked by
clauses._Reader._aside_antecedent).

why: the reduced-relative cut compared the participle with the clause's next verb, which was the
purpose's infinitive when that is a verb of the lexicon ("to reinforce"), or found "by the
president" between the participle and the cue "to": the sentence stayed one clause of "ordered",
planned, and the departure after the purpose was lost (session 50's leftover, s51 read148; golden
lines s51-read148-ordered-* of my own in Niger, the Philippines, Peru and Ukraine).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .connective_opener import after_connective
from .lexicon import SENT_PARTICIPLES
from .reduced_relative import _MAIN_GROUP, _PARTICIPLE, _SUBJECT, past_of_its_own

_PATTERNS = CompiledPatterns("read-ordered-relative")
_DATA = read_data("ordered_relative.json")

_FORMS = frozenset(_DATA["order_participles"]) | frozenset(SENT_PARTICIPLES)

# after the participle: "by" and its agent (no "to", no comma) at most, then "to" and a word in
# lower case that is no determiner: the purpose's infinitive ("to reinforce", "to restore");
# "to the border", "to Kayes" are a direction, read.reduced_relative.sent_without_object's
_PURPOSE_AFTER = _PATTERNS.compile(
    r"(?:\s+by\s+(?:(?!to\b)[\w'’.&-]+\s+){1,%d}?)?\s*to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|"
    r"be|have)\b)[a-z]+\b" % _DATA["agent_words"])
# "to" right before a verb: an infinitive of the purpose ("to secure the road to reinforce X")
_TO_BEFORE = _PATTERNS.compile(r"\bto\s+$", re.I)
# a join, a list or an aside between the participle and the main verb: a second verb of the order
# ("ordered to secure the road and clear the bridge"), cut elsewhere
_JOINED = _PATTERNS.compile(r"[,;:]|\b(?:and|or|but|that|which|who|where|when|after|before|while|as)\b", re.I)
# the same participle and purpose at the end of the clause cut before the main verb: the words
# before it are the main clause's subject (clauses._Reader._aside_antecedent)
ORDER_RELATIVE_AT_END = _PATTERNS.compile(
    r"\s(?:" + "|".join(sorted(_FORMS)) + r")(?:\s+by\s+(?:(?!to\b)[\w'’.&-]+\s+){1,%d}?)?\s*to\s+[a-z]+\b[^,;:.]*$"
    % _DATA["agent_words"])
# the same at the end of what moved, once read back from the antecedent to the main verb: the
# order is no part of the force's name ("Troops ordered by the president to reinforce the border"
# moved "Troops"; read.what_tail)
ORDER_TAIL = _PATTERNS.compile(
    r"\s+(?:" + "|".join(sorted(_FORMS)) + r")(?:\s+by\s+(?:(?!to\b)[\w'’.&-]+\s+){1,%d}?)?\s*to\s+[a-z]+\b.*$"
    % _DATA["agent_words"], re.S)


def order_relative_cut(text: str, s: int, e: int, verbs: list[re.Match]) -> int | None:
    """Where the main clause starts after a subject described by an order and its purpose
    ("Troops ordered by the president to reinforce the border | left Kayes", "Marines ordered by
    the navy to guard the port | were flown to Iquitos"), given the clause's movement verbs
    ``verbs`` in order; None when the clause opens with no such participle or no finite verb of
    the subject follows its purpose."""
    first = verbs[0]
    if first.group(0).lower() not in _FORMS:
        return None
    purpose = _PURPOSE_AFTER.match(text, first.end())
    if purpose is None:
        return None
    s = after_connective(text, s, first.start())
    if not _PARTICIPLE.fullmatch(first.group(0)) or not _SUBJECT.fullmatch(text, s, first.start()):
        return None
    main = verb_after_order(text, first, purpose.end(), verbs[1:])
    if main is None or _JOINED.search(text, purpose.end(), main.start()):
        return None
    group = _MAIN_GROUP.search(text, purpose.end(), main.start())
    return group.start() if group is not None else main.start()


def verb_after_order(text: str, participle: re.Match, after: int, verbs: list[re.Match]) -> re.Match | None:
    """The first of ``verbs`` after the purpose (which ends at ``after``) that is finite: a past
    of the subject's own ("left", "pulled") or a verb after an auxiliary or a modal ("were
    flown", "will leave"); an infinitive ("to reinforce") or a verb's form as the purpose's
    object ("to restore order") is passed over."""
    for verb in verbs:
        if verb.start() < after or _TO_BEFORE.search(text, max(after, verb.start() - 8), verb.start()):
            continue
        if _MAIN_GROUP.search(text, after, verb.start()) is not None or past_of_its_own(text, participle, verb):
            return verb
    return None


_PATTERNS.save()
