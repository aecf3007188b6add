"""read.told_container: which of one phrase's places the text tells as holding another."""

from geomove.read.told_container import without_told_holders


def _at(text: str, name: str, kind: str) -> dict:
    start = text.index(name)
    return {"surface": name, "start": start, "end": start + len(name), "kind": kind}


def _left(text: str, *places: tuple[str, str]) -> list[str]:
    return [m["surface"] for m in without_told_holders(text, [_at(text, n, k) for n, k in places])]


def test_the_unit_word_or_a_bare_in_makes_the_first_the_unit():
    assert _left("to the Hawija district in Kirkuk", ("Hawija", "admin2"), ("Kirkuk", "city")) == ["Hawija"]
    assert _left("to the Rueso district of Narathiwat", ("Rueso", "admin2"), ("Narathiwat", "town")) == ["Rueso"]
    assert _left("to Hawija in Kirkuk", ("Hawija", "admin2"), ("Kirkuk", "city")) == ["Hawija"]


def test_a_possessive_before_the_unit_makes_the_holder():
    assert _left("in Kunduz's Dasht-e Archi district", ("Kunduz", "city"), ("Dasht-e Archi", "admin2")) == ["Dasht-e Archi"]


def test_no_word_of_holding_keeps_the_group():
    # (a bare "of" joins a part to a place; a possessive without a unit word names no unit)
    assert _left("to Hawija of Kirkuk", ("Hawija", "admin2"), ("Kirkuk", "city")) == ["Hawija", "Kirkuk"]
    assert _left("Kirkuk's Hawija road", ("Kirkuk", "city"), ("Hawija", "admin2")) == ["Kirkuk", "Hawija"]
    # (a country is never dropped nor a unit: the first-country rule reads it)
    assert _left("to the Ansongo district in Mali", ("Ansongo", "admin2"), ("Mali", "country")) == ["Ansongo", "Mali"]
