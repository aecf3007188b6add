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


# -- the report-wide searches gated by their words, and the retrospective's cue kept per report

from geomove.read import corrected_place, retrospective, spoken_correction  # noqa: E402
from geomove.read.gates import words_cover  # noqa: E402

# sentences of my own: each holds a match of one gated pattern, or words of its gate and no match
_OWN = [
    "Two frigates left Sevastopol, I mean Novorossiysk, on Tuesday.",
    "The battalion moved to Kherson... make that Mykolaiv, by rail.",
    "A tank company reached Avdiivka -- sorry, Ocheretyne -- before dawn.",
    "CORRECTION: the brigade went to Lyman, not Siversk.",
    "The column went to Lyman, not Siversk as we initially reported.",
    "The unit reached Tartus rather than Latakia, as this post erroneously stated earlier.",
    "The patrol returned to Manbij as was previously said by the command.",
    # (gate words, no match: the plain search is asked and finds nothing, as before)
    "Officials say the move was meant to make the border safer; it was first reported on Friday.",
    "Meanwhile the first convoy made it to Goma; the correctional facility there was emptied.",
    # (none of the words: not searched)
    "Troops moved from Kupiansk to Izium on Monday.",
]


def test_the_report_wide_gates_are_proven_from_their_patterns():
    assert words_cover(spoken_correction._ANY, spoken_correction._ANY_GATE.words)
    assert words_cover(corrected_place._AS_REPORTED, corrected_place._AS_REPORTED_GATE.words)


def test_gated_report_searches_equal_the_plain_ones():
    rng = random.Random(7)
    texts = list(_OWN)
    for _ in range(400):  # (sentences joined, cased and cut anywhere)
        text = " ".join(rng.sample(_OWN, rng.randint(1, 4)))
        text = text.upper() if rng.random() < 0.2 else text
        texts.append(text[rng.randint(0, 10):])
    found = 0
    for text in texts:
        for gate in (spoken_correction._ANY_GATE, corrected_place._AS_REPORTED_GATE):
            plain = gate.pattern.search(text)
            gated = gate.search(text)
            assert (plain and plain.span()) == (gated and gated.span()), (text, gate.words)
            found += plain is not None
        assert spoken_correction.has_spoken_correction(text) == (spoken_correction._ANY.search(text) is not None)
    assert found > 100  # (the texts do hold matches: the test can fail)


def test_looks_back_kept_answers_as_the_plain_function():
    plain = retrospective.looks_back.__wrapped__
    openings = ["Looking back: how NATO came to Kosovo\nIn 2004, KFOR flew troops to Pristina.",
                "Ten years since the withdrawal, the base at Camp Bondsteel stands empty.",
                "Troops moved from Kupiansk to Izium. They looked back at the town.",
                "The 25th anniversary of the landing was marked at Gallipoli.",
                "Two years ago troops left Kabul."]
    for text in openings * 3:
        kept, fresh = retrospective.looks_back(text), plain(text)
        assert (kept and kept.span()) == (fresh and fresh.span())
    assert retrospective.looks_back(openings[0]) is not None and retrospective.looks_back(openings[-1]) is None


def test_folded_lowers_as_the_table_does():
    from geomove.gates import _FOLD, folded
    rng = random.Random(3)
    letters = ["a", "I", "S", "K", "é", "É", "’", "“", "\u0130", "\u0131", "\u017f", "\u212a", "ß", "Σ", "ς", "\U0001f600", " "]
    for _ in range(3000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        assert folded(text) == text.translate(_FOLD).lower(), repr(text)
    assert folded("Ba\u0130da \u017fouth \u2019") == "baida south \u2019"
