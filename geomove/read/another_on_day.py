"""A second movement told by ellipsis at the end of the clause, with only its own day: "The
regiment sent two battalions to Tete on Tuesday and another on Friday", "Three ships left Aden
last week, and a third the next day". The second group went the way the first went (the same
verb, the same ends, the same sender), on its own day: a movement of its own (GUIDELINES:
"another", a different date make a new movement).

why: the clause holds one verb and its ends, so only the first group was read; the words after
"and" name no place and were passed over, and with them the second movement. Only "and another /
a second / a third / N more" (a noun may follow: "and another battalion") right after a reported
movement's words in the same clause, followed by a day of its own and nothing but the clause's
end: "and another to Beira" names a place of its own (the clause reader reads it), "and another
was wounded" has a verb of its own."""

from __future__ import annotations

import re

from ..dates import date_after_span
from ..regex_cache import CompiledPatterns
from .by_start import ByStart, match_start
from .state import Fragment, _Draft
from .gates import Gate

_PATTERNS = CompiledPatterns("read-another-on-day")

_ANOTHER_ON_DAY = _PATTERNS.compile(
    r"(?:,\s*)?\band\s+(?P<what>(?:another|a\s+(?:second|third|fourth|fifth)|one\s+more|(?:two|three|four|five|[2-9])\s+more)"
    r"(?:\s+(?!(?:on|the|last|later|early|late|this|that)\b)(?-i:[a-z][\w-]*)){0,2})"
    r"(?P<when>\s+(?:on\s+(?:the\s+)?(?-i:[A-Z0-9])\w*(?:\s+(?:[0-9]{1,2}|(?-i:[A-Z])\w+))?|last\s+(?-i:[A-Z])\w+|"
    # ("and another in June": a month; "in Gao" is a place, no date, and read nothing)
    r"in\s+(?:early\s+|mid-|late\s+)?(?-i:[A-Z])\w+|"
    r"the\s+(?:next|following)\s+(?:day|morning|evening|week)|(?:a|one|two|three|four|five)\s+(?:days?|weeks?)\s+later|"
    r"later\s+(?:that|the\s+same)\s+(?:day|week)))\s*(?=[.,;:]|$)", re.I)
# (searched only in spans holding one of the words every match holds: gates, tests/test_speed115.py)
_ANOTHER_ON_DAY_GATE = Gate(_ANOTHER_ON_DAY, ("another", "fifth", "fourth", "more", "second", "third"))
# how far after the clause's end "and another" may open (", and " cut off between two clauses)
_JOINER_WIDTH = 8
# words between the movement's verb and "and another" that open a clause of another verb
# ("..., where gunmen killed two on Monday and another on Tuesday")
_OTHER_CLAUSE = _PATTERNS.compile(r"\b(?:who|where|which|that|while|after|before|when|as)\b", re.I)


def another_on_day(a) -> None:
    """An assembly pass (assemble.PASSES): "... and another on <day>" after a reported movement
    in the same clause: the second group's own movement, the ends of the first, its own day."""
    reader = a.reader
    found: dict[int, re.Match | None] = {}  # clause -> its match (searched once, not once a draft)
    every: ByStart | None = None  # (the text's matches, found by one pass when first asked)
    for draft in list(a.drafts):
        if draft.status != "reported" or (draft.destination is None and draft.origin is None):
            continue
        for i in sorted({f.sentence for f in draft.frags}):
            s, e = reader.spans[i]
            if i not in found:
                # (the clause reader may cut the clause at "and a third ...": the match may run
                # past the clause, its "and" opening at most a joiner's width after it. The
                # text's matches are found once and bisected: a search from each clause to its
                # sentence's end cost one endless sentence its length squared, tests/test_fuzz.py)
                if every is None:
                    every = ByStart(list(_ANOTHER_ON_DAY_GATE.finditer(reader.text)), match_start)
                found[i] = every.first_between(s, e + _JOINER_WIDTH + 1)
            m = found[i]
            first = next(f for f in draft.frags if f.sentence == i)
            if m is None or not _after_the_movement(reader, first, m):
                continue
            date = reader._date(m.start("when"), m.end("when"), m.start("when"))
            if date is None and first.date is not None:
                # ("the next day", "two days later": counted from the first group's day)
                date = date_after_span(m.group("when").strip(), first.date, reader.published, at=m.start("when"))
            if date is None or (first.date is not None and date.date_start == first.date.date_start):
                continue  # (no day of its own: no movement told apart)
            which = " ".join(m.group("what").split())
            frag = Fragment(sentence=i, trigger=first.trigger, trigger_start=m.start("what"), actor=first.actor,
                            what=which, date=date, when={date.text.lower()}, quote=reader.text[s:e].strip(),
                            distinct={which.split()[0].lower()})
            second = _Draft(draft.origin and {**draft.origin}, list(draft.via),
                            draft.destination and {**draft.destination}, [frag], "reported")
            a.drafts.insert(a.drafts.index(draft) + 1, second)
            a.why.append(f"sentence {i}: 'and {which}{m.group('when')}': a movement of its own the way of the "
                         f"one before, on its own day")
            break


def _after_the_movement(reader, first: Fragment, m: re.Match) -> bool:
    """Is "and another <day>" told after the movement's verb and ends, with no place of its own
    and no clause of another verb between?"""
    if not first.trigger_start < m.start():
        return False
    if reader._within(reader.places, m.start(), m.end()):
        return False
    return _OTHER_CLAUSE.search(reader.text, first.trigger_start, m.start()) is None


_PATTERNS.save()
