"""A second clause with a subject of its own, joined by ", and" to a clause that tells its day:
"TNLA fighters entered Kyaukme on Wednesday after two days of fighting, and junta troops
retreated to Hsipaw". The two are told as one event seen from its two sides (one force came in,
the other went out), and the day told once dates both.

read/alongside lends the day across "as" / "while" only: across "and", a verb with no subject
of its own may tell a later step ("left A on Monday and reached B", where B may have been reached
on Tuesday). Here the clause after ", and" names another force as its subject, so it is no
later step of the first force's move.

Only ", and" (a comma before it) with a force noun in the subject before the clause's verb, no
date of the clause's own, and one day told in the clause before."""

from __future__ import annotations

import re

from ..dates import DateMention
from ..regex_cache import CompiledPatterns
from .alongside import one_day_lent
from .lexicon import _FORCE_NOUN

_PATTERNS = CompiledPatterns("read-joined-subject-date")

_COMMA_AND = _PATTERNS.compile(r"\s*,\s*and\s+", re.I)
# the subject: a few words ending in a force noun, right before the verb
_FORCE_SUBJECT = _PATTERNS.compile(r"^(?:[\w'’-]+\s+){0,4}?" + _FORCE_NOUN + r"\s+(?:had\s+|have\s+|also\s+|then\s+)?$", re.I)


def dated_with_other_subject(reader, index: int, s: int, verb_at: int) -> DateMention | None:
    """The day of the clause before clause ``index`` (starting at ``s``, its verb at
    ``verb_at``), when the two are joined by ", and" and this one's subject is another force
    ("..., and junta troops retreated to X"); else None.

    why: "entered Kyaukme on Wednesday ..., and junta troops retreated to Hsipaw" had no date."""
    if index == 0:
        return None
    ps, pe = reader.spans[index - 1]
    if pe > s or _COMMA_AND.fullmatch(reader.text, pe, s) is None:
        return None
    if _FORCE_SUBJECT.match(reader.text[s:verb_at]) is None:
        return None
    return one_day_lent(reader, ps, pe)


_PATTERNS.save()
