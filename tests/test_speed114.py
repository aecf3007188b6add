"""speed114 (session 51): the scan stage's shortcuts give the same answers as what they replace.

- ``TextStructure.next_word(j)`` is ``next_tokens(j, 1)``'s one token (or None), without the
  list: asked of every token of our own sentences and of texts hypothesis builds from words,
  full stops, commas and line breaks (sentence ends), the last token and the first included.
- ``RunScanner._has_name_kept``, ``_demonym_kept`` and ``_no_reading_alone`` read their kept
  tables in place and go to ``_kept`` only for a spelling not kept yet: each answers as the
  gazetteer's own ``has_name`` / ``demonym`` / ``_no_reading_of_token`` do, the first time a
  spelling is asked (kept then) and the second (read from the table), and the tables hold what
  ``_kept`` would have kept (a demonym's None included).
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions.scan import RunScanner, _SpellingFacts
from geomove.mentions.tokens import TextStructure
from geomove.textutil import tokenize_with_texts


class _Tokens(TextStructure):
    def __init__(self, text: str):
        self.text = text
        self.toks, self.tok_texts = tokenize_with_texts(text)


def _old_next_word(s: _Tokens, j: int):
    """What the scan's tests asked before: next_tokens(j, 1)'s first token, or None."""
    nxt = s.next_tokens(j, 1)
    return nxt[0] if nxt else None


OWN_TEXTS = [
    "The convoy left Gao. Kidal residents watched it pass.",
    "Troops of the Baltic Fleet sailed; the Lassa fever ward closed",
    "Officials near the White House said nothing.\nKallax AB",
    "A",
    "",
    "Rain. . . Then Mopti",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Gao", "residents", "Fleet", "fever", "the", ".", ",", "\n\n", "!", "Mr.", "A"]),
                max_size=14).map(" ".join))
def test_next_word_is_next_tokens_one(text):
    s = _Tokens(text)
    for j in range(len(s.toks)):
        assert s.next_word(j) is _old_next_word(s, j), (text, j)


def test_next_word_on_own_texts():
    asked = 0
    for text in OWN_TEXTS:
        s = _Tokens(text)
        for j in range(len(s.toks)):
            assert s.next_word(j) is _old_next_word(s, j), (text, j)
            asked += 1
    assert asked > 20
    s = _Tokens("The convoy left Gao. Kidal residents watched it pass.")
    gao = s.tok_texts.index("Gao")
    assert s.next_word(gao).text == "."  # (the full stop is in Gao's sentence)
    assert s.next_word(gao + 1) is None  # ... and Kidal opens the next one
    assert s.next_word(s.tok_texts.index("Kidal")).text == "residents"


class _Gaz:
    """A gazetteer stand-in the spelling facts are kept for (weakly referenced)."""


class _Scanner(RunScanner):
    """The kept-facts methods over a small world of names and demonyms, counting the asks."""

    NAMES = {"Gao", "Kidal", "Mopti", "Timbuktu", "Mali", "The", "Niger River"}
    DEMONYMS = {"Malian": "ML", "Nigerien": "NE"}

    def __init__(self):
        self.gaz = _Gaz()
        self.acronyms = {}
        self.asked = []

    def has_name(self, surface):
        self.asked.append(("has_name", surface))
        return surface in self.NAMES

    def demonym(self, surface):
        self.asked.append(("demonym", surface))
        return self.DEMONYMS.get(surface)


SPELLINGS = ["Gao", "Kidal", "Malian", "Nigerien", "Bamako", "The", "GAO", "Niger River", "Frobnitz", "US",
             "Gao-Kidal", "I've", "Mr"]


def test_kept_facts_answer_as_the_gazetteer_first_and_again():
    s = _Scanner()
    for rnd in range(2):
        for word in SPELLINGS:
            assert s._has_name_kept(word) == (word in _Scanner.NAMES)
            assert s._demonym_kept(word) == _Scanner.DEMONYMS.get(word)
    # each spelling asked of the gazetteer once, in the first round only
    assert sorted(s.asked) == sorted({(k, w) for k, w in s.asked})
    facts = s._spelling_facts()
    assert isinstance(facts, _SpellingFacts)
    assert facts.demonym["Bamako"] is None and facts.demonym["Malian"] == "ML"
    assert facts.has_name["Kidal"] is True and facts.has_name["Frobnitz"] is False


def test_no_reading_alone_as_kept_through_kept():
    """_no_reading_alone, read from its table in place, answers as the spelling's own test
    (_no_reading_of_token) and as _kept's route, for a first sight and a second."""
    for text in ["Gao and Kidal. GAO, US, Malian, Bamako, The, Frobnitz, Gao-Kidal, I've."]:
        toks, _texts = tokenize_with_texts(text)
        s, ref = _Scanner(), _Scanner()
        for rnd in range(2):
            for tok in toks:
                if not tok.text[:1].isalpha():
                    continue
                want = ref._kept("no_reading_alone", tok.text, ref._no_reading_of_token, tok) \
                    and not (tok.text in ref.acronyms and tok.is_upper)
                assert s._no_reading_alone(tok) == want, (tok.text, rnd)
        assert s._spelling_facts().no_reading_alone == ref._spelling_facts().no_reading_alone
        assert s._spelling_facts().no_reading_alone["Frobnitz"] is True
        assert s._spelling_facts().no_reading_alone["Gao"] is False


