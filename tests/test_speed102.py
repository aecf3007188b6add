"""speed102: the batch's language check counts a report's common English words only until they
make the English share, and finds an ASCII report's lower-case words by one pattern. Both give
the answers of the full count and of the pattern of every word (written out here)."""

import itertools
import random
import re

from hypothesis import given, settings, strategies as st

from geomove.io import language

_EVERY_WORD_ASCII = re.compile(r"[a-zA-Z]{2,}")  # (the pattern before: every word, then the lower-case ones)


def _report_language_as_before(text: str):
    words = language._words(text)
    if len(words) < 8:
        return language._script_language(text)
    english = sum(map(language._common_english, words)) / len(words)
    if english >= language.ENGLISH_SHARE:
        return None
    script = language._script_language(text)
    if script:
        return script
    best, best_share = None, 0.0
    for code, name in language.CANDIDATES.items():
        share = sum(language._common(w, code) for w in words) / len(words)
        if share > best_share:
            best, best_share = name, share
    return best if best_share > english else "not English"


def test_the_least_count_is_where_the_share_is_reached():
    for n in range(1, 1001):
        least = language._least_count(n)
        assert least / n >= language.ENGLISH_SHARE
        assert least == 0 or (least - 1) / n < language.ENGLISH_SHARE


@settings(max_examples=300, deadline=None)
@given(st.lists(st.booleans(), max_size=60), st.integers(min_value=-2, max_value=70))
def test_reaches_is_the_full_count(flags, least):
    assert language._reaches(iter(flags), least) == (sum(flags) >= least)


def test_reaches_stops_at_the_count():
    seen = []
    flags = (seen.append(i) or True for i in range(100))
    assert language._reaches(flags, 5)
    assert seen == [0, 1, 2, 3, 4]  # (the words after the fifth common one are not asked)


_ENGLISH = ("the convoy left the town in the morning and the soldiers went back to their base after "
            "the talks with the elders of the district near the river").split()
_OTHER = ("kolonna voennoi tekhniki vyshla iz goroda utrom soldaty vernulis na bazu posle "
          "peregovorov skazal predstavitel ministerstva").split()


def test_a_mix_at_every_share_gives_the_full_counts_answer():
    rnd = random.Random(102)
    for _ in range(400):
        n = rnd.randint(0, 60)
        k = rnd.randint(0, n)
        words = [rnd.choice(_ENGLISH) for _ in range(k)] + [rnd.choice(_OTHER) for _ in range(n - k)]
        rnd.shuffle(words)
        text = " ".join(words)
        assert language.report_language(text) == _report_language_as_before(text), text


def test_own_reports_in_and_out_of_english():
    texts = ["Militia fighters left the camp at dawn and crossed the river towards the hills north of Kadugli.",
             "la colonne a quitté la ville ce matin et les soldats sont rentrés à la base après les discussions",
             "колонна военной техники вышла из города утром и солдаты вернулись на базу после переговоров",
             "Troops moved. " * 3]
    for text in texts:
        assert language.report_language(text) == _report_language_as_before(text)
    assert language.report_language(texts[0]) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=300))
def test_ascii_words_as_every_word_then_the_lower_case_ones(text):
    found = _EVERY_WORD_ASCII.findall(text[:20_000])
    before = list(itertools.islice((w for w in found if w[0].islower()), language.SAMPLE_WORDS))
    assert language._words(text) == before
