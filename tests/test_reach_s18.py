"""The movements a new route is compared with (read.reach, issue 12): in a long text only those
told within SAME_EVENT_REACH_CHARS characters before it, found from a first index instead of a
test of every movement; a news report compares with every movement, as before."""

import time
from types import SimpleNamespace

from hypothesis import given, settings, strategies as st

import geomove
from geomove.read.head_noun import HEAD_NOUN_DRAFTS
from geomove.read.reach import Reach
from geomove.read.weights import SAME_EVENT_REACH_CHARS


def _frag(sentence):
    return SimpleNamespace(sentence=sentence)


def _draft(*sentences):
    return SimpleNamespace(frags=[_frag(s) for s in sentences])


def _plain(drafts, spans, clause):
    """Every movement whose latest clause starts at most SAME_EVENT_REACH_CHARS before ``clause``."""
    bound = spans[clause][0] - SAME_EVENT_REACH_CHARS
    return [(k, d) for k, d in enumerate(drafts)
            if (spans[max(f.sentence for f in d.frags)][0] if d.frags else 0) >= bound]


# one step of reading: a clause (of 0 to 4,000 characters) and what it does to the movements
step = st.tuples(st.integers(0, 4_000),
                 st.sampled_from(["new", "new", "list", "merge", "merge", "carry_older", "add_in_place", "take_out", "none"]),
                 st.integers(0, 10_000))


@settings(max_examples=300, deadline=None)
@given(st.lists(step, min_size=1, max_size=120))
def test_the_movements_in_reach_are_those_the_plain_test_gives(steps):
    spans, pos = [], 0
    for length, _, _ in steps:
        spans.append((pos, pos + length))
        pos += length + 1
    reach = Reach(spans, pos + SAME_EVENT_REACH_CHARS)  # (a long text: the window applies)
    drafts, last = [], None
    for i, (_, op, pick) in enumerate(steps):
        found = list(reach.of(drafts, i, last))
        assert found == _plain(drafts, spans, i)
        if op == "new" or not drafts:
            last = _draft(i)
            drafts.append(last)
        elif op == "list":  # a list's members, told in one clause, share its fragment
            told = _frag(i)
            members = [SimpleNamespace(frags=[told]) for _ in range(1 + pick % 3)]
            drafts.extend(members)
            last = members[-1]
        elif op == "merge" and found:  # joins a movement in reach (assemble.read_fragments)
            k = found[pick % len(found)][0]
            drafts[k] = last = SimpleNamespace(frags=drafts[k].frags + [_frag(i)])
        elif op == "carry_older":  # a referring subject names an older force (read.head_noun) ...
            older = drafts[-HEAD_NOUN_DRAFTS - 1:]
            k = len(drafts) - len(older) + pick % len(older)
            told = drafts[k].frags[-1] if drafts[k].frags else None
            # ... carried on with the members of its list
            for j, d in enumerate(drafts):
                if d.frags and d.frags[-1] is told:
                    drafts[j] = SimpleNamespace(frags=d.frags + [_frag(i)])
            last = drafts[k]
        elif op == "add_in_place" and last is not None:  # a pass adds a fragment to the last movement
            last.frags.append(_frag(i))
        elif op == "take_out" and len(found) > 1:  # an older movement in reach merged into the last
            k = found[pick % len(found)][0]
            if drafts[k] is not last:
                del drafts[k]


def test_a_report_within_reach_compares_with_every_movement():
    spans = [(0, 10), (11, 15_000), (15_001, SAME_EVENT_REACH_CHARS)]
    drafts = [_draft(0), _draft(1)]
    reach = Reach(spans, SAME_EVENT_REACH_CHARS)
    assert list(reach.of(drafts, 2)) == list(enumerate(drafts))


# A long situation report of my own: two theatres far apart, each with a convoy to the same
# border town and a later line that retells its own theatre's movement.
_OPENING = ("A convoy of 40 army trucks left Gao on Monday and reached Menaka on Tuesday, officials said. "
            "The trucks carried fuel and spare parts for the garrison, a local official told reporters.\n\n")
_RETOLD = "The column that had set out from Gao arrived in Menaka after a slow drive on sandy tracks.\n\n"
_FILLER = ("Markets in the old town stayed open through the week and the price of millet held steady. "
           "Teachers said classes resumed after the holiday and the clinic reported fewer cases of malaria. ")
_LATER = ("Army trucks drove from Gao to Menaka, a regional governor said. "
          "Residents counted the vehicles as they passed the checkpoint at the edge of town.\n\n")


