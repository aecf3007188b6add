"""Speed work gives the same answers: each shortcut against the plain computation it replaces."""

import pytest

from geomove.names import light_key

NAMES = ["Springfield", "San Jose", "Aleppo", "Hama", "Alexandria", "Al Hasakah", "Georgetown", "Victoria"]


def test_the_index_keeps_each_spellings_light_key(gazetteer):
    from geomove.names import name_key

    checked = 0
    for name in NAMES:
        rows = gazetteer.db.execute("SELECT variants, light FROM names WHERE key = ?", (name_key(name),)).fetchall()
        assert rows, name
        for variants, light in rows:
            assert light.split("|") == [light_key(v) for v in variants.split("|")]
            checked += 1
    assert checked > 50  # common names: many places, many spellings


def test_an_index_without_light_keys_ranks_the_same(gazetteer):
    """An index of an older build has no light column: the reader folds the spellings itself."""
    from geomove.gazetteer import _LOOKUP_SQL, Gazetteer

    older = Gazetteer(gazetteer.path)
    older._lookup_sql = _LOOKUP_SQL
    for name in NAMES:
        assert older.candidates(name, limit=50) == gazetteer.candidates(name, limit=50)


@pytest.mark.parametrize("limit", [1, 3, 40, 1000])
def test_keep_is_the_returned_list_filtered(gazetteer, limit):
    def keep(c):  # a test of names and kinds only, as the contract says
        return c["kind"] in ("city", "town", "village") and c["matched_name"][:2] == c["name"][:2]

    for name in NAMES:
        full = gazetteer.candidates(name, limit=limit, fuzzy=False)
        assert gazetteer.candidates(name, limit=limit, fuzzy=False, keep=keep) == [c for c in full if keep(c)]


def test_places_leave_the_gazetteer_with_their_raw_row_decoded(gazetteer):
    for name in NAMES:
        for place in gazetteer.candidates(name, limit=50) + gazetteer.lookup(name):
            assert isinstance(place["raw"], dict)
    assert any(place["raw"] for place in gazetteer.lookup("Springfield"))


def test_tokens_are_the_dataclass_built_the_plain_way():
    import dataclasses

    from geomove.textutil import Token, tokenize

    text = "Gen. Smith's brigade left al-Hasakah at 0400.\nU.S. trucks reached Deir ez-Zor; 40 km north."
    tokens = tokenize(text)
    assert [t.text for t in tokens][:4] == ["Gen", ".", "Smith", "'"]
    for t in tokens:
        plain = Token(t.start, t.end, t.text, t.sentence, t.first_in_sentence)
        assert t == plain and hash(t) == hash(plain) and repr(t) == repr(plain)
        assert dataclasses.astuple(t) == dataclasses.astuple(plain)
        with pytest.raises(dataclasses.FrozenInstanceError):
            t.start = 0
    assert [t.first_in_sentence for t in tokens].count(True) == 2
