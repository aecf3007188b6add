"""Session 59 (speed156): the passes that lend from a clause told after a movement
(read.count_told_after, read.date_told_after) ask ``_Reader.fragment(i, whole=True,
referring=True)``, which stops before the clause's actor, what moved and dates are read when no
word of its subject can refer back (``_Reader._subject_told_before``). The shortcut must change no
reading the passes use: a clause it passes over reads whole as not referring back, any other reads
exactly as before, and every answer is the same with the shortcut switched off. Sentences of our own."""

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from geomove.read import assemble, clauses


def _check_every_clause(seen):
    """A last pass that reads every clause both ways and compares them."""
    def check(a):
        reader = a.reader
        for i in range(len(reader.spans)):
            whole = reader.fragment(i, whole=True)
            told = reader.fragment(i, whole=True, referring=True)
            if told is None:
                assert whole is None or not whole.anaphoric, (i, whole)
                seen.append(("passed over" if whole is not None else "none", i))
            else:
                assert repr(told) == repr(whole), i
                seen.append(("read", i))
    return check


def _read_checked(text, gazetteer, monkeypatch):
    seen: list = []
    monkeypatch.setattr(assemble, "PASSES", assemble.PASSES + (_check_every_clause(seen),))
    assemble.extract(text, gazetteer=gazetteer, published="2026-11-20", include_all=True)
    return seen


def _read(text, gazetteer):
    why: list = []
    found = assemble.extract(text, gazetteer=gazetteer, published="2026-11-20", why=why, include_all=True)
    return found, why


def _unshortened(monkeypatch):
    """The passes reading every clause whole again, as before speed156."""
    real = assemble.Assembly.clause_read_whole

    def read_whole(self, i, referring=False):
        return real(self, i)

    monkeypatch.setattr(assemble.Assembly, "clause_read_whole", read_whole)


REPORTS = [
    # a count and a day lent by a clause that refers back ("The soldiers", "They")
    "A battalion moved from Bouake to Korhogo, the army said. The soldiers, about 350 of them, travelled by truck on Monday.",
    "Gendarmes were sent from Zinder to Agadez, officials said. They numbered about 90 and drove at night.",
    # a clause whose subject names another group, a state, a ship told before
    "A battalion moved from Bouake to Korhogo. Farmers, about 90 of them, travelled on Friday.",
    "Marines were flown from Darwin to Katherine. Japan deployed 400 sailors on Sunday.",
    "The frigate Aurore sailed from Brest to Dakar. She carried 120 sailors and arrived on Tuesday.",
    # the place told again ("the region") and a possessive subject
    "Troops moved from Mopti to Gao. Around 500 soldiers were airlifted to the region on Friday.",
    "Troops moved from Mopti to Gao on Monday. Their trucks, some 40 of them, travelled by night.",
    # "the same": what moved may refer back by its own words
    "Police units left Kano for Jos. The same units, about 300 officers, travelled on Wednesday.",
    "Police units left Kano for Jos. The same day, 300 workers travelled by bus.",
    "Police units left Kano for Jos. The ministry then moved the same units, about 300 officers, on Wednesday.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_the_shortcut_changes_no_answer(gazetteer, monkeypatch, text):
    shortened = _read(text, gazetteer)
    _unshortened(monkeypatch)
    assert _read(text, gazetteer) == shortened


@pytest.mark.parametrize("text", REPORTS)
def test_a_clause_passed_over_reads_whole_as_not_referring_back(gazetteer, monkeypatch, text):
    seen = _read_checked(text, gazetteer, monkeypatch)
    assert sorted(i for _kind, i in seen) == list(range(len(seen))) and len(seen) >= 2  # (every clause compared)


def test_a_subject_of_its_own_is_passed_over_unread(gazetteer, monkeypatch):
    # ("Japan deployed ...": a state names its own force, no group told before)
    seen = _read_checked(REPORTS[3], gazetteer, monkeypatch)
    assert ("passed over", 1) in seen


def test_a_subject_that_refers_back_is_read_whole(gazetteer, monkeypatch):
    seen = _read_checked(REPORTS[0], gazetteer, monkeypatch)
    assert ("read", 1) in seen
    found, why = _read(REPORTS[0], gazetteer)
    assert [[c.get("value") for c in f["properties"].get("counts") or []] for f in found] == [[350]]
    assert any("tells how many moved" in w for w in why)


def test_the_same_words_are_looked_for_in_the_whole_report():
    reader = clauses._Reader("Police units left Kano. The same units travelled on.", [], None)
    assert reader._tells_the_same()
    assert not clauses._Reader("Police units left Kano. Those units travelled on.", [], None)._tells_the_same()


# reports made of a movement and clauses after it, their subjects of every kind the test of
# referring back reads: pronouns, "the same", possessives, parts, ships, states, other groups
_MOVEMENTS = ["A battalion moved from Bouake to Korhogo.", "Marines were flown from Darwin to Katherine on Monday.",
              "The frigate Aurore sailed from Brest to Dakar.", "Police units left Kano for Jos, officials said."]
_SUBJECTS = ["The soldiers", "They", "It", "She", "The same units", "The same day, workers", "Their trucks",
             "Of these, 250", "Japan", "Farmers", "The troops, about 300 of them,", "Most of them",
             "The vehicles, which belong to the 4th Division,", "After refuelling, they", "The convoy",
             "Residents filmed it", "The militants", "The army"]
_PREDICATES = ["travelled by truck on Monday.", "numbered about 120 and drove at night.", "were seen passing through.",
               "arrived on Tuesday.", "deployed 400 sailors.", "left two days later.", "flew them on.",
               "moved on, the army said.", "then moved the same units on Friday."]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(_MOVEMENTS),
       st.lists(st.tuples(st.sampled_from(_SUBJECTS), st.sampled_from(_PREDICATES)), min_size=1, max_size=3))
