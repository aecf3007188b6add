"""read59: the service named before the vessels it sailed is the actor ("Two Nigerian Navy
patrol boats" -> "Nigerian Navy", as "Twelve French army trucks" -> "French army"); a demonym
alone before the vessels keeps them (b2d56ee: "Russian submarines"). Own sentences."""

import pytest

from geomove.movements import extract

CASES = [
    ("Two Nigerian Navy patrol boats sailed from Lagos to Bioko on Monday.", "Nigerian Navy"),
    ("Two Indian Navy frigates left Mumbai for Port Blair on Sunday.", "Indian Navy"),
    # twin: no service named, the vessels stand for their navy (unchanged)
    ("Three Ghanaian patrol boats sailed from Tema to Takoradi on Monday.", "Ghanaian patrol boats"),
]


@pytest.mark.parametrize("text,actor", CASES)
def test_actor_of_vessels(text, actor, gazetteer):
    features = extract(text, published="2026-12-02", gazetteer=gazetteer)
    assert [f["properties"]["actor"] for f in features] == [actor]
