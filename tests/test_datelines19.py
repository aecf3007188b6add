"""Wire datelines (places19): 'GOMA, Democratic Republic of Congo (Reuters) -', 'MOGADISHU, Nov 18
(Reuters) -'. The dateline place is found, with role 'dateline', and is context for the text's
namesakes; it is where the report was written, so never the origin or destination of a movement.
The sentences were written for these tests."""

import pytest

from geomove.mentions import find_mentions
from geomove.movements import extract


def _by_surface(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


@pytest.mark.parametrize("text, surface, country", [
    ("GOMA, Democratic Republic of Congo (Reuters) - M23 rebels seized Sake on Monday.", "GOMA", "CD"),
    ("MOGADISHU, Nov 18 (Reuters) - Al Shabaab fighters withdrew from Jilib on Monday.", "MOGADISHU", "SO"),
    ("BENI, Congo, Nov 18 (Reuters) - Gunmen killed ten people overnight, officials said.", "BENI", "CD"),
    ("SAN JOSE, Costa Rica, Nov 18 (Reuters) - Police seized a boat off Limon.", "SAN JOSE", "CR"),
])
def test_the_dateline_place_is_found(gazetteer, text, surface, country):
    m = _by_surface(text, gazetteer)[surface]
    assert m["role"] == "dateline" and m["country"] == country, m


def test_the_dateline_is_context_for_a_namesake(gazetteer):
    # without it, a bare 'Beni' is Bolivia's province; written from Goma, the Congolese town
    # (with no group named: 'M23 rebels' alone places a text in Congo too, mentions.group_homes)
    alone = _by_surface("Rebels advanced towards Beni on Monday.", gazetteer)["Beni"]
    assert alone["country"] == "BO"
    dated = _by_surface("GOMA (Reuters) - Rebels advanced towards Beni on Monday.", gazetteer)["Beni"]
    assert dated["country"] == "CD"


@pytest.mark.parametrize("text, dateline", [
    ("GOMA, Democratic Republic of Congo (Reuters) - M23 rebels advanced towards Beni on Monday.", "Goma"),
    ("MOGADISHU, Nov 18 (Reuters) - Troops left for Kismayo on Monday.", "Mogadishu"),
    ("MOGADISHU, Nov 18 (Reuters) - Hundreds of Ugandan soldiers arrived on Monday.", "Mogadishu"),
    ("MOGADISHU, Nov 18 (Reuters) - Al Shabaab fighters withdrew from Jilib towards Bualle on Monday.",
     "Mogadishu"),
    ("KYIV, Nov 18 (Reuters) - Ukrainian forces withdrew from the town, the army said.", "Kyiv"),
    ("BAMAKO, Nov 18 (Reuters) - A convoy of Russian mercenaries reached the town on Monday.", "Bamako"),
])
def test_the_dateline_is_never_a_movement_end(gazetteer, text, dateline):
    for move in extract(text, gazetteer=gazetteer, published="2024-11-18"):
        p = move["properties"]
        for end in (p.get("origin"), p.get("destination")):
            assert not end or end.get("name") != dateline, p
