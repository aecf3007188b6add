"""A verb of travel whose route is "between A and B" (no from/to): a movement from A to B in the
order told, its direction marked as not stated and its confidence lower than a stated from/to.
"The border between A and B", talks, fighting or a road between two places are no movement.
Sentences of our own."""

import pytest

from geomove.read.weights import DIRECTION_UNSTATED
from reading import found as _found


@pytest.mark.parametrize("text, origin, destination", [
    ("A column of 12 armoured vehicles travelled between Mopti and Timbuktu on Tuesday.", "Mopti", "Timbuktu"),
    ("The rebels moved fighters and weapons between Bukavu and Uvira on Tuesday.", "Bukavu", "Uvira"),
    ("Navy boats ferried marines between Aden and Mukalla last week.", "Aden", "Mukalla"),
])
def test_route_between_is_a_movement_in_text_order(gazetteer, text, origin, destination):
    props, why = _found(gazetteer, text)
    assert len(props) == 1, props
    p = props[0]
    assert p["origin"]["surface"] == origin and p["destination"]["surface"] == destination
    assert any("direction not stated" in w and origin in w for w in why), why
    assert "between" not in (p["what"] or ""), p["what"]  # the route is no part of what moved


def test_unstated_direction_costs_its_weight(gazetteer):
    told, _ = _found(gazetteer, "A column of 12 armoured vehicles travelled from Mopti to Timbuktu on Tuesday.")
    between, _ = _found(gazetteer, "A column of 12 armoured vehicles travelled between Mopti and Timbuktu on Tuesday.")
    assert DIRECTION_UNSTATED < 0
    assert between[0]["confidence"] == pytest.approx(told[0]["confidence"] + DIRECTION_UNSTATED)


def test_a_stated_end_beats_the_between_reading(gazetteer):
    # "to X" states where it went: the between-route gives no ends of its own
    props, why = _found(gazetteer, "Soldiers moved between Mopti and Sevare to Timbuktu on Tuesday.")
    assert all(not (p["origin"] or {}).get("surface") == "Mopti" for p in props), props
    assert not any("direction not stated" in w for w in why)


@pytest.mark.parametrize("text", [
    "Soldiers crossed the border between Niger and Mali on Tuesday.",
    "Talks between Bukavu and Uvira officials resumed on Tuesday.",
    "Fighting between Mopti and Timbuktu continued on Tuesday.",
    "The army patrolled the road between Maiduguri and Damboa on Tuesday.",
    "Troops were deployed along the road between Maiduguri and Damboa on Tuesday.",
    # a position between two towns, not a route: "deploy" is no verb of travel
    "The army deployed troops between Maiduguri and Damboa on Tuesday.",
    # a verb of travel, but towards the line between them
    "The army moved troops to the frontier between Niger and Mali on Tuesday.",
    # repeated trips: habitual or aggregate, no movement (GUIDELINES)
    "Navy boats ferried marines back and forth between Aden and Mukalla last week.",
    "Army helicopters flew daily between Maiduguri and Damboa last month.",
    "Army helicopters shuttled between Maiduguri and Damboa on Tuesday.",
])
def test_sides_of_between_are_no_route(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert not any("direction not stated" in w for w in why), why
    assert not any((p["origin"] or {}).get("surface") in ("Niger", "Bukavu", "Mopti", "Maiduguri", "Aden")
                   and (p["destination"] or {}).get("surface") in ("Mali", "Uvira", "Timbuktu", "Damboa", "Mukalla")
                   for p in props), props
