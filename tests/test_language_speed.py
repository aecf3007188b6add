"""The language check's quicker paths give its answers: the common English words kept in the
cache folder read back as wordfreq gave them; an ASCII text's words are found by a plain class."""

import json

import pytest
from hypothesis import given, settings, strategies as st

from geomove.io import language


def test_the_kept_common_words_read_back_exactly(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._english_common.cache_clear()
    try:
        built = dict(language._english_common())  # worked out from wordfreq and stored
        language._english_common.cache_clear()
        read = language._english_common()  # read from the stored file
        assert read == built == language.english_common_words()
        assert len(read) > 20_000 and read["the"] > 7.0
        stored = json.loads(next(tmp_path.glob("**/english-common-*.json")).read_text(encoding="utf-8"))
        assert len(stored) < len(read) / 20  # grouped by value, not one entry a word
    finally:
        language._english_common.cache_clear()


def test_a_damaged_file_is_worked_out_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    language._english_common.cache_clear()
    try:
        language._english_common()
        path = next(tmp_path.glob("**/english-common-*.json"))
        for damaged in ('{"3.5": 7}', '{"x": "the"}', '[1, 2]', '{"3.5": "the'):
            path.write_text(damaged, encoding="utf-8")
            language._english_common.cache_clear()
            assert language._english_common() == language.english_common_words()
    finally:
        language._english_common.cache_clear()


def test_grouping_round_trips():
    words = {"the": 7.73, "summer": 5.01, "convoy": 3.82, "brigade": 3.82}
    assert language._ungrouped(json.loads(json.dumps(language._grouped(words)))) == words


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_an_ascii_text_gives_the_words_the_unicode_class_finds(text):
    # (the lower-case ones: the ASCII pattern finds only the words the sample keeps)
    assert language._LOWER_WORD_ASCII.findall(text) == [w for w in language._WORD.findall(text)
                                                         if not w[:1].isupper()]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_the_letters_only_text_gives_the_look_behind_s_words(text):
    # (speed157: the words after a space in the text's letters are those the look-behind finds)
    assert language._lower_words_of_ascii(text) == language._LOWER_WORD_ASCII.findall(text)


@pytest.mark.parametrize("text", ["", "a", "ab", "Ab cd", "3rd_brigade x9yz", "eBay's iPhone-maker", "x\x7fyz\x1fab",
                                  "end."])
def test_the_letters_only_text_at_the_edges(text):
    assert language._lower_words_of_ascii(text) == language._LOWER_WORD_ASCII.findall(text)


def test_words_of_ascii_and_other_texts():
    assert language._words("Troops of the 3rd_brigade left Homs at 0400, x y") == ["of", "the", "rd", "brigade", "left",
                                                                                  "at"]
    assert language._words("“Troops” left the café in Homs") == ["left", "the", "café", "in"]  # not ASCII


def test_the_batch_check_still_names_a_language(monkeypatch):
    english = "the convoy left the town in the morning and the soldiers went back to their base after the talks"
    russian = ("колонна военной техники вышла из города утром и солдаты вернулись на базу после "
               "переговоров сказал представитель министерства")
    assert language.report_language(english) is None
    assert language.report_language(russian) == "Russian"


def test_the_installed_version_is_importlib_metadatas(tmp_path):
    """wordfreq's version (the common-word file's key) read from its dist-info folder's name,
    without importing importlib.metadata; a folder with none or two asks importlib.metadata."""
    import importlib.metadata
    import importlib.util
    from pathlib import Path

    from geomove.io.language import _installed_version
    site = Path(importlib.util.find_spec("wordfreq").origin).parent.parent
    for name in ("wordfreq", "rapidfuzz", "click"):
        assert _installed_version(site, name) == importlib.metadata.version(name)
    (tmp_path / "wordfreq-1.0.dist-info").mkdir()
    assert _installed_version(tmp_path, "wordfreq") == "1.0"
    (tmp_path / "wordfreq-2.0.dist-info").mkdir()
    assert _installed_version(tmp_path, "wordfreq") == importlib.metadata.version("wordfreq")
    assert _installed_version(tmp_path / "missing", "wordfreq") == importlib.metadata.version("wordfreq")
