"""A report with a very long word (a pasted blob, a name repeated without spaces) costs what its
length says, not its square: the subject before a first verb phrase ("The militia captured
Bora and then entered Tamu") is found reading each word once."""

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.read import clauses
from geomove.read.clauses import _FIRST_VERB_PHRASE, _before_first_verb_phrase

# the pattern as it was written before (one letter of a word tried after another): the reference
# the rewritten one must agree with, on inputs short enough for it
_NP_BEFORE = r"^(?P<np>.*?[A-Za-z0-9]\S*)\s+"
_NP_NOW = r"^(?P<np>(?:[^\n]*?[^\S\n])??(?>\S*?[A-Za-z0-9])\S*+)\s+"
REFERENCE = re.compile(_FIRST_VERB_PHRASE.pattern.replace(_NP_NOW, _NP_BEFORE))

WORDS = ["The", "militia", "rebels", "captured", "Bora", "and", "then", "entered", "Tamu", "its",
         "units", "was", "recalled", "had", "been", "left", "fought", "A1", "x-", "99", "—", "é",
         ",", ";", "frigate", "hands", "over", "took"]
GAPS = [" ", "  ", "\t", "\n", " \n", "\n ", "\u00a0"]


def test_the_reference_is_the_old_pattern():
    assert REFERENCE.pattern != _FIRST_VERB_PHRASE.pattern
    assert REFERENCE.pattern.startswith(_NP_BEFORE)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=14))
def test_the_same_matches_as_before(pieces):
    told = "".join(w + g for w, g in pieces).rstrip(" ")
    now, before = _FIRST_VERB_PHRASE.match(told), REFERENCE.match(told)
    assert (now is None) == (before is None)
    if now is not None:
        assert now.span() == before.span() and now.groupdict() == before.groupdict()


def test_the_subject_before_a_first_verb_phrase():
    assert _before_first_verb_phrase("The militia captured Bora and then") == "The militia"
    assert _before_first_verb_phrase("The frigate was recalled from Tamu and") == "The frigate"
    # (no mover in the words before: the words as they were)
    assert _before_first_verb_phrase("It captured Bora and") == "It captured Bora and"
    # a newline ends the words a subject may hold, as before
    assert _FIRST_VERB_PHRASE.match("Rebels\nfighters captured Bora and") is None


def test_a_long_word_is_read_once():
    blob = "Tamu" * 4_000  # one word of 16,000 characters
    # (the cost is in a match that fails: no "and" joins a second verb phrase, and every place
    # the subject could end is tried; the reference took ~2.4 s on this input, the rewritten
    # pattern well under a millisecond)
    began = time.process_time()
    assert _FIRST_VERB_PHRASE.match(f"The militia {blob} captured Bora") is None
    spent = time.process_time() - began
    assert spent < 0.5, f"{spent:.2f} s for one match of a sentence with a 16,000-character word"
    found = _FIRST_VERB_PHRASE.match(f"The militia {blob} captured Bora and then")
    assert found is not None and found.group("np") == f"The militia {blob}"


def test_the_module_keeps_the_rewritten_pattern():
    assert clauses._FIRST_VERB_PHRASE is _FIRST_VERB_PHRASE and _NP_NOW in _FIRST_VERB_PHRASE.pattern
