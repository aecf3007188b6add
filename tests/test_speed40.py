"""speed40 (issue 12): ranking in context with less repeated work, each shortcut against the
path it skips. The sentences are written for these tests."""

from __future__ import annotations

import random

import pytest

from geomove.distance import Gaps, haversine_km
from geomove.gazetteer import raw_of
from geomove.gazetteer_build import NAMESAKE_SHARE
from geomove.mentions import context, find_mentions
from geomove.mentions.context import ContextRanking
from geomove.mentions.finder import _Finder
from geomove.mentions.similarity import spelling_similarity
from geomove.names import plain
from placing import readings_at_acceptance

# our own writing: names that a first round of ranking makes clear, so a second round runs
# and finds some names as they were
TEXTS = [
    "Convoys left Kramatorsk for Druzhkivka at dawn; shelling later hit Kostiantynivka, and "
    "officials in Sloviansk said Druzhkivka had no power.",
    "Guards moved from Tucson to Nogales and Douglas after a warning from Phoenix; "
    "Bisbee and Sierra Vista closed their schools, and Nogales reopened the gate.",
    "Relief trucks drove from Mombasa to Malindi and Lamu, then north to Garissa; "
    "officials in Nairobi said Lamu was cut off again.",
    "Police in Victoria said crews from Bendigo reached Shepparton, Echuca and Wangaratta.",
    "Fighters from Kidal crossed to Gao and Menaka; soldiers in Timbuktu said Gao was calm.",
]


# -- the first round records; the second reads those records and makes none

def test_records_come_from_the_first_round_and_outputs_equal_ranking_again(gazetteer, monkeypatch):
    rounds = 0
    for text in TEXTS:
        monkeypatch.setattr(ContextRanking, "REUSE_FIRST_ROUND", True)
        finder = _Finder(text, gazetteer)
        seen = []
        original = finder._rank_in_context

        def rank(mentions, *args, original=original, seen=seen):
            original(mentions, *args)
            seen.append({id(m): [(c["context_score"], c["why"]) for c in m["cands"]]
                         for m in mentions if len(m.get("cands") or ()) >= 2})

        finder._rank_in_context = rank
        finder.run()
        rounds += len(seen) > 1
        for mid, rec in finder._first_rankings.items():
            if rec is not None:
                # (what was recorded is the first round's ranking of the name)
                assert [rec.readings[i][1:] for i in rec.order] == seen[0][mid]
        fast_state = readings_at_acceptance(text, gazetteer)
        fast = find_mentions(text, gazetteer=gazetteer)
        monkeypatch.setattr(ContextRanking, "REUSE_FIRST_ROUND", False)
        assert readings_at_acceptance(text, gazetteer) == fast_state
        assert find_mentions(text, gazetteer=gazetteer) == fast
    assert rounds >= 2  # (texts where the second round ran)


def test_a_second_round_makes_no_records(gazetteer, monkeypatch):
    made = []
    plain_init = context.FirstRanking.__init__

    def counted(self, *args, **kwargs):
        made.append(self)
        plain_init(self, *args, **kwargs)

    monkeypatch.setattr(context.FirstRanking, "__init__", counted)
    for text in TEXTS:
        finder = _Finder(text, gazetteer)
        calls = []
        original = finder._rank_in_context

        def rank(mentions, *args, original=original, calls=calls):
            before = len(made)
            original(mentions, *args)
            calls.append(len(made) - before)

        finder._rank_in_context = rank
        finder.run()
        if len(calls) > 1:
            assert calls[0] > 0 and calls[1:] == [0] * (len(calls) - 1)


# -- gaps_since: a name's new points compared once, for all its mentions

def test_gaps_since_with_the_name_memo_equals_without():
    rng = random.Random(40)
    hits = lost = 0
    for _ in range(300):
        centre = (rng.uniform(-60, 60), rng.uniform(-170, 170))
        pts = list({(round(centre[0] + rng.gauss(0, 3), 4), round(centre[1] + rng.gauss(0, 3), 4),
                     rng.choice([0.0, 5.0, 300.0])) for _ in range(rng.randint(2, 10))})
        left = rng.sample(range(len(pts)), rng.randint(0, len(pts) - 1))
        old = context.context_points(pts, left)
        extra = {(round(centre[0] + rng.gauss(0, 4), 4), round(centre[1] + rng.gauss(0, 4), 4), 0.0)
                 for _ in range(rng.randint(0, 3))}
        now = frozenset(old | extra)
        if rng.random() < 0.2 and len(old) > 1:
            now = now - {next(iter(old))}  # (the context lost a first point: measured anew)
        memo: dict = {}
        for _mention in range(rng.randint(1, 4)):  # (mentions of one name, first ranked alike)
            readings = [{"context_score": 1.0, "why": ""} for _ in range(rng.randint(1, 5))]
            asked, rows, first = {}, [], {}
            for i, c in enumerate(readings):
                q = (centre[0] + rng.gauss(0, 6), centre[1] + rng.gauss(0, 6), rng.choice([0.0, 30.0]))
                key = (id(c), i)
                asked[key] = q
                rows.append((c, c.get, key, q[0], "town"))
                first[key] = (Gaps(list(old)).smallest_many([q])[0],)
            rec = context.FirstRanking([id(c) for c in readings], rows, first, set(), {}, {}, pts, left)
            want = rec.gaps_since(rows, asked, now)
            hits += "name" in memo
            got = rec.gaps_since(rows, asked, now, memo, "name")
            assert got == want
            if want is not None:
                assert want == Gaps(list(now)).smallest_many(list(asked.values()))
            else:
                lost += 1
                assert memo["name"] is False
    assert hits > 200 and lost > 20


