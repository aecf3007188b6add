"""read61's own reports (tests/fixtures/read61/): the Americas -- National Guard deployments to US
cities and the southern border, the naval and air build-up in the Caribbean, Mexico's army and
National Guard, and troops sent to Andean mining areas and borders -- in wire copy, a TV station's
web copy, a governor's release, a briefing transcript, translated Mexican press and an OSINT
thread. Each report must give its hand-counted movements (gold.json, unseen32's format:
tests/handcounts.py). And the constructions read61 fixed, on sentences of our own (the golden
lines read61-* hold the whole readings)."""

import pytest

from handcounts import check_counts, check_report, load

HERE, GOLD, REPORTS = load("read61")


@pytest.mark.parametrize("name", REPORTS)
def test_report_reads_its_hand_count(name, gazetteer):
    check_report(HERE, GOLD, name, gazetteer, published=GOLD[name]["published"])


def test_every_report_has_its_count():
    check_counts(HERE, GOLD, REPORTS)


def test_after_is_no_worse_than_before():
    for name in REPORTS:
        before, after = GOLD[name]["before"], GOLD[name]["after"]
        assert after["right"] >= before["right"], name
        assert after["spurious"] <= before["spurious"], name
        assert after["via"] <= before["via"], name
