"""Session 51 (speed115): 94 more of the reading's patterns searched only in spans that hold one
of the words every match of theirs holds (read.gates), chosen by replaying every recorded call of
every pattern of the reading (the 380 dev reports) plain and through a gate; and Gate's
search/match/finditer testing the words themselves (may_match's body inlined) and calling the
built pattern's methods.

None of it may change an answer: each gate's words are proved from its pattern's parse tree
(gates.words_cover), hypothesis compares each gate's search, match and finditer with its
pattern's on texts built from its own words, and reports of our own are read with every gate and
with every gate switched off, why lines included."""

import pathlib
import re
import sys

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
    ("forces", "_FORCE_WORD_GATE"), ("force_reference", "_KIND_SUBJECT_GATE"), ("lexicon", "_MET_GROUP_GATE"),
    ("retold_day", "_RETOLD_BEFORE_GATE"), ("intended_end", "_INTENT_GATE"), ("teller_place", "_TELLER_BEFORE_GATE"),
    ("another_on_day", "_ANOTHER_ON_DAY_GATE"), ("assemble", "_AS_DESTINATION_WORDS_GATE"),
    ("said_pronoun", "_SAID_BEFORE_GATE"), ("elided_group", "_ELIDED_GATE"), ("having_moved", "_HAVING_BEFORE_GATE"),
    ("lexicon", "_THINGS_GATE"), ("lexicon", "_MET_VERB_GATE"), ("lexicon", "_VESSEL_MOVER_GATE"),
    ("cuts", "_AND_THEN_GATE"), ("apposed_counts", "_APPOSED_GATE"), ("comma_unit", "_UNIT_GATE"),
    ("replaced_from", "_REPLACED_WORD_GATE"), ("shared_subject", "_PLAN_BEFORE_GATE"),
    ("vehicles_owner", "_FORCE_CARRIED_GATE"), ("business_seat", "_BUSINESS_HEAD_GATE"),
    ("turned_back", "_INTENDED_GATE"), ("added_force", "ADDED_AFTER_GATE"), ("force_said_it", "_FORCE_SAID_IT_GATE"),
    ("cuts", "_OTHER_FORCE_AFTER_GATE"), ("replaced_by_unit", "_VERB_WORD_GATE"),
    ("subordinate", "_CONJUNCTION_GATE"), ("cuts", "_CONTRAST_GATE"), ("clauses", "_BOUND_RELATIVE_AFTER_GATE"),
    ("lexicon", "_PEOPLE_GATE"), ("cuts", "_REPORTED_THAT_GATE"), ("korea_sides", "_SIDE_SUBJECT_GATE"),
    ("state_of_force", "_FORCE_OF_GATE"), ("clauses", "_ARRIVED_IN_GATE"), ("said_pronoun", "_SAYING_GATE"),
    ("what_tail", "_TIME_TAIL_GATE"), ("lexicon", "_NEGATION_GATE"), ("owner_told", "_BELONG_TO_BEFORE_GATE"),
    ("lexicon", "_MOVER_GATE"), ("guarded_site", "_HELD_SITE_BEFORE_GATE"), ("unwrap", "_TABLE_ROW_GATE"),
    ("state_organs", "_ORGAN_ACTOR_GATE"), ("lexicon", "_CLAIM_VERDICT_AFTER_GATE"),
    ("companies", "_COMPANY_SUBJECT_GATE"), ("clauses", "_GROUP_SAID_IT_GATE"), ("made_to_move", "_MADE_TO_GATE"),
    ("armed_groups", "_MEMBERS_OF_GATE"), ("forces", "_MEMBERS_OF_GATE"), ("belonging_to", "_OWNED_BY_GATE"),
    ("state_organs", "_ORGAN_SAID_BARE_GATE"), ("fell_back", "_JOIN_GATE"), ("set_aside", "SET_ASIDE_GATE"),
    ("cuts", "_JOINER_GATE"), ("act_from", "_ACT_BEFORE_FROM_GATE"), ("lexicon", "_DISTINCT_GATE"),
    ("group_province", "_HEAD_BEFORE_GATE"), ("cuts", "_OTHERS_REPORT_GATE"), ("same_noun", "_SAME_GATE"),
    ("crossing_with", "_WITH_BEFORE_GATE"), ("roles", "_DRAWN_FROM_UNIT_GATE"), ("lexicon", "_MATERIEL_MOVER_GATE"),
    ("vehicles_owner", "_NATION_IN_VEHICLES_GATE"), ("roles", "_STOP_AT_SITE_GATE"), ("roles", "_GATHERED_IN_GATE"),
    ("in_the_day", "_IN_THE_DAY_GATE"), ("cuts", "_CLAUSE_JOIN_GATE"), ("clauses", "_ANOTHER_MOVER_GATE"),
    ("lexicon", "_THING_OBJECT_GATE"), ("place_relative_aside", "_PLACE_ASIDE_GATE"),
    ("roles", "_SPEAKER_WORD_GATE"), ("lexicon", "_MODAL_GATE"), ("partitive_count", "PART_OPENS_GATE"),
    ("cuts", "_FIGHTING_BEFORE_GATE"), ("lexicon", "_RECEIVED_OBJECT_GATE"), ("roles", "_MET_WORD_GATE"),
    ("clauses", "_FIRST_VERB_PHRASE_GATE"), ("clauses", "_RELATIVE_IN_SUBJECT_GATE"),
    ("seen_at_subject", "_SEEN_AT_GATE"), ("clauses", "_AND_THAT_SUBJECT_GATE"),
    ("clauses", "_SHIP_NAME_BEFORE_GATE"), ("clauses", "_LINE_IN_WATERS_GATE"), ("lexicon", "_GOODS_GATE"),
    ("relief_purpose", "_TO_RELIEVE_GATE"), ("on_the_way", "_JOURNEY_CUE_AFTER_GATE"),
    ("initials_kind", "_INITIALS_KIND_GATE"), ("armed_groups", "_GROUP_ITSELF_GATE"),
    ("partitive_count", "_PART_BEFORE_VERB_GATE"), ("closer_in_policy", "_CLOSER_GATE"),
    ("unplaced_end", "_FROM_NAME_BEFORE_GATE"), ("received_at", "_CLAUSE_ON_OBJECT_GATE"), ("lexicon", "_ARMS_GATE"),
    # (patterns handed to a function that searches them: sentences_with, _end_at_a_site_told_near)
    ("lexicon", "_SEEN_OFF_GATE"), ("lexicon", "_WELCOMED_AT_GATE"), ("lexicon", "_SAID_HERE_GATE"),
]


