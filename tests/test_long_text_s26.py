"""Session 26: a long text's sections no longer pay more than their length for two passes.

- mentions.article_tails asked the word right before every article-led name ('Brak| al-Shati')
  by a search of all the text before it; it now searches a window before the name and the whole
  text only when the word runs past the window: the same word."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions.article_tails import WORD_WINDOW, _name_right_before, _word_ending_at


def _word_before_as_searched_before(text: str, end: int) -> str:
    """The search this replaces: everything before ``end``."""
    word = re.search(r"[\w'’]+$", text[:end])
    return word.group() if word is not None and word.end() == end else ""


_ALPHABET = st.sampled_from(list("ab' ’\nZé-,") + ["x" * WORD_WINDOW, "Brak", " al-Shati"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=12), st.integers(min_value=0, max_value=400))
def test_the_word_before_a_name_is_the_one_the_whole_text_search_found(parts, cut):
    text = "".join(parts)
    end = min(cut, len(text))
    assert _word_ending_at(text, end) == _word_before_as_searched_before(text, end)


def test_a_word_longer_than_the_window_is_read_whole():
    head = "Q" + "q" * (3 * WORD_WINDOW)
    text = f"Troops drove to {head} al-Shati."
    start = text.index("al-Shati")
    assert _word_ending_at(text, start - 1) == head
    assert _name_right_before(text, start)  # capitalised, no everyday word


def test_a_tail_after_a_comma_or_a_lower_case_word_is_no_compound():
    text = "Fighters left Aleppo, al-Bab and then near al-Tanf."
    assert not _name_right_before(text, text.index("al-Bab"))
    assert not _name_right_before(text, text.index("al-Tanf"))