# the person's and organisation's rules (persons.py) and match's hyphen test (scan.py) read a
# name's candidates through shared_candidates_of, not candidates' copies: they only test the rows.
# A text of our own that takes those routes (a title opening an area's name, a surname spelled as
# a province's other name, a given name spelled as a famous place, a facility named after a
# person, a hyphened pair), read twice: the shared rows are not written into, and the mentions
# are the same both times.
SHARED_ROUTES = ("Prince Edward Island ferries sailed. Barnes Wallis designed it, Chad Williams said. "
                 "Jomo Kenyatta International Airport was reopened; the Gao-Kidal road and Sheikh Zuweid "
                 "stayed shut. Falls Church and Kyiv Post staff left Victoria Falls for Georgia Stevens' farm.")


def test_shared_rows_are_only_read(gazetteer):
    import copy

    from geomove.mentions import _Finder, find_mentions
    from geomove.mentions.candidates import shared_candidates

    first = find_mentions(SHARED_ROUTES, gazetteer=gazetteer)
    cache = shared_candidates(gazetteer)
    before = {k: copy.deepcopy(v) for k, v in list(cache.items())}
    again = find_mentions(SHARED_ROUTES, gazetteer=gazetteer)
    assert [(m["surface"], m["role"]) for m in again] == [(m["surface"], m["role"]) for m in first]
    for k, v in before.items():
        if k in cache:
            assert cache[k] == v, k
    surfaces = {m["surface"] for m in first}
    assert "Prince Edward Island" in surfaces and "Gao" in surfaces and "Kidal" in surfaces
    # (candidates() is shared_candidates_of's rows copied: the same rows, other objects)
    f = _Finder("Barnes Wallis designed it.", gazetteer)
    rows, copies = f.shared_candidates_of("Wallis", None), f.candidates("Wallis", None)
    assert rows == copies and all(a is not b for a, b in zip(rows, copies))


# persons._club_named_after_its_town skips its loop over the run's pairs when no word but the
# last can open a club's name (_CLUB_OPENING_WORDS, CLUB_HEADS_IN_CAPITALS). The loop as it was,
# kept here as the reference, must give the same (start, end) on every run.
from geomove.mentions.persons import _CLUB_NAME_JOINTS, PersonsAndOrganisations  # noqa: E402
from geomove.wordlists import (CLUB_HEAD_PAIRS, CLUB_HEADS, CLUB_HEADS_IN_CAPITALS, CLUB_NOUNS,  # noqa: E402
                               CLUB_TAILS, CLUB_TAILS_IN_CAPITALS, CONNECTORS, SPORT_WORDS, STOPWORDS)


