"""read36's own reports (tests/fixtures/unseen36/), in genres and theatres the dev set and earlier
fixtures lack: a liveblog with timestamped entries, a historical retrospective, 'key takeaways'
bullet lists, a Q&A interview; Syria after 2024, Iraq, Moldova/Transnistria, Armenia/Azerbaijan,
the Taiwan Strait and the Korean peninsula. Each report must give its hand-counted movements
(gold.json, checked by tests/handcounts.py); what the reader still gets wrong carries a 'gap'.
And the constructions read36 fixed, on sentences of our own."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("unseen36")


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer)


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)
