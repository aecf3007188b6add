"""read34's own reports (tests/fixtures/unseen34/), in theatres and genres the dev set lacks:
a Colombian defence ministry communique in translation, the Venezuela-Guyana-Brazil border,
Haiti's Gang Suppression Force, a blocked resupply in the South China Sea, Myanmar, the
Thailand-Cambodia border and a long feature whose flashbacks (2016, January 2024) sit among this
week's movements. Each report must give its hand-counted movements (gold.json, checked by
tests/handcounts.py); the ones it still gets wrong carry a 'gap' that says why. And the
constructions read34 fixed, on sentences of our own."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("unseen34")


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer)


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)
