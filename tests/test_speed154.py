"""speed154: three assembly passes that still ran in reports with no movement now stop early, and
only where they provably cannot act (sentences and reports of our own).

- ``in_particle_place.moved_in_where_told`` reads a clause whole only when one of its triggers is
  a verb of moving with a bare "in" and the clause before it names a place it could go into;
- ``assemble.via_on_the_way`` returns at once when no clause was told on the way;
- ``assemble.destination_told`` returns at once when no movement was read as reported."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from geomove.movements import extract
from geomove.read import assemble as asm
from geomove.read import clauses
from geomove.read import in_particle_place as ipp
from geomove.read.state import _Draft


class _NoReading:
    """A reader that fails on any question: a pass that may stop early must ask none."""

    def __getattr__(self, name):
        raise AssertionError(f"the pass read the report ({name})")


def _ends(text: str) -> list[tuple]:
    out = []
    for f in extract(text, published="2026-03-04"):
        p = f["properties"]
        name = lambda e: e and e.get("name")  # noqa: E731
        out.append((name(p["origin"]), name(p["destination"]), tuple(v.get("name") for v in p.get("via") or [])))
    return out


# --- moved_in_where_told -------------------------------------------------------------------------

def _moved_in_at_s58start(a) -> None:
    """The pass as it was at s58start: every clause whose trigger passes the particle test read
    whole, whether or not a place stood before it."""
    reader = a.reader
    taken = a.clauses_taken()
    for i in a.endless:
        if i in taken:
            continue
        s, e = reader.spans[i]
        if not any(t.group(0).lower() in ipp._VERBS and ipp._IN_PARTICLE.match(reader.text, t.end())
                   for t in reader._triggers_in(s, e)):
            continue
        frag = reader.fragment(i, whole=True)
        if frag is None or frag.status != "reported" or frag.origin or frag.destination \
                or not ipp.particle_in(reader.text, frag):
            continue
        place = ipp.place_of_clause_before(reader, s, frag.trigger_start)
        if place is None:
            continue
        d = _Draft(None, [], {**place, "inferred": True}, [frag], "reported")
        later = next((k for k, o in enumerate(a.drafts) if min(f.sentence for f in o.frags) > i), len(a.drafts))
        a.drafts.insert(later, d)
        a.why.append(f"sentence {i}: '{frag.trigger} in' into the place the clause before names: {place.get('name')}")
    ipp.sent_in_from_where_told(a)


@pytest.fixture
def whole_reads(monkeypatch):
    """The clauses the particle pass reads whole, in the order it asked."""
    asked: list[int] = []
    inside = [False]
    plain = clauses._Reader.fragment

    def fragment(self, index, *, whole=False, **more):  # (more: referring, speed156)
        if inside[0] and whole:
            asked.append(index)
        return plain(self, index, whole=whole, **more)

    def watched(step):
        def run(a):
            inside[0] = True
            try:
                return step(a)
            finally:
                inside[0] = False
        return run

    monkeypatch.setattr(clauses._Reader, "fragment", fragment)
    monkeypatch.setattr(asm, "PASSES", tuple(watched(p) if p is ipp.moved_in_where_told else p for p in asm.PASSES))
    return asked


_PARTICLE_TEXTS = [
    # a place in the clause before: the force goes there
    "Police took control of the central market in Mopti on Tuesday, sending in 400 officers.",
    "Rebels overran the garrison at Kidal on Friday and the army moved in with armoured vehicles.",
    # the verb and its bare "in", no place before it in the sentence
    "The ministry was sending in 300 soldiers, an official said on Tuesday.",
    "Officials said the army had moved in with tanks after the riots.",
    # a place before, but the subject, not a place governed in the clause
    "Bamako, sending in 200 more soldiers, said the operation would last a month.",
    # no particle at all
    "Troops left Gao for Menaka on Monday.",
]


@pytest.mark.parametrize("text", _PARTICLE_TEXTS)
def test_particle_pass_reads_as_at_s58start(monkeypatch, text):
    now = _ends(text)
    monkeypatch.setattr(asm, "PASSES", tuple(_moved_in_at_s58start if p is ipp.moved_in_where_told else p
                                             for p in asm.PASSES))
    assert _ends(text) == now


def test_particle_with_no_place_before_is_not_read_whole(whole_reads):
    assert _ends("The ministry was sending in 300 soldiers, an official said on Tuesday.") == []
    assert whole_reads == []


def test_particle_after_a_place_is_read_and_goes_there(whole_reads):
    assert _ends("Police took control of the central market in Mopti on Tuesday, sending in 400 officers.") \
        == [(None, "Mopti", ())]
    assert whole_reads == [0]


# --- via_on_the_way ------------------------------------------------------------------------------

def test_on_the_way_pass_reads_nothing_without_a_clause_told_on_the_way():
    a = SimpleNamespace(reader=_NoReading(), book=_NoReading(), drafts=[_Draft(None, [], None, [], "reported")],
                        endless=[0], on_the_way=[], why=[])
    asm.via_on_the_way(a)
    assert a.why == []


def test_on_the_way_pass_still_reads_a_clause_told_on_the_way():
    a = SimpleNamespace(reader=_NoReading(), book=_NoReading(), drafts=[], endless=[], on_the_way=[(1, None)], why=[])
    with pytest.raises(AssertionError, match="read the report"):
        asm.via_on_the_way(a)
    assert _ends("A convoy of 40 trucks left Goma for Bukavu on Monday. On the way, it stopped in Minova.") \
        == [("Goma", "Bukavu", ("Minova",))]


# --- destination_told ----------------------------------------------------------------------------

def test_destination_pass_reads_nothing_without_a_reported_movement():
    planned = _Draft(None, [], None, [SimpleNamespace(sentence=0)], "planned")
    a = SimpleNamespace(reader=_NoReading(), book=_NoReading(), drafts=[planned], why=[])
    asm.destination_told(a)
    assert a.drafts == [planned] and a.why == []


def test_destination_pass_still_reads_after_a_reported_movement():
    reported = _Draft(None, [], None, [SimpleNamespace(sentence=0)], "reported")
    a = SimpleNamespace(reader=_NoReading(), book=_NoReading(), drafts=[reported], why=[])
    with pytest.raises(AssertionError, match="read the report"):
        asm.destination_told(a)
    assert _ends("Two hundred soldiers left Bamako on Monday by road. Their destination is Gao.") \
        == [("Bamako", "Gao", ())]
