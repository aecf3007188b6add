"""speed36's shortcuts in the resolve stage give what the paths they skip give, on sentences
written for these tests: each shortcut is compared with the code path it skips."""

import random

import pytest

from geomove.mentions import context, find_mentions
from geomove.mentions.context import ContextRanking
from geomove.mentions.finder import _Finder
from placing import readings_at_acceptance

# our own writing: towns of one front or one province named again after the first round of
# ranking in context made some of them clear (a second round), namesakes on other continents
OWN_TEXTS = [
    "Army units drove from Kramatorsk toward Sloviansk on Monday, then shelled Bakhmut and Lyman. "
    "Officials in Kharkiv said the road to Izium and Kupiansk stayed closed, and Lyman was quiet again.",
    "Rebels took Goma and Sake before marching on Bukavu. Troops from Uvira and Beni reinforced "
    "Butembo while refugees fled to Gisenyi and Rutshuru; Sake fell again by nightfall.",
    "Police in Springfield said the convoy passed Decatur and Peoria on its way to Bloomington. "
    "The governor met mayors from Champaign and Urbana; Springfield stayed calm.",
    "Soldiers left Aleppo for Idlib and Hama, and jets struck Saraqeb and Maarat al-Numan. "
    "Residents of Homs and Palmyra said Hama was shelled again.",
    "Honduran soldiers patrolled Santa Rosa and San Marcos; a patrol from Victoria reached London "
    "and Paris before Honduran police closed the road to La Paz.",
    # (a country named by another name only once the first round made its town clear)
    "Mexico sent troops to Reynosa and Matamoros; police in Nuevo Laredo and Victoria said Mexico would send more.",
    "Police in Punjab said gunmen fled Bathinda for Moga and Barnala; Sangrur was calm.",
    # (a province clear only after the first round)
    "Crews from Bendigo and Ballarat said fires in Victoria reached Wodonga and Mildura; Horsham was evacuated.",
    "Storms in Georgia flooded Macon and Valdosta; crews from Albany and Athens reached Dalton.",
]


@pytest.fixture
def both_paths(monkeypatch):
    """Runs a function of the text with the shortcut on, then off (the path it skips)."""
    def run(fn, text):
        monkeypatch.setattr(ContextRanking, "REUSE_FIRST_ROUND", True)
        fast = fn(text)
        monkeypatch.setattr(ContextRanking, "REUSE_FIRST_ROUND", False)
        plain = fn(text)
        monkeypatch.setattr(ContextRanking, "REUSE_FIRST_ROUND", True)
        return fast, plain
    return run


def _ranked_state(gazetteer):
    """Every mention's readings as ranking in context leaves them, for one text at a time."""
    return lambda text: readings_at_acceptance(text, gazetteer)


# -- the second round of ranking in context keeps what the first gave where nothing changed

def test_second_round_reuse_gives_what_ranking_again_gives(gazetteer, both_paths, monkeypatch):
    kept = {"names": 0, "readings": 0}
    unchanged = context.FirstRanking.unchanged

    def counting(self, rows, distances, *wide_id):  # (a roundup section's names pass its wider context's id)
        same = unchanged(self, rows, distances, *wide_id)
        kept["names"] += same
        kept["readings"] += sum(1 for c, _, key, _, _ in rows if id(c) in self.readings and
                                self.readings[id(c)][0] == self.measure(key, distances, *wide_id))
        return same

    monkeypatch.setattr(context.FirstRanking, "unchanged", counting)
    state = _ranked_state(gazetteer)
    for text in OWN_TEXTS:
        fast, plain = both_paths(state, text)
        assert fast == plain
        fast, plain = both_paths(lambda t: find_mentions(t, gazetteer=gazetteer), text)
        assert fast == plain
    # (the texts take both shortcuts: whole names kept, and readings kept within a name ranked again)
    assert kept["names"] >= 3
    assert kept["readings"] > kept["names"]


