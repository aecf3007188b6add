"""read62's own reports (tests/fixtures/read62/): mainland Southeast Asia and the South China Sea
(Myanmar's junta, resistance and ethnic armed organisations; the Thai-Cambodian border; coast
guard and maritime militia ships at shoals and reefs). Each report must give its hand-counted
movements (gold.json, unseen32's format: tests/handcounts.py, run by tests/test_handcounted.py). And the constructions read62
fixed, on sentences of our own (the golden lines read62-* hold the whole readings)."""

import datetime as dt

import pytest

from geomove.dates import find_dates

# --- dates: a vessel's name that ends in "May" and a number (dates._vessel_named_may)

PUB = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text", [
    "The chartered boat Unaizah May 5 left at dawn.",
    "the resupply vessel Unaizah May 4 was escorted",
    "Two tugboats and the supply ship Sea May 2 arrived",
])
def test_a_vessel_named_may_is_no_day(text):
    assert [d.text for d in find_dates(text, PUB)] == []


@pytest.mark.parametrize("text, day", [
    ("The boats left on May 5.", "2026-05-05"),
    ("The ship left Manila May 5 and arrived.", "2026-05-05"),
    ("Theresa May 5 said", "2026-05-05"),     # no vessel word before the name: left as it was
])
def test_may_stays_a_day_without_a_vessel_name(text, day):
    assert [str(d.date_start) for d in find_dates(text, PUB)] == [day]
