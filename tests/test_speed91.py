"""Session 45, speed91: ``reports.check_text`` answers an ASCII text without its class search.

The search for a NUL or a lone surrogate tested every character of every report (twice a run)
against a character class; an ASCII text holds no surrogate, so a test for NUL alone (two C
scans) answers it. Checked against the search itself on random texts, ASCII or not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.errors import InputError
from geomove.reports import _UNREADABLE, check_text


def _refused(text: str):
    try:
        check_text(text, "here")
    except InputError as err:
        return str(err)
    return None


_CHARS = st.sampled_from(["a", "Z", " ", "\n", "\x00", "\x01", "\x7f", "\xe9", "\u0416", "\ud800", "\udfff", "\ue000",
                          "\U0001f600"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_CHARS, max_size=40).map("".join))
def test_refused_exactly_where_the_class_search_finds_a_character(text):
    bad = _UNREADABLE.search(text)
    said = _refused(text)
    if bad is None:
        assert said is None and check_text(text, "here") is text
    else:
        assert said is not None and f"at character {bad.start()}" in said


def test_own_texts():
    assert check_text("The column left Tororo at dawn.", "here") == "The column left Tororo at dawn."
    with pytest.raises(InputError, match="NUL character at character 4"):
        check_text("Gulu\x00 road", "here")
    with pytest.raises(InputError, match="U\\+D83D"):
        check_text("Kitgum \ud83d", "here")
    assert check_text("Ny\xe9ri to Kisumu", "here") == "Ny\xe9ri to Kisumu"
    with pytest.raises(InputError):
        check_text(b"bytes", "here")
