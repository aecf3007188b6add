"""speed140: textutil._split_sentences tries _SENT_END_RE only where a match may open ([.!?\\n],
found by str.find), passes over a stop closing a line or the text, reads the common ". X" and
the word before a stop without a regex, and trims in line. The spans must be those s55start's splitter made: it is copied here as the
reference (finditer over the whole text, _LAST_WORD's search, _trim) and both are asked of our
own sentences and of random texts of stops, quotes, abbreviations ("Gen.", "U.S.", "J."),
months after a day's number, decimals, newlines, underscores, Arabic and Cyrillic letters."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove import textutil
from geomove.textutil import _split_sentences

# s55start's word before a stop, month rule and splitter, as they were
_LAST_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")
_DAY_BEFORE = re.compile(r"\b[0-3]?[0-9]\s+$")
_CAPITAL_AFTER = re.compile(r"\s*[A-Z]")


def _trim(text, start, end):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _reference(text):
    spans = []
    start = 0
    for m in textutil._SENT_END_RE.finditer(text):
        if m.group().startswith(("\n",)):
            end = m.start()
        else:
            word = _LAST_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            month_ends = word is not None and word.group(1).lower() in textutil._MONTHS_ABBREVIATED \
                and _DAY_BEFORE.search(text, max(0, word.start() - 4), word.start()) is not None \
                and _CAPITAL_AFTER.match(text, m.end()) is not None
            if word and (word.group(1).lower() in textutil.ABBREVIATIONS or len(word.group(1)) == 1) \
                    and not month_ends:
                continue
            end = m.end()
        span = _trim(text, start, end)
        if span[0] < span[1]:
            spans.append(span)
        start = m.end()
    span = _trim(text, start, len(text))
    if span[0] < span[1]:
        spans.append(span)
    return tuple(spans)


OWN = [
    "Gen. Diallo's column left Gao. It reached Ansongo on Friday.",
    "The U.S. Army sent two companies to Niamey. A third followed.",
    "U.S.. The next line",
    "Maj. Gen. J. Okoro said the 3.5 km road was cut. \"We moved at night,\" he said. (Troops held.) Then",
    "Troops left Abeche on 3 Sept. The convoy reached Ati.",
    "on 29 NOV. It returned the next morning",
    "Nov. 29 was quiet. Sept. 3 too.",
    "Were they seen?! Yes... 40 trucks. 'Two' more.",
    "Headline\n\nThe brigade moved.\nAnother line\n",
    "1\nSept\n. Gen Smith",
    "Gen\n. Smith and J\n. Doe",  # ("$" also matches before a newline closing the 12 characters)
    "The unit reached Kramatorsk. Then Sloviansk.",
    "Колонна вошла в Херсон. Затем ушла.",
    "وصلت القوات إلى حلب. ثم انسحبت.",
    "Войска ген. Петрова. The army moved to Kharkiv.",
    "a_b. C and x². Next km². Then",
    "Mr. Smith went to St. Louis. Co. Kerry\u3000. Then",
    "He said:\u00a0\u201cThe column left.\u201d Then it rained.",
    "x.\n\n\n  y.   ",
    "",
    "   ",
    ".",
    "A.",
    "approx. 20 vehicles incl. Tigr. Next",
    "Gen.\nSmith. U.S.\nThe line ends. J.",  # (a stop closing a line or the text)
    "He left on 3 Sept.\nThe column. Nov.\n\n",
    "The column left Bigapprox. Then it left Xsept. Then",  # (an abbreviation ending a longer word)
]


@pytest.mark.parametrize("text", OWN)
def test_our_sentences_split_as_before(text):
    assert _split_sentences(text) == _reference(text)


_PARTS = ["Gen", "gen", "U.S", "U.S.", "Smith", "Kramatorsk", "J", "x", "moved", "1", "29", "3.5", ".", ". ", "! ",
          "?", "..", "\n", " ", "  ", "\u3000", "\u00a0", "\n\n", '"', "'", "\u201d", "\u201c", "\u2019", "(", ")", "]",
          " The", " 40", "ab\n", "Mr", "Sept", "NOV", "Nov", "\t", "_", "²", "Херсон", "ген", "Ж", "حلب", "م",
          "approx", "Bigapprox", "incl", "al-Hasakah", "O'Brien", "e.g", "Ltd", "abcdefghijklmn"]


@settings(max_examples=1500, deadline=None)
@example(["1", "\n", "Sept", "\n", ". ", "Gen"])
@example(["Sept", " ", "ab\n", ". ", "The"])
@example(["Mr", "\n", ". ", "Smith"])
@given(st.lists(st.sampled_from(_PARTS), max_size=40))
def test_random_texts_split_as_before(parts):
    text = "".join(parts)
    assert _split_sentences(text) == _reference(text)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZJ.!? \n\t\"'()”’“‘[]_1²é") + ["Ж", "م", "\u3000"]), max_size=40))
def test_any_text_of_these_characters_splits_as_before(text):
    assert _split_sentences(text) == _reference(text)


def test_the_match_places_are_every_stop_and_newline():
    text = "a.b!c?d\n.\n!?e."
    assert textutil._match_places(text) == [i for i, c in enumerate(text) if c in ".!?\n"]
    assert textutil._match_places("a.b\nc") == [1, 3]  # (no "!" or "?": two characters looked for)
