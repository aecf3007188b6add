"""Session 46, read125: the lead's reading probes (sentences of my own, other theatres):

1. an armed group's members' noun ("the rebels", "insurgents", "militiamen", "fighters") as a
   clause's whole subject names who moved in every position: opening the sentence, after a
   fronted phrase and its comma, and bare with no article (read.armed_groups, 'always'/'bare');
2. a bare "it" as the subject of a verb of sending a force is the state that is the whole subject
   of the sentence before (read.pronoun_antecedent state_subject_before);
3. "crossed into K at the X border post": the post is a via; a post the index lacks is dropped,
   the move kept;
4. denied and planned moves keep their status (denied / planned), never reported."""

import pytest

from geomove.movements import extract
from geomove.read.armed_groups import group_referred_back
from geomove.read.connective_opener import after_connective
from geomove.read.forces import generic_force_word
from geomove.read.pronoun_antecedent import it_subject_only, state_subject_before

PUBLISHED = "2026-11-20"


def _read(text, gazetteer, include_all=False):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(f["properties"]["status"], f["properties"]["actor"], name(f["properties"]["origin"]),
             [name(v) for v in f["properties"]["via"]], name(f["properties"]["destination"]))
            for f in extract(text, published=PUBLISHED, gazetteer=gazetteer, include_all=include_all)]


# -- 1. the members' noun in every position

@pytest.mark.parametrize("subject", ["The insurgents ", "After a night march, the insurgents ",
                                     "Insurgents ", "On Tuesday the insurgents "])
def test_a_members_noun_names_itself_in_every_position(subject):
    text = "Mozambican soldiers left Pemba. " + subject + "entered Macomia."
    s = len("Mozambican soldiers left Pemba. ")
    at = after_connective(text, s, s + len(subject))
    assert group_referred_back(text, at, s + len(subject)) == "insurgents"


def test_a_bare_members_noun_after_a_group_is_that_group():
    text = "JNIM claimed the ambush. Fighters then left Boni."
    s = text.index("Fighters")
    assert group_referred_back(text, s, s + len("Fighters then ")) == "JNIM"


def test_militiamen_are_no_plain_noun_of_a_state_force():
    assert not generic_force_word("militiamen")
    assert generic_force_word("soldiers") and generic_force_word("guardsmen")


@pytest.mark.parametrize("text, actor", [
    ("After a night march, the insurgents entered Macomia on Tuesday.", "insurgents"),
    ("Despite the rain, the jihadists left Menaka for Anderamboukane.", "jihadists"),
    ("Gunmen entered Zurmi on Friday.", "gunmen"),
    ("The militiamen left Kalemie for Moba on Monday.", "militiamen"),
    ("Militiamen withdrew from Djugu to Bunia on Sunday.", "militiamen"),
    ("Al-Shabaab claimed the attack. The fighters then withdrew from Bulo Burde to Jalalaqsi.", "Al-Shabaab"),
])
def test_the_members_noun_is_the_actor(gazetteer, text, actor):
    assert [r[1] for r in _read(text, gazetteer)] == [actor]


def test_near_misses_of_the_members_noun(gazetteer):
    # inside the fronted phrase, no subject: the soldiers name no actor of their own
    assert [r[1] for r in _read("Following the militants, soldiers moved from Djibo to Arbinda.", gazetteer)] == [None]
    # who said it is not who moved
    assert [r[1] for r in _read("Rebels said government troops entered Bria on Monday.", gazetteer)] == ["government troops"]


# -- 2. "it" after a state's sentence

def test_it_subject_only():
    text = "In September, it sent soldiers."
    assert it_subject_only(text, 0, text.index("sent"))
    text = "In September, they sent soldiers."
    assert not it_subject_only(text, 0, text.index("sent"))


def test_state_subject_before_is_the_whole_subject():
    text = "Chad has not confirmed the figure. "
    chad = {"start": 0, "end": 4, "kind": "country"}
    assert state_subject_before(text, 0, len(text), [chad]) is chad
    text = "The report named Chad. "
    chad = {"start": text.index("Chad"), "end": text.index("Chad") + 4, "kind": "country"}
    assert state_subject_before(text, 0, len(text), [chad]) is None


@pytest.mark.parametrize("text, actor", [
    ("Chad has not confirmed the figure. Last month, it sent 500 soldiers to Abeche.", "Chad"),
    ("Kenya declined to comment. In May, it deployed 400 police officers to Port-au-Prince.", "Kenya"),
    ("Burundi has not commented. It sent some 800 soldiers to Uvira in June.", "Burundi"),
    # near misses: the state is the object before; "they"; "it" says, sends nothing
    ("The report named Rwanda. In June, it sent 300 soldiers to Rubavu.", None),
    ("Chad has not confirmed the figure. Last month, they sent 500 soldiers to Abeche.", None),
    ("Niger has not commented. It said 300 soldiers had moved to Agadez.", None),
])
def test_it_sent_is_the_state_told_before(gazetteer, text, actor):
    assert [r[1] for r in _read(text, gazetteer)] == [actor]


# -- 3. "crossed into K at the X border post"

def test_a_post_after_crossed_into_is_a_via(gazetteer):
    assert _read("A convoy of 20 trucks left Kabul on Monday and crossed into Pakistan at the Torkham border post.",
                 gazetteer) == [("reported", None, "Kabul", ["Torkham border post"], "Pakistan")]
    # a post the index lacks: the via dropped, the move kept
    assert _read("A column of 15 trucks left Kabale on Monday and crossed into Rwanda at the Mirama Hills border post.",
                 gazetteer) == [("reported", None, "Kabale", [], "Rwanda")]
    # no post named: no via
    assert [r[3] for r in _read("The convoy left Gao and crossed into Niger at the border on Monday.", gazetteer)] == [[]]


# -- 4. denied and planned moves

def test_denied_and_planned_keep_their_status(gazetteer):
    denied = "Minsk denied that any troops had been moved from Grodno to the Polish border."
    assert _read(denied, gazetteer) == []
    assert [r[0] for r in _read(denied, gazetteer, include_all=True)] == ["denied"]
    planned = "The 3rd Battalion will move to Mopti next month, the army said."
    assert _read(planned, gazetteer) == []
    assert [(r[0], r[4]) for r in _read(planned, gazetteer, include_all=True)] == [("planned", "Mopti")]
    assert [(r[0], r[4]) for r in _read("The 3rd Battalion moved to Mopti last month, the army said.", gazetteer)] \
        == [("reported", "Mopti")]
