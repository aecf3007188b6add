"""Helper read114's fixes (session 42), at the level of the functions that decide: the golden
lines s42-read114-* show them on whole sentences, tests/fixtures/unseen61 on whole reports
(tests/test_handcounted.py runs those)."""

import re

from geomove.read.clauses import _PRONOUN_CLAUSE_OPENING
from geomove.read.lexicon import _ASIDE, _COUNT_RE, _TRIGGER_RE, come_in_time
from geomove.read.participle_of_plan import step_of_plan
from geomove.read.roles import _SITE_IN_BEFORE
from geomove.read.status import _PLANNED_PREDICATE


def _trigger(text: str, word: str) -> re.Match:
    m = _TRIGGER_RE.match(text, text.index(word))
    assert m is not None, (text, word)
    return m


def test_a_forecast_is_a_predicate_of_plans_but_a_hedged_past_is_not():
    for after in (" toward the border are likely next week.", " to Garissa are unlikely before January.",
                  " to the north are likely in the coming days."):
        assert _PLANNED_PREDICATE.match(after), after
    for after in (" to Bakhmut were likely sent on Monday.", " to X are likely to have arrived.",
                  " to Bakhmut were likely driven from Soledar."):
        assert not _PLANNED_PREDICATE.match(after), after


def test_coming_before_a_time_word_is_no_verb():
    for text in ("deployments to Rafah are likely in the coming weeks.", "more units over the coming days.",
                 "in the coming months, troops"):
        assert come_in_time(text, _trigger(text, "coming")), text
    for text in ("Soldiers coming from Gao reached Kidal.", "Troops are coming to Goma."):
        assert not come_in_time(text, _trigger(text, "coming")), text


def test_the_step_after_before_shares_a_plan_told_before_it_in_the_sentence():
    plan = "The corvette will sail to Mombasa before returning to Dar es Salaam on 20 December."
    assert step_of_plan(plan, _trigger(plan, "returning"))
    done = "The corvette sailed to Mombasa before returning to Dar es Salaam on Sunday."
    assert not step_of_plan(done, _trigger(done, "returning"))
    # (the plan of an earlier sentence is not this one's)
    two = "The frigate will visit Lamu. The corvette sailed to Mombasa before returning to Tanga."
    assert not step_of_plan(two, _trigger(two, "returning"))
    # (only right after "before")
    after = "The boats will patrol Lake Kivu after returning to Goma."
    assert not step_of_plan(after, _trigger(after, "returning"))


def test_a_clause_of_saying_is_no_comma_aside_but_an_appositive_still_is():
    said = "At Uvira, the inhabitants say that the soldiers were withdrawn to Bukavu, leaving the town."
    assert _ASIDE.search(said) is None
    claimed = "In Kaya, the residents claim that gendarmes were pulled back to Ouagadougou, leaving the town."
    assert _ASIDE.search(claimed) is None
    apposed = "The 3rd Battalion, the unit that held Kidal until 2023, moved to Gao."
    assert _ASIDE.search(apposed).group(0) == ", the unit that held Kidal until 2023,"


def test_an_air_arms_people_by_trade_are_counted():
    for text, n in (("About 150 aviators and maintainers were flown", "150"),
                    ("a team of 40 technicians arrived", "40"), ("some 12 maintainers", "12")):
        m = _COUNT_RE.search(text)
        assert m is not None and m.group("num") == n, text


def test_a_site_is_told_by_its_bearing_from_a_town():
    for before in ("overran the army base east of ", "the base on the hill north of ",
                   "captured the garrison south-west of ", "the camp near "):
        assert _SITE_IN_BEFORE["base"].search(before), before
    for before in ("overran the army base, then moved east of ", "shelled positions east of "):
        assert not _SITE_IN_BEFORE["base"].search(before), before


def test_a_subject_left_out_after_and_with_an_auxiliary_opens_the_next_leg():
    for between in (" and was ", " and was then ", " and were later ", " and had been "):
        assert _PRONOUN_CLAUSE_OPENING.fullmatch(between), between
    # (a pronoun as before; and not a bare "and" with no auxiliary: "and taken" is a list)
    assert _PRONOUN_CLAUSE_OPENING.fullmatch(" and they were ")
    assert not _PRONOUN_CLAUSE_OPENING.fullmatch(" and ")
