"""The tagger's lexicon read from a mapped trie answers as the dict of the wheel's words."""

import importlib.util
import random
from pathlib import Path

import pytest

from geomove.read import syntax

pytestmark = pytest.mark.skipif(importlib.util.find_spec("textblob") is None, reason="no tagger installed")

OWN_SENTENCES = [
    "Two battalions moved quickly to the border on Monday to reinforce the garrison.",
    "The convoy, which had left Aleppo at dawn, reached the outskirts of Homs late that night.",
    "Officials said the troops would not withdraw until talks resumed in Geneva next week.",
    "Flights carrying paratroopers landed at the airfield; the rest drove north overland.",
]


def _lexicon_path() -> Path:
    spec = importlib.util.find_spec("textblob")
    return Path(list(spec.submodule_search_locations)[0]) / "en" / "en-lexicon.txt"


def test_every_word_and_some_others_get_the_dicts_answer(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    words = syntax._lexicon_words(_lexicon_path())
    built = syntax._tag_store(_lexicon_path())  # written to the cache
    mapped = syntax._tag_store(_lexicon_path())  # read back, mapped
    assert len(list(tmp_path.rglob("*.marisa"))) == 1
    rng = random.Random(7)
    others = ["", "Xq", "moved ", "Ünïcode", "the\x00", "\x00", "\ud800", "a\udfff"] + ["".join(rng.choices("abcdeHST'-.", k=rng.randint(1, 7)))
                                                         for _ in range(2000)]
    for store in (built, mapped):
        assert store is not None
        assert all(store.get(w) == tag for w, tag in words.items())
        assert [store.get(w, "?") for w in others] == [words.get(w, "?") for w in others]


def test_the_parser_tags_as_with_the_dict(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    syntax._pattern.cache_clear()
    try:
        parser = syntax._pattern()
        assert dict.__len__(parser.lexicon) == 0  # nothing loaded: the trie answers
        plain = type(parser)(lexicon=dict(syntax._lexicon_words(_lexicon_path())), default=parser.default,
                             language="en")
        for sentence in OWN_SENTENCES:
            tokens = [m.group() for m in syntax._TOKEN.finditer(sentence)]
            assert parser.find_tags(list(tokens)) == plain.find_tags(list(tokens))
        assert dict.__len__(parser.lexicon) == 0
        assert len(parser.lexicon) > 90_000  # any other method reads the dict in full
        tokens = [m.group() for m in syntax._TOKEN.finditer(OWN_SENTENCES[0])]
        assert parser.find_tags(list(tokens)) == plain.find_tags(list(tokens))
    finally:
        syntax._pattern.cache_clear()


def test_a_damaged_tags_file_is_written_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert syntax._tag_store(_lexicon_path()) is not None
    (tags,) = tmp_path.rglob("*.tags")
    tags.write_bytes(b"not marshal")
    store = syntax._tag_store(_lexicon_path())
    assert store is not None and store.get("troops") == syntax._lexicon_words(_lexicon_path())["troops"]
