"""speed34's shortcuts in ranking in context, support and acceptance give what the plain
computation gives, on sentences written for these tests: each shortcut is compared with the
code path it skips."""

import random

import pytest

from geomove.distance import KM_PER_DEGREE_LATITUDE
from geomove.mentions import find_mentions
from geomove.mentions import acceptance
from geomove.mentions.context import ContextRanking
from geomove.mentions.finder import _Finder
from geomove.mentions.words import INSTALLATION_HEADS, opens_an_installation_name
from geomove.names import plain

# our own writing: demonyms beside namesakes on several continents, movements bound for a place
# after their origin, installations named by their heads, towns, counties and provinces
OWN_TEXTS = [
    "Honduran soldiers patrolled Santa Rosa and San Marcos on Monday; Honduran police said the "
    "road to La Paz was calm.",
    "The convoy left Mopti for Gao on Tuesday and set off from Gao for Kidal a day later. "
    "Malian troops then headed for Timbuktu.",
    "Sailors at Naval Station Norfolk and airmen at Joint Base Lewis-McChord were put on alert; "
    "Marine Corps Air Station Miramar was closed and Air Base Ramstein stayed open. Naval units "
    "sailed from Norfolk to Portsmouth.",
    "Kenyan police said gunmen attacked a bus near Garissa and fled toward Mandera, close to the "
    "Somali border. Somali officials in Mogadishu and Kismayo denied it.",
    "Russian forces shelled Pokrovsk and Kramatorsk; Ukrainian officials in Donetsk and Kharkiv "
    "said the Zaporizhzhia region was quiet. Victoria and London were named too.",
    "Brazilian troops moved from Santiago to Vitoria; Chilean officials in Santiago said the "
    "Los Angeles County Fire Department and Paris police sent help to Valparaiso.",
    # (a post the index lacks, whose head word opens the run: since session 41 'Naval Station
    # Norfolk' above is read whole as the base, so no mention of the texts before opened one)
    "Sailors from Naval Station Everett sailed to Pearl Harbor on Monday.",
]


@pytest.fixture(scope="module")
def texts():
    return OWN_TEXTS


def _mentions(finder):
    """The finder's mentions as resolve hands them to acceptance (its run up to resolve)."""
    got = []
    original = finder._accept

    def keep(mentions, *args):
        got.append(mentions)
        return original(mentions, *args)

    finder._accept = keep
    finder.run()
    return got[0]


# -- acceptance: _installation_head_word asks its first word first

def _installation_head_word_plain(self, m):
    """_installation_head_word as it was before its first-word exit."""
    i = m.get("tok")
    if i is None or m.get("abbrev"):
        return False
    last = i + m["n_tokens"] - 1
    following = []
    prev = self.toks[last]
    for t in self.next_tokens(last, 4):
        if not t.is_word or not self._adjacent(prev, t):
            break
        following.append(t.text)
        prev = t
    return opens_an_installation_name(m["surface"].split(), following)


def test_installation_head_word_exit_gives_the_plain_answer(gazetteer, texts):
    answers = []
    for text in texts:
        finder = _Finder(text, gazetteer)
        for m in _mentions(finder):
            if m.get("tok") is None:
                continue
            fast = finder._installation_head_word(m)
            assert fast == _installation_head_word_plain(finder, m), m["surface"]
            # the same for any span of one to three words opening at the mention's token
            for n in range(1, min(3, len(finder.toks) - m["tok"]) + 1):
                toks = finder.toks[m["tok"]:m["tok"] + n]
                span = dict(m, n_tokens=n, surface=" ".join(t.text for t in toks))
                assert finder._installation_head_word(span) == _installation_head_word_plain(finder, span)
            answers.append(fast)
    assert True in answers and False in answers  # (the texts hold both)


