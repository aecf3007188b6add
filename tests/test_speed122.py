"""speed122: ranking in context asks its per-name and per-reading scans as plain loops, not
any()/max() over a generator or a comprehension (a function and a generator made at every
call, ~65,000 a batch of 380 reports), with the very same answers.

Each rewritten function is checked here against the code it replaced (copied below as it was
at s52start), over inputs hypothesis builds from our own names, and end to end by ranking texts
of our own with the old code put back.
"""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomove.mentions import context as ctx
from geomove.mentions.context import ContextRanking
from geomove.mentions.similarity import core_key
from geomove.names import plain

from placing import ranked_in_context


# -- the functions as s52start wrote them

def _called_by_a_rare_other_name_s52(c, core, own_towns):
    return bool(own_towns) and any(f >= ctx.OWN_NAME_IMPORTANCE for f in own_towns) \
        and ctx._another_name(core, plain(c.get("name") or "")) and ctx.english_zipf(core) < ctx.RARE_OTHER_NAME_ZIPF


def _lesser_place_s52(c, cands, core, own_towns=None):
    if c.get("kind") not in ctx._LESSER_SETTLEMENTS or ctx._own_or_longer(c.get("name"), core):
        return False
    if own_towns is None:
        own_towns = ctx._own_town_fames(cands, core)
    if not own_towns:
        return False
    bar = (c.get("importance") or 0.0) + ctx.FORMER_NAME_FAME_MARGIN
    return any(f >= bar for f in own_towns) and _called_by_a_rare_other_name_s52(c, core, own_towns)


def _written_letter_for_letter_s52(cands, surface, core):
    said = surface.casefold()
    exact, folded = {}, set()
    for c in cands:
        if c.get("kind") not in ctx._SETTLEMENT_ONLY:
            continue
        name = c.get("name") or ""
        if name.casefold() == said:
            exact[id(c)] = c.get("country")
        elif plain(name) == core:
            folded.add(c.get("country"))
    return {i for i, cc in exact.items() if cc in folded}


def _named_in_english_s52(cands, surface):
    if not surface.isascii():
        return None
    said = plain(surface)
    if any((c.get("importance") or 0.0) >= ctx.SMALL_OWN_NAME_HOLDER and plain(c.get("name") or "") == said
           for c in cands):
        return None
    foreign = [c for c in cands if not (c.get("name") or "").isascii()]
    if not foreign:
        return None
    best = max(foreign, key=lambda c: c.get("importance") or 0.0)
    return id(best) if ctx.town_by_its_english_spelling(surface, best) else None


def _world_city_s52(cands, core):
    best = max((c for c in cands if c.get("kind") == "city" and plain(c.get("name") or "") == core
                and c.get("lat") is not None), key=lambda c: c.get("importance") or 0.0, default=None)
    return best if best is not None and (best.get("importance") or 0.0) >= ctx.WORLD_CITY_IMPORTANCE else False


def _areas_only_abroad_s52(cands, core, countries_by_other):
    return bool(countries_by_other) and not any(
        (c.get("kind") == "country" or c.get("kind") == "admin1") and c.get("country") in countries_by_other
        and plain(c.get("name") or "") == core for c in cands)


def _continent_named_otherwise_s52(self, country, countries_by_other):
    here = self._continent_of(country)
    return here is not None and any(self._continent_of(cc) == here for cc in countries_by_other)


def _reading_in_demonym_country_s52(cands, by_demonym, core):
    return any(c.get("country") in by_demonym and c.get("lat") is not None and c.get("kind") != "country"
               and (ctx._own_or_longer(c.get("name"), core) or ctx._curated_alias_written(c, core)) for c in cands)


def _on_a_demonym_continent_s52(self, cands, country, by_demonym, core, memo):
    here = self._continent_of(country)
    if here is None or not any(self._continent_of(cc) == here for cc in by_demonym):
        return False
    key = (id(cands), core)
    hit = memo.get(key)
    if hit is None:
        hit = memo[key] = self._town_on_a_demonym_continent(cands, by_demonym, core)
    return hit


