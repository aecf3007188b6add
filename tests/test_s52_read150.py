"""Session 52, read150: constructions session 51 left (what moved, relatives, asides, legs).
"left behind N in A and drove on to B" (read.behind_first), an aside of how others see the subject
(read.described_aside), a relative's verb with an object of its own (read.relative_own_object),
"waved to <people> in A as they left for B" (read.greeted_people, read.same_subject_as) and "on a
charter flight from X" (read.flight_from). Sentences of my own."""

import re

from reading import legs_told
from geomove.read.behind_first import behind_object_end
from geomove.read.described_aside import described_aside
from geomove.read.flight_from import flight_origin_told, flights_as_service
from geomove.read.greeted_people import greeted_people_gap
from geomove.read.lexicon import left_as_result
from geomove.read.relative_own_object import antecedent_of_relative_verb
from geomove.read.same_subject_as import subject_before_pronoun_clause

PUBLISHED = "2026-12-06"


def _read(text, gazetteer):
    return legs_told(gazetteer, text, PUBLISHED)


def _left(text):
    return re.search(r"\bleft\b", text)


def test_left_behind_first_is_who_stayed():
    for text in ("The battalion left behind two platoons in Gao and drove on to Kidal.",
                 "The militia left behind its heavy weapons and fled.",
                 "Police left behind 40 officers at the airport."):
        assert left_as_result(text, _left(text)), text
    for text in ("The column left Kupiansk behind and drove to Izium.",  # (a place: a departure, as before)
                 "The battalion left Gao for Kidal.",
                 "The troops left behind."):  # (no object)
        assert behind_object_end(text, _left(text).end()) is None, text


def test_left_behind_object_ends_before_its_place():
    text = "Kenyan police left behind 40 officers in Port-au-Prince and flew on."
    end = behind_object_end(text, _left(text).end())
    assert text[_left(text).end():end] == " behind 40 officers"


def test_described_aside():
    for part in (" described as the largest so far", " widely seen as the army's best",
                 " believed to carry ammunition", " regarded as the navy's most modern ship"):
        assert described_aside(part), part
    for part in ("The convoy", " the largest so far", " as many as 40 trucks", " sent to Goma"):
        assert not described_aside(part), part


def test_antecedent_of_a_relative_with_its_own_object(gazetteer):
    assert _read("Six French pilots that flew the Rafales from Saint-Dizier returned to Mont-de-Marsan.", gazetteer)[0][2] \
        == "Six French pilots"
    # (no object after the relative's verb, no verb of the main clause: nothing to take)
    fake = re.compile(r"(?P<verb>flew)(?P<noun>(?!))?")
    text = "Soldiers who flew from Lille returned to Istres."
    assert antecedent_of_relative_verb(text, 0, len(text), fake.search(text), lambda: []) is None


def test_greeted_people_gap():
    assert greeted_people_gap("to", "their families in")
    assert greeted_people_gap(" to", "relatives at")
    assert greeted_people_gap("to", "well-wishers at")
    assert not greeted_people_gap("to", "the town of")
    assert not greeted_people_gap("from", "their families in")


def test_subject_before_a_pronoun_clause():
    assert subject_before_pronoun_clause("Norwegian soldiers waved to their families in Oslo as they ") == "Norwegian soldiers"
    assert subject_before_pronoun_clause("The marines said goodbye to relatives at Toulon before they ") == "The marines"
    assert subject_before_pronoun_clause("Officials said as they ") is None  # (what was said)
    assert subject_before_pronoun_clause("The soldiers waved as it ") is None  # ("it" is no plural's)
    assert subject_before_pronoun_clause("The army said it retook the town after troops ") is None
    assert subject_before_pronoun_clause("Families waved flags in Oslo as 200 soldiers ") is None


def test_waved_as_they_left(gazetteer):
    assert _read("Norwegian soldiers waved to their families in Oslo as they left for Kirkenes.", gazetteer) \
        == [("Oslo", "Kirkenes", "Norwegian soldiers")]
    # (a crowd's clause, another subject: no origin, s51 read147)
    assert _read("Relatives waved flags in Bergen as 150 Norwegian marines left for Kirkenes.", gazetteer) \
        == [(None, "Kirkenes", "150 Norwegian marines")]


def test_flight_from():
    text = "They landed on a charter flight from Larnaca."
    assert flight_origin_told(text, text.index("Larnaca"))
    text = "They landed at Paphos from Larnaca."
    assert not flight_origin_told(text, text.index("Larnaca"))
    text = "days after commercial flights from Larnaca resumed."
    at = text.index("Larnaca")
    assert flights_as_service(text, at, at + len("Larnaca"))
    text = "on a charter flight from Larnaca on Friday."
    at = text.index("Larnaca")
    assert not flights_as_service(text, at, at + len("Larnaca"))
