"""Far readings on thin evidence keep no point (mentions.guards): 'the Gulf', 'the Cape' (a water
body's or landform's word alone after 'the') read as a lesser place bearing the word, and a name
written with its article found only as a place never spelled with it, far from every other place
of the text and in none of their countries."""

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



def test_a_name_found_only_without_its_article_far_away_keeps_no_point():
    # (mentions.guards._article_dropped_far: 'El Amatillo' is no Mexican 'Amatillo' in a text
    # of Honduras and El Salvador; 'al-Bab' beside Azaz stays the town)
    m = _reading("Honduran soldiers were deployed from Tegucigalpa to El Amatillo on the border with "
                 "El Salvador.", "El Amatillo")
    assert m["lat"] is None and "without the article" in m["why"]
    m = _reading("Turkish troops moved from Azaz to al-Bab on Monday.", "al-Bab")
    assert m["country"] == "SY" and m["lat"] is not None
