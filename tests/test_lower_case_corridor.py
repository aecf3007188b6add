"""A name followed by its kind word in lower case ("the Philadelphi corridor", "the Kakhovka dam")
is the place the index holds by the whole name, even where its first word alone was read as
another place by its spelling ("Philadelphi" as Philadelphia) or as the town the work is named
after (mentions.lower_case_heads). The sentences are our own."""

import pytest

from geomove.mentions import find_mentions
from geomove.movements import extract


def _found(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


@pytest.mark.parametrize("text, surface, name", [
    ("Israeli troops were pulled back from the Philadelphi corridor to Israel overnight.",
     "Philadelphi corridor", "Philadelphi corridor"),
    ("Russian troops blew up the Kakhovka dam on Tuesday.", "Kakhovka dam", "Kakhovka Dam"),
])
def test_the_whole_name_with_its_lower_case_head_is_read(gazetteer, text, surface, name):
    found = _found(text, gazetteer)
    assert surface in found and found[surface].get("name") == name, found


@pytest.mark.parametrize("text, absent", [
    ("A humanitarian corridor opened near Mariupol on Monday.", "humanitarian corridor"),  # no name before it
    ("Convoys used the corridor from Mariupol on Monday.", "Mariupol corridor"),  # no "Mariupol Corridor" in the index
])
def test_no_place_where_the_index_has_no_such_whole(gazetteer, text, absent):
    assert absent not in _found(text, gazetteer)


def test_the_move_from_the_corridor_has_its_origin(gazetteer):
    props = [f["properties"] for f in extract(
        "Israeli troops were pulled back from the Philadelphi corridor to Israel overnight.",
        gazetteer=gazetteer, published="2026-03-10")]
    assert [(p["origin"] and p["origin"]["name"], p["destination"]["name"]) for p in props] == [("Philadelphi corridor", "Israel")]
