"""read35's own reports (tests/fixtures/unseen35/): Africa in genres and theatres the dev set
lacks: an ACLED-style weekly incident digest, a radio bulletin transcription, a quote-heavy
wire, Ethiopia (ENDF and Fano in Amhara), Cabo Delgado, Burundian and Ugandan troops in eastern
DRC, Africa Corps replacing Wagner in CAR and Chad, and northern Benin and Togo. Each report
must give its hand-counted movements (gold.json, checked by tests/handcounts.py); the ones it
still gets wrong carry a 'gap' that says why. The constructions read35 fixed are shown by
golden lines of our own (tests/golden/movements.jsonl, ids r35-*)."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("unseen35")


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer)


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)
