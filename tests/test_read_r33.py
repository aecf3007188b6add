"""read33: constructions found on reports of the coordinator's own. Sentences written for these
tests; the golden lines r33-* hold the routes, these check what the golden format cannot (an
actor that must NOT be read, the helpers of geomove.read.shared_subject on their own)."""

import re

from geomove.movements import extract
from geomove.read.shared_subject import participle_heads, plan_head

_TRIGGER = re.compile(r"(?P<verb>[a-z]+)(?P<noun>(?!))?")


def _main(text: str, word: str) -> re.Match:
    return _TRIGGER.match(text, text.index(word))


def test_an_absolute_phrase_with_its_own_subject_lends_no_actor(gazetteer):
    text = "Chile closed its northern border on Monday, with Peru sending 40 trucks from Lima to Tacna."
    (feature,) = extract(text, published="2026-11-20", gazetteer=gazetteer)
    assert "chile" not in (feature["properties"]["actor"] or "").lower()


def test_the_participle_heads_are_the_finite_verbs_before_the_comma():
    text = "Chile strengthened its southern border, sending 40 trucks to Punta Arenas."
    heads = participle_heads(text, 0, _main(text, "sending"))
    assert [h.group("verb") for h in heads] == ["strengthened"]


def test_no_participle_heads_without_the_comma_right_before():
    text = "Chile closed its border, with Peru sending 40 trucks to Tacna."
    assert participle_heads(text, 0, _main(text, "sending")) == []


def test_plan_head_is_the_word_of_the_plan_or_its_auxiliary():
    for text, head in (("Bolivia plans to send troops", "plans"), ("Bolivia is planning to send troops", "is"),
                       ("Bolivia will send troops", "will"), ("Bolivia is set to send troops", "is")):
        found = plan_head(text, 0, _main(text, "send"))
        assert found is not None and found.group("verb") == head, text


def test_no_plan_head_for_a_told_move():
    text = "Bolivia sent troops"
    assert plan_head(text, 0, _main(text, "sent")) is None


def test_be_and_have_head_no_participle():
    text = "Chad now has 150,000 displaced people, fleeing from the east."
    assert "has" not in [h.group("verb") for h in participle_heads(text, 0, _main(text, "fleeing"))]
    text = "Chile has strengthened its border, sending 40 trucks to Arica."
    assert [h.group("verb") for h in participle_heads(text, 0, _main(text, "sending"))] == ["strengthened"]


def _dates(text: str):
    import datetime

    from geomove.dates import find_dates
    return [(d.text, d.date_start.isoformat(), d.date_end.isoformat(), d.precision)
            for d in find_dates(text, datetime.date(2026, 11, 20))]


def test_a_month_of_that_year_is_in_the_year_told_before():
    assert _dates("Togo cut ties in 2021; troops left Lome in May of that year.")[-1] == \
        ("in May of that year", "2021-05-01", "2021-05-31", "month")
    assert _dates("Togo cut ties in 2021; on 3 May the following year troops left.")[-1] == \
        ("3 May the following year", "2022-05-03", "2022-05-03", "day")


def test_that_year_alone_is_the_year_told_before():
    assert _dates("In 2019 the pact ended. Later that year, troops left Gao.")[-1] == \
        ("Later that year", "2019-01-01", "2019-12-31", "year")


def test_no_year_told_before_leaves_the_month_to_publication():
    assert _dates("Troops left Lome in May of that year.") == [("in May", "2026-05-01", "2026-05-31", "month")]


def test_the_year_before_an_event_is_no_year_told_before():
    assert [d[0] for d in _dates("In 2021 troops arrived; the year before the election they left.")] == ["In 2021"]


def test_the_nearest_verb_heads_the_participle_and_a_speaker_is_no_mover():
    text = "Ukraine said Russia strengthened its border, moving 40 tanks from Belgorod to Kursk."
    assert [h.group("verb") for h in participle_heads(text, 0, _main(text, "moving"))] == ["strengthened"]


def test_a_speaker_lends_no_actor_to_a_participle(gazetteer):
    text = "Ukraine said Russia strengthened its border, moving 40 tanks from Belgorod to Kursk."
    (feature,) = extract(text, published="2026-11-20", gazetteer=gazetteer)
    assert feature["properties"]["actor"] == "Russia"
