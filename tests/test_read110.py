"""Helper read110's fixes to reading routes, at the level of the functions that decide (the golden
lines s40-read110-* show them on whole sentences, tests/fixtures/unseen59 on whole reports), and
the cost of their patterns on long adversarial runs."""

import gc
import time

from geomove.read.fell_back import goes_back_at, going_back_joins
from geomove.read.reached_each_day import next_end_another_day, reached_before


def _ends(text: str, first: str, second: str) -> tuple[int, int, int]:
    """(end of the first name, start and end of the second) in ``text``."""
    a = text.index(first) + len(first)
    b = text.index(second, a)
    return a, b, b + len(second)


def test_a_bare_second_end_on_a_later_day_goes_on():
    for text, first, second in (("reached Ansongo on Tuesday and Menaka on Wednesday.", "Ansongo", "Menaka"),
                                ("entered Raska on 3 May and Novi Pazar on 5 May.", "Raska", "Novi Pazar"),
                                ("reached Calama on Monday and Arica the next day.", "Calama", "Arica"),
                                ("arrived in Garissa on Monday, and Dadaab two days later.", "Garissa", "Dadaab")):
        assert next_end_another_day(text, *_ends(text, first, second)), text


def test_a_second_end_on_the_same_day_or_with_no_day_does_not():
    for text, first, second in (("reached Ansongo on Monday and Menaka on Monday.", "Ansongo", "Menaka"),
                                ("reached Ansongo on Monday and Menaka.", "Ansongo", "Menaka"),
                                ("reached Ansongo and Menaka on Monday.", "Ansongo", "Menaka"),
                                ("reached Ansongo on Monday with Menaka's police on Tuesday.", "Ansongo", "Menaka")):
        assert not next_end_another_day(text, *_ends(text, first, second)), text


def test_only_after_a_verb_of_reaching_or_of_sending_and_its_to():
    for before in ("The convoy reached ", "Troops arrived in ", "The column entered the ", "They got to "):
        assert reached_before(before + "Gao", len(before)), before
    # (s41 read112: a verb of sending and its "to", passive or with its object, stands for one)
    for before in ("Police were deployed to ", "Troops were sent to ", "The army moved to ",
                   "Chad deployed two hundred soldiers to "):
        assert reached_before(before + "Gao", len(before)), before
    for before in ("Talks were held in ", "Ecuador moved closer to ", "The army is based in ", "Police said in ",
                   "Police were deployed in "):
        assert not reached_before(before + "Gao", len(before)), before


def test_turning_back_is_a_verb_of_going_back():
    text = "Units reached Adigrat before turning back to Asmara."
    assert goes_back_at(text, text.index("turning"))
    assert going_back_joins(text, 0, len(text)) == [(text.index(" before"), text.index("turning"))]


def test_a_comma_and_then_joins_a_way_back_but_not_a_way_on():
    back = "Soldiers moved from Abeche to Adre on Monday, then returned to Abeche."
    assert going_back_joins(back, 0, len(back)) == [(back.index(", then"), back.index("returned"))]
    on = "Police drove from Nis to Prokuplje, then continued to Kursumlija."
    assert going_back_joins(on, 0, len(on)) == []
    other = "The frigate reached Subic Bay, then a second ship returned to Manila."
    assert going_back_joins(other, 0, len(other)) == []


def test_patterns_on_long_adversarial_runs_take_milliseconds():
    runs = ("Ab-" * 300, "on Monday and " * 300, ", then " * 300, "reached " * 300)
    for run in runs:   # (warm the kept patterns first)
        next_end_another_day(run, 0, len(run) // 2, len(run))
        going_back_joins(run, 0, len(run))
    gc.disable()
    try:
        for run in runs:
            text = "The convoy reached Gao on Monday and " + run + " Menaka on Wednesday, then returned to Gao."
            t = time.perf_counter()
            for at in range(0, len(text), 97):
                next_end_another_day(text, at, min(len(text), at + 40), min(len(text), at + 60))
                reached_before(text, at)
            going_back_joins(text, 0, len(text))
            assert time.perf_counter() - t < 0.5, run[:20]
    finally:
        gc.enable()
