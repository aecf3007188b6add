"""read.joined_them: a force that joined the group just told, with no place of its own."""

from geomove.read.joined_them import joined_them, origins_span


def test_force_joined_them():
    m = joined_them("Kenyan officers joined them later in the day.")
    assert m is not None and m.group("what") == "Kenyan officers"
    assert origins_span(m) is None


def test_origin_in_the_subject():
    sentence = "Cameroonian soldiers from Mora joined them on Saturday."
    span = origins_span(joined_them(sentence))
    assert sentence[span[0]:span[1]] == "Mora"


def test_not_a_force_nor_a_group_joined():
    assert joined_them("The governor joined them on Tuesday.") is None
    assert joined_them("Local militias joined the fight on Tuesday.") is None
    assert joined_them("Nigerien soldiers joined them in Gao on Tuesday.") is None