class _Clubs(PersonsAndOrganisations, TextStructure):
    """The person's rules over a text's tokens, with a gazetteer of a few whole names."""

    NAMES = {"Bnei Brak", "Red Star City"}

    class gaz:
        max_name_tokens = 6

    def __init__(self, text):
        self.text = text
        self.toks, self.tok_texts = tokenize_with_texts(text)

    def has_name(self, surface):
        return surface in self.NAMES

    # (the person's rules ask names through the scan's kept table since speed130: no table here)
    _has_name_kept = has_name

    def shared_candidates_of(self, name, kind):
        return [{"name": name, "name_similarity": 1.0}] if name in self.NAMES else []

    candidates = shared_candidates_of


def _club_by_the_loop(s, run, words, lead=()):
    """_club_named_after_its_town before speed114: every pair of the run tried."""
    if len(lead) == 2 and lead[1].text in CLUB_NOUNS and lead[0].lower in SPORT_WORDS \
            and s._adjacent(lead[1], words[0]):
        return 0, len(words)
    for k in range(len(words) - 1):
        head, nxt = words[k], words[k + 1]
        if not (head.text in CLUB_HEADS_IN_CAPITALS or (
                head.lower in CLUB_HEADS and head.text[:1].isupper() and not head.text.isupper())
                or (k > 0 and (words[k - 1].lower, head.lower) in CLUB_HEAD_PAIRS
                    and words[k - 1].text[:1].isupper() and head.text[:1].isupper())):
            continue
        if not s._adjacent(head, nxt) or s._full_name_from(run, k):
            continue
        end = k + 1
        while end < len(words) and (words[end].text[:1].isupper() or (
                words[end].lower in _CLUB_NAME_JOINTS and end + 1 < len(words)
                and words[end + 1].text[:1].isupper())):
            end += 1
        if end > k + 1:
            return k, end
    tail, before = words[-1], words[-2]
    if (tail.text in CLUB_TAILS_IN_CAPITALS or (
            tail.lower in CLUB_TAILS and tail.text[:1].isupper() and not tail.text.isupper())) \
            and before.text[:1].isupper() and before.lower not in STOPWORDS and before.lower not in CONNECTORS \
            and s._adjacent(before, tail):
        start = len(words) - 2
        while start > 0 and words[start - 1].text[:1].isupper() and words[start - 1].is_word \
                and words[start - 1].lower not in STOPWORDS:
            start -= 1
        return start, len(words)
    return None


_CLUB_WORDS = ["Real", "REAL", "real", "Madrid", "Red", "Star", "star", "Belgrade", "Bnei", "Brak", "AC", "Ac", "Milan",
               "FC", "CF", "Valencia", "United", "Rovers", "de", "Marseille", "Olympique", "The", "Maccabi", "Haifa",
               "City", "Leeds", "football", "club", "Sloboda"]


def _agree_on_clubs(text):
    s = _Clubs(text)
    n = len(s.toks)
    asked = 0
    for i in range(n):
        for j in range(i + 2, min(n, i + 7) + 1):
            run = list(range(i, j))
            words = [s.toks[k] for k in run]
            lead = s.toks[max(0, i - 2):i]
            assert s._club_named_after_its_town(run, words, lead) == _club_by_the_loop(s, run, words, lead), \
                (text, [w.text for w in words])
            asked += 1
    return asked


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CLUB_WORDS), min_size=2, max_size=9).map(" ".join))
def test_club_gate_as_the_loop(text):
    _agree_on_clubs(text)


def test_club_gate_on_own_texts():
    texts = ["the football club Sloboda Tuzla won", "Red Star Belgrade beat Real Madrid and AC Milan",
             "Bnei Brak fans met Leeds United and Blackburn Rovers", "Olympique de Marseille lost to Valencia CF",
             "The United States and Red Star City"]
    assert sum(_agree_on_clubs(t) for t in texts) > 50
    s = _Clubs("Red Star Belgrade beat Real Madrid")
    words = s.toks
    assert s._club_named_after_its_town([0, 1, 2], words[:3]) == (1, 3)  # ("Star Belgrade" after "Red")
    assert s._club_named_after_its_town([3, 4, 5], words[3:6]) == (1, 3)  # ("Real Madrid" after "beat")
    assert s._club_named_after_its_town([2, 3], words[2:4]) is None  # (no head, no tail)
    assert s._club_named_after_its_town([4, 5], words[4:6]) == (0, 2)


