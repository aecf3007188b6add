"""A subject that opens after a subordinating conjunction: "The army said it had retaken the town
after RSF fighters withdrew toward X" — the clause of moving is "RSF fighters withdrew toward X",
and its subject is the words after "after", not the whole main clause before it.

The clause cutter keeps "after" / "before" / "when" clauses with the clause they hang on (the
time they tell belongs to both), so the words before the verb of moving held the main clause too,
and what moved was read as "it had retaken the town of Bara after Rapid Support Forces fighters".

"As" is such a conjunction only when it tells time (s51 read147: "The truce held as troops pulled
out of A", "Families waved flags in A as 200 soldiers left for B": the troops, the soldiers): not
in a comparison or a list ("as well as", "such as", "as many as"), nor after a verb of a role
("soldiers who served as peacekeepers", "the group known as M23": :func:`_as_of_time`, words as
data in subordinate.json).
"""

from __future__ import annotations

import re

from ..regex_cache import CompiledPatterns
from .data_files import read_data
from .gates import Gate

_PATTERNS = CompiledPatterns("read-subordinate")  # (kept compiled code, as read/lexicon.py's)
_DATA = read_data("subordinate.json")

# the conjunctions whose clause has its own subject ("after troops left", "when the convoy reached")
# (and those of things at the same time or set against: "A 48-hour ceasefire held while troops
# withdrew from A to B": the troops, not the ceasefire; s50 read144)
_CONJUNCTION = _PATTERNS.compile(r"\b(?:after|before|when|once|until|because|while|whilst|whereas|as\s+soon\s+as)\s+(?=\S)", re.I)
# "as" of time, not of a comparison or a list ("as well as", "such as", "as many as", "as part of"):
# read.subordinate's own guard (_as_of_time) decides the rest (s51 read147)
_AS = _PATTERNS.compile(r"\b" + "".join(r"(?<!\b" + w + r"\s)" for w in _DATA["not_before"])
                        + r"as\s+(?!(?:" + "|".join(_DATA["not_after"]) + r")\b)(?=\S)", re.I)
# a relative pronoun: the verb after it is the relative clause's, no clause of its own
_RELATIVE_WORD = _PATTERNS.compile(r"\b(?:who|which|that|whose|whom)\b", re.I)
# the words of a role's verb, as a whole word, within four words before "as"
_ROLE_VERB_BEFORE = _PATTERNS.compile(r"\b(?:" + "|".join(_DATA["role_verbs"]) + r")(?:\s+[\w'’-]+){0,3}\s+$", re.I)
# a pronoun opening the "as" clause: it refers back, no subject of its own
_PRONOUN_AFTER = _PATTERNS.compile(r"(?:" + "|".join(_DATA["pronouns"]) + r")\b", re.I)
# the auxiliaries and adverbs between the "as" clause's subject and the verb of moving
_AUXILIARIES_LAST = _PATTERNS.compile(r"(?:\s+(?:had|has|have|was|were|is|are|been|being|be|will|would|could|did|"
                                      r"also|then|later|reportedly|\w+ly))*\s*$", re.I)
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_CONJUNCTION_GATE = Gate(_CONJUNCTION, ("after", "because", "before", "once", "soon", "until", "when", "whereas", "while", "whilst"))
# the conjunction's clause is a gerund's passive with no subject: "before being", "after having been"
_PASSIVE_GERUND = _PATTERNS.compile(r"\s*(?:being|having\s+been|having)\s*", re.I)
# a finite verb before the conjunction: then the words before it are a clause of their own, not
# an opening phrase of time ("Shortly after midnight troops left" keeps its words)
_FINITE_BEFORE = _PATTERNS.compile(r"\b(?:was|were|is|are|had|has|have|did|does|do|said|says|\w{3,}ed|"
                                   # (the irregular past tenses of a report's main clauses)
                                   r"fell|took|came|went|left|made|fled|held|won|lost|began|saw|got|drove|flew|"
                                   r"ran|rose|struck|hit|shot|broke|fought|sent|set|put|told|kept|met|led|gave|"
                                   r"withdrew|overran|retook|stood|spoke|"
                                   # (and the present of "The announcement comes a week after ...")
                                   r"comes|follows|coincides|occurs|happens)\b", re.I)


