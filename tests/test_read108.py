"""Helper read108's fixes to the reading wing (theatres and styles the reader was not tuned on: a
translated wire, a UN briefing, a radio bulletin, an analysis with background paragraphs, an
OSINT thread), at the level of the functions that decide (the golden lines s40-read108-* show
them on whole sentences), and the cost of their patterns on long adversarial runs."""

import gc
import re
import time

from geomove.dates import DateMention
from geomove.read.escort_aside import verb_after_escort_aside
from geomove.read.garrison_moved import garrison_moved
from geomove.read.relative_what import antecedent_what, mover_of_move_noun
from geomove.read.scene_across import scene_across_border
from geomove.read.sea_then_port import sea_passed_to_port
from geomove.read.span_anchor import day_dates_for_span


def _at(text: str, word: str) -> tuple[int, int]:
    i = text.index(word)
    return i, i + len(word)


def test_across_the_border_opener_is_a_scene():
    for text in ("Across the border in Niger, the army moved a battalion.",
                 "Meanwhile, across the frontier in Guinea, soldiers were deployed.",
                 "Troops left Gao. Over the northern border in Algeria, a convoy moved."):
        cue = text.lower().index("across") if "across" in text.lower() else text.index("Over")
        place = next(w for w in ("Niger", "Guinea", "Algeria") if w in text)
        assert scene_across_border(text, cue, *_at(text, place)), text


def test_a_crossing_told_by_the_verb_is_no_scene():
    for text, place in (("The convoy moved across the border in Niger, from A to B.", "Niger"),  # not an opener
                        ("Across the border in Niger the army moved a battalion.", "Niger"),    # no comma after the place
                        ("Across the border into Niger, troops moved.", "Niger")):               # 'into': a crossing
        assert not scene_across_border(text, text.lower().index("across"), *_at(text, place)), text


def _m(surface: str, kind: str, start: int) -> dict:
    return {"surface": surface, "kind": kind, "start": start, "end": start + len(surface)}


def test_a_sea_then_a_port_headed_for_turns_the_sea_into_a_via():
    text = "A ship sailed into the Black Sea and was tracked heading for Novorossiysk."
    sea, port = _m("Black Sea", "sea", text.index("Black")), _m("Novorossiysk", "city", text.index("Novo"))
    slots = [("destination", [sea], sea["start"] - 9), ("destination", [port], port["start"] - 4)]
    why = []
    assert [r for r, _g, _a in sea_passed_to_port(text, slots, why)] == ["via", "destination"]
    assert why and "via" in why[0]


def test_two_ports_or_a_port_not_headed_for_are_left_alone():
    text = "The frigate sailed to Sevastopol and Novorossiysk on Monday."
    a, b = _m("Sevastopol", "city", text.index("Seva")), _m("Novorossiysk", "city", text.index("Novo"))
    slots = [("destination", [a], a["start"] - 3), ("destination", [b], b["start"] - 4)]
    assert sea_passed_to_port(text, slots, []) == slots
    text = "The frigate sailed into the Black Sea and on to Novorossiysk."   # no word of heading
    sea, port = _m("Black Sea", "sea", text.index("Black")), _m("Novorossiysk", "city", text.index("Novo"))
    slots = [("destination", [sea], sea["start"] - 9), ("destination", [port], port["start"] - 3)]
    assert sea_passed_to_port(text, slots, []) == slots


def _date(precision: str, start: int) -> DateMention:
    import datetime as dt
    day = dt.date(2026, 11, 12)
    return DateMention(start, start + 4, "x", day, day, precision, False)


def test_a_span_of_days_counts_from_the_last_day_told():
    day, year = _date("day", 0), _date("year", 50)
    assert day_dates_for_span("A day later, jets flew to Leh.", [day, year]) == [day]
    assert day_dates_for_span("The next morning the column moved on.", [day, year]) == [day]
    assert day_dates_for_span("Two months later, they left.", [day, year]) == [day, year]   # a span of months
    assert day_dates_for_span("A day later, jets flew.", [year]) == [year]                  # no day told
    assert day_dates_for_span("A day later, jets flew.", [year, day]) == [year, day]        # the last is a day


def _verbs(text: str, *words: str) -> list[re.Match]:
    return [re.compile(r"\b(?P<verb>" + w + r")\b").search(text) for w in words]