def _plausible_readings_s52(mentions):
    out = {}
    for m in mentions:
        if m["role"] == "actor" or m.get("cc"):
            continue
        pts = [(c["lat"], c["lon"], c.get("uncertainty_km") or 0.0) for c in (m.get("cands") or [])[:6]
               if c.get("lat") is not None and c.get("kind") not in {"country", "continent", "admin1", "region"}
               and c.get("name_similarity", 1.0) >= 0.95]
        if pts:
            out.setdefault(core_key(m["surface"]), []).extend(pts)
    return out


# -- readings built by hypothesis from our own names

_KINDS = ["city", "town", "village", "admin2", "admin1", "country", "continent", "base", None]
_NAMES = ["Santa Rosa", "Santa Rosa de Copán", "Rosa", "Münster", "Munster", "Ródos", "Rhodes", "Rodos",
          "Stanley", "Port Stanley", "Kingston", "Nóvo Mesto", "Novo Mesto", "", None]
_COUNTRIES = ["HN", "DE", "IE", "GR", "FK", "JM", "SI", None]
_reading = st.fixed_dictionaries({
    "name": st.sampled_from(_NAMES), "kind": st.sampled_from(_KINDS), "country": st.sampled_from(_COUNTRIES),
    "importance": st.sampled_from([None, 0.0, 0.3, 0.45, 0.6, 0.79, 0.8, 0.95, math.nan]),
    "name_similarity": st.sampled_from([0.5, 0.9499, 0.95, 1.0]),
    "gazetteer_id": st.sampled_from(["geonames:1", "curated:x", "geomove-area:y"]), "lon": st.just(20.0),
}, optional={"lat": st.sampled_from([10.0, -33.5, 61.0]),
             "uncertainty_km": st.sampled_from([0.0, 12.5, None]), "matched_name": st.sampled_from(_NAMES)})
_cands = st.lists(_reading, min_size=1, max_size=7)
_written = st.sampled_from([n for n in _NAMES if n])


def _same(a, b):
    return a == b or (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b))


@settings(max_examples=200, deadline=None)
@given(_cands, _written)
def test_per_reading_scans_answer_as_before(cands, written):
    core = plain(written)
    towns = ctx._own_town_fames(cands, core)
    for c in cands:
        assert ctx._lesser_place_by_a_name_a_town_bears(c, cands, core) == _lesser_place_s52(c, cands, core)
        assert ctx._lesser_place_by_a_name_a_town_bears(c, cands, core, towns) == _lesser_place_s52(c, cands, core, towns)
        for own_towns in (towns, [], [0.2], [0.2, 0.9], [math.nan]):
            assert ctx._called_by_a_rare_other_name(c, core, own_towns) == \
                _called_by_a_rare_other_name_s52(c, core, own_towns)


@settings(max_examples=200, deadline=None)
@given(_cands, _written, st.sets(st.sampled_from(_COUNTRIES)))
def test_per_name_scans_answer_as_before(cands, written, countries):
    core = plain(written)
    assert ctx._written_letter_for_letter(cands, written, core) == _written_letter_for_letter_s52(cands, written, core)
    assert ctx._named_in_english(cands, written) == _named_in_english_s52(cands, written)
    # (the very reading: max gives the first of the greatest)
    assert ctx._world_city(cands, core) is _world_city_s52(cands, core) or \
        ctx._world_city(cands, core) is False and _world_city_s52(cands, core) is False
    assert ctx._areas_only_abroad(cands, core, countries) == _areas_only_abroad_s52(cands, core, countries)
    by_demonym = {cc: ("a demonym", False) for cc in countries}
    assert ContextRanking._reading_in_demonym_country(cands, by_demonym, core) == \
        _reading_in_demonym_country_s52(cands, by_demonym, core)


_CONTINENTS = {"HN": "NA", "SV": "NA", "ES": "EU", "FR": "EU", "RW": "AF", "MZ": "AF", "XX": None}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(_CONTINENTS) + [None]), st.lists(st.sampled_from(sorted(_CONTINENTS)), max_size=4),
       st.booleans())
def test_continent_scans_answer_as_before(country, others, town_there):
    finder = ContextRanking.__new__(ContextRanking)
    finder._continent_of = lambda cc: None if cc is None else _CONTINENTS[cc]
    finder._continents = dict  # (an empty table: every country asked of _continent_of; see test_speed129)
    finder._town_on_a_demonym_continent = lambda cands, by_demonym, core: town_there
    named = set(others)
    by_demonym = {cc: ("a demonym", False) for cc in others}
    assert ContextRanking._continent_named_otherwise(finder, country, named) == \
        _continent_named_otherwise_s52(finder, country, named)
    cands = [{"name": "Palma"}]
    assert ContextRanking._on_a_demonym_continent(finder, cands, country, by_demonym, "palma", {}) == \
        _on_a_demonym_continent_s52(finder, cands, country, by_demonym, "palma", {})


