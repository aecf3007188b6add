"""Session 26: a long text's sections no longer pay more than their length for two passes.

- mentions.article_tails asked the word right before every article-led name ('Brak| al-Shati')
  by a search of all the text before it; it now searches a window before the name and the whole
  text only when the word runs past the window: the same word.
- Ranking in context tells the section's Gaps every reading it will measure (distance.NearestTable;
  the floats themselves are tested in test_gaps_many.py): a long text's mentions are the same with
  and without the table."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions.article_tails import WORD_WINDOW, _name_right_before, _word_ending_at


def _word_before_as_searched_before(text: str, end: int) -> str:
    """The search this replaces: everything before ``end``."""
    word = re.search(r"[\w'’]+$", text[:end])
    return word.group() if word is not None and word.end() == end else ""


_ALPHABET = st.sampled_from(list("ab' ’\nZé-,") + ["x" * WORD_WINDOW, "Brak", " al-Shati"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=12), st.integers(min_value=0, max_value=400))
def test_the_word_before_a_name_is_the_one_the_whole_text_search_found(parts, cut):
    text = "".join(parts)
    end = min(cut, len(text))
    assert _word_ending_at(text, end) == _word_before_as_searched_before(text, end)


def test_a_word_longer_than_the_window_is_read_whole():
    head = "Q" + "q" * (3 * WORD_WINDOW)
    text = f"Troops drove to {head} al-Shati."
    start = text.index("al-Shati")
    assert _word_ending_at(text, start - 1) == head
    assert _name_right_before(text, start)  # capitalised, no everyday word


def test_a_tail_after_a_comma_or_a_lower_case_word_is_no_compound():
    text = "Fighters left Aleppo, al-Bab and then near al-Tanf."
    assert not _name_right_before(text, text.index("al-Bab"))
    assert not _name_right_before(text, text.index("al-Tanf"))


def _long_text_of_our_own(chars: int) -> str:
    """The golden lines' sentences (our own writing, many theatres) end to end, a paragraph each."""
    import json
    from pathlib import Path

    texts, total = [], 0
    for line in (Path(__file__).parent / "golden" / "movements.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            text = json.loads(line)["text"]
            texts.append(text)
            total += len(text) + 2
            if total > chars:
                break
    return "\n\n".join(texts)


def test_a_long_texts_mentions_are_the_same_with_and_without_the_nearest_table(monkeypatch):
    from geomove.distance import Gaps, NearestTable
    from geomove.gazetteer import Gazetteer
    from geomove.mentions import find_mentions

    gaz = Gazetteer.default()
    text = _long_text_of_our_own(45_000)
    built = []
    expect = Gaps.expect

    def counted(self, points):
        expect(self, points)
        built.append(bool(self._table[0]))

    monkeypatch.setattr(Gaps, "expect", counted)
    monkeypatch.setattr(NearestTable, "FROM_PAIRS", 1)
    with_table = find_mentions(text, gazetteer=gaz)
    assert any(built), "the sections' contexts were measured from the table"
    monkeypatch.setattr(NearestTable, "FROM_PAIRS", 10**12)
    monkeypatch.setattr(NearestTable, "IMPORTED_FROM_PAIRS", 10**12)
    built.clear()
    without = find_mentions(text, gazetteer=gaz)
    assert not any(built)
    assert with_table == without
    assert sum(m.get("lat") is not None for m in without) > 100


def test_the_points_within_a_distance_are_those_every_point_measured_gives():
    """context.LatitudeBand (a reading's backing names in _backed_only_far): only the band of
    latitudes that can hold a point within the distance is measured; the keys are those the
    loop over every point gives, near the poles, across the antimeridian, with wide radii, and
    with a point or a reading that is no number (then everything is measured)."""
    import random

    from geomove.distance import haversine_km
    from geomove.mentions.context import LatitudeBand

    rng = random.Random(26)
    for trial in range(300):
        n = rng.choice([0, 1, 5, 40, 200])
        points = [(rng.uniform(-90, 90), rng.uniform(-180, 180), f"k{i % 17}",
                   rng.choice([0.0, 0.0, 5.0, 150.0, 900.0])) for i in range(n)]
        if trial % 3 == 0:
            points = [(la % 5 + 84, lo, k, u) for la, lo, k, u in points]  # around the pole
        if trial % 7 == 0 and points:
            points[0] = (float("nan"), 10.0, "nan", 0.0)
        band = LatitudeBand.of(points)
        for _ in range(5):
            lat, lon = rng.uniform(-90, 90), rng.choice([rng.uniform(-180, 180), 179.9, -179.9])
            if trial % 3 == 0:
                lat = rng.uniform(80, 90)
            km = rng.choice([0.0, 50.0, 300.0, 3000.0])
            every = [k for la, lo, k, u in points if haversine_km(lat, lon, la, lo) - u <= km]
            assert sorted(band.keys_within(lat, lon, km)) == sorted(every)
        assert band.keys_within(float("nan"), 0.0, 300.0) == []


def test_a_roundups_sections_reuse_their_first_ranking_and_read_as_ranked_again(monkeypatch):
    """The second round of ranking reads a section's names as the first ranked them where their
    terms and both their distances (to the section's places and to the text's others) are as
    they were (FirstRanking with a wide_id); the mentions equal those of ranking every name
    again (REUSE_FIRST_ROUND off)."""
    from geomove.gazetteer import Gazetteer
    from geomove.mentions import context, find_mentions

    gaz = Gazetteer.default()
    text = _long_text_of_our_own(45_000)
    reused = []
    unchanged = context.FirstRanking.unchanged

    def counted(self, *args):
        same = unchanged(self, *args)
        reused.append((self.wide_id is not None, same))
        return same

    monkeypatch.setattr(context.FirstRanking, "unchanged", counted)
    fast = find_mentions(text, gazetteer=gaz)
    assert (True, True) in reused, "a section's name was read as first ranked"
    assert (True, False) in reused, "and one was ranked again"
    monkeypatch.setattr(context.ContextRanking, "REUSE_FIRST_ROUND", False)
    assert find_mentions(text, gazetteer=gaz) == fast


def test_a_section_names_record_holds_only_while_both_its_distances_and_the_other_sections_countries_do():
    from geomove.mentions.context import _POINT_BITS, FirstRanking

    a = {"country": "ML", "context_score": 1.0, "why": "a"}
    b = {"country": "NE", "context_score": 0.5, "why": "b"}
    # (distance keys as ranking makes them: a context's slot above _POINT_BITS, the point's number below)
    slot = lambda n: n << _POINT_BITS  # noqa: E731
    key_a, key_b = slot(1) | 1, slot(1) | 2
    rows = [(a, a.get, key_a, 16.3, "city"), (b, b.get, key_b, 13.5, "city")]
    first = {key_a: (12.0,), key_b: (300.0,), slot(7) | 1: (40.0,), slot(7) | 2: (900.0,)}
    rec = FirstRanking([id(a), id(b)], rows, first, {"ML"}, {}, {}, [], (), wide_id=slot(7),
                       other_countries=frozenset({"NE"}))
    assert FirstRanking.recordable(rows, first, True, True, slot(7))
    assert not FirstRanking.recordable(rows, {key_a: (12.0,), key_b: (300.0,)}, True, True, slot(7))
    assert rec.same_name_terms([a, b], {"ML"}, {}, {}, frozenset({"NE", "TD"}))  # (no reading in TD)
    # the second round: new contexts (slots 2 and 9), the same distances
    now = {slot(2) | 1: (12.0,), slot(2) | 2: (300.0,), slot(9) | 1: (40.0,), slot(9) | 2: (900.0,)}
    rows_now = [(a, a.get, slot(2) | 1, 16.3, "city"), (b, b.get, slot(2) | 2, 13.5, "city")]
    assert rec.unchanged(rows_now, now, slot(9))
    now[slot(9) | 2] = (850.0,)  # another section's place came nearer to Niger's reading
    assert not rec.unchanged(rows_now, now, slot(9))
    rec2 = FirstRanking([id(a), id(b)], rows, first, {"ML"}, {}, {}, [], (), wide_id=slot(7),
                        other_countries=frozenset({"NE"}))
    assert not rec2.same_name_terms([a, b], {"ML"}, {}, {}, frozenset())  # Niger no longer named elsewhere


def _joint_owners_as_before(text, s, start, actor, states):
    """read.joint_owners.with_joint_owners as it was: a pass over every state per actor."""
    import re as _re

    from geomove.read.joint_owners import _LAST_JOIN, _LIST_COMMA

    if not any(m["start"] == start for m in states):
        return start, actor
    before = sorted((m for m in states if s <= m["start"] and m["end"] <= start), key=lambda m: m["start"], reverse=True)
    at, join = start, _LAST_JOIN
    for m in before:
        if m["end"] > at or not join.fullmatch(text, m["end"], at):
            break
        at, join = m["start"], _LIST_COMMA
    if at == start:
        return start, actor
    return at, _re.sub(r"\s+", " ", text[at:start]) + actor


def test_joint_owners_found_by_bisection_are_those_every_state_gave():
    """read.joint_owners: the states told right before an actor, found among the report's states
    ordered by start (kept for the report's list), are those a pass over every state found:
    lists of demonyms, states starting at one place, a list handed in anew."""
    import random

    from geomove.read.joint_owners import with_joint_owners

    words = ["Malian", "Nigerien", "Chadian", "and", ",", "&", "troops", "forces", "moved", "to", "Gao"]
    rng = random.Random(7)
    for _ in range(300):
        toks = [rng.choice(words) for _ in range(rng.randint(3, 14))]
        text, states, at = "", [], 0
        for t in toks:
            sep = "" if t == "," or not text else " "
            text += sep + t
            if t[0].isupper() and t != "Gao":
                states.append({"start": len(text) - len(t), "end": len(text)})
        if rng.random() < 0.3 and states:
            states.append(dict(states[0]))  # (two states at one place)
        rng.shuffle(states)
        for m in states:
            for s in (0, max(0, m["start"] - 10)):
                actor = text[m["start"]:].split(" ")[0] + " forces"
                assert with_joint_owners(text, s, m["start"], actor, states) == \
                    _joint_owners_as_before(text, s, m["start"], actor, states)
        assert with_joint_owners(text, 0, 3, "x", list(states)) == _joint_owners_as_before(text, 0, 3, "x", states)


def test_mozambican_and_rwandan_forces_are_one_joint_actor():
    from geomove.read.joint_owners import with_joint_owners

    text = "Mozambican and Rwandan forces moved into Mocimboa da Praia."
    states = [{"start": 0, "end": 10}, {"start": 15, "end": 22}]
    assert with_joint_owners(text, 0, 15, "Rwandan forces", states) == (0, "Mozambican and Rwandan forces")


def test_the_sentences_holding_a_cue_in_any_window_are_those_a_search_of_each_finds():
    """read.sentences_with: narrow windows ask each sentence, wide ones read the lists of their
    blocks; either way the sentences that hold the pattern, in order, each searched once."""
    import random
    import re as _re

    from geomove.read import sentences_with as sw

    rng = random.Random(64)
    sentences = [rng.choice(["Troops left.", "They were seen off at the base.", "Calm.", "seen off"])
                 for _ in range(700)]
    text, spans = "", []
    for t in sentences:
        spans.append((len(text), len(text) + len(t)))
        text += t + " "
    pattern = _re.compile(r"seen off")
    searched = []

    class Counted:
        def search(self, text, s, e):
            searched.append(s)
            return pattern.search(text, s, e)

    found = sw.SentencesWith(text, spans, Counted())
    for _ in range(400):
        lo = rng.randint(-10, 710)
        hi = lo + rng.choice([0, 3, 64, 65, 130, 500, 900])
        want = [i for i in range(max(lo, 0), min(hi, len(spans) - 1) + 1)
                if pattern.search(text, *spans[i]) is not None]
        assert found.between(lo, hi) == want
    assert len(searched) == len(set(searched)) <= len(spans)


def test_items_starting_in_a_span_are_those_a_filter_of_the_list_gives():
    """read.by_start.ByStart: sorted lists cut by bisection, unsorted ones filtered; a list handed
    in anew, or grown, is read anew."""
    import random

    from geomove.read.by_start import ByStart, mention_start

    rng = random.Random(3)
    for trial in range(200):
        items = [{"start": rng.randint(0, 300)} for _ in range(rng.randint(0, 40))]
        if trial % 3:
            items.sort(key=mention_start)  # (most lists: in the report's order)
        for _ in range(10):
            lo = rng.randint(-5, 310)
            hi = lo + rng.randint(-3, 80)
            want = [m for m in items if lo <= m["start"] < hi]
            got = ByStart.of(items, mention_start, "test").between(lo, hi)
            assert got == want and all(a is b for a, b in zip(got, want))
        items.append({"start": 5})  # (grown: read anew, unsorted now)
        assert ByStart.of(items, mention_start, "test").between(0, 400) == [m for m in items if m["start"] < 400]


def test_a_caller_that_takes_any_order_gets_an_unsorted_list_sorted_by_start_ties_in_list_order():
    from geomove.read.by_start import ByStart, mention_start

    a, b, c, d = {"start": 9, "n": "a"}, {"start": 2, "n": "b"}, {"start": 9, "n": "c"}, {"start": 5, "n": "d"}
    items = [a, b, c, d]
    assert ByStart.of(items, mention_start, "test order").between(0, 10) == items  # (the list's order)
    assert ByStart.of(items, mention_start, "test any", any_order=True).between(0, 10) == [b, d, a, c]
    assert ByStart.of(items, mention_start, "test any", any_order=True).between(6, 10) == [a, c]