# classify_run's gates (the club loop's, the facility-name loop's, the Romance body head's
# generator) each skip work only where it would find nothing: with every gate opened (a word set
# that meets every run), classify_run marks the same words and keeps the same person words, on
# runs of our own texts and of texts hypothesis builds from the words the gates look for.
class _Opens:
    """A stand-in for a gate's word set that every run meets: the work is always done."""

    def isdisjoint(self, _words):
        return False


def _classified(gazetteer, text):
    from geomove.mentions import _Finder

    f = _Finder(text, gazetteer)
    runs = f.runs()
    return [f.classify_run(run) for run in runs], sorted(f.person_words)


def _agree_with_gates_open(gazetteer, text, monkeypatch):
    import geomove.mentions.persons as persons

    gated = _classified(gazetteer, text)
    with monkeypatch.context() as m:
        for name in ("_CLUB_OPENING_WORDS", "_FACILITY_LAST_WORDS"):
            m.setattr(persons, name, _Opens())
        m.setattr(persons, "ROMANCE_BODY_HEADS", _RomanceOpen(persons.ROMANCE_BODY_HEADS))
        opened = _classified(gazetteer, text)
    assert gated == opened, text
    return gated


class _RomanceOpen(frozenset):
    """ROMANCE_BODY_HEADS that every run meets, its words still tested one by one."""

    def isdisjoint(self, _words):
        return False


GATED_TEXTS = [
    "Real Madrid beat Red Star Belgrade; Jomo Kenyatta International Airport closed. Guardia Nacional troops "
    "and the Policía Nacional Civil left. President Ruto met Maccabi Haifa fans at Simon Bolivar Bridge.",
    "The Camp General Stefanik gate opened. Operation Lone Star ended; Blackburn Rovers and Valencia CF drew.",
]


def test_classify_run_gates_on_own_texts(gazetteer, monkeypatch):
    marks = [_agree_with_gates_open(gazetteer, t, monkeypatch) for t in GATED_TEXTS]
    assert any("org" in m.values() for m in marks[0][0])  # (a club and a body were marked)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Real", "Madrid", "Guardia", "Nacional", "Civil", "International", "Airport",
                                 "Bridge", "Camp", "General", "Kenyatta", "Red", "Star", "FC", "United", "the",
                                 "and", "in", "Policía", "Gao", ".", ","]), min_size=2, max_size=12).map(" ".join))
def test_classify_run_gates_hypothesis(gazetteer, text):
    import pytest
    with pytest.MonkeyPatch.context() as mp:
        _agree_with_gates_open(gazetteer, text, mp)


def test_facility_gate_on_two_word_names(gazetteer, monkeypatch):
    """_facility_named_after_person with its gate and with the gate opened, on every run of a
    text of facility names of two words and more (the kind word right after the first word)."""
    import geomove.mentions.persons as persons
    from geomove.mentions import _Finder

    text = ("Jets left Bagram Airfield, Kandahar Airfield and Incirlik Air Base; Heathrow Airport and "
            "Gatwick Airport shut, Jomo Kenyatta International Airport too. Kallax Airport reopened.")
    f = _Finder(text, gazetteer)
    runs = [r for r in f.runs() if len(r) >= 2]
    gated = [f._facility_named_after_person(r) for r in runs]
    with monkeypatch.context() as m:
        m.setattr(persons, "_FACILITY_LAST_WORDS", _Opens())
        assert [f._facility_named_after_person(r) for r in runs] == gated
    assert sum(gated) >= 2, gated  # (the index knows some of them whole)
