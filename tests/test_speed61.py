"""Session 36's speed work on the scan stage (speed61) gives the same answers: each shortcut
against the computation it replaces, on random lines and spellings, and on lines written for
these tests."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geomove.mentions.tokens import _mostly_capitals


def _mostly_capitals_counted(line: str) -> bool:
    """The test as written before the shortcut: every letter counted, then the share of capitals."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.8


# capitals and lower-case letters (ASCII and not), digits, punctuation and white space, so that
# lines fall on both sides of the 80% share and on it (four capitals to one lower-case letter)
_CHARACTERS = st.sampled_from(list("ABCDEZabcxyz019 .,:-'\t") + ["É", "é", "Ø", "ß", "Σ", "σ", "ǅ", "ª", "ⅰ", "Ⅻ", "ⓐ",
                                                              "二", "١", "—"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_CHARACTERS, min_size=0, max_size=60).map("".join))
@example("TROOPS MOVE TO THE BORDER")
@example("ABCDABCDABCDa")  # 12 capitals, 1 lower-case letter: 12/13 > 0.8
@example("ABCDABCDABCDabc")  # 12 to 3: exactly 0.8, no headline
@example("ABCDABCDABCDEabc")  # 13 to 3
@example("ÉCOLE NATIONALE DES FORCES ARMÉES")
@example("Les troupes ont quitté Gao pour Kidal lundi matin.")
@example("ABCDEFGHIJKLMNOPQ abc é")
@example("ⓐⓐⓐ ABCDEFGHIJKL")  # (circled letters: lower case, no letter)
def test_mostly_capitals_as_every_letter_counted(line):
    """_mostly_capitals, which counts a line's ASCII lower-case letters first and stops when
    they are a fifth of its characters, answers as counting every letter does."""
    assert _mostly_capitals(line) == _mostly_capitals_counted(line)


def test_a_prose_line_is_no_headline_and_a_line_of_capitals_is():
    assert not _mostly_capitals("Soldiers crossed the river near Kherson on Tuesday morning.")
    assert not _mostly_capitals("Les soldats ont traversé le fleuve près de Kherson mardi matin.")
    assert _mostly_capitals("SOLDIERS CROSS THE DNIEPER NEAR KHERSON")
    assert _mostly_capitals("SOLDATS FRANÇAIS À GAO ET À KIDAL")