def subject_after_conjunction(subject: str) -> str:
    """The words of ``subject`` after its last subordinating conjunction, when a finite verb
    stands before that conjunction; else ``subject`` as it is.

    why: "A bag was found near Kidal after troops left Gao" moved "troops", not "A bag was
    found near Kidal after troops"."""
    last = None
    for m in _CONJUNCTION_GATE.finditer(subject):
        last = m
    if " as " in subject or " As " in subject:
        # ("The truce held as troops (pulled out)": an "as" of time after the other conjunctions)
        for m in _AS.finditer(subject, last.end() if last is not None else 0):
            if _as_of_time(subject, m):
                last = m
    if last is None or not subject[last.end():].strip():
        return subject
    if _PASSIVE_GERUND.fullmatch(subject, last.end()):
        return subject  # ("were staged in A before being (sent to B)": the same subject's passive, none of its own)
    if _FINITE_BEFORE.search(subject, 0, last.start()) is None:
        return subject
    if _set_between_commas(subject, last):
        return subject
    return subject[last.end():]


def _as_of_time(subject: str, conjunction: re.Match) -> bool:
    """Is the "as" at ``conjunction`` one of time between two clauses: a finite verb before it
    with words of a subject before that verb, no relative pronoun before it (the verb would be
    the relative's: "soldiers who served as peacekeepers"), no verb of a role in the four words
    before it ("known as", "trained as", "deployed as"), and no pronoun opening its clause ("as
    they left" refers back to the subject before)?

    why: "The truce held as troops pulled out of A" moved "The truce held as troops", and
    "Families waved flags in Oslo as 200 soldiers left for Lithuania" the crowd's clause (s50
    read144, read145 left them; golden s51-read147-*)."""
    at = conjunction.start()
    finite = _FINITE_BEFORE.search(subject, 0, at)
    if finite is None or not subject[:finite.start()].strip():
        return False
    if _RELATIVE_WORD.search(subject, 0, at) is not None:
        return False
    if _ROLE_VERB_BEFORE.search(subject, max(0, at - 60), at) is not None:
        return False
    if _PRONOUN_AFTER.match(subject, conjunction.end()) is not None:
        return False
    return _noun_phrase_after(subject, conjunction.end())


def _noun_phrase_after(subject: str, at: int) -> bool:
    """Are the words of ``subject`` from ``at`` (before the verb of moving and its auxiliaries)
    a noun phrase, the "as" clause's own subject: no finite verb, a noun or a number last? Else
    the "as" clause is another, with a verb of its own (the verb of moving is further on: "The
    talks went on as the besieged pocket quickly shrank, losing ground to ...").

    why: without this test one dev report's what moved, read from a phrase past such an "as"
    clause, became that clause's subject and its verb (s51 read147: the baseline changed)."""
    from .syntax import analyse
    end = _AUXILIARIES_LAST.search(subject, at).start()
    words = analyse(subject, at, end)
    return bool(words) and (words[-1].tag.startswith("NN") or words[-1].tag == "CD") \
        and not any(w.tag in _FINITE_TAGS for w in words)


_COMMA_BEFORE = _PATTERNS.compile(r",\s*$")


def _set_between_commas(subject: str, conjunction: re.Match) -> bool:
    """Is the conjunction's clause an aside set between commas inside the subject ("A combined
    arms brigade, after a long march, was (transported)")? Then the words before it are the
    subject, not a clause of their own (whatever "combined" looks like to _FINITE_BEFORE).

    why: translated state media put what a unit did first between its name and its verb, and
    what moved was read as "a long march" (read95)."""
    return _COMMA_BEFORE.search(subject, 0, conjunction.start()) is not None and "," in subject[conjunction.end():]


# " and " between two clauses (asked before the tagger: most subjects have none)
_AND = _PATTERNS.compile(r"\sand\s", re.I)
# a verb's particle between it and its object: "sealed off the palace", "blew up the bridge"
_PARTICLES = frozenset(("off", "up", "down", "out", "back", "away"))
_OBJECT_OPENS = frozenset(("DT", "PRP$", "CD", "NNP", "NNPS"))
_BE_PAST = frozenset(("was", "were"))