def test_first_ranking_is_asked_only_in_the_whole_text(gazetteer, monkeypatch):
    """Nothing is kept with the shortcut off; with it on, a name's record holds every reading's
    score and reason, in the order of their scores, and a name a rule reordered after the sort
    by score ('Aleppo' the city before its governorate) has none: ranking again sorts first."""
    monkeypatch.setattr(ContextRanking, "REUSE_FIRST_ROUND", False)
    finder = _Finder(OWN_TEXTS[3], gazetteer)
    finder.run()
    assert not finder.__dict__.get("_first_rankings")
    monkeypatch.setattr(ContextRanking, "REUSE_FIRST_ROUND", True)
    moved = kept = 0
    for text in OWN_TEXTS:
        finder = _Finder(text, gazetteer)
        got = []
        original = finder._rank_in_context

        def rank(mentions, *args):
            original(mentions, *args)
            got.append({id(m): [dict(c) for c in m["cands"]] for m in mentions if m.get("cands")})

        finder._rank_in_context = rank
        finder.run()
        for mid, rec in finder._first_rankings.items():
            if rec is None:
                moved += 1
                continue
            # (the round that made the record: the first, or the second where it ranked the name again)
            recorded = [rec.readings[i][1:] for i in rec.order]
            rounds = [[(c["context_score"], c["why"]) for c in r[mid]] for r in got if mid in r]
            assert recorded in rounds
            kept += 1
            assert set(rec.readings) == set(rec.order)
            scores = [score for score, _ in recorded]
            assert scores == sorted(scores, reverse=True)
    assert moved and kept


def test_first_ranking_tells_a_changed_distance_or_order():
    a = {"x": 1, "context_score": 1.0, "why": "w"}
    b = {"y": 2, "context_score": 0.5, "why": "v"}
    rows = [(a, a.get, ("k",), 0.0, "town"), (b, b.get, None, None, "country")]
    first = {("k",): (5.0, "", 0.0)}
    rec = context.FirstRanking([id(a), id(b)], rows, first, {"US"}, {}, {}, [])
    assert rec.readings == {id(a): (5.0, 1.0, "w"), id(b): (None, 0.5, "v")}
    assert rec.unchanged(rows, {("k",): (5.0, "", 0.0)})
    assert not rec.unchanged(rows, {("k",): (4.0, "", 0.0)})
    assert not rec.unchanged(list(reversed(rows)), {("k",): (5.0, "", 0.0)})
    assert not rec.unchanged(rows[:1], {("k",): (5.0, "", 0.0)})
    cands = [{"country": "US"}, {"country": "CA"}]
    assert rec.same_name_terms(cands, {"US"}, {}, {})
    assert rec.same_name_terms(cands, {"US", "FR"}, {}, {})  # (a country none of its readings lies in)
    assert not rec.same_name_terms(cands, {"US", "CA"}, {}, {})
    assert not rec.same_name_terms(cands, set(), {}, {})
    assert not rec.same_name_terms(cands, {"US"}, {("US", "ohio"): {"ohio"}}, {})
    assert not rec.same_name_terms(cands, {"US"}, {}, {"HN": ("Honduran", False)})
    # (the context points: the text's, less those the name alone put there)
    pts = [(1.0, 2.0, 0.0), (3.0, 4.0, 5.0), (5.0, 6.0, 0.0)]
    assert context.FirstRanking([], [], {}, set(), {}, {}, pts, [1]).context == {pts[0], pts[2]}
    assert context.FirstRanking([], [], {}, set(), {}, {}, pts).context == set(pts)


