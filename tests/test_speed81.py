"""Session 42 (speed81): the reading wing of `extract` made cheaper with the same answers.

- layout._LONG_RUN ("\\s\\s{32,}") finds the runs "\\s{33,}" found, on random texts of every kind
  of white space; squeeze remembers the last report it found nothing in, and answers for it as
  it answered the first time (a report it squeezes is squeezed again each time).
"""

import random
import re

from geomove import layout
from geomove.layout import KEEP, squeeze

# white space of every kind \s knows (ASCII, the C1 next line, no-break and Unicode spaces),
# and some that are none ("\u200b", the zero-width space), between words and marks
_PIECES = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u3000",
           "\u200b", "a", "Kharkiv", ".", "&amp;", "\u00ad"]


def _random_text(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 12)):
        piece = rng.choice(_PIECES)
        parts.append(piece * (rng.randint(1, 50) if piece.isspace() or piece == "\u200b" else 1))
    return "".join(parts)


def test_long_run_finds_what_the_plain_repeat_finds():
    plain = re.compile(r"\s{%d,}" % (KEEP + 1))
    rng = random.Random(81)
    for _ in range(3000):
        text = _random_text(rng)
        assert [m.span() for m in layout._LONG_RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], repr(text)


def test_a_report_asked_again_is_answered_as_the_first_time():
    rng = random.Random(42)
    for _ in range(500):
        text = _random_text(rng)
        first = squeeze(text)
        again = squeeze(text)
        copy = "".join(list(text))  # (an equal string, another object)
        if first is None:
            assert again is None and squeeze(copy) is None
        else:
            assert again is not None and (again.text, again.cuts, again.removed) == (first.text, first.cuts, first.removed)
            assert squeeze(copy).text == first.text


def test_a_plain_report_kept_does_not_hide_a_run_in_the_next():
    plain = "Troops moved from Kupiansk to Izium."
    assert squeeze(plain) is None and squeeze(plain) is None
    spaced = "Troops moved" + " " * 40 + "from Kupiansk."
    sq = squeeze(spaced)
    assert sq is not None and len(sq.text) == len(spaced) - (40 - KEEP)
    assert squeeze(plain) is None
