"""read55's own reports (tests/fixtures/read55/): South Asia, Afghanistan and Korea in the wire
styles of the outlets that report there (PTI and ANI copy, an ISPR press release, Afghan-Pakistani
border reporting, a Bangladeshi story from Teknaf, two Yonhap stories). Each report must give its
hand-counted movements (gold.json, unseen32's format: tests/handcounts.py; each report has its own
publication day). And the constructions read55 fixed, on sentences of our own."""

import pytest

from geomove.read.filed_day import _DATELINE_AFTER, dateline_colon
from geomove.read.induction import into_service


# --- an induction into a service is no movement (read.induction)

@pytest.mark.parametrize("after, service", [
    (" into the Army at a ceremony in Pune", True),
    (" into service last year", True),
    (" formally into the Indian Navy", True),
    (" in the Uri sector", False),
    (" into the Demchok sector", False),
    (" to Jammu", False),
])
def test_into_service(after, service):
    assert into_service("The tanks were inducted" + after, len("The tanks were inducted"), 10_000) is service


# --- the Indian and Pakistani wires' datelines (read.filed_day)

@pytest.mark.parametrize("text, at, dateline", [
    ("NEW DELHI, Dec 1 (PTI) The Army has moved", 16, True),        # an agency's initials, no dash
    ("Srinagar [India], November 30 (ANI): A fresh", 29, True),     # the agency and a colon
    ("VILNIUS, Nov 27 (Reuters) -- Troops", 15, True),              # as before
    ("on Dec 1 (local time) troops moved", 8, False),               # a bracket of no agency
])
def test_dateline_after(text, at, dateline):
    assert (_DATELINE_AFTER.match(text, at) is not None) is dateline


@pytest.mark.parametrize("text, start, end, dateline", [
    ("Srinagar, Nov 30: The battalion", 10, 16, True),
    ("1/ Tues 24 Nov: an Il-76 flew", 3, 14, False),       # a thread's post
    ("12 November: An infantry battalion", 0, 11, False),  # a timeline's item
])
def test_dateline_colon(text, start, end, dateline):
    assert dateline_colon(text, start, end) is dateline
