"""speed31's shortcuts in the mention scan give what the plain computation gives, on sentences
written for these tests: each shortcut is compared with the code path it skips."""

import operator
import random
import re

import pytest

from geomove.io import language
from geomove.mentions import find_mentions
from geomove.mentions.finder import _Finder, _lower_case_words
from geomove.textutil import tokenize

# our own writing: one-word runs of every kind (places, demonyms, persons after an honorific,
# acronyms, dates, abbreviated provinces, words the text also writes in lower case), runs of
# several words, facilities with their kind word, oceans after "the" and organisations
OWN_TEXTS = [
    "Mr. Kingston said Syrian troops left Aleppo for Homs on Nov. 14, while Gen. Hanley stayed in Kabul. "
    "Mr. Jordan arrived in Kabul and met Mr. English. Dr. Victoria came.",
    "TROOPS REACH BORDER\nThe Northern Bloc (NB) said NB units reached Qamishli Airport; Iraqi and "
    "Turkish officials met in Ankara. Surrey, B.C. and Barrie, Ont. were quiet.",
    "Ships crossed the Atlantic and the tropical Pacific region while the Atlantic Council met in "
    "Washington. Kabul airport and the al-Waleed crossing were closed; Jenin Refugee Camp was calm.",
    "The march went from Paris to Lyon. A paris of the old kind is no place. Dora Faulkner visited "
    "Faulkner and Winnipeg; CTV Winnipeg said European officials and Asian markets were calm.",
    "US President Smith spoke. Generation UK said the Kherson and Zaporizhzhia regions were shelled, "
    "and the states of Texas and Georgia sent units to Fort Bragg, 40 km north of Fayetteville.",
    "Washington-based analysts said Russian-Ukrainian talks in Istanbul ended; the Kurdistan region "
    "and Erbil were calm. Monday came. Farms near Mosul burned. I’ve seen Homs. Middle Eastern and "
    "South East Asian markets fell.",
]


@pytest.fixture(scope="module")
def texts():
    return OWN_TEXTS


def test_one_word_runs_take_the_short_path_with_the_same_mentions(gazetteer, texts, monkeypatch):
    asked = []
    short = _Finder._scan_one_word

    def counting(self, run, marks, alone_asked=False):
        asked.append(run)
        if alone_asked:  # (what the scan asked before: _no_reading_alone is False, so is this)
            assert not self._surely_no_match(self.toks[run[0]].text, self.toks[run[0]], 1)
        return short(self, run, marks, alone_asked)

    monkeypatch.setattr(_Finder, "_scan_one_word", counting)
    fast = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    assert len(asked) >= 20
    # every run, one word or more, read by the general loop
    monkeypatch.setattr(_Finder, "scan_run", _Finder._scan_run_of_words)
    monkeypatch.setattr(_Finder, "_scan_one_word", lambda self, run, marks, alone_asked=False:
                        self._scan_run_of_words(run, marks))
    slow = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    assert fast == slow
    surfaces = {m["surface"] for ms in fast for m in ms}
    assert {"Aleppo", "Homs", "Kabul"} <= surfaces and not {"Jordan", "English"} & surfaces


def test_each_one_word_run_reads_as_the_general_loop_reads_it(gazetteer, texts):
    for text in texts:
        finder = _Finder(text, gazetteer)
        for run in finder.runs():
            if len(run) == 1:
                marks = finder.classify_run(run)
                assert finder._scan_one_word(run, marks) == finder._scan_run_of_words(run, marks), \
                    finder.toks[run[0]].text


def test_match_hands_out_copies_and_leaves_the_shared_rows(gazetteer, texts):
    for text in texts:
        finder = _Finder(text, gazetteer)
        found = [m for m in finder.scan() if m.get("cands")]
        assert found
        for m in found:
            if m.get("abbrev") or m.get("area_demonym"):
                continue
            shared = finder.cand_cache.get((m["surface"], m["kind"])) or []
            assert all(c is not s for c in m["cands"] for s in shared)
    finder = _Finder("Troops moved from Kharkiv to Izium.", gazetteer)
    before = [dict(c) for c in finder.shared_candidates_of("Kharkiv", None)]
    for m in finder.scan():
        for c in m.get("cands") or []:
            c["why"] = "written by a caller"
    assert finder.shared_candidates_of("Kharkiv", None) == before


def test_surely_no_match_answers_alike_before_and_after_the_facts_are_kept(gazetteer, texts):
    from geomove.mentions import scan as scan_module

    for text in texts:
        spans = []
        finder = _Finder(text, gazetteer)
        for run in finder.runs():
            for k in range(len(run)):
                for n in range(1, min(4, len(run) - k) + 1):
                    tok, last = finder.toks[run[k]], finder.toks[run[k + n - 1]]
                    spans.append((text[tok.start:last.end], tok, n))
        # fresh facts (nothing kept yet), then the same questions again (all kept)
        cold = _Finder(text, gazetteer)
        cold._facts = scan_module._SpellingFacts()
        first = [cold._surely_no_match(s, t, n) for s, t, n in spans]
        again = [cold._surely_no_match(s, t, n) for s, t, n in spans]
        plain = []
        for s, t, n in spans:
            if n >= 3:
                plain.append(not cold.has_name(s) and s not in scan_module.AREA_DEMONYMS)
            elif n == 2:
                plain.append(not cold.has_name(s) and s not in scan_module.AREA_DEMONYMS and not cold.demonym(s))
            else:
                plain.append(s not in scan_module.AREA_DEMONYMS and cold._no_reading_alone(t))
        assert first == again == plain
        assert any(first) and not all(first)


