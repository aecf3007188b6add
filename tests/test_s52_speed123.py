"""Session 52 (speed123): the cheaper reading of read150's relative clause with an object of its
own gives what the whole pattern's search gave."""

from hypothesis import given, settings, strategies as st

from geomove.read import relative_own_object as roo

_WORDS = st.sampled_from(["pilots", "The", "six", "sailors", "that", "who", "had", "has", "have",
                          "earlier", "already", "said", "Lille's", "jets", "x-ray", "Kenya", "9"])
_GAPS = st.sampled_from([" ", "  ", ", ", "\n", " \t", ". ", "-", ""])


def _old(before: str):
    rel = roo._ANTECEDENT_THEN_RELATIVE.search(before)
    return None if rel is None else (rel.group("np"), rel.end("np"))


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=14), st.sampled_from(["", " ", "  ", "\n"]))
def test_antecedent_then_relative_as_the_whole_pattern(parts, tail):
    before = "".join(w + g for w, g in parts) + tail
    assert roo._antecedent_then_relative(before) == _old(before)


def test_antecedent_then_relative_examples():
    assert roo._antecedent_then_relative("Six pilots that ") == ("Six pilots", 10)
    assert roo._antecedent_then_relative("one two three four five six seven eight nine who had ") \
        == ("two three four five six seven eight nine", 44)
    assert roo._antecedent_then_relative("the pilots, who ") is None
    assert roo._antecedent_then_relative("pilots that flew") is None
