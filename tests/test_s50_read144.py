"""read144's readers on their own: the "of" phrase of a verb of moving used as a noun
(read.noun_s_mover), a clause of report set off by commas before the verb (read.report_aside),
and a "while" clause's own subject (read.subordinate). Sentences of my own."""

import re

from geomove.read.noun_s_mover import noun_s_mover
from geomove.read.report_aside import is_report_aside, subject_before_report_aside
from geomove.read.subordinate import subject_after_conjunction

_BREAKS = re.compile(r",\s|\b(?:said|told)\b(?:\s+reporters)?")


def _noun_mover(text: str, word: str):
    m = re.compile(re.escape(word)).search(text)
    return noun_s_mover(text, 0, m, len(text))


def test_the_of_phrase_of_a_noun_of_moving():
    assert _noun_mover("The minister ordered on 2 May the transfer of a company from Dosso to Tahoua.",
                       "transfer").strip() == "a company"
    assert _noun_mover("The governor ordered last week the return of the ambassador from Rome.",
                       "return").strip() == "the ambassador"


def test_no_of_phrase_or_a_verb():
    # (a verb, not a noun: no determiner before it)
    assert _noun_mover("The soldiers transfer from Dosso to Tahoua on Monday.", "transfer") is None
    # (the noun with no "of" phrase: its possessor is who moved, the subject's words are kept)
    assert _noun_mover("The battalion completed its move to Tahoua.", "move") is None


def _before_aside(text: str, verb: str):
    at = text.index(verb)
    start = max([0] + [b.end() for b in _BREAKS.finditer(text, 0, at)])
    got = subject_before_report_aside(text, 0, start, at, _BREAKS)
    return text[got[0]:got[1]] if got else None


def test_subject_before_a_clause_of_report():
    assert _before_aside("The 2nd Brigade, the ministry told reporters, left Dosso for Tahoua.", "left") == "The 2nd Brigade"
    assert _before_aside("The column, officials said on Monday, reached Tahoua.", "reached") == "The column"


def test_no_clause_of_report_before_the_verb():
    # (a relative clause opened by "which" is no clause of report)
    assert _before_aside("The column, which officials said, reached Tahoua.", "reached") is None
    # (a subject of its own after the last break)
    assert _before_aside("Officials said the column reached Tahoua.", "reached") is None


def test_a_part_that_is_a_clause_of_report():
    assert is_report_aside(" officials told AFP")
    assert is_report_aside(" the army told reporters on Wednesday")
    assert not is_report_aside(" two companies of gendarmes")
    assert not is_report_aside(" which officials said")


def test_the_subject_of_a_while_clause():
    assert subject_after_conjunction("A week-long truce held while the 2nd Brigade ") == "the 2nd Brigade "
    assert subject_after_conjunction("Talks went on whilst rebel units ") == "rebel units "
    # (no finite verb before "while": an opening phrase, the words are kept)
    assert subject_after_conjunction("Troops while on patrol ") == "Troops while on patrol "
