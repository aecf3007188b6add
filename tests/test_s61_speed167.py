"""speed167: finder._lower_case_words by one pass of comparisons over the distinct spellings.

s61start sorted the spellings and took the words opening with a-z as one slice between two
bisections, testing only those opening past ASCII one by one; speed167 asks each distinct spelling
two comparisons ("a" <= word < "{") or, past ASCII, its first character. The s61start way is kept
here as the reference: the same sets for our own sentences, texts in other scripts, and any list
of spellings (the function is also given token texts directly)."""

import bisect
import itertools
import operator

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove.mentions.finder import _lower_case_words
from geomove.textutil import tokenize_with_texts


def _by_the_sort(texts):
    """s61start's _lower_case_words (speed161), written out."""
    spellings = sorted(set(texts))
    out = set(spellings[bisect.bisect_left(spellings, "a"):bisect.bisect_left(spellings, "{")])
    past_ascii = spellings[bisect.bisect_left(spellings, "\x80"):]
    firsts = [word[:1] for word in past_ascii]
    out.update(itertools.compress(past_ascii, map(operator.and_, map(str.islower, firsts), map(str.isalpha, firsts))))
    return out


OWN_TEXTS = [
    "Convoys crossed the river near the old mill; the bridge at Orchard Point held.",
    "yesterday's patrol met {braces}, |pipes| and ~tildes~ before zero hour.",
    "Подразделения отошли к реке, затем вернулись в город Курск.",
    "القوات انسحبت من المدينة نحو الحدود الشمالية",
    "Ωmega and ωmega, Ärzte and ärzte, ǅ and ǆ, ª and º, µ, ⓐ.",
    "\x7f\x80 \u00a0 {a} z{ `b` ^c_",
]


def test_own_texts_give_the_sort_s_words():
    for text in OWN_TEXTS:
        toks, texts = tokenize_with_texts(text)
        assert _lower_case_words(toks, texts) == _by_the_sort(texts), text
        assert _lower_case_words(toks) == _by_the_sort(texts), text


def test_the_bounds_of_the_ascii_range():
    # "`" sorts right before "a", "{" right after "z": both stay out, "a" and "z..." are in
    assert _lower_case_words(None, ["`", "a", "z", "zz{", "{", "{a", "A", "Z", "\x7f", "ª", "é"]) == {"a", "z", "zz{", "ª", "é"}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(max_size=6), max_size=40))
@example([""])
@example(["{", "`", "\x80", "\x7f"])
def test_any_list_of_spellings_gives_the_sort_s_words(texts):
    assert _lower_case_words(None, texts) == _by_the_sort(texts)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_the_sort_s_words(text):
    toks, texts = tokenize_with_texts(text)
    assert _lower_case_words(toks, texts) == _by_the_sort(texts)
