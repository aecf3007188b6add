"""Session 48 (speed103): the passes that lend a count or a date told after a movement
(read.count_told_after, read.date_told_after) read a clause whole only when a movement told just
before it may still take what they lend (one that counts no people, one undated). The gate must
change no answer: each report below is read with it and with it switched off, why lines included.
Sentences of our own."""

import functools

import pytest

from geomove.read import assemble, clauses, count_told_after, date_told_after


@pytest.fixture()
def whole_reads(monkeypatch):
    """The clauses read whole, in order."""
    seen = []
    real_fragment = clauses._Reader.fragment

    def fragment(self, index, *, whole=False, **more):  # (more: referring, speed156)
        if whole:
            seen.append(index)
        return real_fragment(self, index, whole=whole, **more)

    monkeypatch.setattr(clauses._Reader, "fragment", fragment)
    return seen


def _ungated(monkeypatch):
    """Both passes with the movements' test switched off (every clause may lend)."""
    real = count_told_after.referring_clauses_after

    @functools.wraps(real)
    def ungated(a, may_lend, may_take=None):
        return real(a, may_lend)

    monkeypatch.setattr(count_told_after, "referring_clauses_after", ungated)
    monkeypatch.setattr(date_told_after, "referring_clauses_after", ungated)


def _read(text, gazetteer):
    why: list = []
    found = assemble.extract(text, gazetteer=gazetteer, published="2026-11-20", why=why, include_all=True)
    return found, why


def _counts(found):
    return [[c.get("value") for c in f["properties"].get("counts") or []] for f in found]


# a movement that counts its soldiers and has its day, then a referring clause with a number and a day
COUNTED_AND_DATED = ("About 200 soldiers moved from Bouake to Korhogo on Tuesday. "
                     "The troops, some 350 of them, travelled on Monday by truck.")
# a movement with no count and no day, then a referring clause that tells both
BARE = ("A battalion moved from Bouake to Korhogo, the army said. "
        "The soldiers, about 350 of them, travelled by truck on Monday.")
# the same, in another theatre, with the day first in the referring clause
BARE_ELSEWHERE = ("Marines were flown from Darwin to Katherine, officials said. "
                  "On Sunday the marines, about 120 of them, travelled in two aircraft.")

REPORTS = [COUNTED_AND_DATED, BARE, BARE_ELSEWHERE,
           # near misses: no movement before the clause; a clause that refers to nothing
           "The soldiers, about 350 of them, travelled by truck on Monday.",
           "About 200 soldiers moved from Bouake to Korhogo. Farmers, about 90 of them, travelled to Man on Friday."]


def test_a_movement_that_has_its_count_and_day_has_no_clause_read_whole_for_them(gazetteer, whole_reads):
    found, _why = _read(COUNTED_AND_DATED, gazetteer)
    assert [f["properties"]["destination"]["name"] for f in found] == ["Korhogo"]
    assert _counts(found) == [[200]]  # (its own count, not the one told after)
    assert 1 not in whole_reads


def test_a_count_told_after_a_movement_that_counts_nobody_is_still_lent(gazetteer, whole_reads):
    found, why = _read(BARE, gazetteer)
    assert [f["properties"]["destination"]["name"] for f in found] == ["Korhogo"]
    assert _counts(found) == [[350]]
    assert 1 in whole_reads
    assert any("tells how many moved" in w for w in why)


@pytest.mark.parametrize("text", REPORTS)
def test_the_gate_changes_no_answer(gazetteer, monkeypatch, text):
    gated = _read(text, gazetteer)
    _ungated(monkeypatch)
    assert _read(text, gazetteer) == gated


def test_the_movements_told_before_are_those_the_passes_read(gazetteer):
    # (drafts_told_before, of any status, is what latest_told_before picks its status from)
    seen = []
    real = count_told_after.latest_told_before

    def latest(a, i, status, reach=count_told_after.COUNT_AFTER_CLAUSES, by_sentence=None):
        expected = [d for d in a.drafts if d.status == status and any(i - reach <= f.sentence < i for f in d.frags)]
        assert [d for d in count_told_after.drafts_told_before(a, i, reach) if d.status == status] == expected
        # (the passes' drafts filed by sentence, speed120, give the same)
        assert [d for d in count_told_after.drafts_told_before(a, i, reach, by_sentence) if d.status == status] == expected
        seen.append(i)
        return real(a, i, status, reach, by_sentence)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(count_told_after, "latest_told_before", latest)
        mp.setattr(date_told_after, "latest_told_before", latest)
        for text in REPORTS:
            _read(text, gazetteer)
    assert seen
