"""Session 41, the lead's changes."""

import re

from geomove.read.window_start import opens_in_window

_OPENER = re.compile(r"(?:\A|(?<=[\n.!?]))\s*(?:latest|news)\s+$", re.I)


def test_an_opener_counts_at_the_text_s_start_and_after_a_boundary():
    assert opens_in_window(_OPENER, "Latest from Gao: ...", 7, 50, "\n.!?")
    text = "Troops left Mopti. News from Gao: ..."
    assert opens_in_window(_OPENER, text, text.index("from"), 50, "\n.!?")


def test_a_window_that_opens_mid_sentence_is_no_sentence_start():
    text = "The minister said the daily news from Gao: ..."
    at = text.index("from")
    # the window starts at 'news', in the sentence's middle: it opens nothing
    assert not opens_in_window(_OPENER, text, at, 5, "\n.!?")
    # the same words after a boundary character just before the window do open a sentence
    text2 = "They left.News from Gao: ..."
    assert opens_in_window(_OPENER, text2, text2.index("from"), 5, "\n.!?")
