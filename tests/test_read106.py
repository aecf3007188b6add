"""Session 39, read106: handovers, rotations and withdrawals. The sentences are in
tests/golden/movements.jsonl (s39-read106-*) and the reports in tests/fixtures/unseen56; these
test the decisions alone and the cost of the new patterns."""

import gc
import time
from datetime import date
from types import SimpleNamespace

from geomove.read.count_told_after import dated_apart
from geomove.read.events import left_the_country_ends_inside
from geomove.read.handed_split import handed_site_over
from geomove.read.lexicon import _stem
from geomove.read.rotated_with import rotated_with_at


def _verbs(text):
    return [m.group("verb") for m in handed_site_over(text)]


def test_a_site_handed_with_the_particle_after_it_is_a_handover():
    assert _verbs("Burundian soldiers handed the base at Jowhar over to Somali forces.") == ["handed"]
    assert _verbs("French troops hand their last camp in Gao back to the army") == ["hand"]
    assert _stem("handed") == "hand over"


def test_what_is_no_site_is_no_handover():
    assert _verbs("The police handed the prisoners over to the army in Jowhar.") == []
    assert _verbs("The governor handed the keys of the base over to the mayor.") == []
    assert _verbs("He handed the base commander a letter.") == []   # no particle
    assert _verbs("Troops handed over the base at Jowhar to the army.") == []   # read by the verb lexicon


def _trigger(text, word):
    at = text.index(word)
    return SimpleNamespace(group=lambda name: word if name == "verb" else None, start=lambda: at,
                           end=lambda: at + len(word))


def test_a_rotation_with_a_new_unit_ends_where_the_old_one_stood():
    text = "Nepal rotated its contingent in Naqoura with 850 fresh troops in May."
    place = {"start": text.index("Naqoura"), "end": text.index("Naqoura") + 7}
    assert rotated_with_at(text, place, [_trigger(text, "rotated")]) == text.index("rotated")


def test_a_rotation_with_no_new_unit_or_no_force_rotated_ends_nowhere():
    text = "The army rotated its troops in Gao on Friday."
    place = {"start": text.index("Gao"), "end": text.index("Gao") + 3}
    assert rotated_with_at(text, place, [_trigger(text, "rotated")]) is None
    text = "The airline rotated its schedules in Gao with new routes."
    place = {"start": text.index("Gao"), "end": text.index("Gao") + 3}
    assert rotated_with_at(text, place, [_trigger(text, "rotated")]) is None


def _dated(start, end):
    return SimpleNamespace(date=SimpleNamespace(date_start=start, date_end=end, text="x"))


def test_a_clause_dated_years_apart_tells_another_event():
    told = _dated(date(2020, 11, 1), date(2020, 11, 30))
    moved = SimpleNamespace(frags=[_dated(date(2024, 6, 12), date(2024, 6, 12))])
    assert dated_apart(told, moved)
    assert not dated_apart(_dated(date(2024, 6, 10), date(2024, 6, 10)), moved)   # within a week
    assert not dated_apart(told, SimpleNamespace(frags=[SimpleNamespace(date=None)]))   # the movement undated
    assert not dated_apart(SimpleNamespace(date=None), moved)


def _route(origin=None, destination=None, trigger="left"):
    return SimpleNamespace(origin=origin, destination=destination, frags=[SimpleNamespace(trigger=trigger)])


def test_leaving_a_country_is_no_move_that_ends_inside_it():
    somalia = {"name": "Somalia", "kind": "country", "country": "SO"}
    jowhar = {"name": "Jawhar", "kind": "city", "country": "SO", "lat": 2.78, "lon": 45.5}
    crossing = {"name": "Dhobley crossing", "kind": "crossing", "country": "SO", "lat": 0.4, "lon": 41.0}
    nairobi = {"name": "Nairobi", "kind": "city", "country": "KE", "lat": -1.29, "lon": 36.82}
    left = _route(origin=somalia)
    assert left_the_country_ends_inside(left, _route(destination=jowhar, trigger="moved"))
    assert not left_the_country_ends_inside(left, _route(destination=crossing, trigger="drove"))   # the way out
    assert not left_the_country_ends_inside(left, _route(destination=nairobi, trigger="flew"))
    # (a withdrawal may be from a part of the country: "the drawdown from federal Iraq" ends in Erbil)
    assert not left_the_country_ends_inside(_route(origin=somalia, trigger="withdrew"), _route(destination=jowhar))


def test_the_new_patterns_cost_their_length_on_long_runs():
    runs = ["Troops handed " + "Ab-Ab " * 3000 + "over to the army.",
            "Troops handed the base " + "at Gao " * 3000 + "back to the army.",
            "Nepal rotated its contingent in Naqoura with " + "the " * 5000 + "troops.",
            "hand hand " * 3000 + "over to"]
    handed_site_over(runs[0][:200])   # (patterns warmed)
    gc.disable()
    try:
        t = time.perf_counter()
        for text in runs:
            handed_site_over(text)
        place = {"start": runs[2].index("Naqoura"), "end": runs[2].index("Naqoura") + 7}
        rotated_with_at(runs[2], place, [_trigger(runs[2], "rotated")])
        took = time.perf_counter() - t
    finally:
        gc.enable()
    assert took < 1.0, took


def test_the_aside_of_the_verb_ends_before_the_main_clause():
    from geomove.read.verb_in_aside import verb_aside_end
    clause = "French troops, who left Niamey for Chad in December 2023, had operated in Niger since 2013."
    assert clause[:verb_aside_end(clause, clause.index("left"))].endswith("2023,")
    closing = "Troops moved to Gao, which they reached in 2021."
    assert verb_aside_end(closing, closing.index("moved")) is None   # the verb is the main clause's
    last = "Soldiers, who left Gao in 2021."
    assert verb_aside_end(last, last.index("left")) is None   # nothing after the aside
