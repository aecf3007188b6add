"""speed39: the scan stage's shortcuts give what the paths they skip give.

Each test compares a shortcut with the plain computation it replaced, on sentences written for
these tests and on random strings built from the characters the code reads.
"""

import functools
import itertools
import operator
import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import textutil
from geomove.textutil import Token, sentence_spans, tokenize

OWN_TEXTS = [
    "Gen. Tomasz Wrona's 12th brigade left Przemyśl at 0500. U.S. and Polish trucks reached Rzeszów!\n"
    "By noon the column had crossed the San river near Jarosław... Then it stopped?! \"Why?\" asked Mr. Kowal.",
    "“We moved south,” the officer said. ‘Nobody followed.’ (The convoy waited.) [It rained.]\n\n\n"
    "MARINES LAND AT PORT VICTORIA\nThe 3rd Battalion, 2.5 km east of St. Mary's, dug in on Sept. 4.",
    "Troops of the Kenya Defence Forces moved from Garissa to Dadaab — 100 km north-east — on Monday.\r\n"
    "Officials in Nairobi said the move was planned.\tNo one was hurt.\u00a0A second unit stayed in Wajir.",
    "The ferry left Île-d'Yeu for Saint-Gilles-Croix-de-Vie; ÉCOLE staff and Żołnierze from Gdańsk "
    "were aboard.  Ж. Petrov (aged 40) said: \"No.\"  İzmir's port was closed ۳ days.",
    "",
    "...",
    "\n\nA.\nB!\n",
]

# the sentence-end pattern as it was written before speed39 (each branch opening with its own
# character class: re tried the whole pattern at every character of the text)
_SENT_END_BEFORE = re.compile(r"[.!?](?<![.!?].)[.!?]*+[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[A-Z0-9])|\n++")


def _matches(pattern, text):
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


def test_the_sentence_ends_are_those_the_pattern_before_speed39_found():
    """_SENT_END_RE opens with one class, [.!?\\n], so re skips to such a character in C: the
    same matches (span and text) as the pattern it replaced, on our texts and on 60,000 random
    strings of the characters either pattern reads."""
    for text in OWN_TEXTS:
        assert _matches(textutil._SENT_END_RE, text) == _matches(_SENT_END_BEFORE, text)
    rng = random.Random(39)
    alphabet = list(".!?\n AaZ09\"'”’)](“‘[\t\u00a0\r\x0b\x1c\u2028") + ["Mr", "U.S", " Smith", "\n\n", "?!"]
    seen_branch = {"stop": 0, "newline": 0}
    for _ in range(60_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 18)))
        got = _matches(textutil._SENT_END_RE, s)
        assert got == _matches(_SENT_END_BEFORE, s), repr(s)
        for _span, g in got:
            seen_branch["newline" if g.startswith("\n") else "stop"] += 1
    assert min(seen_branch.values()) > 1000  # (both branches were exercised)


def test_stops_and_newlines_side_by_side_end_sentences_as_before():
    """A stop before a newline, stops in a row, a stop with no space after it: the same ends as
    before, and a run of newlines is one match."""
    for text in ("moved.\nThen", "moved.\n\n\nthen", "a\n\n\n", "Stop. Go", "Stop.Go", "Stop.. Go", "x?! Y"):
        assert _matches(textutil._SENT_END_RE, text) == _matches(_SENT_END_BEFORE, text), text
    assert [g for _s, g in _matches(textutil._SENT_END_RE, "a\n\n\nb")] == ["\n\n\n"]


def test_the_sentence_pattern_is_still_linear_in_a_run_of_stops():
    import time

    start = time.process_time()
    spans = sentence_spans("Troops" + "." * 200_000 + " Then" + "\n" * 100_000 + "x")
    assert time.process_time() - start < 2.0 and len(spans) == 3


_TOKEN_BEFORE = functools.partial(tuple.__new__, Token)
_FIRST_CHARACTER = operator.itemgetter(slice(0, 1))


def _tokens_made_as_before(text):
    """tokenize's last step as it was before speed39: [:1] of each token and a partial of
    tuple.__new__ (the rest of tokenize is unchanged and is run as it is)."""
    made = tokenize(text)
    texts = [t.text for t in made]
    lowers = map(str.lower, texts)
    words = map(str.isalpha, map(_FIRST_CHARACTER, texts))
    return list(map(_TOKEN_BEFORE, zip([t.start for t in made], [t.end for t in made], texts,
                                       [t.sentence for t in made], [t.first_in_sentence for t in made],
                                       lowers, words)))


def _every_field(tokens):
    return [(type(t), tuple(t), t.start, t.end, t.text, t.sentence, t.first_in_sentence, t.lower, t.is_word)
            for t in tokens]


def test_tokens_are_made_as_before_from_our_texts():
    for text in OWN_TEXTS:
        made = tokenize(text)
        assert _every_field(made) == _every_field(_tokens_made_as_before(text))
        # and as Token() makes each one, field by field
        assert _every_field(made) == _every_field(
            [Token.of(t.start, t.end, t.text, t.sentence, t.first_in_sentence) for t in made])
    assert any(not t.is_word for t in tokenize(OWN_TEXTS[0])) and any(t.is_word for t in tokenize(OWN_TEXTS[0]))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Gen", "U.S.", "Smith", "x", "1", "3.5", ".", ". ", "! ", "?", "\n", " ", '"',
                                 "”", "(", "'s", "’", "-", "al-", "é", "Ж", "\u212a", "_", "\t", "²", "٣", "İ",
                                 "ǅ", "中", "\u3000", "Σ", "ΟΔΟΣ"]), max_size=40))
def test_tokens_are_made_as_before(parts):
    text = "".join(parts)
    made = tokenize(text)
    assert _every_field(made) == _every_field(_tokens_made_as_before(text))
    assert all(t.text for t in made)  # (never empty: [0] is what [:1] was)


def test_every_token_is_a_token():
    """Each call's tokens are Token objects (made by the class's own call, speed134), a second,
    longer text's too."""
    first = tokenize("A b c.")
    second = tokenize(" ".join(["word"] * 5000) + ".")
    assert len(second) == 5001 and all(type(t) is Token for t in second) and type(first[0]) is Token