def test_no_installation_head_opens_with_another_word():
    words = sorted({w for head in INSTALLATION_HEADS for w in head} | {"Norfolk", "Station", "base", "x"})
    rng = random.Random(34)
    firsts = acceptance._INSTALLATION_FIRST_WORDS
    assert firsts == {"naval", "joint", "marine", "air"}
    opened = 0
    for _ in range(20000):
        said = [rng.choice(words).title() for _ in range(rng.randint(1, 3))]
        after = [rng.choice(words).title() for _ in range(rng.randint(0, 4))]
        if opens_an_installation_name(said, after):
            opened += 1
            assert said[0].lower() in firsts
    assert opened > 100


# -- acceptance: _bound_for_after_origin asks the word before first

def _bound_for_after_origin_plain(self, tok_index):
    """_bound_for_after_origin as it was before its exit on the word before."""
    from geomove.wordlists import BOUND_FOR_VERBS, CONNECTORS
    prev = self.prev_word(tok_index, 6)
    if len(prev) < 3 or prev[-1].lower != "for":
        return None
    j = len(prev) - 2
    names = 0
    while j >= 0 and (prev[j].text[:1].isupper() or prev[j].lower in CONNECTORS and names):
        names += prev[j].text[:1].isupper()
        j -= 1
    if not names or j < 0:
        return None
    if prev[j].lower == "from" and j > 0:
        j -= 1
    return prev[j].lower if prev[j].lower in BOUND_FOR_VERBS else None


def test_bound_for_after_origin_exit_gives_the_plain_answer(gazetteer, texts):
    found = []
    for text in texts + ["For Gao. for Kidal", "for", "Troops left Mopti.\nfor Gao they went"]:
        finder = _Finder(text, gazetteer)
        for i in range(len(finder.toks)):
            fast = finder._bound_for_after_origin(i)
            assert fast == _bound_for_after_origin_plain(finder, i), (text, i)
            found.append(fast)
    assert {"left", "off"} & set(found)


# -- acceptance: _name_fame of a reading that is no town, county or province

def _name_fame_plain(self, m, cands, best):
    """_name_fame as it was before its exit on the reading's kind."""
    said = plain(self.gaz.split_kind(m["surface"])[0])
    unit_by_whole = best.get("kind") in ("admin1", "admin2") and said != plain(m["surface"]) \
        and plain(best.get("name") or "") == plain(m["surface"])
    if not unit_by_whole and (best.get("kind") not in ("city", "town") or plain(best.get("name") or "") != said):
        return 0.0
    top = 0.0
    for c in cands[:8]:
        if c.get("name_similarity") == 1.0 and c.get("kind") in ("city", "town", "country", "admin1") \
                and plain(self.gaz.split_kind(c.get("name") or "")[0]) == said:
            top = max(top, c.get("importance") or 0.0)
    return top


def test_name_fame_exit_gives_the_plain_answer(gazetteer, texts):
    kinds, famous = set(), 0
    for text in texts:
        finder = _Finder(text, gazetteer)
        for m in _mentions(finder):
            cands = m.get("cands") or []
            for best in cands:  # (every reading as the one taken)
                fast = finder._name_fame(m, cands, best)
                assert fast == _name_fame_plain(finder, m, cands, best), (m["surface"], best.get("name"))
                kinds.add(best.get("kind"))
                famous += fast > 0
    assert famous and {"country", "city", "admin1"} <= kinds


# -- ranking in context: _demonym_continent_elsewhere asked once per country and per name