# the small words a long name holds between its capitalised words ("Front for Change", "Union
# of Forces for Democracy")
_NAME_JOINERS = frozenset(("for", "of", "the", "in", "de", "du", "des", "la", "le"))


def _and_inside_a_name(words: list, k: int) -> bool:
    """Is the "and" at ``words[k]`` one of a name's words ("the Front for Change and Concord
    in Chad", "the Union of Forces for Democracy and Development")? A capitalised word on each
    side, and before it a name of two capitalised words or more (with its small joining words)
    that opens after "the": "took Kidal and Malian police moved" joins two clauses.

    why: "Witnesses saw a convoy of 18 trucks of the Front for Change and Concord in Chad
    leaving X" moved "Concord in Chad" (Sahel probe of my own, s32m)."""
    if not (words[k - 1].text[:1].isupper() and words[k + 1].text[:1].isupper()):
        return False
    capitals = 0
    j = k - 1
    while j >= 0 and (words[j].text[:1].isupper() or words[j].text.lower() in _NAME_JOINERS):
        if words[j].text.lower() == "the":
            return capitals >= 2
        capitals += words[j].text[:1].isupper()
        j -= 1
    return False


# verbs of saying that take a clause and (almost) never a bare object: the words after them are the
# reported clause, its subject first ("reported two incidents", "announced a truce" take objects)
SAYING_VERBS = frozenset("said says stated".split())


def subject_after_clause_and(subject: str) -> str:
    """The words of ``subject`` after its last "and", when a clause of its own (a noun, a verb
    in the past and that verb's object; or a noun and a passive, "The deal was signed in June")
    stands before that "and"; else ``subject`` as it is.

    why: "Police closed the roads and army units deployed to X" moved "army units", not
    "Police closed the roads and army units": the clause cutter cuts at "and" only between two
    verbs of movement, and "closed" is none. A participle that describes a noun ("Soldiers
    stationed in Kidal and police deployed") has no object, and a relative clause ("Troops who
    were based in Gao and police") no subject of its own: both keep the whole subject."""
    if _AND.search(subject) is None or _FINITE_BEFORE.search(subject) is None:
        return subject
    from .syntax import analyse
    words = analyse(subject, 0, len(subject))
    last_and = max((k for k, w in enumerate(words) if w.tag == "CC" and w.text.lower() == "and"), default=-1)
    if last_and < 2 or last_and == len(words) - 1 or _and_inside_a_name(words, last_and):
        return subject
    # (from the last comma or dash before it: "NIAMEY, July 27 - Soldiers ... sealed off ...")
    first = max((k + 1 for k in range(last_and - 1) if words[k].tag in (",", ":") or words[k].text in ("—", "–", "-")), default=0)
    for j in range(first + 1, last_and - (words[last_and - 1].tag == ",")):
        if words[j].tag in ("WP", "WDT", "CC", ","):
            return subject  # a relative clause or a list before the verb: no clause of its own
        if words[j].tag in ("VBD", "VBN") and (words[j - 1].tag.startswith("NN") or words[j - 1].tag == "PRP"):
            if words[j].text.lower() in SAYING_VERBS:
                # ("Officials said 1,000 soldiers of the Guard and the Army were sent": what was said
                # opens with its own subject, which the "and" goes on; no object of "said", s41 lead)
                return subject
            k = j + 1
            if k < last_and and words[k].text.lower() in _PARTICLES:
                k += 1
            if k < last_and and words[k].tag in _OBJECT_OPENS:
                return subject[words[last_and + 1].start:]
            if k < last_and and words[j].text.lower() in _BE_PAST and words[k].tag in ("VBN", "VBD"):
                # a passive of its own: "The deal was signed in June and 150 instructors arrived"
                return subject[words[last_and + 1].start:]
            return subject
    return subject


_PATTERNS.save()  # (the code of any pattern compiled anew above, for the next run)
