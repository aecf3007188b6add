"""Session 42, read113: constructions earlier sessions left (reports of my own in
tests/fixtures/read64): a stay before the next move, a rapprochement told as 'moved closer to',
a relative clause of plans inside the subject, ships passing between two places."""

import re

from geomove.movements import extract
from geomove.read.closer_in_policy import closer_in_policy
from geomove.read.subject_relative_modal import RELATIVE_PLAN_AT_END, main_verb_after_planned_relative
from geomove.read.time_opener import after_time_opener

_VERB = re.compile(r"\b(?P<verb>left|deploy|flew|leaving|move|landed)\b")


def _verbs_in(text):
    return lambda a, b: list(_VERB.finditer(text, a, b))


def _ends(features):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"]),
             [name(v) for v in f["properties"]["via"]], f["properties"]["status"]) for f in features]


# -- a stay before the next move (read.time_opener STAY_BEFORE)

def test_a_stay_opens_a_clause_as_a_date_does():
    for text in ("After a night there they moved on", "After two days in the town, they drove on",
                 "After a short halt at Sevare the column left", "after a few hours in that camp they left"):
        assert text[after_time_opener(text, 0):].split()[0] in ("they", "the"), text
    # not a stay: what happened, not how long the force stayed
    for text in ("After the attack they moved on", "After fighting there they moved on"):
        assert after_time_opener(text, 0) == 0, text


def test_a_stay_before_a_pronoun_makes_the_next_leg(gazetteer):
    text = "Armenian troops reached Goris on Friday. After a night in the town they moved on to Kapan."
    assert ("Goris", "Kapan", [], "reported") in _ends(extract(text, published="2026-12-05", gazetteer=gazetteer))


# -- 'moved closer to' another state on a topic of policy (read.closer_in_policy)

def test_a_topic_of_policy_after_the_place_is_no_movement():
    for text in ("Kenya moved closer to Ethiopia on trade this week", "Chile moved closer to Bolivia over water rights",
                 "Serbia moved diplomatically closer to Hungary", "Laos moved closer to Vietnam in talks on dams"):
        verb_end = text.index("moved") + len("moved")
        assert closer_in_policy(text, verb_end, len(text)), text


def test_a_country_closer_to_a_country_is_policy(gazetteer):
    assert extract("Serbia moved closer to Russia this year.", published="2026-12-05", gazetteer=gazetteer) == []
    assert _ends(extract("Chad moved closer to Tine on Monday.", published="2026-12-05", gazetteer=gazetteer)) \
        == [(None, "Tine", [], "reported")]


def test_a_date_a_means_or_an_object_is_no_topic():
    for text in ("Serbian troops moved closer to Jarinje on Monday", "Chadian soldiers moved closer to Tine on foot",
                 "The army moved two batteries closer to Goris over the dispute"):
        verb_end = text.index("moved") + len("moved")
        assert closer_in_policy(text, verb_end, len(text)) is None, text


# -- a relative clause of plans inside the subject (read.subject_relative_modal)

def test_the_main_verb_after_a_relative_of_plans():
    text = "Ghanaian peacekeepers that will deploy to Bunia left Accra on Monday."
    main = main_verb_after_planned_relative(text, text.index("that"), len(text), _verbs_in(text))
    assert main is not None and main.group("verb") == "left"
    assert RELATIVE_PLAN_AT_END.search(text[:main.start()]).start() == text.index(" that")


def test_no_main_verb_when_it_is_a_plan_too_or_the_relative_goes_on():
    for text in ("The battalion that will deploy to Latvia is leaving Gothenburg next week.",
                 "The battalion that will deploy to Latvia and move on to Riga was named."):
        assert main_verb_after_planned_relative(text, text.index("that"), len(text), _verbs_in(text)) is None, text
    # a relative clause with no modal is none of this reader's
    text = "The battalion that deployed to Latvia left Gothenburg."
    assert main_verb_after_planned_relative(text, text.index("that"), len(text), _verbs_in(text)) is None


def test_the_departure_is_reported_and_the_aim_planned(gazetteer):
    text = "The Hungarian platoon that will deploy to Pristina left Budapest on Tuesday."
    every = _ends(extract(text, published="2026-12-05", gazetteer=gazetteer, include_all=True))
    assert ("Budapest", None, [], "reported") in every
    assert (None, "Pristina", [], "planned") in every


# -- ships passing between two places (read.strait_passed)

def test_ships_passing_between_two_places_is_a_passage(gazetteer):
    text = "Two Royal Navy patrol ships passed between Guam and Saipan on Wednesday."
    assert _ends(extract(text, published="2026-12-05", gazetteer=gazetteer)) == [(None, None, ["Guam", "Saipan"], "reported")]


def test_a_convoy_passing_between_two_towns_is_no_movement(gazetteer):
    text = "A convoy of army trucks passed between Gao and Ansongo on Monday."
    assert extract(text, published="2026-12-05", gazetteer=gazetteer) == []


# -- a deployment done by a day (read.reported_pluperfect.done_by_a_day)

def test_a_pluperfect_deployment_by_a_day_is_reported_and_by_a_year_is_not(gazetteer):
    for text, status in (("Up to 4,000 troops had been deployed to Novi Pazar by Wednesday.", "reported"),
                         ("By Monday night 600 police officers had been deployed to Tumaco.", "reported"),
                         ("By 2015 some 4,000 troops had been deployed to Novi Pazar.", "background")):
        every = extract(text, published="2026-12-05", gazetteer=gazetteer, include_all=True)
        assert [f["properties"]["status"] for f in every] == [status], text


# -- how an arrival told first began (assemble._start_told_back)

def test_the_convoy_told_back_is_the_arrival_s_start(gazetteer):
    text = "Malian reinforcements reached Ansongo on Tuesday. A convoy of 30 trucks had left Gao on Monday."
    assert _ends(extract(text, published="2026-12-05", gazetteer=gazetteer)) == [("Gao", "Ansongo", [], "reported")]
    later = "Malian reinforcements reached Ansongo on Tuesday. A convoy left Gao on Wednesday."
    assert len(extract(later, published="2026-12-05", gazetteer=gazetteer)) == 2