_mention = st.fixed_dictionaries({
    "surface": st.sampled_from(["Santa Rosa", "Munster", "Rhodes", "Stanley", "Kingston"]),
    "role": st.sampled_from(["place", "actor", "organisation"]),
    "cands": st.lists(_reading, max_size=8),
}, optional={"cc": st.sampled_from(["HN", None, ""])})


@settings(max_examples=200, deadline=None)
@given(st.lists(_mention, max_size=8))
def test_plausible_readings_as_before(mentions):
    got = ContextRanking._plausible_readings(mentions)
    want = _plausible_readings_s52(mentions)
    assert list(got) == list(want)  # (the same keys in the same order: PairIndex's cells are built in it)
    assert all(got[k] == want[k] for k in want)


# -- end to end: the old code put back ranks our texts alike

OWN_TEXTS = [
    "Honduran soldiers drove from Santa Rosa to Gracias, while Salvadoran police waited at San Miguel.",
    "German engineers moved from Munster to Celle; a second column left Bergen for Hannover.",
    "A Greek frigate sailed from Rhodes to Souda Bay, then on to Naples and Valletta.",
    "Police were sent to Novi Pazar, Raska and Tutin after clashes near Kraljevo.",
    "Canadian reservists trained near London, Ontario, before flying from Kingston to Riga.",
    "Rwandan units reached Palma by road from Mueda after landing at Pemba; a Portuguese team flew to Maputo.",
]


@pytest.mark.parametrize("text", OWN_TEXTS)
def test_the_old_code_ranks_our_texts_alike(text, gazetteer, monkeypatch):
    now = ranked_in_context(text, gazetteer)
    assert any(len(m[1]) > 1 for m in now[0])  # (some name had readings to rank)
    monkeypatch.setattr(ctx, "_called_by_a_rare_other_name", _called_by_a_rare_other_name_s52)
    monkeypatch.setattr(ctx, "_lesser_place_by_a_name_a_town_bears", _lesser_place_s52)
    monkeypatch.setattr(ctx, "_written_letter_for_letter", _written_letter_for_letter_s52)
    monkeypatch.setattr(ctx, "_named_in_english", _named_in_english_s52)
    monkeypatch.setattr(ctx, "_world_city", _world_city_s52)
    monkeypatch.setattr(ctx, "_areas_only_abroad", _areas_only_abroad_s52)
    monkeypatch.setattr(ContextRanking, "_continent_named_otherwise", _continent_named_otherwise_s52)
    monkeypatch.setattr(ContextRanking, "_reading_in_demonym_country", staticmethod(_reading_in_demonym_country_s52))
    monkeypatch.setattr(ContextRanking, "_on_a_demonym_continent", _on_a_demonym_continent_s52)
    monkeypatch.setattr(ContextRanking, "_plausible_readings", staticmethod(_plausible_readings_s52))
    monkeypatch.setattr(ctx, "_by_context_score", lambda cands: cands.sort(key=lambda c: -c["context_score"]))
    assert ranked_in_context(text, gazetteer) == now


# -- the sort by score in context

def _by_context_score_s52(cands):
    cands.sort(key=lambda c: -c["context_score"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([0.0, -0.0, 0.25, 0.5, -1.0, 1.2345, math.inf, -math.inf, math.nan]),
                max_size=9))
def test_the_sort_by_score_gives_the_order_as_before(scores):
    cands = [{"context_score": s, "n": i} for i, s in enumerate(scores)]
    want, got = list(cands), list(cands)
    _by_context_score_s52(want)
    ctx._by_context_score(got)
    assert [c["n"] for c in got] == [c["n"] for c in want]


def test_ties_keep_their_order():
    cands = [{"context_score": s, "n": i} for i, s in enumerate([0.5, 0.7, 0.5, 0.7, 0.1])]
    ctx._by_context_score(cands)
    assert [c["n"] for c in cands] == [1, 3, 0, 2, 4]
