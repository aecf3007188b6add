"""Session 41, the lead's changes."""

import re

from geomove.read.window_start import opens_in_window

_OPENER = re.compile(r"(?:\A|(?<=[\n.!?]))\s*(?:latest|news)\s+$", re.I)


def test_an_opener_counts_at_the_text_s_start_and_after_a_boundary():
    assert opens_in_window(_OPENER, "Latest from Gao: ...", 7, 50, "\n.!?")
    text = "Troops left Mopti. News from Gao: ..."
    assert opens_in_window(_OPENER, text, text.index("from"), 50, "\n.!?")


def test_a_window_that_opens_mid_sentence_is_no_sentence_start():
    text = "The minister said the daily news from Gao: ..."
    at = text.index("from")
    # the window starts at 'news', in the sentence's middle: it opens nothing
    assert not opens_in_window(_OPENER, text, at, 5, "\n.!?")
    # the same words after a boundary character just before the window do open a sentence
    text2 = "They left.News from Gao: ..."
    assert opens_in_window(_OPENER, text2, text2.index("from"), 5, "\n.!?")


def _reading(text: str, surface: str, gazetteer) -> dict:
    from geomove.mentions import find_mentions
    found = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface]
    assert found, surface
    return found[-1]


def test_a_far_village_in_a_story_of_two_neighbouring_countries_keeps_no_point(gazetteer):
    # Iraq and Iran, Eritrea and Sudan, Kenya and Somalia each named as often as the other: no one
    # country has most of the text's places, but they lie within one theatre, and a village of the
    # name on another side of the world is a guess (guards._far_from_a_compact_theatre)
    for text, name in [
        ("Iraqi troops left Erbil for Sulaymaniyah. Iranian guards moved from Tehran to Piranshahr, "
         "and shelled hills near Amaji.", "Amaji"),
        ("Kenyan troops left Mandera for Wajir. Somali soldiers moved from Luuq to Dolow and then to a "
         "base near Inala.", "Inala"),
        # (Koya itself now reads Koy Sanjaq by its alias; Ukima stands for a village the index lacks)
        ("ERBIL - Iranian guards moved guns to the border near Piranshahr, officials in Tehran said. "
         "Iraqi border guards and Peshmerga left Erbil on Sunday. In 2022 the guards shelled camps "
         "around Ukima for days.", "Ukima"),
    ]:
        m = _reading(text, name, gazetteer)
        assert m["lat"] is None and "compact-theatre" in m["why"], (name, m)


def test_a_far_village_tied_to_its_own_country_keeps_its_point(gazetteer):
    # the near miss: the text names the village's country, so it is no stray namesake
    text = ("Iraqi troops left Erbil for Sulaymaniyah. Iranian guards moved from Tehran to Piranshahr. "
            "Their commander trained in Inala, Australia, years ago.")
    m = _reading(text, "Inala", gazetteer)
    assert m.get("country") == "AU", m


def test_the_other_party_of_an_accord_is_no_country_of_a_service():
    import datetime as dt
    from geomove.movements import extract
    text = ("In line with the agreement reached with the United States, the ministry said 1,000 elements "
            "of the Army were sent from Monterrey to Tijuana on Monday.")
    actors = [f["properties"]["actor"] for f in extract(text, published=dt.date(2026, 11, 26))]
    assert actors and all("United States" not in (a or "") for a in actors), actors
    # the sentence's own country still names the service (services.service_country)
    text = "In the Philippines, Navy ships sailed from Subic Bay to Palawan on Monday."
    actors = [f["properties"]["actor"] for f in extract(text, published=dt.date(2026, 11, 26))]
    assert actors == ["Navy (Philippines)"], actors


def test_a_base_written_with_its_designator_beside_a_town_of_many_namesakes(gazetteer):
    # 'Dover' names dozens of towns; 'Dover AFB' is the air base, not the English town inside an
    # organisation's name (candidates._service_name asks for the base first)
    m = _reading("The C-17 left Dover AFB on Monday.", "Dover AFB", gazetteer)
    assert m["role"] == "place" and m["country"] == "US", m


def test_landed_before_an_airfield_in_a_flight_log(gazetteer):
    # 'landed Ramstein 1205Z': the airfield, its 'at' left out (acceptance.support)
    m = _reading("RCH871 departed Dover AFB, landed Ramstein at 1205Z.", "Ramstein", gazetteer)
    assert m["role"] == "place" and m["country"] == "DE" and m.get("kind") in ("base", "airfield"), m
    # ... but 'landed' before a name of no airfield is a signing, no place
    from geomove.mentions import find_mentions
    found = find_mentions("The club landed Chelsea striker Smith on a loan deal.", gazetteer=gazetteer)
    assert not [x for x in found if x["surface"] == "Chelsea" and x["role"] == "place" and x.get("lat") is not None]
