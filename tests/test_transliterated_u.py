"""The vowel u spelled 'ou' (French and English transliteration of Arabic names) against a
spelling with 'u': 'Menoufia' is the governorate GeoNames calls Al Minūfīyah (also 'Monufia').
Both spellings share the name key; the mention finder's spelling similarity now compares them
with 'ou' as one letter, inside a word only. The sentences below were written for these tests."""

from geomove.mentions import find_mentions
from geomove.mentions.similarity import plain_spelling_similarity


def test_ou_and_u_inside_a_word_are_one_vowel():
    assert plain_spelling_similarity("menoufia", "monufia") >= 0.85
    # the spellings alone, without the fold, are not close enough for the finder (0.85)
    assert plain_spelling_similarity("menaafia", "monufia") < 0.85


def test_a_word_ou_is_not_folded():
    # 'ou' as a word of its own (a syllable of a transcribed name) stays two letters
    assert plain_spelling_similarity("mung ou", "monaco") < 0.85
    assert plain_spelling_similarity("toulouse", "toulouse") == 1.0


def test_a_governorate_spelled_with_ou_is_read(gazetteer):
    text = "Farmers in Menoufia lost whole flocks to the virus this spring."
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert found["Menoufia"]["country"] == "EG" and found["Menoufia"]["kind"] == "admin1"
