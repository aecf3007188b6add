"""'the Gulf', 'the Cape': a water body's or landform's word alone after 'the' names the feature
the writer has in mind; read as a lesser place bearing the word far from every other place of
the text and in none of their countries, it keeps no point (mentions.guards)."""

from geomove import places


def _reading(text: str, surface: str) -> dict:
    return next(m for m in places(text) if m["surface"] == surface)


def test_the_gulf_far_from_the_texts_places_is_no_province_of_papua_new_guinea():
    m = _reading("A Danish frigate left Frederikshavn for the Gulf on Monday to escort tankers out of Kuwait.",
                 "Gulf")
    assert m["lat"] is None and m["country"] is None
    assert "water body's or landform's word alone" in m["why"]


def test_the_gulf_among_places_of_papua_new_guinea_is_its_province():
    m = _reading("Police moved from Port Moresby to the Gulf after clashes near Kerema.", "Gulf")
    assert m["country"] == "PG" and m["lat"] is not None

