"""speed135 (session 54): two cuts of repeated work give the old answers.

- ``ContextRanking._backed_only_far`` visits the paragraphs nearer than FAR_PARAGRAPHS to one of
  the name's own, each once, instead of every paragraph between the name's first and last
  mention with a min over its paragraphs each: against s54start's loop, copied here, on
  paragraphs and mentions hypothesis builds.
- ``classify_run`` asks ``_two_words_of_a_name`` once before its three two-word person tests,
  which each asked it first: with the three tests asking it again themselves (s54start's way) and
  the shared ask opened, the marks and person words are the same, on own texts and hypothesis ones.
"""

from bisect import bisect_right

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.distance import haversine_km
from geomove.mentions import context as ctx
from geomove.mentions.context import (FAR_PARAGRAPHS, NAMESAKE_NEAR_KM, ContextRanking, LatitudeBand,
                                      paragraph_starts)
from geomove.mentions.persons import PersonsAndOrganisations


def _old_backed_only_far(self, mentions, c, own, text_countries, provinces, points, memo):
    """s54start's body of ContextRanking._backed_only_far (the loop over every paragraph in the span)."""
    by_para = memo.get(None)
    if by_para is None:
        starts = paragraph_starts(self.text)
        by_para = memo[None] = {}
        paras_of = memo["paragraphs of"] = {}
        for x in mentions:
            p, k = bisect_right(starts, x["start"]) - 1, ctx.name_key(x["surface"])
            by_para.setdefault(p, []).append((k, x))
            paras_of.setdefault(k, set()).add(p)
    mine = memo["paragraphs of"].get(own)
    if not mine:
        return False
    country, lat, lon = c.get("country"), c["lat"], c["lon"]
    backing = set(text_countries.get(country, ()))
    if c.get("admin1"):
        backing |= provinces.get((country, ctx.plain(c["admin1"])), set())
    band = memo.get("by latitude")
    if band is None:
        band = memo["by latitude"] = LatitudeBand.of(points)
    backing.update(band.keys_within(lat, lon, NAMESAKE_NEAR_KM))
    backing.discard(own)
    if not backing:
        return False
    for p in range(min(mine) - FAR_PARAGRAPHS + 1, max(mine) + FAR_PARAGRAPHS):
        if min(abs(p - q) for q in mine) >= FAR_PARAGRAPHS:
            continue
        for k, x in by_para.get(p, ()):
            if k == own or x.get("drop"):
                continue
            if k in backing:
                return False
            first = (x.get("cands") or (None,))[0]
            if first is not None and (first.get("country") == country or (
                    first.get("lat") is not None and first.get("kind") != "country"
                    and haversine_km(lat, lon, first["lat"], first["lon"]) <= NAMESAKE_NEAR_KM)):
                return False
    return True


class _Text:
    def __init__(self, text):
        self.text = text


_NAMES = ["Arvika", "Borlange", "Kiruna", "Lulea", "Umea", "Visby"]
_COUNTRIES = ["SE", "NO", "FI"]
_reading = st.fixed_dictionaries({"country": st.sampled_from(_COUNTRIES), "kind": st.sampled_from(["town", "country"]),
                                  "lat": st.floats(55.0, 70.0), "lon": st.floats(5.0, 30.0)})
_mention = st.tuples(st.integers(0, 12), st.sampled_from(_NAMES), st.lists(_reading, max_size=2), st.booleans())


@settings(max_examples=200, deadline=None)
@given(st.lists(_mention, min_size=1, max_size=25), st.sampled_from(_NAMES), _reading,
       st.dictionaries(st.sampled_from(_COUNTRIES), st.sets(st.sampled_from(_NAMES).map(ctx.name_key), max_size=2)),
       st.lists(st.tuples(st.floats(55.0, 70.0), st.floats(5.0, 30.0), st.sampled_from(_NAMES).map(ctx.name_key),
                          st.floats(0.0, 5.0)), max_size=4))
def test_backed_only_far_as_before(mentions, own, c, text_countries, points):
    paragraphs = [f"Paragraph {i} tells of the roads." for i in range(41)]
    text = "\n\n".join(paragraphs)
    starts = paragraph_starts(text)
    ms = [{"start": starts[p] + 2, "surface": name, "cands": cands, **({"drop": True} if drop else {})}
          for p, name, cands, drop in sorted(mentions, key=lambda m: m[0])]
    own = ctx.name_key(own)
    t = _Text(text)
    new = ContextRanking._backed_only_far(t, ms, c, own, text_countries, {}, points, {})
    old = _old_backed_only_far(t, ms, c, own, text_countries, {}, points, {})
    assert new == old


def test_backed_only_far_sees_a_near_paragraph_only():
    """A name told in paragraphs 0 and 30 is backed by a town of its country in paragraph 29
    (near its second mention), not by one in paragraph 15 (far from both)."""
    text = "\n\n".join(f"Paragraph {i} tells of the roads." for i in range(31))
    starts = paragraph_starts(text)
    own = ctx.name_key("Arvika")
    here = {"country": "SE", "kind": "town", "lat": 59.6, "lon": 12.6}

    def ranked(backer_paragraph):
        ms = [{"start": starts[0] + 2, "surface": "Arvika", "cands": [here]},
              {"start": starts[backer_paragraph] + 2, "surface": "Kiruna", "cands": [dict(here, lat=67.8, lon=20.2)]},
              {"start": starts[30] + 2, "surface": "Arvika", "cands": [here]}]
        return ContextRanking._backed_only_far(_Text(text), ms, here, own, {"SE": {ctx.name_key("Kiruna")}}, {}, [], {})

    assert ranked(15) is True  # (backed only by a name far from every mention)
    assert ranked(29) is False  # (a backing name a paragraph before the second mention)
    assert ranked(1) is False  # (and a paragraph after the first)
    assert ranked(30) is False and ranked(2) is True


