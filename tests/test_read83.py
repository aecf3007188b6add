"""read83's constructions, pinned at the function that reads them (sentences written for these
tests, in theatres of their own)."""

from geomove.read.apposed_counts import apposed_count


def _apposed(text: str):
    return apposed_count(text, 0, len(text))


def test_strength_of_a_formation_counts_its_people():
    # "The 4th Brigade, about 450 strong, arrived": a strength told after a formation's name
    text = "The 4th Motorised Brigade, about 450 strong, arrived in Kassala on Monday."
    item, told, start = _apposed(text)
    assert item["value"] == 450 and item.get("approx")
    assert told.partition(",")[0] == "The 4th Motorised Brigade" and start == 0


def test_strength_of_forces_after_a_comma_opener():
    text = "On Sunday, Somali special forces, 200 strong, moved into Baidoa."
    item, told, start = _apposed(text)
    assert item["value"] == 200
    assert told.partition(",")[0] == "Somali special forces"


def test_of_them_after_a_formation_counts_no_people():
    # "the battalions, three of them," counts formations, not people
    assert _apposed("The battalions, three of them, left Kassala for Gedaref.") is None
