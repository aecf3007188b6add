"""One sentence of thousands of words costs in proportion to its length (session 17): the
question close found from the text's sentence marks, and a new route asked before a movement
that may hold hundreds of fragments. Each gives what the plain way gave."""

import re

from hypothesis import given, settings, strategies as st

import geomove
from geomove.read.status import closes_as_question

_PLAIN_CLOSE = re.compile(r"[^.!?]*\?")  # what status read from each verb before


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab .!?\n", max_size=60), st.data())
def test_the_question_close_is_what_the_pattern_read(text, data):
    at = data.draw(st.integers(0, len(text)))
    assert closes_as_question(text, at) == bool(_PLAIN_CLOSE.match(text, at))


def test_a_question_closes_after_the_verb_and_a_statement_does_not():
    text = "Did the brigade move to Azaz? The brigade moved to Kilis."
    assert closes_as_question(text, text.index("move "))
    assert not closes_as_question(text, text.index("moved"))
    assert not closes_as_question("no mark at all", 3)


def test_a_question_about_a_move_is_still_not_told(gazetteer):
    told = geomove.extract("Did Turkish troops move from Kilis to Azaz on Monday?", published="2024-03-08")
    assert [f["properties"]["status"] for f in told] in ([], ["planned"])
    told = geomove.extract("Turkish troops moved from Kilis to Azaz on Monday.", published="2024-03-08")
    assert [f["properties"]["status"] for f in told] == ["reported"]
