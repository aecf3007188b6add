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


def _two_capitalised_words(finder, j: int) -> bool:
    """What _names_written_apart asks first of a pair (j, j + 1): two capitalised words one
    space apart in one sentence."""
    a, b = finder.toks[j], finder.toks[j + 1]
    return a.is_word and b.is_word and a.is_capitalised and b.is_capitalised and a.sentence == b.sentence \
        and finder.text[a.end:b.start] == " "


@settings(max_examples=250, deadline=None)
@given(st.lists(_PIECES, min_size=0, max_size=40).map(" ".join))
@example("The mayor of Beled Weyne met envoys from Ceel Buur at Baidoa on Monday.")
@example("Queen Anne's County and Martha's Vineyard sent crews; Haiti at Toussaint Louverture Airport")
def test_pairs_of_capitals_from_the_runs_are_those_of_every_token(gazetteer, text):
    """The pairs of capitalised words read from the scan's runs of names are, in the same
    order, the pairs the pass over every token's first letter found (both filtered by the
    first test _names_written_apart asks of a pair)."""
    from geomove.mentions.finder import _Finder

    finder = _Finder(text, gazetteer)
    finder.scan()
    from_runs = [j for j in finder._pairs_of_capitals() if _two_capitalised_words(finder, j)]
    del finder.scanned_runs
    from_every_token = [j for j in finder._pairs_of_capitals() if _two_capitalised_words(finder, j)]
    assert from_runs == from_every_token
