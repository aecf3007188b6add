"""tidy51 (session 33): ByStart.first_between, the one bisection the passes that list a word's
matches once per text ask of each clause (read.replaced_from, replaced_by_unit, another_on_day)."""

from hypothesis import given
from hypothesis import strategies as st

from geomove.read.by_start import ByStart


def start(x):
    return x[0]


@given(st.lists(st.integers(0, 60), max_size=30), st.booleans(), st.integers(-5, 70), st.integers(-5, 70))
def test_first_between_is_the_first_item_between(starts, keep_order, lo, hi):
    items = [(a, n) for n, a in enumerate(sorted(starts) if keep_order else starts)]
    kept = ByStart(items, start)
    between = kept.between(lo, hi)
    assert kept.first_between(lo, hi) == (between[0] if between else None)


def test_first_between_finds_a_word_of_a_sentence_and_none_past_it():
    import re

    text = "Troops left Kherson. They were replaced by the 35th Brigade. Calm returned."
    words = ByStart(list(re.finditer("replaced", text)), lambda m: m.start())
    first, second = (m.start() for m in re.finditer(r"(?<=\. )", text))
    assert words.first_between(first, second).group(0) == "replaced"
    assert words.first_between(0, first) is None and words.first_between(second, len(text)) is None
