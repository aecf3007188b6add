"""speed107: a date pattern is not scanned in a report holding none of the words its every match
holds as a whole word (dates._WORDS_HELD, textutil.WordAnchoredGroup._idle).

The scans must find what they found before: each word is checked to stand whole in its pattern
(every string the pattern matches holds one of the words, gates.words_cover; and the words of
every match found below are whole words of the text), and the gated scans are compared with the
ungated ones and with the patterns' own finditer on our own sentences and on texts hypothesis
builds from the dates' words, odd cases and the non-ASCII letters re.IGNORECASE folds.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove import dates
from geomove.gates import words_cover
from geomove.textutil import ANY_WORD, word_index

KINDS = [kind for _pattern, kind in dates._PATTERNS]
PATTERNS = dict((kind, pattern) for pattern, kind in dates._PATTERNS)

OWN_SENTENCES = [
    "The frigates sailed overnight into Thursday from the northern port.",
    "A column crossed during the night of Monday to Tuesday, the ministry said.",
    "Reinforcements arrived in the second week of March and others over the coming weekend.",
    "Engineers had left the base two weeks ago, and in recent days more trucks came.",
    "The brigade returned in the summer of 2019 and again later in the month.",
    "For a third straight day the convoy waited; it may move next month or last year.",
    "The battalion moved north on Friday.",
    "In the past two weeks, and at the end of last month, patrols went out from Monday to Wednesday.",
    "Yesterday and this morning more troops landed; others left last night.",
]


def spans(found):
    return [[(m.span(), m.group(0)) for m in matches] for matches in found]


def ungated(text):
    return [list(scan.finditer(text)) for scan in dates._SCANS.scans]


def plain(text):
    return [list(pattern.finditer(text)) for pattern, _kind in dates._PATTERNS]


def test_every_match_holds_one_of_the_words():
    # (substrings, proved from each pattern's parse tree)
    for kind, words in dates._WORDS_HELD.items():
        assert words_cover(PATTERNS[kind], words), kind


def _whole_word_held(text, m, words):
    starts, lowered = word_index(text)
    return any(a < m.end() and a + len(w) > m.start() and w in words
               for a, w in zip(starts, lowered) if w != ANY_WORD)


def test_the_words_are_whole_words_of_each_match_in_our_sentences():
    seen = set()
    for text in OWN_SENTENCES:
        for kind, matches in zip(KINDS, plain(text)):
            if kind in dates._WORDS_HELD:
                for m in matches:
                    assert _whole_word_held(text, m, dates._WORDS_HELD[kind]), (kind, m.group(0))
                    seen.add(kind)
    assert len(seen) >= 10  # (the sentences show most of the gated patterns)


def test_gated_scans_find_what_the_patterns_find_in_our_sentences():
    for text in OWN_SENTENCES + [" ".join(OWN_SENTENCES)]:
        assert spans(dates._SCANS.finditer_each(text)) == spans(ungated(text)) == spans(plain(text))


def test_a_report_without_the_words_is_not_scanned_with_those_patterns():
    idle = dates._SCANS._idle("The battalion moved north in the rain.")
    assert {KINDS[i] for i in idle} == set(dates._WORDS_HELD)
    # a word of one pattern opens that pattern only
    idle = dates._SCANS._idle("The battalion moved north that night.")
    assert "nightinto" not in {KINDS[i] for i in idle} and "ago" in {KINDS[i] for i in idle}
    # a non-ASCII word may be any word under re.IGNORECASE (the Kelvin sign is a "k"): all scanned
    assert dates._SCANS._idle("They left a wee\u212a ago.") == set()


# letters that re.IGNORECASE matches to ASCII ones (dotted/dotless i, long s, Kelvin sign)
ODD_LETTERS = ["\u0130", "\u0131", "\u017f", "\u212a"]
VOCABULARY = ["the", "in", "on", "during", "overnight", "night", "nights", "into", "to", "of", "week", "weeks",
              "weekend", "seven", "days", "day", "month", "months", "year", "next", "coming", "last", "this",
              "previous", "second", "third", "straight", "for", "a", "two", "few", "ago", "recent", "recently",
              "later", "earlier", "summer", "fall", "of", "2019", "Monday", "Friday", "May", "March", "5",
              "ending", "weekends", "midweek", "overnights", "past", "previous", "end", "beginning", "at",
              "yesterday", "today", "tonight", "morning", "evening", "between", "from", "and", "Tuesday"]


def _words():
    return st.one_of(
        st.sampled_from(VOCABULARY),
        st.sampled_from(VOCABULARY).map(str.upper),
        st.sampled_from(VOCABULARY).map(str.title),
        st.sampled_from(VOCABULARY).map(lambda w: w + "ly"),
        st.sampled_from(VOCABULARY).map(lambda w: "mid" + w),
        st.text(alphabet="aeiknogstwd" + "".join(ODD_LETTERS) + "_0123456789", min_size=1, max_size=7),
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_words(), st.sampled_from([" ", "  ", "-", ", ", ".\n", "'", "_", "\t"])), max_size=30))
def test_gated_scans_match_the_patterns_on_built_texts(parts):
    text = "".join(w + sep for w, sep in parts)
    found = dates._SCANS.finditer_each(text)
    assert spans(found) == spans(ungated(text)) == spans(plain(text))
    for kind, matches in zip(KINDS, found):
        if kind in dates._WORDS_HELD:
            for m in matches:
                assert _whole_word_held(text, m, dates._WORDS_HELD[kind]) or ANY_WORD in word_index(text)[1]


def test_find_dates_reads_the_gated_expressions():
    found = {d.text.lower() for d in dates.find_dates(" ".join(OWN_SENTENCES), dates.parse_published("2024-05-20"))}
    assert {"two weeks ago", "next month", "last year"} <= found
    assert any("night" in t for t in found) and any("weekend" in t for t in found)
