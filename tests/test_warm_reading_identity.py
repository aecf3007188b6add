"""The warm reading's shortcuts (speed21) give what the plain computation gives, on our own
sentences: each shortcut is switched off (or checked against the step it skips) and the
finder's answers compared."""

import pytest

from geomove.mentions import find_mentions
from geomove.mentions.finder import _Finder

# our own writing: runs of capitals that are names, demonyms, areas' demonyms, abbreviations,
# acronyms, persons, bodies and headline words, one and several words long
OWN_TEXTS = [
    "European officials said Syrian and Iraqi forces left Deir ez-Zor for Al-Hasakah on Monday.\n"
    "The Northern Bloc (NB) said NB units reached Qamishli Airport. US President Smith spoke.",
    "TROOPS MOVE NORTH\nMiddle Eastern and Southeast Asian markets fell as the U.S. Department "
    "of State warned Turkey's army near Kobani. Gen. John Hanley told Al Jazeera in Kabul.",
    "West and Central African states met in Abuja, Nigeria. Amnesty UK and Generation UK said "
    "the Kherson and Zaporizhzhia regions were shelled; Surrey, B.C. and Barrie, Ont. were calm.",
    "The Washington Post reported that Maryland and Pennsylvania National Guard units moved from "
    "Fort Bragg to the Pokrovsk direction, 40 km north of Kramatorsk, then on to South Africa.",
    "Mevlut Mert Altintas and Dora Faulkner visited Winnipeg Free Press offices; CTV Winnipeg and "
    "experts at CDC Atlanta said the Atlantic Council met. Asian African European Union Big Town.",
]


@pytest.fixture(scope="module")
def texts():
    return OWN_TEXTS


def test_scan_skips_only_what_match_answers_none(gazetteer, texts, monkeypatch):
    skipped = []
    plain_match = _Finder.match
    surely = _Finder._surely_no_match

    def checked(self, surface, first, n):
        answer = surely(self, surface, first, n)
        if answer:
            skipped.append((surface, n))
        return answer

    monkeypatch.setattr(_Finder, "_surely_no_match", checked)
    fast = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    assert {n for _, n in skipped} >= {1, 2}
    # every skipped call, asked of match in its run, answers None: the scan without the
    # shortcut finds the same mentions
    calls = []

    def recording(self, surface, run, k, n, marks):
        m = plain_match(self, surface, run, k, n, marks)
        if surely(self, surface, self.toks[run[k]], n):
            calls.append((surface, m))
        return m

    monkeypatch.setattr(_Finder, "_surely_no_match", lambda self, surface, first, n: False)
    monkeypatch.setattr(_Finder, "match", recording)
    slow = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    assert calls and all(m is None for _, m in calls), [s for s, m in calls if m is not None]
    assert fast == slow


def test_an_area_demonym_of_one_word_is_never_skipped(gazetteer):
    finder = _Finder("Officials European Asian said.", gazetteer)
    for tok in finder.toks[1:3]:
        assert not finder._surely_no_match(tok.text, tok, 1)
