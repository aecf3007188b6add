"""Curated rows of session 12 (coordinator): a Rakhine port, a Cabo Delgado town that shares
its name with a better-known city, and three Spratly features. Sentences are our own."""

import pytest

from geomove.mentions import find_mentions


def _first(text, surface, gazetteer):
    return next(m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface)


@pytest.mark.parametrize("text, surface, row", [
    ("The Arakan Army pushed toward Sittwe and Kyaukphyu on Monday.", "Kyaukphyu", "curated:kyaukpyu"),
    ("Government boats left Kyaukpyu for Ramree on Monday.", "Kyaukpyu", "curated:kyaukpyu"),
    ("Chinese ships massed at Whitsun Reef on Sunday.", "Whitsun Reef", "curated:whitsun-reef"),
    ("A cutter anchored at Escoda Shoal for a month.", "Escoda Shoal", "curated:sabina-shoal"),
    ("A patrol plane flew from Puerto Princesa to Pag-asa Island.", "Pag-asa Island", "curated:thitu-island"),
    ("Dutch tanks arrived in Rukla from Bergen on Monday.", "Rukla", "curated:rukla"),
])
def test_new_rows_are_found_in_text(gazetteer, text, surface, row):
    assert _first(text, surface, gazetteer)["gazetteer_id"] == row


def test_palma_in_a_mozambican_text_is_the_cabo_delgado_town(gazetteer):
    text = "Rwandan troops advanced from Mocímboa da Praia to Palma and Macomia on Friday."
    assert _first(text, "Palma", gazetteer)["gazetteer_id"] == "curated:palma-mozambique"


def test_a_bare_palma_stays_the_better_known_city(gazetteer):
    # the Cabo Delgado row is less important than Palma de Mallorca: no context, no Mozambique
    assert _first("Police detained two men in Palma on Monday.", "Palma", gazetteer)["country"] == "ES"
    assert _first("Ferries sailed from Barcelona to Palma.", "Palma", gazetteer)["country"] == "ES"


def test_the_weather_agency_is_no_island(gazetteer):
    # 'Pag-asa Island' is a name; the bare word (and the agency PAGASA) is not one of it
    ms = find_mentions("PAGASA warned of heavy rain over Luzon.", gazetteer=gazetteer)
    assert all(m.get("gazetteer_id") != "curated:thitu-island" for m in ms)


def test_philippine_is_a_demonym_of_the_philippines(gazetteer):
    # 'Philippine police' names the country as 'Filipino' does: a San Jose there, not in California
    ms = find_mentions("Philippine police sent 200 officers to San Jose on Monday.", gazetteer=gazetteer)
    got = {m["surface"]: m for m in ms}
    assert got["Philippine"]["country"] == "PH" and got["San Jose"]["country"] == "PH"
    # ... and the sea named after the islands stays a sea
    ms = find_mentions("Chinese ships entered the Philippine Sea on Monday.", gazetteer=gazetteer)
    assert [m["name"] for m in ms if m["role"] == "place"] == ["Philippine Sea"]


@pytest.mark.parametrize("text, surface, row", [
    ("SDF fighters withdrew from Sheikh Maqsoud to Tabqa on Monday.", "Sheikh Maqsoud", "curated:sheikh-maqsoud"),
    ("Indonesian marines sailed from Surabaya to Lombok.", "Lombok", "curated:lombok-island"),
    ("Chinese ships massed near Thitu on Monday.", "Thitu", "curated:thitu-island"),
])
def test_rows_added_at_the_end_of_session_12(gazetteer, text, surface, row):
    # Sheikh Maqsoud needs places23's rule (a 'Sheikh X' the gazetteer knows whole is a place);
    # 'Lombok' was read as Lompoc (California) by geocode, 'Thitu' as Titu (Romania)
    assert _first(text, surface, gazetteer)["gazetteer_id"] == row
