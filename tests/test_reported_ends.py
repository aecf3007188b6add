"""read.drafts_told.ReportedEnds: the reported movement with a destination told just before a clause."""

from geomove.read.drafts_told import ReportedEnds
from geomove.read.state import Fragment, _Draft


def _draft(sentences, status="reported", destination=True):
    frags = [Fragment(sentence=k, trigger="moved", trigger_start=0) for k in sentences]
    return _Draft(None, [], {"name": "X"} if destination else None, frags, status)


def test_the_one_told_last_within_reach():
    a, b, c = _draft([0]), _draft([2]), _draft([3], status="planned")
    ends = ReportedEnds([a, b, c])
    assert ends.last_before(3) is b          # (c is no reported movement)
    assert ends.last_before(5) is None       # (two clauses back at most)
    assert ReportedEnds([a, b], reach=5).last_before(5) is b


def test_ties_go_to_the_first_in_the_list_and_no_destination_is_no_end():
    a, b, none = _draft([1]), _draft([1]), _draft([2], destination=False)
    assert ReportedEnds([a, b, none]).last_before(3) is a


def test_all_before_and_besides():
    a, long = _draft([1]), _draft([2, 4])
    ends = ReportedEnds([a, long])
    assert ends.last_before(3) is long
    assert ends.last_before(3, all_before=True) is a
    assert ends.last_before(3, besides=long) is a
