"""A generic head word of a compound Arabic name the index lacks ("Bab al-Tabbaneh", a quarter of
Tripoli, Lebanon) names no place alone; a name the index holds whole, or a head that is a town's
own name (Brak of "Brak al-Shati"), keeps its reading. The sentences are our own."""

import pytest

from geomove.mentions import places
from geomove.mentions.article_tails import compound_heads


def _surfaces(text, gazetteer):
    return {m["surface"]: m for m in places(text, gazetteer=gazetteer)}


def test_a_generic_head_alone_is_no_place(gazetteer):
    found = _surfaces("Lebanese soldiers deployed in Tripoli after clashes in Bab al-Tabbaneh.", gazetteer)
    assert "Bab" not in found or found["Bab"].get("lat") is None
    assert found["Tripoli"]["country"] == "LB"


@pytest.mark.parametrize("text, surface, country", [
    ("Turkish troops crossed at Bab al-Hawa into Idlib.", "Bab al-Hawa", "SY"),   # the whole name is known
    ("Troops drove south toward Brak al-Shati.", "Brak", "LY"),                   # a town's own name, no generic head
    ("Rebels pushed on from Bab to Manbij on Monday.", "Bab", "SY"),              # no tail after it
])
def test_what_keeps_its_reading(gazetteer, text, surface, country):
    assert _surfaces(text, gazetteer)[surface]["country"] == country


def test_only_place_words_right_before_an_article_led_word():
    text = "Bab al-Tabbaneh, Bab, al-Bab and Wadi el-Nil"
    mentions = [{"surface": w, "role": "place", "start": text.index(w), "end": text.index(w) + len(w)}
                for w in ("Bab", "Wadi")]
    mentions.append({"surface": "Bab", "role": "place", "start": 17, "end": 20})  # "Bab," (a comma after it)
    assert [m["start"] for m in compound_heads(text, mentions)] == [0, text.index("Wadi")]
