"""Helper read79's fixes to the reading wing, at the level of the functions that decide (the
golden lines s28b-* show them on whole sentences)."""

from geomove.read.goal_antecedent import has_a_subject_of_its_own


def test_subordinate_clause_with_its_own_subject():
    text = "Police arrived in Gondar from Bahir Dar on Monday, a day after Fano fighters pulled out of the city."
    assert has_a_subject_of_its_own(text, text.index("Bahir Dar") + 9, text.index("out of the city"))


def test_no_subject_of_its_own_participle_or_pronoun():
    for text in ("Police arrived in Gondar from Bahir Dar on Monday, a day after leaving the city.",
                 "Police arrived in Gondar from Bahir Dar on Monday, a day after they pulled out of the city.",
                 "Police arrived in Gondar from Bahir Dar on Monday and left the city."):
        assert not has_a_subject_of_its_own(text, text.index("Bahir Dar") + 9, text.index("the city"))
