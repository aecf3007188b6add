"""Session 34's speed work on the cue search (speed55): lexicon.cue_matches, the cue pattern
tried only where one of its first words opens, finds what ``_CUE_RE.finditer`` finds (spans and
groups), in a window and in a clause of a longer text (``pos`` / ``endpos``)."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove.read.lexicon import _CUE_OPENINGS, _CUE_RE, cue_matches
from geomove.textutil import NotEnumerable, anchored_matches, opening_words

# cue words, their look-alikes and the words their look-behinds read ("flew over", "according
# to", "anchored off", "arrived on Monday"), commas, non-ASCII letters that match ASCII ones
# case-insensitively (the Kelvin sign, the long s), and words a cue may be cut from ("tow")
_PIECES = st.sampled_from([
    "to", "To", "TO", "towards", "toward", "tow", "into", "onto", "on", "from", "FM", "fm", "via", "in", "at",
    "inside", "off", "over", "flew", "according", "next", "anchored", "arrived", "Monday", "the", "their",
    "way", "en", "route", "out", "of", "away", "bound", "for", "after", "two", "weeks", "service", "moved",
    "closed", "were", "now", "based", "and", "they", "are", ",", ", ", ".", "seen", "boats", "spotted",
    "took", "up", "positions", "near", "joined", "ships", "past", "passing", "through", "stopped", "night",
    "\u212aiev", "pa\u017ft", "\u017ftationed", "caf\u00e9", "_to", "to_", "2to", "x", "-", "'", "\n", " ", "  ",
    "pulled", "back", "troops", "they", "had", "sent", "withdrew", "who", "has", "been", "besieged"])


def _plain(text, pos=0, endpos=None):
    return [(m.span(), m.groupdict()) for m in _CUE_RE.finditer(text, pos, len(text) if endpos is None else endpos)]


def _fast(text, pos=0, endpos=None):
    return [(m.span(), m.groupdict()) for m in cue_matches(text, pos, endpos)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=30).map(" ".join), st.integers(0, 60), st.integers(0, 60))
@example("The ships anchored off Kiev, and are now based in Odesa.", 0, 0)
@example("Troops who had been besieged in the town flew over it to X", 3, 5)
def test_cue_matches_are_the_plain_search_s(text, cut_left, cut_right):
    assert _fast(text) == _plain(text)  # a window: the whole string
    pos, endpos = min(cut_left, len(text)), max(min(cut_left, len(text)), len(text) - cut_right)
    assert _fast(text, pos, endpos) == _plain(text, pos, endpos)  # a clause: pos and endpos
    window = text[pos:endpos]
    assert _fast(window) == _plain(window)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="tofmrinsaw ,.\u212a\u017f_-'", max_size=40))
def test_cue_matches_on_character_soup(text):
    assert _fast(text) == _plain(text)
    assert _fast(text, 1, len(text) - 1) == _plain(text, 1, max(1, len(text) - 1))


def test_the_cue_openings_hold_every_first_word():
    openings = _CUE_OPENINGS
    read = opening_words(_CUE_RE.pattern, _CUE_RE.flags)
    assert openings == read, f"a cue changed: set lexicon._CUE_OPENINGS to {sorted(read)}"
    assert {"to", "from", "into", "towards", "in", "at", "took", "withdrew", ","} <= openings
    # every match of the plain search opens with one of them
    for m in _CUE_RE.finditer("They were seen in Kyiv, and are now based at X; flew over Y toward Z"):
        word = re.match(r"\w+|.", m.group().lower()).group()
        assert word in openings, word


@pytest.mark.parametrize("pattern", [r"\w+ing\s+to", r"(?:to|)", r"to", r"[a-z]{2,}\b", r"\bin\B"])
def test_opening_words_refuses_what_it_cannot_list(pattern):
    with pytest.raises(NotEnumerable):
        opening_words(pattern, re.I)


def test_opening_words_and_the_anchored_search():
    pat = re.compile(r"\b(?:t[ao]ok\s+up|(?<=,\s)(?:is|was)|,\s*now|withdr[ae]wn?)\b", re.I)
    assert opening_words(pat.pattern, pat.flags) == {"took", "taok", "is", "was", ",", "withdraw", "withdrew",
                                                       "withdrawn", "withdrewn"}
    text = "They TOOK up posts, was there, now withdrawn; withdrewn took"
    assert [m.span() for m in anchored_matches(pat, opening_words(pat.pattern, pat.flags), text)] \
        == [m.span() for m in pat.finditer(text)]
