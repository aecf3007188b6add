"""An organisation named for a cause and a place: "the National Movement for the Liberation of
Azawad", "the Popular Front for the Liberation of Palestine", "the Movement for the Salvation of
Azawad (MSA)". The run of capitalised words the scanner reads starts after "for the"
("Liberation of Azawad"), so the organisation word before it ("Movement", "Front") was not seen,
and the place in the name was read as a place of the text: a movement of "MSA fighters" from
Menaka got Azawad for a second destination."""

from __future__ import annotations

from ..wordlists import ORG_SUFFIXES


def named_for_a_cause(prev: list, words: list) -> bool:
    """Is the run ``words`` ("Liberation of Azawad": a capitalised noun, "of", a name) the end of
    an organisation's name, after "for (the)" and a capitalised organisation word (``prev``, the
    tokens before the run, nearest last: "... Movement for the")?"""
    if len(words) < 3 or words[1].lower != "of" or not words[0].text[:1].isupper():
        return False
    k = len(prev) - 1
    if k >= 0 and prev[k].lower == "the":
        k -= 1
    if k < 1 or prev[k].lower != "for":
        return False
    head = prev[k - 1]
    return head.lower in ORG_SUFFIXES and head.text[:1].isupper()
