"""A number that names a unit, a command or a document, not how many moved: "The Joint Command
No. 2 reported that elements of the Navy arrived", "Task Force Nr. 3", "Press release No. 412",
"Brigade #7". Communiques of Latin American ministries in translation number their commands and
releases this way ("Comando Conjunto No. 2"); the count reader, which allows a few words between
a number and its noun, read "No. 2 reported that elements" as two elements (GUIDELINES: count
is how many people or vehicles moved).

Read in clauses._Reader._counted: such a number is passed over, as a number inside a date is;
and in status: "No." before such a number is no negation ("Task Force No. 3 said marines
arrived" was read as negated)."""

from __future__ import annotations

import re

from ..dates import MONTH_WORDS, WEEKDAY_NAMES
from ..regex_cache import CompiledPatterns

_PATTERNS = CompiledPatterns("read-designators")

# the mark of a number that designates: "No." / "No" / "Nr." / "Nº" / "Number" / "#" right before
# it (case kept: "no 2" in lower case is rare and "no" is the negation)
_DESIGNATOR_BEFORE = _PATTERNS.compile(r"(?:\b(?-i:No|NO|Nos|Nr|Nº|N°|Number)\.?\s*|#\s*)$")


def numbered_designator(text: str, num_start: int) -> bool:
    """Is the number starting at ``num_start`` a designator ("Joint Command No. 2", "#7")?

    why: "No. 2 reported that elements ... arrived" counted two elements."""
    return _DESIGNATOR_BEFORE.search(text, max(0, num_start - 8), num_start) is not None


# a model's family name, capitalised, written after another word (not opening the sentence, where
# "Some 300 troops" or "Yesterday 200" is a count), and the model's number right after it; not a day
# or a month ("on Monday 300 troops")
_MODEL_FAMILY_BEFORE = _PATTERNS.compile(
    r"(?<=[A-Za-z,] )(?!(?i:" + WEEKDAY_NAMES + "|" + MONTH_WORDS + r")\s)"
    r"(?-i:[A-Z][a-z]{2,15}) \Z")


def model_number(text: str, num_start: int) -> bool:
    """Is the number starting at ``num_start`` a model's number after its family name ("a company
    of British Challenger 2 tanks", "the Leopard 2 tanks", "its Mirage 2000 jets")?

    why: with no count before the model, "Challenger 2 tanks" was read as two tanks (GUIDELINES:
    count is the number of vehicles that moved; the text gives none)."""
    return text[num_start:num_start + 1].isdigit() and \
        _MODEL_FAMILY_BEFORE.search(text, max(0, num_start - 20), num_start) is not None


# "No." as the mark of a number: capital N, a full stop, the number; or capital N and a space
# before the number, as British and wire style writes it ("No 2 Squadron", "No 6 company": a
# negation puts a word after "No", "No troops", not a figure)
_NUMBER_MARK = _PATTERNS.compile(r"(?-i:No)(?:\.\s*|\s+)[0-9]")


def negation_outside_designators(negation: re.Pattern, clause: str) -> re.Match | None:
    """The first match of ``negation`` in ``clause`` that is no "No." of a designator ("Joint
    Command No. 2"); None when there is none.

    why: "Task Force No. 3 said marines arrived in X" was read as negated, and so was "No 2
    Squadron flew from A to B" (read38)."""
    for m in negation.finditer(clause):
        if not _NUMBER_MARK.match(clause, m.start()):
            return m
    return None


_PATTERNS.save()
