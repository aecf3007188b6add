"""speed118 (session 52): the scan's first has_name of a span, from its key folded word by word.

``span_keys`` works out the name keys and plain forms of every span that opens at one word
of a run; ``RunScanner._span_has_name`` answers has_name from them. Wherever span_keys gives a
key and the span is ASCII, the key is ``name_key``'s and the form ``plain``'s, and the answer
``has_name``'s: on texts of our own, on texts hypothesis builds from words with diacritics,
hyphens, apostrophes and Arabic articles, and on every span of every run of the 380 dev
documents. The scan keeps the answers in the spelling facts as ``_has_name_kept`` did.
"""

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions.span_keys import span_keys
from geomove.names import name_key, plain
from geomove.textutil import tokenize_with_texts

# words of our own: place-like names, Arabic articles in every case, names with a hyphen or an
# apostrophe, abbreviations, diacritics, a possessive, digits, service designators
WORDS = ["Gao", "Kidal", "Mopti", "Al", "al", "El", "el", "As", "ash", "An", "an", "ad", "at", "Ras", "Sidr",
         "al-Qaim", "el-Oued", "Deir", "ez-Zor", "O'Brien", "D'Arcy", "Mung'ou", "Côte", "d'Ivoire", "São",
         "Tomé", "Ağrı", "Kraków", "Queen", "Anne", "'s", "’s", "St.", "St", "U.S.", "U.N.", "Mali's", "of",
         "the", "and", "Base", "NAS", "Naval", "Air", "Station", "AFB", "Sigonella", "Tall", "Tamr", "Abu",
         "Ghraib", "2024", "B-52", "Saxony-Anhalt", "Ilha", "do", "Sal", "`Ayn", "Rmelan", "Lake", "Chad"]
GAPS = [" ", "  ", "", "-", "'", "’", ". ", ", ", "_", "\t", "\u00a0", " - "]

OWN_TEXTS = [
    "Convoys left Deir ez-Zor for Abu Kamal and Al Qaim, then Ras as Sidr.",
    "Queen Anne's County and Martha's Vineyard; St. Marc, U.S. Naval Air Station Sigonella.",
    "The Côte d'Ivoire army reached São Tomé; Tall Tamr and Rmelan stayed quiet.",
    "An El Al flight to Al landed at NAS Whidbey Island and Andersen AFB.",
    "Mali's Gao-Kidal road, the Lake Chad region and O'Brien Street in Kraków.",
]


def _every_span(text: str):
    """(toks, run, k, n, surface) of every span of consecutive tokens of ``text`` (the scan's
    runs are such spans), up to six tokens."""
    toks, _texts = tokenize_with_texts(text)
    run = list(range(len(toks)))
    for k in range(len(run)):
        longest = min(6, len(run) - k)
        keys, plains = span_keys(toks, run, k, longest)
        for n in range(1, longest + 1):
            yield keys[n], plains[n], text[toks[run[k]].start:toks[run[k + n - 1]].end]


def _check_keys(text: str) -> tuple[int, int]:
    """Each key span_keys gives is name_key's and plain's; (keys given, spans)."""
    given_, spans = 0, 0
    for key, form, surface in _every_span(text):
        spans += 1
        if key is not None and surface.isascii():
            given_ += 1
            assert key == name_key(surface), (surface, key, name_key(surface))
            assert form == plain(surface), (surface, form, plain(surface))
    return given_, spans


def test_span_keys_are_name_key_s_on_our_texts():
    given_, spans = _check_keys(" ".join(OWN_TEXTS))
    assert spans > 400 and given_ > spans * 0.6  # (most spans are worked out by their words)


