"""speed128 (session 53): the finder's demonym of a capitalised word or pair, told None by its
last letters (``Gazetteer.no_demonym_ends_so``) before its plain spelling is worked out, answers
as the ask it replaces: ``CandidateLookup.demonym`` as it was at s53start (copied below as the
reference) for the demonyms of the index's table, their plurals, possessives, capitals and
pairs, for words of our own and for words hypothesis makes of letters, spaces, marks and the
table's own endings; and the gate says True of no word the table reads as a demonym.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions import candidates as C
from geomove.mentions.candidates import CandidateLookup
from geomove.mentions.plurals import plural_demonym
from geomove.mentions.words import _demonym_spellings


class _Lookup(CandidateLookup):
    def __init__(self, gaz):
        self.gaz = gaz


def _old_demonym(gaz, word: str):
    """CandidateLookup.demonym at s53start (without the gate)."""
    if not word[:1].isupper() or len(word) < 4 or word.lower() in C.STOPWORDS:
        return None
    if " " in word and word.rsplit(None, 1)[-1].lower() in C.ARTICLES:
        return None
    cc = gaz.demonym(word)
    if cc is None and word[-1:] == "s":
        return plural_demonym(gaz, word, _demonym_spellings(gaz))
    if cc:
        spellings = _demonym_spellings(gaz)
        if spellings is not None and C.plain(word) not in spellings and C.plain(word).rstrip("s") not in spellings:
            return None
    return cc


@pytest.fixture(scope="module")
def table_words(gazetteer):
    words = sorted({w for (w,) in gazetteer.db.execute("SELECT word FROM demonyms") if w})
    assert len(words) > 150
    return words


def _forms(word: str) -> list[str]:
    return [word, word + "s", word + "'s", word.upper(), word.lower(), "South " + word, word + " Army",
            "Al " + word, word[:-1], word + "n", word + "ns", "Neo-" + word, word + "ese"]


def test_gate_never_hides_a_demonym_of_the_table(gazetteer, table_words):
    lookup = _Lookup(gazetteer)
    read = 0
    for w in table_words:
        for form in _forms(w):
            old = _old_demonym(gazetteer, form)
            if old is not None:
                read += 1
                assert not gazetteer.no_demonym_ends_so(form), form
            assert lookup.demonym(form) == old, form
    assert read > 200  # (the table's words and their plurals are read: the test sees real demonyms)


OWN_WORDS = ["Department", "Sunday", "Burundians", "Rwandans", "Somalis", "Israelis", "Americans", "Iraqi",
             "Brits", "Swiss", "Pass", "Pearson", "Persian", "Ukrainian An", "Russian Il", "Kenyan Defence",
             "South Sudanese", "Sri Lankan", "New Zealander", "Congolese", "Ivorians", "Côte Ivoirian",
             "Marshallese", "Bissau-Guinean", "U.S.", "UK", "Emirati", "Emiratis", "Saudis", "Mopti Region"]


def test_own_words(gazetteer):
    lookup = _Lookup(gazetteer)
    gated = 0
    for w in OWN_WORDS:
        assert lookup.demonym(w) == _old_demonym(gazetteer, w), w
        gated += gazetteer.no_demonym_ends_so(w)
    assert gated >= 3  # ("Department", "Sunday", "Kenyan Defence" are told by their letters)
    assert lookup.demonym("Burundians") is not None and not gazetteer.no_demonym_ends_so("Burundians")


_ENDINGS = ["ian", "ians", "ese", "ish", "an", "ans", "i", "is", "ine", "er", "ers", "ic", "s", "'s", "e", "ean"]


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_gate_as_the_ask_hypothesis(gazetteer, table_words, data):
    head = data.draw(st.one_of(
        st.sampled_from(table_words),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzAEIOUKSTé'- .", min_size=1, max_size=12)))
    head = head[:1].upper() + head[1:]
    tail = data.draw(st.sampled_from([""] + _ENDINGS))
    second = data.draw(st.sampled_from(["", " Army", " " + data.draw(st.sampled_from(table_words)), " al", " Forces"]))
    for word in (head + tail, head + tail + second, head[:-1] + tail):
        assert _Lookup(gazetteer).demonym(word) == _old_demonym(gazetteer, word), word
