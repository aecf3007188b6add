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
    older._key_rows = False  # (nor the key_rows blobs, which hold the light keys)
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


def test_tokens_are_those_built_the_plain_way():
    import copy
    import pickle

    from geomove.textutil import Token, tokenize

    text = "Gen. Smith's brigade left al-Hasakah at 0400.\nU.S. trucks reached Deir ez-Zor; 40 km north."
    tokens = tokenize(text)
    assert [t.text for t in tokens][:4] == ["Gen", ".", "Smith", "'"]
    for t in tokens:
        plain = Token.of(t.start, t.end, t.text, t.sentence, t.first_in_sentence)
        assert type(t) is Token and t == plain and hash(t) == hash(plain) and repr(t) == repr(plain)
        assert repr(t) == (f"Token(start={t.start!r}, end={t.end!r}, text={t.text!r}, "
                           f"sentence={t.sentence!r}, first_in_sentence={t.first_in_sentence!r})")
        assert copy.copy(t) == pickle.loads(pickle.dumps(t)) == t
        with pytest.raises(AttributeError):  # immutable, as the frozen dataclass was
            t.start = 0
        with pytest.raises(AttributeError):
            t.other = 0
        assert t.start == plain.start and t != Token.of(t.start, t.end, t.text, t.sentence + 1, t.first_in_sentence)
    assert [t.first_in_sentence for t in tokens].count(True) == 2


def test_english_zipf_answers_as_wordfreq_does_from_3_up(tmp_path, monkeypatch):
    import random
    import string

    from wordfreq import get_frequency_dict, zipf_frequency

    from geomove.io import language

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # a fresh cache file, built from wordfreq
    language._english_common.cache_clear()
    try:
        rng = random.Random(5)
        listed = list(get_frequency_dict("en"))
        words = rng.sample(listed[:60_000], 6000) + rng.sample(listed[60_000:], 3000)
        letters = string.ascii_letters + "éèüöñçÉÜå"
        words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
        parts = listed[:20_000] + ["qzx", "minya"]
        words += ["-".join(rng.choice(parts) for _ in range(2)) for _ in range(2000)]
        words += ["Summer", "SUMMER", "café", "naïve", "straße", "al-Minya", "o'leary", "i’ve", "Київ", "l'amour"]
        for word in words:
            z = zipf_frequency(word, "en")
            mine = language.english_zipf(word)
            assert [z >= t for t in (3.0, 4.0, 4.5)] == [mine >= t for t in (3.0, 4.0, 4.5)], word
            if z >= 3.0:
                assert mine == z, word
        assert list(tmp_path.glob("**/english-common-*.json"))  # kept for the next process
    finally:
        language._english_common.cache_clear()


def test_english_zipf_without_a_writable_cache_asks_wordfreq(tmp_path, monkeypatch):
    from wordfreq import zipf_frequency

    from geomove.io import language

    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # the cache folder cannot be made
    language._english_common.cache_clear()
    try:
        assert language._english_common() is None
        for word in ("the", "summer", "minya", "al-minya", "café"):
            assert language.english_zipf(word) == zipf_frequency(word, "en")
    finally:
        language._english_common.cache_clear()
