"""Helper read85's fixes to the reading wing (Africa and the Horn probes), at the level of the
functions that decide (the golden lines s31-read85-* show them on whole sentences)."""

import re

from geomove.read.participle_after_event import participle_after_event


def _dated_by_event(text: str, participle: str, main_at: str):
    verb = re.compile(re.escape(participle)).search(text)
    return participle_after_event(text, 0, verb, text.index(main_at) - 1)


def test_a_describing_participle_dated_by_an_earlier_event_is_backstory():
    for text, participle, main_at in (
            ("Troops deployed to Gao after the coup are leaving for Kidal.", "deployed", "are leaving"),
            ("Soldiers sent to Menaka after last year's attacks are now pulling out.", "sent", "are now"),
            ("Chadian troops deployed to the border following the fall of El Geneina were moved to Abeche.", "deployed", "were moved"),
            ("Police officers flown to Bangui in the wake of the riots have returned.", "flown", "have returned")):
        assert _dated_by_event(text, participle, main_at) is not None, text


def test_a_recent_event_a_time_clause_or_no_main_clause_is_no_backstory():
    for text, participle, main_at in (
            ("Soldiers airlifted to Gao after Sunday's attack were then sent on to Kidal.", "airlifted", "were then"),
            ("Soldiers airlifted to Gao after last week's attack were then sent on to Kidal.", "airlifted", "were then"),
            ("Soldiers airlifted to Gao after rebels took the town were then sent on.", "airlifted", "were then"),
            ("Troops deployed to Gao after the coup.", "deployed", ".")):
        assert _dated_by_event(text, participle, main_at) is None, text


def test_a_passive_is_no_describing_participle():
    # (after an auxiliary the participle is the clause's verb: its move is the news)
    text = "Troops were deployed to Gao after the coup and are leaving for Kidal."
    assert _dated_by_event(text, "deployed", "and are") is None