def test_made_up_reports_read_alike_both_ways(gazetteer, movement, told):
    text = " ".join([movement] + [f"{subject} {predicate}" for subject, predicate in told])
    with pytest.MonkeyPatch.context() as mp:
        _read_checked(text, gazetteer, mp)


def _cues_checked(monkeypatch):
    """Every role cue asked, compared with the cue read afresh; the asks answered from the report's kept cues."""
    from geomove.read import roles
    kept_asks = []
    real = roles.RoleReading._cue_for

    def cue_for(self, mention, floor, triggers):
        known = len(self._cues)
        cue = real(self, mention, floor, triggers)
        assert cue == self._cue_read(mention, floor, triggers)
        if len(self._cues) == known:
            kept_asks.append(cue)
        return cue

    monkeypatch.setattr(roles.RoleReading, "_cue_for", cue_for)
    return kept_asks


@pytest.mark.parametrize("text", REPORTS)
def test_a_kept_role_cue_is_the_cue_read_again(gazetteer, monkeypatch, text):
    _cues_checked(monkeypatch)
    _read_checked(text, gazetteer, monkeypatch)


def test_a_clause_read_again_has_its_cues_kept(gazetteer, monkeypatch):
    # (the check pass reads every clause again whole: its places' cues are the kept ones)
    kept_asks = _cues_checked(monkeypatch)
    _read_checked("Troops moved from Mopti to Gao on Monday. The soldiers then drove to Kidal.", gazetteer, monkeypatch)
    assert len(kept_asks) >= 3


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(_MOVEMENTS),
       st.lists(st.tuples(st.sampled_from(_SUBJECTS + ["Troops"]),
                          st.sampled_from(_PREDICATES + ["moved from Gao to Kidal.", "drove back to Mopti via Gao.",
                                                         "were sent to the region near Jos."])), min_size=1, max_size=3))
def test_made_up_reports_have_the_cues_read_afresh(gazetteer, movement, told):
    text = " ".join([movement] + [f"{subject} {predicate}" for subject, predicate in told])
    with pytest.MonkeyPatch.context() as mp:
        _cues_checked(mp)
        _read_checked(text, gazetteer, mp)