def test_kind_hint_with_the_surface_handed_in(gazetteer, texts):
    seen = 0
    for text in texts:
        finder = _Finder(text, gazetteer)
        for run in finder.runs():
            for k in range(len(run)):
                for n in range(1, len(run) - k + 1):
                    surface = text[finder.toks[run[k]].start:finder.toks[run[k + n - 1]].end]
                    kind = finder.kind_hint(run, k, n)
                    assert finder.kind_hint(run, k, n, surface) == kind
                    seen += kind is not None
    assert seen >= 3


def _lower_case_words_as_before(toks):
    return {w for w in set(map(operator.attrgetter("text"), toks)) if w[:1].islower() and w[:1].isalpha()}


def test_lower_case_words_by_c_level_passes():
    # first characters that are lower case but no letter ("ⓐ"), letters of no case ("ª" is both),
    # capitals, digits, punctuation and scripts without case
    pieces = ["paris", "Paris", "ⓐb", "ªx", "élan", "Élan", "9th", "_x", "al-Hasakah", "d'Ivoire",
              "القامشلي", "x", "X", "—", "iPhone", "ß", "ǅx", "ǆx", "Ⅷ", "ⅷ"]
    rnd = random.Random(31)
    for _ in range(300):
        text = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        toks = tokenize(text)
        assert _lower_case_words(toks) == _lower_case_words_as_before(toks), text
    for text in OWN_TEXTS:
        toks = tokenize(text)
        assert _lower_case_words(toks) == _lower_case_words_as_before(toks)


def _words_as_before(text):
    head = text[:20_000]
    found = (re.compile(r"[a-zA-Z]{2,}") if head.isascii() else language._WORD).findall(head)
    return [w for w in found if not w[:1].isupper()][:language.SAMPLE_WORDS]


def test_language_sample_words_by_c_level_passes():
    letters = "aAbBzZ -'.9_\n"
    rnd = random.Random(12)
    texts = ["".join(rnd.choice(letters) for _ in range(rnd.randint(0, 60))) for _ in range(3000)]
    texts += OWN_TEXTS + ["word " * 600, "Word word " * 400, "x" * 30_000, "ab" + "c" * 19_999 + "de fg"]
    texts += ["Déjà vu in Côte d'Ivoire, élan " * 30]  # (other scripts: the general pattern)
    for text in texts:
        assert language._words(text) == _words_as_before(text), text[:80]
    assert language._words("word " * 600) == ["word"] * language.SAMPLE_WORDS


def test_the_sample_words_of_an_ascii_text():
    # (whole words: none is cut from a longer word; the capitalised ones left out)
    text = "aa Bb cC dd-ee ff'gg hh9ii jj_kk Ll mm "
    assert language._words(text * 2) == ["aa", "cC", "dd", "ee", "ff", "gg", "hh", "ii", "jj", "kk", "mm"] * 2
    assert language._words(text * 2) == _words_as_before(text * 2)


def _nameish_as_before(t):
    from geomove.mentions import tokens as tk
    from geomove.wordlists import ARTICLE_HYPHEN_RE

    return (t[:1].isalpha() and not t[:1].islower()) or bool(ARTICLE_HYPHEN_RE.match(t)) \
        or bool(tk._ELISION_RE.match(t)) or bool(tk._PREFIXED_NAME_RE.match(t)) \
        or bool(tk._ENDS_IN_A_NAME_RE.match(t))


def test_nameish_spelling_of_a_lower_case_word_without_hyphen_or_apostrophe():
    from geomove.mentions import tokens as tk

    pieces = ["al", "el", "ash", "d", "l", "mid", "trans", "made", "in", "from", "Ohio", "Japan", "Aquila",
              "Ivoire", "x", "é", "المالكية", "s", "-", "‑", "'", "’", "Z", "9"]
    rnd = random.Random(7)
    words = {"".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 5))) for _ in range(20_000)}
    words |= {"al-Hasakah", "ad‑Dawr", "d'Ivoire", "l’Aquila", "mid-Ohio", "made-in-Japan", "born-from-Ohio",
              "pro-Western", "the", "and", "o'clock", "rock'n'roll"}
    tk._LOWER_NAMEISH.clear()
    answers = {w: tk.is_nameish_spelling(w) for w in words}
    assert answers == {w: _nameish_as_before(w) for w in words}
    assert sum(answers.values()) > 100 and not all(answers.values())


def test_a_contraction_holds_an_apostrophe():
    # (match asks CONTRACTION_RE only of a word with ' or ’ in it)
    from geomove.wordlists import CONTRACTION_RE

    pieces = ["I", "ve", "you", "d", "ll", "can", "t", "don", "n", "'", "’", "ʼ", "s", "it", "we", "re"]
    rnd = random.Random(5)
    words = {"".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 4))) for _ in range(20_000)}
    matched = {w for w in words if CONTRACTION_RE.match(w)}
    assert len(matched) > 20 and all("'" in w or "’" in w for w in matched)
    assert CONTRACTION_RE.match("I’ve") and CONTRACTION_RE.match("don't") and not CONTRACTION_RE.match("Ive")
