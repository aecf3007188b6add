"""Session 35's speed work on the scan stage (speed57) gives the same answers: each shortcut
against the computation it replaces, on random texts of names, words, punctuation and white
space, and on sentences written for these tests."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove.mentions.finder import _lower_case_words
from geomove.mentions.tokens import runs_of_names
from geomove.textutil import tokenize, tokenize_with_texts

# words of names, lower-case connectors, capitals, hyphens, possessives, abbreviations, numbers,
# punctuation and white space, in any order
_PIECES = st.sampled_from([
    "Kisangani", "Beni", "Lake", "Kivu", "al", "bin", "de", "of", "the", "and", "at", "on", "St.", "Mt", ".",
    "U.S.", "NATO", "FARDC", "Pétion-Ville", "Ville", "Beled", "Weyne", "Côte", "d'Ivoire", "O'Brien's", "'s",
    "moved", "troops", "Monday", "2024", "3,500", ",", ";", "(", ")", "—", " ", "  ", "\n", "\n\n", "\t",
    "ÉCOLE", "Ørsta", "Łódź", "Ⅻ", "x²", "_", "Ἀθῆναι", "القامشلي"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=0, max_size=40).map(" ".join))
@example("Troops left Beni for Butembo on Tuesday; the FARDC said the U.S. and Uganda helped.")
@example("Convoys reached St. Louis and Mt. Hood before the Lake Kivu ferry sailed from Goma.")
def test_texts_beside_the_tokens_are_their_texts(text):
    """tokenize_with_texts: the same tokens as tokenize, and each token's text beside it."""
    toks, texts = tokenize_with_texts(text)
    assert toks == tokenize(text)
    assert [type(t) for t in toks] == [type(t) for t in tokenize(text)]
    assert texts == [t.text for t in toks]


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=0, max_size=40).map(" ".join))
@example("Rebels of the M23 moved from Rutshuru to Kiwanja and on to Goma at dawn.")
def test_passes_over_the_texts_answer_as_over_the_tokens(text):
    """The lower-case words and the runs of names read from the texts beside the tokens are
    those read from the tokens themselves."""
    toks, texts = tokenize_with_texts(text)
    assert _lower_case_words(toks, texts) == _lower_case_words(toks)
    assert runs_of_names(toks, text, texts) == runs_of_names(toks, text)