def test_the_verb_after_an_escort_aside_is_the_clause_verb():
    text = "In Mali, a convoy, escorted by Russian personnel, left Gao for Kidal."
    verbs = _verbs(text, "escorted", "left")
    assert verb_after_escort_aside(text, verbs) is verbs[1]
    text = "The frigate escorted two tankers from Aden and sailed on to Jeddah."     # no comma before it
    assert verb_after_escort_aside(text, _verbs(text, "escorted", "sailed")) is None
    text = "Two tankers, escorted by a frigate that later left Aden, sailed to Jeddah."  # the aside's own verb next
    assert verb_after_escort_aside(text, _verbs(text, "escorted", "left", "sailed")) is None


def test_a_garrison_moved_by_its_verb_is_what_moved():
    assert garrison_moved("withdraw", " its garrison from Gwa")
    assert garrison_moved("evacuate", " the garrison from Tessalit to Gao")
    assert not garrison_moved("leave", " the garrison at Kidal")
    assert not garrison_moved("withdraw", " from the garrison town")


def test_the_mover_after_a_movement_noun_answers_which():
    text = "Rebels entered Masisi on Thursday after the withdrawal of FARDC units, which fell back to Sake."
    assert antecedent_what(text, text.index("which")) == "FARDC units"
    assert mover_of_move_noun("the retreat of Burundian troops") == "Burundian troops"
    assert mover_of_move_noun("Burundian troops") is None
    assert mover_of_move_noun("the withdrawal of") is None


def _timed(call) -> float:
    gc.disable()
    try:
        call()  # (warm: the kept patterns are compiled on first use)
        t = time.perf_counter()
        call()
        return time.perf_counter() - t
    finally:
        gc.enable()


def test_the_patterns_cost_little_on_long_adversarial_runs():
    runs = ["Ab-" * 300, "across the border in " * 200, ", a town the " * 300, "heading for " * 300,
            "escorted by " + "Ab-" * 300 + ",", "the withdrawal of " * 200]
    for run in runs:
        text = "Troops left Gao. " + run + " Kidal, which fell back."
        verbs = _verbs(text, "left", "fell")
        assert _timed(lambda: scene_across_border(text, 17, len(text) - 20, len(text) - 15)) < 0.05, run[:20]
        assert _timed(lambda: verb_after_escort_aside(text, verbs)) < 0.05, run[:20]
        assert _timed(lambda: antecedent_what(text, text.index("which"))) < 0.05, run[:20]
        assert _timed(lambda: garrison_moved("withdraw", run)) < 0.05, run[:20]
        assert _timed(lambda: mover_of_move_noun(run)) < 0.05, run[:20]
        assert _timed(lambda: day_dates_for_span(run, [_date("year", 0), _date("day", 5)][::-1])) < 0.05, run[:20]


def test_an_attack_told_by_its_noun_holds_its_own_date():
    from geomove.read.event_clause_date import attack_phrase_before
    for text, date in (("The army redeployed a battalion from A to B after an attack on a military post near Ayorou last week.", "last week"),
                       ("Chad moved troops from A to B following clashes near Geneina last month.", "last month"),
                       ("Police were deployed to X after a raid on the town's prison on Saturday.", "Saturday")):
        assert attack_phrase_before(text, text.index(date), text.index(" from ") if " from " in text else 20) is not None, text
    for text, date in (("The rebels entered Kidal after two days of fighting on Wednesday.", "Wednesday"),   # no target told
                       ("The army sent two companies from Gao to Menaka on Friday.", "Friday")):
        assert attack_phrase_before(text, text.index(date), 10) is None, text


def test_a_clause_going_to_the_region_refers_back():
    from geomove.read.place_referred_back import refers_back_by_place
    for text in ("Around 500 soldiers were airlifted to the region on Friday.",
                 "Some 600 soldiers were sent to the border town on Monday.",
                 "About 120 soldiers arrived in the northern region on Thursday."):
        assert refers_back_by_place(text, 0, len(text)), text
    for text in ("Some 800 soldiers were flown to the region of Tahoua on Saturday.",   # a place named after it
                 "Some 800 soldiers were flown to Tahoua on Saturday."):
        assert not refers_back_by_place(text, 0, len(text)), text
    run = "to the region of " * 400
    assert _timed(lambda: refers_back_by_place(run, 0, len(run))) < 0.05
