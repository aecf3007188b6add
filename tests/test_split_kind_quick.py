"""The quick kind split (no regex for names without a kind word) answers as the regex does."""

from hypothesis import given, settings, strategies as st

from geomove.gazetteer import KIND_WORDS, _split_kind_quick, split_kind
from geomove.mentions.similarity import _core_name_cached

WORDS = sorted({w for phrase in KIND_WORDS for w in phrase.split()}) + [
    "of", "Aleppo", "Kafr", "al-Bab", "Basel", "Fieldston", "Gateway", "Ortsstaat", "Ağrı", "ſtate", "K"]
SEPARATORS = [" ", "  ", "\t", "\x1c", "-", ", ", " (", "/", ""]


@st.composite
def names(draw):
    words = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=5))
    out = draw(st.sampled_from(["", " "]))
    for w in words:
        w = draw(st.sampled_from([w, w.upper(), w.title(), w.lower()]))
        out += w + draw(st.sampled_from(SEPARATORS))
    return out


def _outcome(func, *args):
    """The answer, or the kind of error raised (neither should raise; if one did, the other
    must raise the same)."""
    try:
        return func(*args)
    except Exception as err:  # noqa: BLE001
        return type(err)


@settings(max_examples=600, deadline=None)
@given(names())
def test_quick_split_is_the_regex_split(name):
    assert _outcome(_split_kind_quick, name) == _outcome(split_kind, name)


@settings(max_examples=600, deadline=None)
@given(names())
def test_core_name_is_the_same_with_either_split(name):
    _core_name_cached.cache_clear()
    quick = _outcome(_core_name_cached, _split_kind_quick, name)
    _core_name_cached.cache_clear()
    # (a split_kind it does not know: always asked)
    assert quick == _outcome(_core_name_cached, lambda n: split_kind(n), name)


def test_names_with_kind_words_still_split():
    assert _split_kind_quick("al-Waleed border crossing") == ("al-Waleed", "crossing")
    assert _split_kind_quick("Governorate of Aleppo") == ("Aleppo", "admin1")
    assert _split_kind_quick("Kharkiv Oblast ") == ("Kharkiv", "admin1")
    assert _split_kind_quick("  Aleppo ") == ("Aleppo", None)


def test_a_kind_word_with_a_letter_only_ignorecase_folds_is_no_crash():
    # 'ſ' (long s) matches 's' under IGNORECASE but lower() keeps it: once a KeyError out of
    # every reader of such a text
    assert split_kind("air ſtate") == ("air", "admin1")
    assert _split_kind_quick("Aleppo ſtate") == ("Aleppo", "admin1")