def _report():
    filler = (_FILLER * (SAME_EVENT_REACH_CHARS // len(_FILLER) + 10)).strip() + "\n\n"
    return _OPENING + _RETOLD + filler + _LATER


def test_a_movement_retold_nearby_is_one_and_one_told_far_on_is_its_own(gazetteer):
    text = _report()
    assert len(text) > SAME_EVENT_REACH_CHARS + 2_000
    moves = geomove.extract(text, published="2026-11-20")
    # the retelling two sentences on joins the first convoy; the trucks told more than the
    # reach further on are a movement of its own (told within reach, they joined it: same ends,
    # no date or word against it, as before this window all three were one movement)
    assert len(moves) == 2, [m["properties"]["quote"] for m in moves]
    first, second = (m["properties"] for m in moves)
    assert first["origin"]["name"] == second["origin"]["name"] == "Gao"
    assert first["destination"]["name"] == second["destination"]["name"]
    assert "The column that had set out from Gao" in first["quote"] and first["start"] == "2026-11-16"
    assert second["quote"].startswith("Army trucks drove from Gao to Menaka") and second["start"] is None


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


def _long_text(kb: int) -> str:
    """Short reports of my own end to end, each movement on a day of its own (so none is the
    same movement as another: every one stays a movement the next ones are compared with)."""
    out, k = [], 0
    while sum(map(len, out)) < kb * 1000:
        day = f"{k % 28 + 1} {_MONTHS[k // 28 % 12]}"
        out.append(f"Government troops moved from Kidal to Tessalit on {day}, the army said. "
                   f"A convoy of 30 trucks left Mopti for Sevare on {day}, officials said. "
                   "Markets stayed open and schools resumed classes in the old town.\n\n")
        k += 1
    return "".join(out)[:kb * 1000]


def test_a_long_text_costs_in_proportion_to_its_length(gazetteer, monkeypatch):
    """Four times the text, about four times the time: no step compares every movement with
    every movement read before it (a 10 MB report was 2.4x its parts). The reach is made
    2,000 characters here so that texts of a few dozen kB are many reaches long (with every
    movement compared, the 80 kB text took ~10x the 20 kB one)."""
    monkeypatch.setattr("geomove.read.reach.SAME_EVENT_REACH_CHARS", 2_000)
    geomove.extract(_long_text(5), published="2026-11-20")  # the names in it, warm
    took = {}
    for kb in (20, 80):
        runs = []
        for _ in range(2):  # the best of two runs (a shared machine)
            began = time.process_time()
            geomove.extract(_long_text(kb), published="2026-11-20")
            runs.append(time.process_time() - began)
        took[kb] = min(runs)
    assert took[80] < 6 * took[20] + 0.3, took


# --- events.complete_halves asks only the origin-only movements near each destination-only one

from geomove.read.events import HALVES_ANAPHORIC_SENTENCES, HALVES_SENTENCES, _origin_halves_near, told_around

half = st.tuples(st.sampled_from(["origin", "destination", "both"]),
                 st.lists(st.integers(0, 60), min_size=0, max_size=4))


@settings(max_examples=400, deadline=None)
@given(st.lists(half, max_size=30), st.lists(st.integers(0, 60), min_size=1, max_size=4))
def test_the_halves_near_a_destination_hold_every_pair_its_first_test_passes(halves, d_sentences):
    drafts = [SimpleNamespace(origin={} if ends != "destination" else None,
                              destination={} if ends != "origin" else None, frags=[_frag(s) for s in told])
              for ends, told in halves]
    d0, d1 = min(d_sentences), max(d_sentences)
    near = _origin_halves_near(drafts)(d0, d1)
    assert near == sorted(near)
    for j, o in enumerate(drafts):
        if o.origin is None or o.destination is not None:
            assert j not in near
            continue
        if not o.frags:
            assert j in near
            continue
        sentences = [f.sentence for f in o.frags]
        o0, o1 = min(sentences), max(sentences)
        gap = max(d0 - o1, o0 - d1)
        passes = any(0 < gap <= reach or told_around(d_sentences, sentences, reach)
                     for reach in (HALVES_SENTENCES, HALVES_ANAPHORIC_SENTENCES))
        if passes:
            assert j in near
        assert (j in near) == (o0 <= d1 + HALVES_ANAPHORIC_SENTENCES and o1 >= d0 - HALVES_ANAPHORIC_SENTENCES)