def test_gaps_since_equal_the_gaps_measured_anew():
    """A second round's distances from the first ones and the new points alone equal those
    measured against the whole new context (Gaps.smallest_many), 0.0 for overlapping areas
    included; a context that lost a point, or a reading not measured before, is measured anew."""
    from geomove.distance import Gaps
    rng = random.Random(36)
    checked = zeros = 0
    for _ in range(400):
        centre = (rng.uniform(-60, 60), rng.uniform(-170, 170))
        pts = list({(round(centre[0] + rng.gauss(0, 3), 4), round(centre[1] + rng.gauss(0, 3), 4),
                     rng.choice([0.0, 0.0, 5.0, 30.0, 300.0])) for _ in range(rng.randint(2, 12))})
        left = rng.sample(range(len(pts)), rng.randint(0, len(pts) - 1))
        old = context.context_points(pts, left)
        now = frozenset(pts)
        readings = [{"lat": centre[0] + rng.gauss(0, 5), "lon": centre[1] + rng.gauss(0, 5),
                     "context_score": 1.0, "why": ""} for _ in range(5)]
        asked, rows, first = {}, [], {}
        for i, c in enumerate(readings):
            q = (c["lat"], c["lon"], rng.choice([0.0, 10.0, 300.0]))
            key = ("ctx", i)
            asked[key] = q
            rows.append((c, c.get, key, c["lat"], "town"))
            first[key] = (Gaps(list(old)).smallest_many([q])[0], "", 0.0)
        rec = context.FirstRanking([id(c) for c in readings], rows, first, set(), {}, {}, pts, left)
        assert rec.context == old
        got = rec.gaps_since(rows, asked, now)
        want = Gaps(list(now)).smallest_many(list(asked.values()))
        assert got == want
        checked += 1
        zeros += want.count(0.0)
        # (a point the first context held and this one lacks: no shortcut)
        if len(old) < len(now):
            assert rec.gaps_since(rows, asked, now - {next(iter(old))}) is None
    assert checked == 400 and zeros > 50
    # (a reading the first round did not measure, or measured against no context)
    unmeasured = [(rows[0][0], rows[0][1], None, None, "country")] + rows[1:]
    rec = context.FirstRanking([id(c) for c in readings], unmeasured, first, set(), {}, {}, pts, left)
    assert rec.gaps_since(rows, asked, now) is None
    rec = context.FirstRanking([id(c) for c in readings], rows[1:], first, set(), {}, {}, pts, left)
    assert rec.gaps_since(rows, asked, now) is None
    rec = context.FirstRanking([id(c) for c in readings], rows, first, set(), {}, {}, [], ())
    assert rec.gaps_since(rows, asked, now) is None


# -- the index's country facts, read once a process for the gazetteer object

def test_country_facts_kept_across_texts_equal_the_index(gazetteer):
    first = _Finder("Troops moved from Gao to Kidal.", gazetteer)
    second = _Finder("Police in Lyon met officials from Geneva.", gazetteer)
    codes = ["ML", "FR", "CH", "US", "AU", "HN", "UA", "RU", "CD", None, "ZZ"]
    for code in codes:
        raw = ((gazetteer.country(code) if code else None) or {}).get("raw") or {}
        assert first._continent_of(code) == (raw.get("continent") or None) == second._continent_of(code)
    # (the second text reads the first one's table: nothing asked of the index again)
    assert second._country_facts("continents") is first._country_facts("continents")
    assert set(codes) <= set(second._country_facts("continents"))
    for code in ["ML", "FR", "HN", "ZZ"]:
        assert first._country_place(code) == gazetteer.country(code)
        assert second._country_place(code) is first._country_place(code)
    # neighbours: the Ukrainian town of a name beside 'Russian forces' (its country borders Russia)
    cands = [{"country": "UA", "lat": 48.3, "name_similarity": 1.0}]
    assert first._namesake_across_the_border(cands, "RU") and second._namesake_across_the_border(cands, "RU")
    assert not first._namesake_across_the_border(cands, "AU")
    raw = gazetteer.country("RU")["raw"]
    assert first._country_facts("neighbours")["RU"] == frozenset(filter(None, raw["neighbours"].split(",")))


def test_country_facts_of_a_gazetteer_that_cannot_be_weakly_referenced(gazetteer):
    class Plain:
        __slots__ = ("inner",)

        def __init__(self, inner):
            self.inner = inner

        def country(self, code):
            return self.inner.country(code)

    finder = _Finder("Troops moved from Gao to Kidal.", gazetteer)
    finder.gaz = Plain(gazetteer)
    assert finder._continent_of("ML") == "AF"
    assert finder._country_place("ML") == gazetteer.country("ML")
    assert finder._country_facts("continents") is finder.per_text["country_facts_here"]["continents"]
