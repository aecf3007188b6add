"""Session 52 (speed120, issue 12: a long report against the sum of its parts): the passes that
walked every draft of a report for each clause or lede now read an index, and answer as the walk
they replaced, on generated drafts and on a long report of our own writing."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings, strategies as st

from geomove.read import assemble, journey_retold
from geomove.read.count_told_after import FiledOnAsk, drafts_told_before, latest_told_before
from geomove.read.journey_retold import _count, _day, _finer, _retells, _spec, contains, same_place

# --- count_told_after / date_told_after: the drafts told just before a clause -------------------

_draft = st.builds(lambda sentences, status: SimpleNamespace(frags=[SimpleNamespace(sentence=s) for s in sentences],
                                                              status=status),
                   st.lists(st.integers(-1, 12), min_size=1, max_size=4), st.sampled_from(["reported", "planned"]))


@settings(max_examples=400, deadline=None)
@given(st.lists(_draft, max_size=12), st.data())
def test_drafts_told_before_from_the_index_are_those_of_the_walk(drafts, data):
    if drafts and data.draw(st.booleans()):
        drafts.append(data.draw(st.sampled_from(drafts)))  # (a list holding a draft twice: the index walks it too)
    a = SimpleNamespace(drafts=drafts)
    filed = FiledOnAsk(drafts)
    for _ in range(4):
        i, reach = data.draw(st.integers(-2, 15)), data.draw(st.integers(1, 3))
        assert drafts_told_before(a, i, reach, filed) == drafts_told_before(a, i, reach)
        for status in ("reported", "planned"):
            assert latest_told_before(a, i, status, reach, filed) == latest_told_before(a, i, status, reach)


# --- journey_retold: the lede's journey told again ----------------------------------------------

def _old_journey_told_again(a) -> None:
    """journey_told_again as s52start wrote it (every later draft walked for each lede)."""
    for lede in list(a.drafts):
        if lede not in a.drafts or lede.origin is None or lede.destination is None or _spec(lede.origin) < 3:
            continue
        if _count(lede) is None and _day(lede) is None:
            continue
        told_at = max(f.sentence for f in lede.frags)
        later = [d for d in a.drafts if d is not lede and min(f.sentence for f in d.frags) > told_at] if lede.frags else []
        body = next((d for d in later if _retells(lede, d)), None)
        if body is None:
            continue
        legs = any(d is not body and d.status == lede.status and d.origin is not None and contains(lede.origin, d.origin)
                   for d in later)
        if legs and body.origin is not None:
            body.frags[:0] = lede.frags
            body.destination = _finer(body.destination, lede.destination)
            a.drafts.remove(lede)
            a.why.append(f"'{body.frags[-1].trigger}': the lede's journey from {lede.origin.get('name')} told again by its "
                         f"last leg from {body.origin.get('name')}: one movement, the lede's count and day")
            continue
        if body.origin is not None and not same_place(body.origin, lede.origin):
            if contains(lede.origin, body.origin):
                lede.origin = body.origin
            elif _spec(body.origin) < 3 and not any(same_place(body.origin, v) for v in lede.via):
                lede.via = [*lede.via, body.origin]
        lede.destination = _finer(lede.destination, body.destination)
        lede.frags.extend(body.frags)
        a.drafts.remove(body)
        a.why.append(f"'{body.frags[0].trigger}': the lede's journey {lede.origin.get('name')} -> "
                     f"{lede.destination.get('name')} told again: one movement")


# homecomings of our own (golden lines s51-read148-homecoming-*, their twins and near misses), and
# reports with no lede between them; {n} and {day} differ from copy to copy (the same report told
# twice is one movement: events.same_event)
_REPORTS = [
    "About {n} Irish soldiers returned to Dublin from Lebanon on {day} after a six-month tour with UNIFIL. "
    "The troops landed at Dublin Airport on a charter flight from Larnaca shortly after noon.",
    "Some {n} Ghanaian peacekeepers arrived home in Accra from South Sudan on {day}. The soldiers landed at "
    "Kotoka International Airport on a chartered flight from Entebbe. They had spent three days at Entebbe "
    "after leaving Malakal.",
    "Families cheered at Tallinn Airport on {day} as {n} Estonian soldiers returned from Mali. "
    "The soldiers landed on a charter flight from Paris.",
    "About {n} Irish soldiers returned to Dublin from Lebanon on {day}. The troops later drove on to Athlone.",
    "About {n} Irish soldiers returned to Dublin from Lebanon on {day}. Another 60 soldiers landed at "
    "Dublin Airport from Beirut.",
    "A company of {n} Malian soldiers moved from Gao to Menaka on {day}. The troops reached Menaka before dusk.",
    "Two hundred Chadian troops left Abeche for the border on {day}, the army said.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "4 May", "9 June", "2 July", "8 August"]


def _read(text, gazetteer, old: bool):
    passes = assemble.PASSES
    if old:
        assemble.PASSES = tuple(_old_journey_told_again if p is journey_retold.journey_told_again else p for p in passes)
    try:
        why = []
        found = assemble.extract(text, gazetteer=gazetteer, include_all=True, why=why)
        return found, why
    finally:
        assemble.PASSES = passes


@pytest.mark.parametrize("order", [0, 1, 2])
def test_a_long_report_of_homecomings_reads_as_before(gazetteer, order):
    # (the reports over and over in three orders: a lede's body may be any later report's, as the
    # walk read it; a long text of many ledes is what the index was made for)
    reports = _REPORTS[order:] + _REPORTS[:order]
    text = "\n\n".join(reports[k % len(reports)].format(n=110 + 10 * k, day=_DAYS[k % len(_DAYS)])
                       for k in range(5 * len(reports)))
    new, new_why = _read(text, gazetteer, old=False)
    old, old_why = _read(text, gazetteer, old=True)
    assert new == old
    assert new_why == old_why
    assert sum("the lede's journey" in line for line in new_why) >= 2  # (merges made: the test asks of real work)
