"""Session 31's review debts of the reading wing (tidy49): twin word lists made one, a
substitution chain written once, a case-blind search kept linear, and the splitter's reference."""

import pytest

from geomove.read import clauses
from geomove.read.lexicon import _DATA


@pytest.mark.parametrize("word", _DATA["auxiliaries_before_the_verb"]["words"])
def test_each_word_of_the_verb_is_read_alike_by_the_list_end_and_the_aside_part(word):
    # one list (lexicon.json auxiliaries_before_the_verb): the end of a list of countries before
    # the verb and a subject's part that holds only the verb's words know the same words
    assert clauses._TRAILING_AUXILIARIES.search(f"Ghana and Uruguay {word} ")
    assert clauses._AUXILIARY_PART.fullmatch(f" {word} ")
