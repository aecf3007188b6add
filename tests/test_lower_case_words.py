"""The finder's set of words a text writes in lower case (a word so written elsewhere is a
common word, not a name): first letter a lower-case letter, whatever the script."""

from geomove.mentions.finder import _lower_case_words
from geomove.textutil import tokenize


def test_lower_case_words_are_those_with_a_lower_case_first_letter():
    text = ("Reinforcements moved south to Orange and then to the orange groves; "
            "élite units left Évora, 3 trucks stayed, ⅱ and ªa too, ÿ-shaped roads. "
            "The convoy was seen again and again.")
    toks = tokenize(text)
    expected = {t.text for t in toks if t.text[:1].islower() and t.text[:1].isalpha()}
    got = _lower_case_words(toks)
    assert got == expected
    assert {"moved", "orange", "élite", "again", "the", "ªa"} <= got
    assert not {"Orange", "Évora", "Reinforcements", "The", "3", ",", "ⅱ"} & got
