"""Session 50 (speed112): 29 more of the reading's patterns searched only in spans that hold one
of the words every match of theirs holds (read.gates), where each was searched in every clause,
subject or window asked of it and found nothing in most.

None of it may change an answer: each gate's words are proved from its pattern's parse tree
(gates.words_cover), hypothesis compares each gate's search and finditer with its pattern's on
texts built from its own words, and reports of our own are read with every gate and with the
gates switched off (Gate.may_match always True), why lines included."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.gates import Gate, words_cover
from geomove.read import assemble

from gates_off import gate_named, gate_pattern, ungated
from reading import read_all

PUBLISHED = "2026-11-20"

# (module, gate): the gates this session added
GATES = [
    ("staged_origin", "GATHERING_WORD_GATE"), ("staged_origin", "_STAGING_WORD_GATE"), ("after_clause", "_AFTER_GATE"),
    ("state_organs", "_ORGAN_FORCE_SUBJECT_GATE"), ("state_organs", "_ORGAN_SUBJECT_GATE"),
    ("accord_venue", "_VENUE_BEFORE_GATE"), ("journey_made", "_JOURNEY_MADE_GATE"), ("movers", "_TIME_CONJUNCTION_GATE"),
    ("formation_size", "_FORMATION_OF_N_GATE"), ("clauses", "_SAID_BY_GATE"), ("clauses", "_SAME_DAY_GATE"),
    ("clauses", "_NUMBERING_GATE"), ("clauses", "_ACROSS_BORDER_GATE"), ("coordination", "_NOT_BUT_GATE"),
    ("services", "_SERVICE_SUBJECT_GATE"), ("denied_clause", "_CLAIMED_GATE"), ("armed_groups", "_DEFINED_MEMBERS_GATE"),
    ("relieved_moved", "_RELIEF_THEN_RELATIVE_GATE"), ("forces", "_PLAIN_FORCE_SUBJECT_GATE"),
    ("forces", "_GROUP_VEHICLES_SUBJECT_GATE"), ("own_border", "_BORDER_TOLD_GATE"), ("sequence_join", "_SEQUENCE_GATE"),
    ("earlier_occasion", "_EARLIER_GATE"), ("vehicles_owner", "_OWNER_IN_VEHICLES_GATE"),
    ("civilians_relative", "_CIVILIANS_WHO_GATE"), ("roles", "_ROAD_WORD_GATE"), ("realised_plan", "_COMPLETED_GATE"),
    ("lexicon", "_MUNITION_GATE"), ("lexicon", "_NOT_REACHED_GATE"),
]




@pytest.mark.parametrize("mod,name", GATES)
def test_the_words_of_each_gate_cover_its_pattern(mod, name):
    gate = gate_named(mod, name)
    assert isinstance(gate, Gate)
    assert words_cover(gate_pattern(gate), gate.words)


def test_each_gate_is_asked():
    # (a gate no code asks would gate nothing, silently)
    import pathlib
    read = "".join(f.read_text(encoding="utf-8") for f in pathlib.Path(assemble.__file__).parent.glob("*.py"))
    for _mod, name in GATES:
        assert f"{name}.search(" in read or f"{name}.finditer(" in read or f"{name} as " in read, name


_FILLER = ["the", "troops", "moved", "from", "Gulu", "to", "Lira", ",", "and", "a", "battalion", "(", ")", "of", "said",
           "that", "not", "but", "The", "Army", "on", "Monday", "300", "before", "after", "border", "time", "made"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_each_gate_finds_what_its_pattern_finds(data):
    mod, name = data.draw(st.sampled_from(GATES))
    gate = gate_named(mod, name)
    p = gate_pattern(gate)
    words = list(gate.words) + [w.capitalize() for w in gate.words] + _FILLER
    text = " ".join(data.draw(st.lists(st.sampled_from(words), min_size=0, max_size=30)))
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    found, plain = gate.search(text, pos, end), p.search(text, pos, end)
    assert (found and found.span()) == (plain and plain.span())
    assert [m.span() for m in gate.finditer(text, pos, end)] == [m.span() for m in p.finditer(text, pos, end)]


# reports of our own (a made-up Chadian and Cameroonian theatre) that reach the gated patterns
OWN = [
    "Two battalions had massed near Mongo before moving to Abeche on Tuesday.",
    "The troops, numbering about 300, crossed the border from Kousseri into N'Djamena.",
    "The government sent the army from Moundou to Sarh after the attack, officials said.",
    "Soldiers who had gathered in Bongor were flown to Faya the same day.",
    "A detachment of 120 gendarmes left Ati for Mao, not Bol, but later returned to Ati.",
    "Rebel pickups were seen moving from Bardai toward Zouar, residents said.",
    "The junta ordered a contingent of 400 soldiers to move from Am Timan to Goz Beida.",
    "Army trucks carrying troops drove along the road from Maroua to Mora, followed by tanks.",
    "Drones launched from Garoua struck positions near Kolofata, and a battalion then moved to Mora.",
    "The unit was relieved by marines who took over in Kousseri, after which it moved to Maroua.",
    "Talks brokered in Yaounde were signed before a company withdrew from Mora to Maroua.",
    "For the first time, fighters of the Front (FACT) crossed from Libya into Zouar, a journey made at night.",
    "Government forces turned back before reaching Bardai and regrouped in Faya.",
    "Residents who fled Mora reached Maroua; the army completed its move to Kolofata on Friday.",
    "The national army claimed that its navy boats sailed from Douala to Limbe earlier that morning.",
    # (tracked_between asks the munitions gate: "rockets tracked from A to B" is a strike)
    "Two rockets were tracked from Garoua to Maroua, and a transport plane was tracked from Douala to Garoua.",
]


def test_own_reports_read_the_same_with_and_without_the_gates(gazetteer, monkeypatch):
    moved = 0
    for text in OWN + [" ".join(OWN)]:
        gated = read_all(gazetteer, text, PUBLISHED)
        with monkeypatch.context() as m:
            ungated(m)  # (may_match, and search/match/finditer, which test the words themselves: speed115)
            plain = read_all(gazetteer, text, PUBLISHED)
        assert gated == plain, text
        moved += len(gated[0])
    assert moved >= len(OWN)  # (the reports are read: movements are found)