def test_what_span_keys_leaves_to_name_key():
    toks, _ = tokenize_with_texts("Queen Anne's County")
    keys, plains = span_keys(toks, list(range(len(toks))), 0, len(toks))
    assert keys[2] == name_key("Queen Anne")
    # "Anne" + "'" + "s" is one word, "annes": from the apostrophe written on, name_key is asked
    assert keys[3] is None and keys[4] is None and keys[5] is None
    toks, _ = tokenize_with_texts("Al Qaim")
    keys, plains = span_keys(toks, [0, 1], 0, 2)
    assert keys[1] is None  # (the article alone is its own key: name_key asked)
    assert keys[2] == name_key("Al Qaim") == name_key("Qaim") and plains[2] == "qaim"
    toks, _ = tokenize_with_texts("Kraków Gao")
    keys, _ = span_keys(toks, [0, 1], 0, 2)
    assert keys == [None, None, None]  # (not ASCII: name_key's transliteration)
    toks, _ = tokenize_with_texts("St. Marc")
    keys, plains = span_keys(toks, [0, 1, 2], 0, 3)
    assert keys[3] == name_key("St. Marc") and plains[3] == plain("St. Marc") == "st marc"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=9))
def test_span_keys_are_name_key_s_on_built_texts(parts):
    _check_keys("".join(w + gap for w, gap in parts))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="aAlLsS'`’-. éıİ_0", min_size=1, max_size=5), min_size=1, max_size=6))
def test_span_keys_are_name_key_s_on_odd_words(words):
    _check_keys(" ".join(words))


def _span_answers(finder, runs, maxn=6):
    """(the fast answer, has_name's) of every span of ``runs``, a span of two words or more."""
    toks, text = finder.toks, finder.text
    for run in runs:
        for k in range(len(run)):
            longest = min(maxn, len(run) - k)
            keys, plains = span_keys(toks, run, k, longest)
            for n in range(1, longest + 1):
                surface = text[toks[run[k]].start:toks[run[k + n - 1]].end]
                yield surface, finder._span_has_name(surface, keys[n], plains[n]), finder.has_name(surface)


def test_span_has_name_is_has_name_on_our_texts(gazetteer):
    from geomove.mentions import _Finder

    named = 0
    for text in OWN_TEXTS:
        f = _Finder(text, gazetteer)
        for surface, fast, slow in _span_answers(f, f.runs()):
            assert fast == slow, surface
            named += slow
    assert named >= 10


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=8))
def test_span_has_name_is_has_name_on_built_texts(gazetteer, parts):
    from geomove.mentions import _Finder

    f = _Finder("".join(w + gap for w, gap in parts), gazetteer)
    run = list(range(len(f.toks)))
    for surface, fast, slow in _span_answers(f, [run]):
        assert fast == slow, surface


def test_span_has_name_is_has_name_on_every_span_of_the_dev_documents(gazetteer):
    bench = Path(__file__).resolve().parent.parent / "benchmarks"
    sys.path.insert(0, str(bench))
    import devcorpora

    if not devcorpora.available():
        pytest.skip("dev corpora not present (../shared/eval or GEOMOVE_EVAL)")
    from geomove.mentions import _Finder

    docs = devcorpora.load()
    spans = by_words = 0
    for doc in docs:
        f = _Finder(doc["text"], gazetteer)
        for run in f.runs():
            for k in range(len(run)):
                longest = min(6, len(run) - k)
                keys, plains = span_keys(f.toks, run, k, longest)
                for n in range(1, longest + 1):
                    surface = f.text[f.toks[run[k]].start:f.toks[run[k + n - 1]].end]
                    spans += 1
                    if keys[n] is not None and surface.isascii():
                        by_words += 1
                        assert keys[n] == name_key(surface) and plains[n] == plain(surface), surface
                    assert f._span_has_name(surface, keys[n], plains[n]) == f.has_name(surface), surface
    assert len(docs) == 380 and spans > 25_000 and by_words > spans * 0.9


def test_the_scan_keeps_has_name_s_answers(gazetteer):
    """After a scan, every spelling in the kept has_name table is has_name's answer, the spans
    the scan met first among them."""
    from geomove.mentions import _Finder, find_mentions

    text = " ".join(OWN_TEXTS) + " Frobnitz Qwerty Zanzibar Harbour Authority met Gao Town Council."
    find_mentions(text, gazetteer=gazetteer)
    f = _Finder(text, gazetteer)
    kept = f._spelling_facts().has_name
    asked = [s for s in kept if " " in s]
    assert "Frobnitz Qwerty" in kept or "Frobnitz Qwerty Zanzibar" in kept
    assert len(asked) >= 10
    for surface in kept:
        assert kept[surface] == f.has_name(surface), surface
