"""Session 47, read131: three of the lead's reading probes (sentences of my own here).

- a fronted participle clause and its comma ("Moving in small groups, the jihadists slipped
  across ..."): the subject after the comma is the actor (read.connective_opener);
- arrival told as being there ("left A on Monday and by nightfall were in B"): B is the
  destination (read.being_there);
- a withdrawal with no place after a conjunction of time ("overran the base at X after AU troops
  pulled out"): X, the one place the main clause took, is its origin (read.left_again)."""

from geomove.movements import extract
from geomove.read.connective_opener import after_connective
from geomove.read.being_there import reached_by_being_there

PUBLISHED = "2026-11-10"


def _read(text, gazetteer):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(f["properties"]["actor"], name(f["properties"]["origin"]), name(f["properties"]["destination"]))
            for f in extract(text, published=PUBLISHED, gazetteer=gazetteer)]


# -- a fronted participle clause (read.connective_opener)

def test_the_subject_after_a_fronted_participle_clause_is_the_actor(gazetteer):
    assert _read("Travelling by night, the militiamen crossed from South Sudan into Uganda.", gazetteer) == \
        [("militiamen", "South Sudan", "Uganda")]
    assert _read("Moving in small convoys, the militants drove from Gao to Menaka.", gazetteer) == \
        [("militants", "Gao", "Menaka")]


def test_the_participle_clause_is_skipped_only_for_a_participle():
    text = "Moving in small groups, the jihadists slipped away."
    assert text[after_connective(text, 0, text.index("slipped")):].startswith("the jihadists")
    name = "Beijing, meanwhile, sent ships."  # (a name in -ing: the tagger reads no participle)
    assert after_connective(name, 0, name.index("sent")) == 0
    speaker = "According to the army, the rebels left."  # (a speaker's phrase: as before)
    assert after_connective(speaker, 0, speaker.index("left")) == 0


# -- arrival told as being there (read.being_there)

def test_were_in_after_a_verb_of_moving_is_the_destination(gazetteer):
    assert _read("The militia left Kapoeta on Monday and by nightfall were in Torit.", gazetteer) == \
        [("militia", "Kapoeta", "Torit")]
    assert [r[1:] for r in _read("Houthi fighters moved out of Sanaa and within hours were at the edge of Marib.",
                                 gazetteer)] == [("Sanaa", "Marib")]


def test_were_in_without_a_move_or_with_a_state_is_no_destination(gazetteer):
    assert _read("The militia were in Torit on Monday.", gazetteer) == []
    assert [r[1:] for r in _read("The militia left Kapoeta on Monday and by nightfall were in control of Torit.",
                                 gazetteer)] == [("Kapoeta", None)]


def test_being_there_needs_its_and_right_before_were():
    class _T:  # a trigger with a verb, at [4, 8)
        def group(self, _name):
            return "left"

        def start(self):
            return 4

        def end(self):
            return 8
    text = "The left A and by dawn were in B"
    assert reached_by_being_there(text, text.index(" in B") + 1, "", [_T()], 0)
    other = "The left A and the police were in B"  # (a subject of its own after "and")
    assert not reached_by_being_there(other, other.index(" in B") + 1, "", [_T()], 0)


# -- a withdrawal from the place another force took (read.left_again)

def test_the_place_taken_after_a_withdrawal_is_its_origin(gazetteer):
    assert _read("JNIM fighters occupied the camp at Boni after Malian soldiers left on Tuesday.", gazetteer) == \
        [("Malian soldiers", "Boni", None)]
    assert _read("Taliban fighters took over the base at Bagram after US troops pulled out on Friday.", gazetteer) == \
        [("US troops", "Bagram", None)]


def test_no_origin_with_two_places_or_an_object_after_pulled_out(gazetteer):
    assert _read("Rebels seized Bunagana and Rutshuru after government troops pulled out on Monday.", gazetteer) == []
    assert _read("Rebels seized Bunagana after government negotiators pulled out of the talks.", gazetteer) == []


# -- the clause of leaving told first (read.left_again, read.movers, read.day_after_verb)

def test_the_clause_of_leaving_told_first_leaves_the_place_taken(gazetteer):
    features = extract("After Ethiopian troops pulled out on Friday, militants overran the camp at Baidoa.",
                       published=PUBLISHED, gazetteer=gazetteer)
    assert [(f["properties"]["what"], f["properties"]["origin"]["surface"]) for f in features] == \
        [("Ethiopian troops", "Baidoa")]
    features = extract("After Malian soldiers left on Tuesday, JNIM fighters occupied the camp at Boni.",
                       published=PUBLISHED, gazetteer=gazetteer)
    assert [(f["properties"]["actor"], f["properties"]["what"]) for f in features] == \
        [("Malian soldiers", "Malian soldiers")]


def test_two_places_after_the_clause_of_leaving_give_nothing(gazetteer):
    assert _read("After Ethiopian troops pulled out on Friday, militants overran the camps at Baidoa and Buurhakaba.",
                 gazetteer) == []


def test_a_day_closed_by_a_comma_opens_no_object():
    from geomove.read.day_after_verb import day_opening_end
    assert day_opening_end(" on Tuesday, JNIM fighters occupied the camp") == 0
    assert day_opening_end(" on Monday 300 soldiers to X") > 0
    assert day_opening_end(" on Thursday, 6th of March, 2025, 120 soldiers to X") > 0


def test_were_outside_after_a_verb_of_moving_is_the_destination(gazetteer):
    assert [r[1:] for r in _read("M23 rebels left Rutshuru on Saturday and by Sunday were outside Goma.", gazetteer)] == \
        [("Rutshuru", "Goma")]
    assert _read("The militia were outside Torit on Monday.", gazetteer) == []
