"""read141's readers on their own: a vague number's own "of" before a force's name
(forces.counted_by_vague_number) and a day between a subject and its verb
(lexicon._BARE_SUBJECT_GAP). Sentences of my own."""

from geomove.read.forces import _actor_names, counted_by_vague_number
from geomove.read.lexicon import _BARE_SUBJECT_GAP


def _counted(text: str) -> list[bool]:
    return [counted_by_vague_number(text, 0, m) for m in _actor_names(text, 0, len(text))]


def test_vague_number_of_counts_the_named_force():
    assert _counted("Hundreds of Arakan Army trucks left Paletwa.") == [True]
    assert _counted("Dozens of Rapid Support Forces fighters entered Nyala.") == [True]


def test_a_preposition_of_is_no_count():
    assert _counted("Soldiers of the Arakan Army left Paletwa.") == [False]
    assert _counted("A blockade by the Rapid Support Forces was lifted.") == [False]
    # (a number with no "of": counted by _counted_force, not by this reader)
    assert _counted("About 60 Rapid Support Forces pickups left Nyala.") == [False]


def test_day_between_subject_and_verb():
    for gap in (" on Monday ", " early on Sunday ", " on Friday morning ", " last week ", " overnight "):
        assert _BARE_SUBJECT_GAP.fullmatch(gap), gap
    # (a weekday is a name: lower case is no day; nor a place after "on")
    assert not _BARE_SUBJECT_GAP.fullmatch(" on monday ")
    assert not _BARE_SUBJECT_GAP.fullmatch(" on Gao ")