def _REAL_TWO_WORDS(self, words):
    """s54start's first test in each of the three (copied, not the code's _two_words_of_a_name)."""
    from geomove.mentions.persons import CONNECTORS, HONORIFICS
    first, second = words
    return self._adjacent(first, second) and not any(
        w.text.isupper() or not w.is_word or w.lower in CONNECTORS or w.lower in HONORIFICS for w in words)
_THREE = ("_person_named_like_a_place", "_given_name_of_a_place_before_a_surname",
          "_surname_that_is_a_province_s_other_name")


def _classified(gazetteer, text):
    from geomove.mentions import _Finder

    f = _Finder(text, gazetteer)
    return [f.classify_run(run) for run in f.runs()], sorted(f.person_words)


def _as_at_start(gazetteer, text):
    """classify_run with each of the three tests asking the two-word test itself, as at s54start,
    and the shared ask always yes."""
    with pytest.MonkeyPatch.context() as mp:
        for name in _THREE:
            own = getattr(PersonsAndOrganisations, name)
            mp.setattr(PersonsAndOrganisations, name,
                       lambda self, run, words, own=own: _REAL_TWO_WORDS(self, words) and own(self, run, words))
        mp.setattr(PersonsAndOrganisations, "_two_words_of_a_name", lambda self, words: True)
        return _classified(gazetteer, text)


OWN_TEXTS = [
    "Chad Williams, a spokesman, said the ferry left Visby. Victoria Nuland arrived in Oslo.",
    "Barnes Wallis designed it; CHAD Williams and Sydney  Kaplan spoke; Georgia of Tbilisi stayed.",
    "Israel Katz said the unit left Haifa; the Arizona Republican asked; Victoria Falls flooded.",
]


def test_two_word_tests_as_at_start(gazetteer):
    for text in OWN_TEXTS:
        assert _classified(gazetteer, text) == _as_at_start(gazetteer, text), text
    marks, person_words = _classified(gazetteer, OWN_TEXTS[0])
    assert {"Chad Williams", "Victoria Nuland"} <= set(person_words)  # (found by the two-word tests)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Chad", "Williams", "Victoria", "Nuland", "Barnes", "Wallis", "Israel", "Katz",
                                 "Sydney", "CHAD", "and", "the", "said", ",", "a", "spokesman", "arrived", "in",
                                 "Oslo", "Mr", "of", "  "]),
                min_size=2, max_size=12).map(" ".join))
def test_two_word_tests_hypothesis(gazetteer, text):
    assert _classified(gazetteer, text) == _as_at_start(gazetteer, text), text


# read.denied_clause._sentence_end_from finds a long text's sentence ends by block (speed135)
_PIECES = ["Troops left Gao", ".", " ", "\n", "!", "?", "x", "  ", ". ", ".\n", "a.b"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join), st.integers(1, 30), st.data())
def test_sentence_end_from_by_block(text, block, data):
    """Every ask, in any order and on texts longer than a block (shrunk to a few characters),
    answers what ``_SENTENCE_END.search(text, at)`` answers."""
    from geomove.read import denied_clause as dc

    ats = data.draw(st.lists(st.integers(0, len(text)), max_size=12))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dc, "_ENDS_BLOCK", block)
        mp.setattr(dc, "_ENDS_WHOLE_UP_TO", block)
        mp.setattr(dc, "_ENDS_SEEN", [(None, {})])
        for at in ats:
            got, want = dc._sentence_end_from(text, at), dc._SENTENCE_END.search(text, at)
            assert (got and got.span()) == (want and want.span()), (text, at)


def test_sentence_end_from_scans_only_the_blocks_asked():
    """A long text asked near its start and its end is scanned in those blocks only."""
    from geomove.read import denied_clause as dc

    text = "Troops left Gao. " * 20_000  # (340,000 characters)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dc, "_ENDS_SEEN", [(None, {})])
        assert dc._sentence_end_from(text, 5).start() == 15
        assert dc._sentence_end_from(text, len(text) - 3).start() == len(text) - 2
        assert dc._sentence_end_from(text, len(text)) is None
        assert dc._sentence_end_from(text, len(text) - 20).start() == len(text) - 19
        assert sorted(dc._ENDS_SEEN[0][1]) == sorted({0, (len(text) - 20) // dc._ENDS_BLOCK, len(text) // dc._ENDS_BLOCK})


def test_sentence_end_from_by_block_seeded():
    """As above on 2,000 seeded random texts and blocks (hypothesis keeps to short texts, where a
    block's last end is seldom the one asked past)."""
    import random

    from geomove.read import denied_clause as dc

    rng = random.Random(135)
    with pytest.MonkeyPatch.context() as mp:
        for _ in range(2000):
            text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60)))
            block = rng.randint(1, 30)
            mp.setattr(dc, "_ENDS_BLOCK", block)
            mp.setattr(dc, "_ENDS_WHOLE_UP_TO", block)
            mp.setattr(dc, "_ENDS_SEEN", [(None, {})])
            for at in [rng.randint(0, len(text)) for _ in range(12)]:
                got, want = dc._sentence_end_from(text, at), dc._SENTENCE_END.search(text, at)
                assert (got and got.span()) == (want and want.span()), (text, block, at)
