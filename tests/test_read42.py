"""read42's own reports (tests/fixtures/read42/): Africa's wars told as outlets tell them (wire
copy on the Sahel, a Sudanese ministry statement, a think-tank update on eastern DRC, a Somali
local outlet, a thread of posts on the Ethiopia-Eritrea border, a sitrep from Cabo Delgado). Each
report must give its hand-counted movements (gold.json, unseen32's format: tests/handcounts.py).
And the constructions read42 fixed, on sentences of our own."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("read42")


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer)


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)