# -- _prefer_namesake_city: the cheap tests first, the same answers

class _Ranker(ContextRanking):
    def __init__(self, gaz):
        self.gaz = gaz


def _namesake_city_plain(self, m, cands):
    """The province loop of _prefer_namesake_city as main ad6399a wrote it (every test worked
    out for every reading, then joined)."""
    top = cands[0]
    for i, c in enumerate(cands[1:4], start=1):
        core = plain(self.gaz.split_kind(m["surface"])[0])
        same_name = plain(c["name"]) == plain(top["name"]) or spelling_similarity(c["name"], top["name"]) >= 0.8 \
            or core in (plain(c["name"]), plain(c.get("matched_name") or ""))
        # (gaz36: not a city that has the province's own name only as another of its names)
        same_name = same_name and not self._city_by_another_name(top, c, core)
        inside = c.get("admin1") == top.get("name") or (
            None not in (c.get("lat"), top.get("lat")) and
            haversine_km(c["lat"], c["lon"], top["lat"], top["lon"]) <= max(100.0, top.get("uncertainty_km") or 0.0))
        people = (raw_of(top).get("population_of_cities") or 0)
        major = not people or (c.get("population") or 0) >= NAMESAKE_SHARE * people \
            or self._seat_at_the_province_point(top, c) \
            or self._province_by_another_name(top, c, core)  # (gaz39: a seat at the province's point)
        # (gaz50: a village at the province's point that bears the name asked as its own, the
        # province only as another name: 'Raška', Raški okrug)
        kind_ok = c.get("kind") in ("city", "town") or (
            c.get("kind") == "village" and self._village_seat_named_so(top, c, m))
        if kind_ok and c.get("country") == top.get("country") and same_name \
                and inside and major:
            cands.insert(0, cands.pop(i))
            cands[0]["why"] = cands[0].get("why", "") + "; the city the province is named after"
            return


@pytest.mark.parametrize("seed", range(4))
def test_prefer_namesake_city_equals_the_plain_loop(gazetteer, seed):
    rng = random.Random(4000 + seed)
    ranker = _Ranker(gazetteer)
    names = ["Velmora", "Velmora City", "Velmor", "Ostrava Nova", "Kessan", "Kessan Province"]
    moved = kept = 0
    for _ in range(500):
        surface = rng.choice(["Velmora", "Kessan", "Velmora Province", "Ostrava"])
        top = {"name": rng.choice(names), "kind": rng.choice(["admin1", "admin2"]), "country": "XA",
               "lat": rng.uniform(10, 12), "lon": rng.uniform(20, 22), "why": "top",
               "uncertainty_km": rng.choice([0.0, 150.0]), "name_similarity": 1.0,
               "raw": rng.choice([{}, {"population_of_cities": 100_000}])}
        cands = [top]
        for _ in range(rng.randint(1, 5)):
            cands.append({"name": rng.choice(names), "kind": rng.choice(["city", "town", "village", "admin2"]),
                          "country": rng.choice(["XA", "XA", "XB"]), "lat": rng.uniform(9, 13),
                          "lon": rng.uniform(19, 23), "population": rng.choice([0, 5_000, 60_000]),
                          "admin1": rng.choice([top["name"], "Elsewhere"]), "why": "c",
                          "name_similarity": rng.choice([0.9, 1.0]),
                          "matched_name": rng.choice([None, surface])})
        m = {"surface": surface, "kind": None}
        fast = [dict(c) for c in cands]
        slow = [dict(c) for c in cands]
        ranker._prefer_namesake_city(m, fast)
        _namesake_city_plain(ranker, m, slow)
        assert fast == slow
        if fast[0]["why"] != "top":
            moved += 1
        else:
            kept += 1
    assert moved > 20 and kept > 20