def test_demonym_continent_memo_gives_the_plain_ranking(gazetteer, texts, monkeypatch):
    calls = {"apart": 0, "reading": 0}
    apart, reading = ContextRanking._continent_apart, ContextRanking._reading_in_demonym_country

    def counted_apart(self, country, by_demonym):
        calls["apart"] += 1
        return apart(self, country, by_demonym)

    def counted_reading(cands, by_demonym, core):
        calls["reading"] += 1
        return reading(cands, by_demonym, core)

    monkeypatch.setattr(ContextRanking, "_continent_apart", counted_apart)
    monkeypatch.setattr(ContextRanking, "_reading_in_demonym_country", staticmethod(counted_reading))
    fast = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    fast_calls = dict(calls)
    held = [c for m in _mentions(_Finder(texts[0], gazetteer)) for c in m.get("cands") or ()
            if "on another continent than the countries the text names by demonym" in c.get("why", "")]
    assert held  # ('Santa Rosa' beside 'Honduran soldiers': the Philippine, Argentine ... ones)
    plain_way = ContextRanking._demonym_continent_elsewhere
    monkeypatch.setattr(ContextRanking, "_demonym_continent_elsewhere",
                        lambda self, cands, country, by_demonym, core, memo=None:
                        plain_way(self, cands, country, by_demonym, core))
    calls.update(apart=0, reading=0)
    slow = [find_mentions(t, gazetteer=gazetteer) for t in texts]
    assert fast == slow
    # (the feature holds for readings of these texts, and the memo asked fewer times)
    assert fast_calls["apart"] < calls["apart"] and fast_calls["reading"] < calls["reading"]


def test_demonym_continent_memo_keeps_each_name_apart(gazetteer):
    finder = _Finder("Honduran soldiers patrolled Santa Rosa.", gazetteer)
    by_demonym = {"HN": ("Honduran", False)}
    here = [{"country": "HN", "lat": 14.8, "lon": -88.8, "kind": "city", "name": "Santa Rosa de Copan"}]
    abroad = [{"country": "PH", "lat": 14.3, "lon": 121.1, "kind": "city", "name": "Santa Rosa"}]
    memo = ({}, {})
    for cands, core in ((here, "santa rosa"), (abroad, "santa rosa"), (here, "copan")):
        assert finder._demonym_continent_elsewhere(cands, "PH", by_demonym, core, memo) == \
            finder._demonym_continent_elsewhere(cands, "PH", by_demonym, core)
    assert finder._demonym_continent_elsewhere(here, "PH", by_demonym, "santa rosa", memo)
    assert not finder._demonym_continent_elsewhere(abroad, "PH", by_demonym, "santa rosa", memo)
    assert not finder._demonym_continent_elsewhere(here, "MX", by_demonym, "santa rosa", memo)  # (same continent)


# -- acceptance: a text point farther in latitude alone than the bar is not measured

def test_near_other_latitude_exit_gives_the_plain_answer():
    from geomove.distance import haversine_km
    rng = random.Random(34034)
    near = skipped = 0
    for _ in range(300):
        points = [(rng.uniform(-80, 80), rng.uniform(-180, 180), rng.choice("abc"), rng.choice((0.0, 30.0, 300.0)))
                  for _ in range(rng.randint(1, acceptance.Gaps.NUMPY_FROM - 1))]
        la0, lo0, _, _ = rng.choice(points)
        for _ in range(10):
            # (around a point: its latitude give or take a degree or two, where the exit's bar lies)
            lat, lon = la0 + rng.uniform(-4, 4), lo0 + rng.uniform(-4, 4)
            own = rng.choice("abcd")
            plain_answer = any(k != own and haversine_km(lat, lon, la, lo) - u < acceptance.NEAR_OTHER_PLACES_KM
                               for la, lo, k, u in points)
            assert acceptance._TextPoints(points).near_other(lat, lon, own) == plain_answer
            near += plain_answer
            skipped += any(abs(la - lat) * KM_PER_DEGREE_LATITUDE - u >= acceptance.NEAR_OTHER_PLACES_KM + 1.0
                           for la, lo, k, u in points)
    assert near > 300 and skipped > 300
    # (on the bar: a point due north of the reading, its latitude the bar's)
    for d in (149.0, 150.0, 150.9, 151.0, 151.1):
        lat2 = 10.0 + d / KM_PER_DEGREE_LATITUDE
        points = [(lat2, 20.0, "x", 0.0)]
        assert acceptance._TextPoints(points).near_other(10.0, 20.0, "y") == \
            (haversine_km(10.0, 20.0, lat2, 20.0) < acceptance.NEAR_OTHER_PLACES_KM)
