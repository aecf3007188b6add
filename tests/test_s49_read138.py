"""Session 49, read138: court and inquiry narratives and coder-style event notes (the reports
are tests/fixtures/read75, sentences of my own here). A finding that a move was not established
denies it; an order carried out by an arrival dated "the following morning" is one movement;
a force that stayed where it got to before moving again starts its next leg there; the subject
of an order is who gave it, not the force whose transfer it ordered."""

import re

import pytest

from geomove.movements import extract
from geomove.read.not_established import not_shown_before, not_shown_next
from geomove.read.stayed_first import stayed_first
from handcounts import check_report, load

_MOVE = re.compile(r"\b(?:left|moved|sent|entered|reached)\b")


def _ends(features):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return sorted(((name(f["properties"]["origin"]), name(f["properties"]["destination"]), f["properties"]["status"])
                   for f in features), key=str)


# -- a finding that a move was not established (read.not_established)

@pytest.mark.parametrize("text, verb, denied", [
    ("It has not been established that this company left Beni.", "left", True),
    ("The court held that it had not been proved that soldiers were moved to Huanta.", "moved", True),
    ("The Chamber is not satisfied that the battalion entered Butembo.", "entered", True),
    ("The Commission was unable to establish whether the unit reached Kidapawan.", "reached", True),
    # a reporter's words leave a claim as told; a finding that it was established reports it
    ("Reporters could not independently confirm that the fighters had left Beni.", "left", False),
    ("The Chamber finds it established that the battalion moved to Butembo.", "moved", False),
])
def test_a_finding_before_the_verb(text, verb, denied):
    assert bool(not_shown_before(text, 0, text.index(verb))) is denied


@pytest.mark.parametrize("sentence, on_the_move", [
    ("The Commission was unable to establish that any such movement took place.", True),
    ("This has not been established.", True),
    ("It has not been established that the company left Beni.", True),
    ("It has not been established how many civilians were killed there.", False),
    ("It has not been established that the mayor knew of the attack.", False),
])
def test_a_finding_opening_the_next_sentence(sentence, on_the_move):
    assert bool(not_shown_next(sentence, 0, len(sentence), _MOVE)) is on_the_move


def test_an_allegation_the_next_sentence_says_was_not_established_is_denied(gazetteer):
    text = ("The petitioners allege that militiamen were moved from Maliana to Dili in August 1999. "
            "The commission was unable to establish that any such movement took place.")
    assert extract(text, published="2026-05-02", gazetteer=gazetteer) == []
    every = extract(text, published="2026-05-02", gazetteer=gazetteer, include_all=True)
    assert _ends(every) == [("Maliana", "Dili", "denied")]


def test_a_finding_of_the_move_itself_leaves_it_reported(gazetteer):
    text = ("The petitioners allege that militiamen were moved from Maliana to Dili in August 1999. "
            "The commission has established that they were.")
    assert _ends(extract(text, published="2026-05-02", gazetteer=gazetteer)) == [("Maliana", "Dili", "reported")]


# -- a stay before the next leg (read.stayed_first)

def test_a_stay_told_by_a_subject_that_refers_back():
    text = "Troops were flown to Dili. They remained at Dili for two days, and then they drove to Maliana."
    assert stayed_first(text, text.index(". ") + 1, text.index("drove"))
    others = "Troops were flown to Dili. Residents remained at home, and then police drove to Maliana."
    assert stayed_first(others, others.index(". ") + 1, others.index("drove")) is None


def test_the_leg_after_a_stay_starts_where_the_force_stayed(gazetteer):
    text = "Two companies were flown from Zamboanga to Cotabato on 24 June. They remained at Cotabato for two days, and on 26 June they moved by road to Kidapawan."
    assert _ends(extract(text, published="2026-07-01", gazetteer=gazetteer)) == [
        ("Cotabato", "Kidapawan", "reported"), ("Zamboanga", "Cotabato", "reported")]


# -- an order carried out, its arrival dated by a span (read.realised_plan._dated_from_the_plan)

def test_an_order_carried_out_the_next_day_is_one_movement(gazetteer):
    text = ("On 3 June the regional command ordered two infantry battalions to move from Monywa to Mandalay. "
            "About 800 soldiers arrived in Mandalay the next day, residents said.")
    features = extract(text, published="2026-07-20", gazetteer=gazetteer)
    assert _ends(features) == [("Monywa", "Mandalay", "reported")]
    assert features[0]["properties"]["count"] == 800 and features[0]["properties"]["start"] == "2026-06-04"


def test_an_arrival_of_another_kind_of_force_does_not_carry_the_order_out(gazetteer):
    text = ("On 3 June the regional command ordered two infantry battalions to move from Monywa to Mandalay. "
            "About 800 rebel fighters arrived in Mandalay the next day, residents said.")
    assert _ends(extract(text, published="2026-07-20", gazetteer=gazetteer, include_all=True)) == [
        ("Monywa", "Mandalay", "planned"), (None, "Mandalay", "reported")]


# -- the subject of an order is who gave it (clauses._other_mover_joined)

def test_the_arrival_of_the_force_whose_transfer_was_ordered_is_its_end(gazetteer):
    text = ("The general, then commander of the 2nd Division, is accused of having ordered, on 4 May 2025, the "
            "redeployment of an infantry battalion from Tumaco to Barbacoas, where the battalion arrived on 6 May 2025.")
    assert _ends(extract(text, published="2026-06-01", gazetteer=gazetteer)) == [("Tumaco", "Barbacoas", "reported")]


# -- the hand-counted court, inquiry and coder-note reports

def test_the_court_inquiry_and_coder_note_reports_read_as_counted(gazetteer):
    here, gold, reports = load("read75")
    for name in reports:
        check_report(here, gold, name, gazetteer)