def test_the_list_is_whole():
    assert len(GATES) == len(set(GATES)) == 94


@pytest.mark.parametrize("mod,name", GATES)
def test_the_words_of_each_gate_cover_its_pattern(mod, name):
    gate = gate_named(mod, name)
    assert isinstance(gate, Gate)
    assert words_cover(gate_pattern(gate), gate.words)


def test_each_gate_is_asked():
    # (a gate no code asks would gate nothing, silently)
    read = "".join(f.read_text(encoding="utf-8") for f in pathlib.Path(assemble.__file__).parent.glob("*.py"))
    for _mod, name in GATES:
        assert re.search(rf"\b{name}\.(?:search|match|finditer)\(|\bsentences_with\(reader, {name}\)|told_near\(a, \"\w+\", {name},", read), name


_FILLER = ["the", "troops", "moved", "from", "Pemba", "to", "Palma", ",", "and", "a", "battalion", "(", ")", "of", "said",
           "that", "not", "but", "The", "Army", "on", "Friday", "250", "before", "after", "in", "it", "they", "was", "were"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_each_gate_finds_what_its_pattern_finds(data):
    mod, name = data.draw(st.sampled_from(GATES))
    gate = gate_named(mod, name)
    p = gate_pattern(gate)
    words = list(gate.words) + [w.capitalize() for w in gate.words] + [w.upper() for w in gate.words] + _FILLER
    text = " ".join(data.draw(st.lists(st.sampled_from(words), min_size=0, max_size=25)))
    pos = data.draw(st.integers(-2, len(text)))
    end = data.draw(st.integers(max(pos, 0), len(text) + 2))
    for method in ("search", "match"):
        found, plain = getattr(gate, method)(text, pos, end), getattr(p, method)(text, pos, end)
        assert (found and found.span()) == (plain and plain.span()), (method, text, pos, end)
    assert [m.span() for m in gate.finditer(text, pos, end)] == [m.span() for m in p.finditer(text, pos, end)]
    assert (gate.search(text) and gate.search(text).span()) == (p.search(text) and p.search(text).span())


def test_a_gate_answers_as_its_pattern_at_the_edges():
    gate = Gate(re.compile(r"\bmoved\s+to\b", re.I), ("moved",))
    text = "They MOVED to Palma; the rest moved to Pemba."
    for pos, end in [(-5, 100), (0, 5), (5, 14), (30, len(text)), (31, len(text)), (0, sys.maxsize)]:
        assert [m.span() for m in gate.finditer(text, pos, end)] == [m.span() for m in gate.pattern.finditer(text, pos, end)]
        assert (gate.search(text, pos, end) or None) == gate.pattern.search(text, pos, end) or \
            gate.search(text, pos, end).span() == gate.pattern.search(text, pos, end).span()
    assert gate.match(text, 5) is not None and gate.match(text, 6) is None
    assert gate.search("They drove to Palma.") is None


# reports of our own (Cabo Delgado and its neighbours) that ask 85 of the 91 gates, 21 of them
# finding something
OWN = [
    "A Rwandan battalion was forced to withdraw from Mocimboa da Praia to Palma after the ambush, the army said.",
    "The convoy of trucks bound for Mueda was attacked near Macomia, and the escort turned back to Pemba.",
    "Two companies of marines sailed from Pemba to Palma the same day, followed by a second group of boats.",
    "Insurgents who had gathered in Quissanga moved to Ancuabe, causing residents to flee to Montepuez.",
    "The force moved closer to Mueda on Monday, and a detachment of 200 soldiers then left Macomia for Pemba.",
    "Government troops were sent here from Nampula, the commander said, and will return to Lichinga next week.",
    "The navy frigate, which belongs to the South African fleet, sailed from Durban to Pemba with its crew.",
    "Soldiers of the 3rd Infantry Battalion, 400 strong, were replaced by police officers and moved to Nampula.",
    "Fighters, some of them from Tanzania, crossed into Palma, where they seized vehicles and weapons.",
    "A transport aircraft carrying medical supplies and ammunition flew from Maputo to Pemba, officials reported.",
    "The militia did not advance to Mueda but instead regrouped in Macomia, a local journalist told reporters.",
    "Another column of armoured vehicles arrived in Montepuez on Friday, having driven from Lichinga overnight.",
    "Police said the rebels, who were heading for Ancuabe, were stopped at a checkpoint outside Metuge.",
    "The SADC mission, whose troops had been stationed in Pemba, relocated its headquarters to Nampula.",
    "Special forces were flown to Palma and then moved to Mocimboa da Praia, with Pemba as their final stop.",
    "Troops guarding the gas site in Afungi were reinforced by a company from Mueda, the ministry announced.",
    "Residents said the gunmen left Quissanga before dawn and were making their way towards Macomia.",
    "The brigade that relieved the garrison at Mueda had travelled by road from Nampula in three days.",
]


def test_own_reports_read_the_same_with_and_without_the_gates(gazetteer, monkeypatch):
    moved = 0
    for text in OWN + [" ".join(OWN)]:
        gated = read_all(gazetteer, text, PUBLISHED)
        with monkeypatch.context() as m:
            ungated(m)
            assert Gate(re.compile("x"), ("y",)).search("x") is not None  # (switched off indeed)
            plain = read_all(gazetteer, text, PUBLISHED)
        assert gated == plain, text
        moved += len(gated[0])
    assert moved >= len(OWN)  # (the reports are read: movements are found)
