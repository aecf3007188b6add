"""Session 45, read122: constructions the first round of session 45 noticed and left (sentences
of my own): a force told by where it is as the subject of a verb of sending ('Troops in X were
sent to Y'), a counted group joined and then sent ('They join the 80 soldiers sent to X'), a
count the subject has before 'and' and the verb ('has 2,000 troops in M and sent 500 more'), a
bare number as the subject after 'Of these,', 'the rest went on to C', a company or a platoon as
the mover, and initials before a kind and a singular 'force'."""

import re

from geomove.movements import extract
from geomove.read.counts import count_of_presence
from geomove.read.group_joined import joined_group_sent
from geomove.read.initials_kind import initials_before_kind
from geomove.read.lexicon import _MOVER

PUBLISHED = "2025-03-12"


def _read(text, gazetteer):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"]), f["properties"]["count"],
             f["properties"]["actor"]) for f in extract(text, published=PUBLISHED, gazetteer=gazetteer)]


# -- 1. "Troops in X were sent to Y" (read.force_in_subject)

def test_force_in_place_sent_left_the_place(gazetteer):
    assert [r[:2] for r in _read("Troops in Goma were sent to Bunia on Monday.", gazetteer)] == [("Goma", "Bunia")]
    assert [r[:2] for r in _read("The soldiers in Kharkiv were redeployed to Izium on Monday.", gazetteer)] == [("Kharkiv", "Izium")]


def test_place_after_the_verb_or_a_start_of_its_own_is_no_subject_origin(gazetteer):
    assert [r[:2] for r in _read("The army deployed troops in Kidal on Monday.", gazetteer)] == [(None, "Kidal")]
    assert [r[:2] for r in _read("Troops in Gao were withdrawn from Menaka to Ansongo.", gazetteer)] == [("Menaka", "Ansongo")]
    # (no force noun before "in": reporters are sent, no movement of a force)
    assert _read("Reporters in Goma were sent to Bunia on Monday.", gazetteer) == []


# -- 2. "They join the 80 soldiers sent to X" (read.group_joined)

def test_joined_group_then_participle():
    text = "They join the 80 soldiers sent to Bunia last week."
    assert joined_group_sent(text, 0, text.index("sent"), "sent") == text.index("the 80")
    other = "They join the 80 soldiers stationed in Bunia."
    assert joined_group_sent(other, 0, other.index("stationed"), "stationed") is None


def test_joined_group_sent_is_what_moved(gazetteer):
    assert _read("They join the 80 soldiers sent to Bunia last week.", gazetteer) == [(None, "Bunia", 80, None)]
    assert [r[:3] for r in _read("The 120 marines join the 60 sailors flown to Djibouti last week.", gazetteer)] \
        == [(None, "Djibouti", 60)]


# -- 3. "K has 2,000 troops in M and sent 500 more to P" (read/counts)

def test_count_had_before_and_is_presence():
    text = "Rwanda has 2,000 troops in Mozambique and sent 500 more to Pemba."
    assert count_of_presence(text, 0, text.index("2,000"), text.index("sent"))
    plain = "Chad has sent 1,200 soldiers to Niger and 300 more to Agadez."
    assert not count_of_presence(plain, 0, plain.index("1,200"), plain.index("sent"))


def test_more_after_a_presence_counts_the_more(gazetteer):
    assert [r[:3] for r in _read("Rwanda has 2,000 troops in Mozambique and sent 500 more to Pemba.", gazetteer)] \
        == [(None, "Pemba", 500)]
    assert [r[:3] for r in _read("Chad has sent 1,200 soldiers to Niger.", gazetteer)] == [(None, "Niger", 1200)]


# -- 4. "Of these, 400 left for B"; "the rest of them went on to C"

def test_fronted_part_left_for_is_counted(gazetteer):
    read = _read("About 900 fighters reached Idlib on Monday. Of these, 400 left for Afrin.", gazetteer)
    assert {r[:3] for r in read} == {("Idlib", "Afrin", 400), (None, "Idlib", 900)}


def test_rest_went_on_from_where_the_group_got_to(gazetteer):
    read = _read("A convoy of 60 trucks reached Gao on Monday. The rest of them went on to Kidal.", gazetteer)
    assert ("Gao", "Kidal") in [r[:2] for r in read]
    near = _read("Some 300 soldiers reached Gao on Monday. The rest of the battalion moved to Kidal.", gazetteer)
    assert (None, "Kidal") in [r[:2] for r in near]


# -- 5. a company or a platoon as the mover (lexicon._MOVER)

def test_company_only_as_a_unit():
    assert _MOVER.search("A second company")
    assert _MOVER.search("a company of marines")
    assert _MOVER.search("a rifle company")
    assert _MOVER.search("the platoon")
    assert not _MOVER.search("The company")
    assert not _MOVER.search("Two companies")


def test_second_company_followed(gazetteer):
    assert [r[:2] for r in _read("A second company followed to Bakhmut on Tuesday.", gazetteer)] == [(None, "Bakhmut")]
    assert _read("The company moved its offices to Nairobi on Monday.", gazetteer) == []


# -- 6. initials before a kind and a singular "force" (read.initials_kind)

def test_initials_before_singular_force():
    assert initials_before_kind("Units of the IRGC ground force ") == "IRGC"
    assert initials_before_kind("Units of the IRGC ground forces ") == "IRGC"
    assert initials_before_kind("The ground force ") is None


def test_initials_ground_force_actor(gazetteer):
    read = _read("Units of the SPLA ground force withdrew from Malakal on Monday.", gazetteer)
    assert [(r[0], r[3]) for r in read] == [("Malakal", "SPLA")]
    assert re.fullmatch(r"IRGC", _read("Units of the IRGC ground force arrived in Sulaymaniyah on Monday.", gazetteer)[0][3])
